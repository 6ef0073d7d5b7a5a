"""Gold claims recoupe did not find, with the sentence's parse: each miss as one JSON line (set, file, gold verb and
speaker, borderline, the sentence, its reporting heads and where the gold speaker stands), for a census by hand.

    python audit/missed_claims.py DBDIR unseen_fr unseen2_fr … > misses.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import score_extraction as se  # noqa: E402
from recoupe.nlp import parse  # noqa: E402
from recoupe.reporting import verb_lemma, words  # noqa: E402

KEYS = ("reporting_verbs", "incise_verbs", "figure_verbs", "clause_verbs", "injunction_verbs", "belief_verbs",
        "denial_verbs", "document_verbs", "revision_verbs")


def _lexicon(language: str) -> set[str]:
    w = words(language)
    return {v for key in KEYS for v in getattr(w, key, ())}


def _found(dossier, gold_rows, aid_at) -> set[int]:
    """Indices of gold rows some dossier claim overlaps (the scorer matches one to one; an overlap is enough here)."""
    hit = set()
    for gi, (g, aid, at) in enumerate(aid_at):
        if at is None:
            continue
        end = at + len(g["sentence_start"])
        if any(c["article_id"] == aid and c["start"] < end and c["end"] > at for c in dossier.claims):
            hit.add(gi)
    return hit


def _where(sent, speaker: str) -> str:
    text = sent.text.lower()
    for name in [speaker]:
        key = name.lower().split()[-1] if name else ""
        if not key or key not in text:
            return "not in sentence"
        for t in sent:
            if t.lower_ == key or t.lower_.startswith(key):
                head = t
                while head.dep_ in ("flat:name", "nmod", "amod", "det", "appos", "compound") and head.head != head:
                    if head.dep_ == "appos":
                        return "apposition"
                    head = head.head
                return f"{head.dep_} of {head.head.lemma_}/{head.head.pos_}"
    return "in sentence"


def main(argv: list[str]) -> None:
    dbdir, sets = Path(argv[0]), argv[1:]
    for name in sets:
        gold = yaml.safe_load((HERE / name / "gold.yml").read_text(encoding="utf-8"))
        language = "en" if name.endswith("_en") else "fr"
        lexicon = _lexicon(language)
        dossier = se.Dossier(dbdir / f"{name}.db")
        rows = []
        for g in gold.get("claims") or []:
            art = dossier.articles[g["file"]]
            raw = se.nfc((HERE / name / g["file"]).read_text(encoding="utf-8"))
            rows.append((g, art["id"], se.locate_sentence(raw, se.nfc(art["text"]), se.nfc(g["sentence_start"]), g["start"])))
        found = _found(dossier, gold, rows)
        docs = {}
        for gi, (g, aid, at) in enumerate(rows):
            if gi in found or at is None:
                continue
            if aid not in docs:
                docs[aid] = parse(se.nfc(dossier.articles[g["file"]]["text"]), language)
            doc = docs[aid]
            sent = next((s for s in doc.sents if s.start_char <= at < s.end_char), None)
            if sent is None:
                continue
            heads = [f"{t.text}/{verb_lemma(t)}/{t.pos_}/{t.dep_}" for t in sent if verb_lemma(t) in lexicon
                     or t.lemma_ in lexicon]
            print(json.dumps({"set": name, "file": g["file"], "border": bool(g.get("borderline")),
                              "verb": g.get("verb"), "speaker": g["speaker"], "where": _where(sent, g["speaker"]),
                              "root": [f"{t.lemma_}/{t.pos_}" for t in sent if t.dep_ == "ROOT"],
                              "heads": heads, "sentence": sent.text[:300]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
