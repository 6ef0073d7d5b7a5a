"""List number-like tokens of each article not covered by a gold figure (to review by hand:
dates, times, ages, ordinals and article numbers are expected here).

Usage: check_coverage.py DOSSIER [FOLDER]   (audit/retraites dev, audit/derna articles)"""
import re, sys, yaml
from pathlib import Path
ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else "audit/retraites").resolve()
gold = yaml.safe_load((ROOT / "gold.yml").read_text(encoding="utf-8"))
split = sys.argv[2] if len(sys.argv) > 2 else sorted(p.name for p in ROOT.iterdir() if p.is_dir() and list(p.glob("*.txt")))[0]
WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|hundred|hundreds|thousand|thousands|dozens|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|mille|million|millions|milliard|dizaine|dizaines|centaine|centaines|douzaine|trentaine|quarantaine|cinquantaine|milliers|demi"
pat = re.compile(r"\d[\d.,’' ]*\d|\d|\b(?:%s)\w*" % WORDS, re.I)
for f in sorted((ROOT / split).glob("*.txt")):
    rel = f"{split}/{f.name}"
    text = f.read_text(encoding="utf-8")
    spans = []
    for g in gold["figures"]:
        if g["file"] != rel:
            continue
        i = -1
        for _ in range(g["occurrence"]):
            i = text.find(g["text"], i + 1)
        spans.append((i, i + len(g["text"])))
    left = []
    for m in pat.finditer(text):
        if not any(a <= m.start() < b or a < m.end() <= b for a, b in spans):
            left.append(text[max(0, m.start() - 15):m.end() + 12].replace("\n", " "))
    print(f"== {rel}")
    for l in left:
        print("   ", l)
