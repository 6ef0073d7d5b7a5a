"""Shared by the single-article sets' gold_src/ (unseen3_fr, unseen4_fr): hand-written rows in, gold.yml out.

A set's rows.py writes its rows with F (figure), C (claim) and P (place) of one `Rows`; its build.py calls
`write_gold` with the set's folder and header. Each surface is found in text order as a whole token (a number
inside a longer number does not count) and gets occurrence/start/end; each claim's sentence_start must occur once
in its file. Nothing here reads recoupe.
"""
import json
import sys
from pathlib import Path

FIGURE_KEYS = ["file", "text", "occurrence", "start", "end", "value", "high", "qualifier", "counted", "facet",
               "kind", "source", "alt_sources", "borderline", "note"]
CLAIM_KEYS = ["file", "sentence_start", "start", "speaker", "alt_speakers", "verb", "stance", "alt_stance",
              "borderline", "note"]
PLACE_KEYS = ["file", "text", "occurrence", "start", "end", "name", "kind", "geonames_id", "note"]


class Rows:
    def __init__(self):
        self.figures, self.claims, self.places = [], [], []

    def F(self, file, text, value, qual, counted, kind="count", source=None, **kw):
        r = {"file": file, "text": text, "value": value}
        if "high" in kw:
            r["high"] = kw.pop("high")
        r.update({"qualifier": qual, "counted": counted})
        if "facet" in kw:
            r["facet"] = kw.pop("facet")
        r.update({"kind": kind, "source": source})
        _take(r, kw, ("alt_sources", "borderline", "note"))
        assert not kw, kw
        self.figures.append(r)

    def C(self, file, sentence_start, speaker, verb, stance="asserts", **kw):
        r = {"file": file, "sentence_start": sentence_start, "speaker": speaker}
        _take(r, kw, ("alt_speakers",))
        r.update({"verb": verb, "stance": stance})
        _take(r, kw, ("alt_stance", "borderline", "note"))
        assert not kw, kw
        self.claims.append(r)

    def P(self, file, text, name, kind, gid, **kw):
        r = {"file": file, "text": text, "name": name, "kind": kind, "geonames_id": gid}
        _take(r, kw, ("note",))
        assert not kw, kw
        self.places.append(r)


def _take(row, kw, keys):
    for k in keys:
        if k in kw:
            row[k] = kw.pop(k)


def whole_token_positions(body, text):
    out, i = [], body.find(text)
    while i != -1:
        left = body[i - 1] if i > 0 else " "
        j = i + len(text)
        right = body[j] if j < len(body) else " "
        ok = not (text[0].isalnum() and left.isalnum())
        ok = ok and not (text[0].isdigit() and left in ".,'’" and i > 1 and body[i - 2].isdigit())
        ok = ok and not (text[-1].isalnum() and right.isalnum())
        ok = ok and not (text[-1].isdigit() and right in ".,'’" and j + 1 < len(body) and body[j + 1].isdigit())
        if ok:
            out.append(i)
        i = body.find(text, i + 1)
    return out


def locate(root, rows, keyname):
    """Each row's first whole-token match after the previous row's in its file; a row's `skip` (first used by
    unseen9_fr) passes over that many matches that are not this row's."""
    cursors, errors = {}, []
    for r in rows:
        body = (root / r["file"]).read_text(encoding="utf-8")
        cur = cursors.get(r["file"], 0)
        pos = whole_token_positions(body, r["text"])
        after = [p for p in pos if p >= cur][r.pop("skip", 0):]
        if not after:
            errors.append(f"{keyname}: {r['file']}: {r['text']!r} not found after {cur}")
            continue
        p = after[0]
        r["occurrence"] = pos.index(p) + 1
        r["start"], r["end"] = p, p + len(r["text"])
        cursors[r["file"]] = p + len(r["text"])
    return errors


def _yaml_scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False)


def emit(key_order, rows):
    out = []
    for r in rows:
        first = True
        for k in key_order:
            if k not in r:
                continue
            v = r[k]
            pre = "- " if first else "  "
            first = False
            if isinstance(v, list):
                out.append(f"{pre}{k}:")
                out.extend(f"  - {_yaml_scalar(x)}" for x in v)
            else:
                out.append(f"{pre}{k}: {_yaml_scalar(v)}")
    return out


def write_gold(root, rows, head):
    """Locate every row in its article and write root/gold.yml; exit 1 listing the rows that were not found."""
    root = Path(root)
    errors = locate(root, rows.figures, "figure") + locate(root, rows.places, "place")
    claims = []
    for c in rows.claims:
        body = (root / c["file"]).read_text(encoding="utf-8")
        n = body.count(c["sentence_start"])
        if n != 1:
            errors.append(f"claim: {c['file']}: {c['sentence_start']!r} found {n} times")
            continue
        ordered = {k: c[k] for k in ("file", "sentence_start")}
        ordered["start"] = body.index(c["sentence_start"])
        ordered.update({k: v for k, v in c.items() if k not in ordered})
        claims.append(ordered)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = ([head.rstrip("\n"), "figures:"] + emit(FIGURE_KEYS, rows.figures) + ["claims:"]
           + emit(CLAIM_KEYS, claims) + ["places:"] + emit(PLACE_KEYS, rows.places))
    (root / "gold.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(rows.figures), "figures", len(claims), "claims", len(rows.places), "places")
