"""Find comments, docstrings and lexicon lines that quote the seeds or the audit articles: every run of N words
(default 4) of a comment, docstring or YAML line of recoupe/ and plugins/ that also occurs in an article (and in at
most two of them, so stock phrases pass), with the article it comes from. What it lists should be reworded with an
invented example (no facts of the seeds or the audit sets in code or lexicons).

Usage: python audit/gold_tools/comment_shingles.py [N] [PATH-PREFIX ...]   (run from the repository root)"""
import glob
import io
import re
import sys
import tokenize
from collections import Counter
from pathlib import Path

N = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 4
PREFIXES = [a for a in sys.argv[1:] if not a.isdigit()]


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.replace("’", "'").lower())


def shingles(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


articles = sorted(glob.glob("seeds/*.txt") + glob.glob("audit/**/*.txt", recursive=True))
seen, where = Counter(), {}
for path in articles:
    for shingle in shingles(Path(path).read_text(encoding="utf-8", errors="replace")):
        seen[shingle] += 1
        where.setdefault(shingle, path)


def texts(path: str):
    source = Path(path).read_text(encoding="utf-8")
    if path.endswith(".py"):
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type in (tokenize.COMMENT, tokenize.STRING):
                yield token.start[0], token.string
    else:
        yield from enumerate(source.splitlines(), 1)


files = sorted(glob.glob("recoupe/**/*.py", recursive=True) + glob.glob("recoupe/lexicons/**/*.yml", recursive=True)
               + glob.glob("plugins/**/*.py", recursive=True))
hits = 0
for path in files:
    if PREFIXES and not any(path.startswith(prefix) for prefix in PREFIXES):
        continue
    for line, text in texts(path):
        found = sorted(s for s in shingles(text) if s in seen and seen[s] <= 2)
        if found:
            hits += 1
            print(f"{path}:{line}: {' | '.join(' '.join(s) for s in found[:3])}  [{where[found[0]]}]")
print(f"{hits} lines", file=sys.stderr)
