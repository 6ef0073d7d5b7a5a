"""Write audit/unseen32_fr/gold.yml from the hand-written rows in rows.py: the shared
audit/gold_tools/rows_gold.py finds each surface and checks each claim's sentence. Nothing here reads recoupe.
Usage: python audit/unseen32_fr/gold_src/build.py"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rows import ROWS  # noqa: E402
from rows_gold import write_gold  # noqa: E402


HEAD = """# Hand annotation of audit/unseen32_fr (10 real French-language articles, thirty-second French held-out set), made
# without running recoupe and without reading its code or tests. Conventions: see audit/unseen_README.md (same as
# audit/unseen_fr .. unseen31_fr; what this set decided anew is in audit/unseen32_fr/README.md). Every row carries
# `start`/`end`: character offsets of `text` in the file as read in Python (UTF-8, title line included);
# `occurrence` counts whole-token matches of `text` (a number inside a longer number does not count). `counted` is
# a French lemma; `name` of a place is its usual English name.
"""

write_gold(HERE.parent, ROWS, HEAD)
