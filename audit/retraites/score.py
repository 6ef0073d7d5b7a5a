"""Score a recoupe dossier against the hand annotation in gold.yml (2023 pension-reform protests by default).

    python audit/retraites/score.py DOSSIER.db [--split dev|heldout|all] [--verbose]
    python audit/retraites/score.py DOSSIER.db --dossier audit/derna      # another annotated dossier

--dossier names an annotated folder laid out like this one (gold.yml, and the article files at the paths
gold.yml gives, relative to that folder); it defaults to audit/retraites. --split is the first folder of those
paths (dev, heldout; articles for audit/derna) or all.

Plain Python + sqlite3 + pyyaml. Gold figures are located in the article files of this folder by
their surface text and occurrence number (the n-th plain substring match), then mapped onto
`articles.text` of the dossier (matched on the file name of `articles.source_file`) by surface and
surrounding context, and matched to `figures` rows by character overlap (one-to-one, largest
overlap first).

Printed:
  figures    recall (all gold figures, and "main" ones: without durations and minor cardinals such
             as "les deux motions") and precision (dossier figures overlapping a gold figure)
  qualifier  accuracy on matched figures (and value accuracy, within 1 %, as a bonus)
  topics     pairwise precision / recall / F1 of figures.topic against the gold quantity
  conflicts  gold conflicts found (their figures share one topic and the dossier marks them in
             conflict), and false alarms (flagged topics whose matched figures, per gold, agree at
             every moment)
  actors     pairwise precision / recall of source_actor_id against the gold source (the same real
             source), plus how often the credited actor is the gold one (by name/alias)
  original   accuracy of figures.original_source_id, when that column exists
"""
import argparse
import itertools
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
GENERIC = {"prefecture", "prefectures", "police", "autorites", "syndicat", "syndicats", "ministere", "ministre",
           "gouvernement", "organisateurs", "forces de l'ordre", "cabinet", "centrale syndicale"}


# ---------------------------------------------------------------- text helpers

def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def fold(s):
    """lower-case, no accents, curly quotes straightened, spaces collapsed: for name comparisons."""
    s = unicodedata.normalize("NFD", nfc(s).lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def finds(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def squash(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " "))


def locate(raw, art, text, occ):
    """(start, end) in `art` of the occ-th occurrence of `text` in `raw`, or None."""
    pos = finds(raw, text)
    if len(pos) < occ:
        return None
    p = pos[occ - 1]
    if raw == art:
        return p, p + len(text)
    cands = [(c, c + len(text)) for c in finds(art, text)]
    if not cands:  # spacing may differ (non-breaking spaces, line ends)
        pat = r"\s+".join(re.escape(t) for t in text.split())
        cands = [(m.start(), m.end()) for m in re.finditer(pat, art)]
    if not cands:
        return None
    left, right = squash(raw[max(0, p - 80):p])[::-1], squash(raw[p + len(text):p + len(text) + 80])

    def agree(a, b):
        n = 0
        for x, y in zip(a, b):
            if x != y:
                break
            n += 1
        return n

    def score(c):
        s, e = c
        return agree(left, squash(art[max(0, s - 80):s])[::-1]) + agree(right, squash(art[e:e + 80]))

    return max(cands, key=score)


# ---------------------------------------------------------------- dossier access

def columns(con, table):
    try:
        return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.Error:
        return []


def exists(con, name):
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
                       (name,)).fetchone() is not None


def truthy(v):
    if v is None:
        return False
    if isinstance(v, str):
        return v.strip().lower() not in ("", "0", "false", "no", "agree", "consistent")
    return bool(v)


# ---------------------------------------------------------------- metrics

def pairwise(items, gold_key, pred_key):
    """items: list of dicts; keys return a label or None (None never pairs)."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        g = gold_key(a) is not None and gold_key(a) == gold_key(b)
        p = pred_key(a) is not None and pred_key(a) == pred_key(b)
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
    return prec, rec, f1, tp, fp, fn


def pct(a, b):
    return f"{a}/{b} ({100.0 * a / b:.1f}%)" if b else f"{a}/{b} (n/a)"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db")
    ap.add_argument("--dossier", default=str(HERE),
                    help="annotated folder holding gold.yml and the article files (default: audit/retraites)")
    ap.add_argument("--split", default="all",
                    help="first folder of the gold file paths (dev, heldout; articles for audit/derna) or all")
    ap.add_argument("--gold", default=None, help="gold file (default: DOSSIER/gold.yml)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list missed and spurious figures")
    args = ap.parse_args(argv)

    root = Path(args.dossier)
    gold_path = Path(args.gold) if args.gold else root / "gold.yml"
    if not gold_path.is_file():
        ap.error(f"no gold file at {gold_path}")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    splits = sorted({g["file"].split("/")[0] for g in gold["figures"]})
    if args.split != "all" and args.split not in splits:
        ap.error(f"--split {args.split!r}: this gold has {', '.join(splits)} (or all)")
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row

    # articles of the dossier, by file name
    arts = {}
    for r in con.execute("SELECT id, source_file, text FROM articles"):
        if r["source_file"]:
            arts[Path(r["source_file"]).name] = (r["id"], nfc(r["text"]))

    def in_split(f):
        return args.split == "all" or f.split("/")[0] == args.split

    gfig = [g for g in gold["figures"] if in_split(g["file"])]
    files = sorted({g["file"] for g in gfig})
    missing = [f for f in files if Path(f).name not in arts]
    if missing:
        print(f"warning: {len(missing)} gold file(s) of split '{args.split}' are not in the dossier and are "
              f"skipped: {', '.join(Path(m).name for m in missing[:6])}{' ...' if len(missing) > 6 else ''}")
    gfig = [g for g in gfig if Path(g["file"]).name in arts]
    files = [f for f in files if f not in missing]
    if not gfig:
        print("no gold figure to score (wrong --split or dossier?)")
        return 2

    # locate gold figures in articles.text
    unlocated = []
    for g in gfig:
        raw = nfc((root / g["file"]).read_text(encoding="utf-8"))
        g["_art"] = arts[Path(g["file"]).name][0]
        g["_span"] = locate(raw, arts[Path(g["file"]).name][1], nfc(g["text"]), g["occurrence"])
        if g["_span"] is None:
            unlocated.append(g)

    fcols = columns(con, "figures")
    has_orig = "original_source_id" in fcols
    art_ids = {arts[Path(f).name][0] for f in files}
    sel = "id, article_id, start, \"end\", text, value, value_low, value_high, qualifier, topic, source_actor_id"
    if has_orig:
        sel += ", original_source_id"
    dfig = [dict(r) for r in con.execute(f"SELECT {sel} FROM figures") if r["article_id"] in art_ids]

    # one-to-one matching by overlap, largest overlap first
    cand = []
    by_art = defaultdict(list)
    for d in dfig:
        by_art[d["article_id"]].append(d)
    for gi, g in enumerate(gfig):
        if not g["_span"]:
            continue
        s, e = g["_span"]
        for d in by_art[g["_art"]]:
            if d["start"] is None or d["end"] is None:
                continue
            ov = min(e, d["end"]) - max(s, d["start"])
            if ov > 0:
                cand.append((ov, gi, d["id"]))
    cand.sort(key=lambda t: -t[0])
    match, used = {}, set()
    for ov, gi, did in cand:
        if gi in match or did in used:
            continue
        match[gi] = did
        used.add(did)
    dby = {d["id"]: d for d in dfig}
    overlapping = {did for _, _, did in cand}

    main_idx = [i for i, g in enumerate(gfig) if g.get("kind", "main") == "main"]
    print(f"dossier {args.db}, split {args.split}: {len(files)} articles, {len(gfig)} gold figures "
          f"({len(main_idx)} main), {len(dfig)} dossier figures")
    if unlocated:
        print(f"warning: {len(unlocated)} gold surface(s) not found in articles.text: "
              + "; ".join(f"{Path(g['file']).name}:{g['text']!r}" for g in unlocated[:5]))
    print()
    print("figures")
    print(f"  recall     {pct(len(match), len(gfig))}   main only {pct(sum(i in match for i in main_idx), len(main_idx))}")
    print(f"  precision  {pct(len(overlapping), len(dfig))}   (dossier figures overlapping a gold figure)")

    # qualifier and value
    mq = [(gfig[i], dby[d]) for i, d in match.items()]
    q_ok = sum(1 for g, d in mq if (d["qualifier"] or "") == g["qualifier"])
    print(f"  qualifier  {pct(q_ok, len(mq))}")

    def close(a, b):
        return a is not None and b is not None and abs(a - b) <= 0.01 * max(abs(b), 1e-9)

    def value_ok(g, d):
        if "high" in g:
            return close(d["value_low"], g["value"]) and close(d["value_high"], g["high"])
        return close(d["value"], g["value"]) or (close(d["value_low"], g["value"]) and g["qualifier"] == "at_least")

    print(f"  value      {pct(sum(value_ok(g, d) for g, d in mq), len(mq))}   (within 1 %; a range needs both ends)")
    confusion = defaultdict(int)
    for g, d in mq:
        if (d["qualifier"] or "") != g["qualifier"]:
            confusion[(g["qualifier"], d["qualifier"])] += 1
    if confusion:
        print("  qualifier errors (gold -> dossier): " + ", ".join(
            f"{a}->{b} {n}" for (a, b), n in sorted(confusion.items(), key=lambda t: -t[1])))

    # topics
    items = [{"g": g, "d": d} for g, d in mq]
    p, r, f1, tp, fp, fn = pairwise(items, lambda x: x["g"]["quantity"], lambda x: x["d"]["topic"])
    print()
    print("topics (pairs of matched figures: same gold quantity vs same figures.topic)")
    print(f"  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}   (tp {tp}, fp {fp}, fn {fn})")

    # conflicts
    mode, flagged_topics, flagged_figs = None, set(), None
    if exists(con, "timeline") and "in_conflict" in columns(con, "timeline"):
        tcols = columns(con, "timeline")
        if "figure_id" in tcols:
            mode = "timeline.in_conflict (per figure)"
            flagged_figs = set()
            for row in con.execute('SELECT * FROM "timeline"'):
                row = dict(zip(tcols, row))
                if truthy(row["in_conflict"]):
                    flagged_figs.add(row["figure_id"])
                    if row.get("topic"):
                        flagged_topics.add(row["topic"])
            if not flagged_topics:
                flagged_topics = {dby[f]["topic"] for f in flagged_figs if f in dby and dby[f]["topic"]}
        else:
            mode = "timeline.in_conflict (per topic)"
            for row in con.execute('SELECT * FROM "timeline"'):
                row = dict(zip(tcols, row))
                if truthy(row["in_conflict"]) and row.get("topic"):
                    flagged_topics.add(row["topic"])
    elif "verdict" in columns(con, "topic_spread"):
        mode = "topic_spread.verdict IN ('differ','contradict')"
        flagged_topics = {t for (t,) in con.execute(
            "SELECT topic FROM topic_spread WHERE verdict IN ('differ', 'contradict')")}
    elif "consistent" in columns(con, "topic_spread"):
        mode = "topic_spread.consistent = 0"
        flagged_topics = {t for (t,) in con.execute("SELECT topic FROM topic_spread WHERE consistent = 0")}
    print()
    print(f"conflicts (dossier flag: {mode or 'none found'})")

    key = {(g["file"], g["text"], g["occurrence"]): i for i, g in enumerate(gfig)}
    gconf = [c for c in gold.get("conflicts") or [] if all(tuple(f) in key for f in c["figures"])]
    found, why_missed = 0, defaultdict(int)
    missed_list = []
    for c in gconf:
        idx = [key[tuple(f)] for f in c["figures"]]
        ds = [dby[match[i]] for i in idx if i in match]
        if len(ds) < len(idx):
            why_missed["a figure not extracted"] += 1
            missed_list.append((c, "a figure not extracted"))
            continue
        topics = {d["topic"] for d in ds}
        if len(topics) != 1 or None in topics:
            why_missed["figures in different topics"] += 1
            missed_list.append((c, f"topics {sorted(map(str, topics))}: " + "; ".join(
                f"{d['text']!r}={d['topic']}" for d in ds)))
            continue
        t = topics.pop()
        ok = t in flagged_topics
        if flagged_figs is not None:
            ok = sum(d["id"] in flagged_figs for d in ds) >= 2
        if ok:
            found += 1
        else:
            why_missed["same topic, not flagged"] += 1
            missed_list.append((c, f"topic {t} not flagged: " + "; ".join(
                f"{d['text']!r} {d['qualifier']} {d['value']}"
                + (" flagged" if flagged_figs is not None and d["id"] in flagged_figs else "") for d in ds)))
    print(f"  found      {pct(found, len(gconf))}")
    if why_missed:
        print("  missed     " + ", ".join(f"{k}: {v}" for k, v in why_missed.items()))

    # false alarms: flagged topics whose matched figures agree at every moment per gold
    conflict_moments = {(c["quantity"], str(c["as_of"])) for c in gold.get("conflicts") or []}
    conflict_members = defaultdict(set)
    for ci, c in enumerate(gold.get("conflicts") or []):
        for f in c["figures"]:
            conflict_members[tuple(f)].add(ci)
    gi_by_did = {did: gi for gi, did in match.items()}
    true_alarm, false_alarm, unjudged = [], [], []
    topic_figs = defaultdict(list)
    for d in dfig:
        if d["topic"]:
            topic_figs[d["topic"]].append(d)
    for t in sorted(flagged_topics):
        members = topic_figs.get(t, [])
        if flagged_figs is not None:  # per-figure flags: judge only the figures the dossier flagged
            members = [d for d in members if d["id"] in flagged_figs]
        gs = [gfig[gi_by_did[d["id"]]] for d in members if d["id"] in gi_by_did]
        if not gs:
            unjudged.append(t)
            continue
        moments = defaultdict(list)
        for g in gs:
            if g["quantity"]:
                moments[(g["quantity"], str(g["as_of"]))].append(g)
        real = any(len(v) >= 2 and k in conflict_moments for k, v in moments.items())
        (true_alarm if real else false_alarm).append(t)
    print(f"  flagged topics {len(flagged_topics)}: {len(true_alarm)} hold a gold conflict, "
          f"{len(false_alarm)} false alarms, {len(unjudged)} without a gold figure")
    if false_alarm:
        print("  false alarms: " + ", ".join(false_alarm[:15]) + (" ..." if len(false_alarm) > 15 else ""))

    # actors
    actors = {}
    for r in con.execute("SELECT * FROM actors"):
        r = dict(r)
        names = [r.get("name") or ""]
        try:
            al = yaml.safe_load(r.get("aliases") or "[]") or []
            names += [a for a in al if isinstance(a, str)]
        except yaml.YAMLError:
            pass
        actors[r["id"]] = [fold(n) for n in names if n]
    gact = {}
    for a in gold.get("actors") or []:
        forms = [a["name"]] + list(a.get("surfaces") or [])
        forms = [fold(re.sub(r"\s*\(.*?\)\s*$", "", s)) for s in forms]
        forms = [re.sub(r"^(le |la |les |l'|une note du |du |de la )", "", s) for s in forms]
        gact[a["name"]] = {s for s in forms if len(s) >= 3}

    def same_actor(gold_name, actor_id):
        if gold_name is None:
            return actor_id is None
        if actor_id is None or actor_id not in actors:
            return False
        forms = gact.get(gold_name, {fold(gold_name)})
        for n in actors[actor_id]:
            n2 = re.sub(r"^(le |la |les |l')", "", n)
            for s in forms:
                if n2 == s:
                    return True
                short = min(n2, s, key=len)
                # a generic word ("préfecture", "police") must match whole, not inside a longer name
                if short not in GENERIC and len(short) >= 3 and (n2 in s or s in n2):
                    return True
        return False

    src_items = [x for x in items if x["g"]["source"]]
    p, r, f1, tp, fp, fn = pairwise(src_items, lambda x: x["g"]["source"], lambda x: x["d"]["source_actor_id"])
    print()
    print("actors (pairs of matched figures with a gold source: same real source vs same source_actor_id)")
    print(f"  merge precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}   (tp {tp}, fp {fp}, fn {fn})")
    right = sum(same_actor(x["g"]["source"], x["d"]["source_actor_id"]) for x in items)
    print(f"  credited to the right source (gold source or none, by name/alias) {pct(right, len(items))}")
    if has_orig:
        okk = sum(same_actor(x["g"]["original_source"], x["d"].get("original_source_id")) for x in items)
        print(f"  original source right {pct(okk, len(items))}")
    else:
        print("  original source: figures.original_source_id not in this dossier")

    if args.verbose:
        print()
        print("missed gold figures:")
        for i, g in enumerate(gfig):
            if i not in match:
                print(f"  {Path(g['file']).name}  {g['text']!r} #{g['occurrence']}  ({g['counted']}, {g['quantity']})")
        print("dossier figures overlapping no gold figure:")
        for d in dfig:
            if d["id"] not in overlapping:
                print(f"  {d['article_id'][:10]}  {d['text']!r}  topic={d['topic']}")
        print("figures credited to another source than gold's:")
        names = {r[0]: r[1] for r in con.execute("SELECT id, name FROM actors")}
        for x in items:
            if not same_actor(x["g"]["source"], x["d"]["source_actor_id"]):
                print(f"  {Path(x['g']['file']).name}  {x['g']['text']!r}  gold={x['g']['source']}  "
                      f"dossier={names.get(x['d']['source_actor_id'])}")
        print("missed conflicts:")
        for c, why in missed_list:
            print(f"  {c['quantity']} {c['as_of']}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
