"""Attribution errors of recoupe dossiers against the unseen sets' gold, counted by class and set (issue 17's
attribution line: gold figure sources right + gold claim speakers right, a missed claim counting as wrong).

    python audit/attribution_census.py DBDIR unseen_fr unseen2_fr …      # a markdown table, DBDIR/<set>.db

Claims (matched as score_extraction.py matches them): wrong speaker (a "selon X" taking the wrong X, a claim with
no verb of its own carrying a speaker, a verb whose phrase was read wrongly), or missed: the sentence has a claim
another gold row took (two speakers or two claims in one sentence), no verb of its own (a quote, an interview
answer, a toll's detail that goes on the last speaker's words), a "selon / pour / de même source" variant, a
passive, a verb whose stem is in the French lexicon (attribution.yml) but no claim, any other verb. The gold's
`verb` field decides the class of a miss, so the classes are approximate. Figure sources: gold has one and the
dossier none, the reverse, or both name someone different.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score_extraction as se  # noqa: E402

LEXICON_KEYS = ("reporting_verbs", "incise_verbs", "figure_verbs", "clause_verbs", "injunction_verbs",
                "denial_verbs", "document_verbs", "revision_verbs")


def _stems() -> set[str]:
    lexicon = yaml.safe_load((HERE.parent / "recoupe/lexicons/fr/attribution.yml").read_text(encoding="utf-8"))
    verbs = {v for key in LEXICON_KEYS for v in lexicon[key] if " " not in v}
    return {(v[:-2] if v.endswith(("er", "ir", "re")) else v)[:5] for v in verbs} | {"dit", "dis", "fait état"}


def _miss_class(gold: dict, taken: bool, stems: set[str]) -> str:
    verb = str(gold.get("verb") or "")
    if taken:
        return "missed: sentence has a claim another gold row took (2 speakers or claims in it)"
    if verb.startswith("(") or "suite" in verb:
        return "missed: no verb, goes on the last speaker's words (quote, answer, detail)"
    if re.match(r"(selon|pour|de même source|d.après)", verb):
        return "missed: selon / pour / de même source variant"
    if "passif" in verb or re.search(r"\b(avancés?|fourni) .*par\b", verb):
        return "missed: passive or participle"
    words = re.findall(r"[\w'-]+", verb.lower())
    if "fait état" in verb or any(w.startswith(s) for w in words if len(w) > 2 for s in stems):
        return "missed: verb (stem) in the lexicon, no claim"
    return "missed: verb not in the lexicon (an act, a wish, a promise, an idiom)"


def claim_classes(db: Path, name: str, stems: set[str]) -> Counter:
    gold_path = HERE / name / "gold.yml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    dossier = se.Dossier(db)
    rows = []
    for row in gold.get("claims") or []:
        art = dossier.articles[row["file"]]
        raw = se.nfc((gold_path.parent / row["file"]).read_text(encoding="utf-8"))
        at = se.locate_sentence(raw, se.nfc(art["text"]), se.nfc(row["sentence_start"]), row["start"])
        rows.append((row, art["id"], at))
    by_article = defaultdict(list)
    for c in dossier.claims:
        by_article[c["article_id"]].append(c)
    candidates, touched = [], defaultdict(set)
    for gi, (g, aid, at) in enumerate(rows):
        if at is None:
            continue
        end = at + len(g["sentence_start"])
        for c in by_article[aid]:
            if c["start"] < end and c["end"] > at:
                right = se.name_right(dossier.names(c.get("actor_id"), c.get("speaker_text")),
                                      [g["speaker"]] + list(g.get("alt_speakers") or []))
                candidates.append((not right, not (c["start"] <= at < c["end"]), abs(c["start"] - at), gi, c["id"]))
                touched[gi].add(c["id"])
    match, used = {}, set()
    for *_, gi, cid in sorted(candidates):
        if gi not in match and cid not in used:
            match[gi] = cid
            used.add(cid)
    by_id = {c["id"]: c for c in dossier.claims}
    out = Counter()
    for gi, (g, _, _) in enumerate(rows):
        firm = "borderline" if g.get("borderline") else "firm"
        if gi not in match:
            out[(_miss_class(g, bool(touched[gi]), stems), firm)] += 1
            continue
        c = by_id[match[gi]]
        if not se.name_right(dossier.names(c.get("actor_id"), c.get("speaker_text")),
                             [g["speaker"]] + list(g.get("alt_speakers") or [])):
            kind = ("selon X: another X" if c["verb"] in ("selon", "pour", "according to")
                    else "no verb of its own: speaker carried" if c["verb"] is None else "verb found, another phrase read")
            out[("wrong speaker: " + kind, firm)] += 1
    return out


def figure_classes(db: Path, name: str) -> Counter:
    result = se.score(db, HERE / name / "gold.yml")
    out = Counter()
    for line in result["all"]["misses"]["figure sources wrong"]:
        if ": gold None," in line:
            out[("figure source: gold none, dossier someone", "")] += 1
        elif line.rstrip().endswith("dossier None"):
            out[("figure source: gold someone, dossier none", "")] += 1
        else:
            out[("figure source: both someone, different", "")] += 1
    return out


def main(argv: list[str]) -> None:
    dbdir, sets = Path(argv[0]), argv[1:]
    stems = _stems()
    per = {s: claim_classes(dbdir / f"{s}.db", s, stems) + figure_classes(dbdir / f"{s}.db", s) for s in sets}
    kinds = sorted({k for counts in per.values() for k in counts})
    print("| class | rows | " + " | ".join(s.replace("unseen", "u") for s in sets) + " | total |")
    print("|---|---|" + "---|" * (len(sets) + 1))
    for kind in kinds:
        values = [per[s][kind] for s in sets]
        print(f"| {kind[0]} | {kind[1]} | " + " | ".join(map(str, values)) + f" | {sum(values)} |")


if __name__ == "__main__":
    main(sys.argv[1:])
