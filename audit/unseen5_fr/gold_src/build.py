"""Write audit/unseen5_fr/gold.yml from the hand-written rows in rows.py: finds each surface (in text order, whole
tokens), computes occurrence/start/end, checks every claim's sentence_start is unique in its file. Nothing here
reads recoupe.  Usage: python audit/unseen5_fr/gold_src/build.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib import ROOT, locate, emit
from rows import FIG, CLA, PLA

errors = locate(FIG, "figure") + locate(PLA, "place")
for c in CLA:
    body = (ROOT / c["file"]).read_text(encoding="utf-8")
    n = body.count(c["sentence_start"])
    if n != 1:
        errors.append(f"claim: {c['file']}: {c['sentence_start']!r} found {n} times")
        continue
    c["start"] = body.index(c["sentence_start"])
# claims keep their key order with start after sentence_start
CLA2 = []
for c in CLA:
    d = {k: c[k] for k in ("file", "sentence_start") if k in c}
    d["start"] = c.get("start")
    d.update({k: v for k, v in c.items() if k not in d})
    CLA2.append(d)
if errors:
    print("\n".join(errors)); sys.exit(1)

HEAD = """# Hand annotation of audit/unseen5_fr (10 real French-language articles from outlets outside France, fifth
# held-out set), made without running recoupe and without reading its code or tests. Conventions: see
# audit/unseen_README.md (same as audit/unseen_fr .. unseen4_fr; what this set decided anew is in
# audit/unseen5_fr/README.md). Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). `counted` is a French lemma; `name` of a place is its usual English name.
"""
fk = ["file", "text", "occurrence", "start", "end", "value", "high", "qualifier", "counted", "facet", "kind", "source",
      "alt_sources", "borderline", "note"]
ck = ["file", "sentence_start", "start", "speaker", "alt_speakers", "verb", "stance", "alt_stance", "borderline", "note"]
pk = ["file", "text", "occurrence", "start", "end", "name", "kind", "geonames_id", "note"]
out = [HEAD.rstrip("\n"), "figures:"] + emit(fk, FIG) + ["claims:"] + emit(ck, CLA2) + ["places:"] + emit(pk, PLA)
(ROOT / "gold.yml").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(FIG), "figures", len(CLA2), "claims", len(PLA), "places")
