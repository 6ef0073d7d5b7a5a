"""A scale corpus for the benchmarks: new articles recombined from the seed articles' sentences.

Deterministic (fixed random seed): article i is always the same text, so runs compare. Each article has a
headline, sometimes a masthead and a date header, and paragraphs of one to three sentences, about as long
as a seed article. The texts are French news prose with the seeds' figures, quotes and names, so spaCy and the
extractors do the same kind of work per word as on real articles.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from recoupe.ingest import read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = 2024
OUTLETS = ["Le Quotidien", "La Dépêche du Soir", "Info Monde", "Le Courrier", "Nouvelles Hebdo"]
SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«A-ZÀ-Ý])")


def seed_sentences() -> list[str]:
    """Every sentence of the cleaned seed articles (lines cut at sentence ends), longest first."""
    sentences = set()
    for path in sorted(SEEDS.glob("*.txt")):
        for line in read_article(path).text.split("\n"):
            for sentence in SENTENCE_END.split(line.strip()):
                if len(sentence.split()) >= 6:
                    sentences.add(sentence)
    return sorted(sentences)


def seed_word_count() -> float:
    """Average words per seed article: the length the generated articles aim at."""
    counts = [read_article(p).word_count for p in sorted(SEEDS.glob("*.txt"))]
    return sum(counts) / len(counts)


def article_text(index: int, sentences: list[str], target_words: float) -> str:
    rng = random.Random(f"{SEED}-{index}")
    lines = []
    if rng.random() < 0.4:
        lines.append(rng.choice(OUTLETS))
    headline = rng.choice([s for s in sentences if len(s.split()) <= 18] or sentences).rstrip(".")
    lines.append(headline)
    words = 0
    paragraphs = []
    while words < target_words * rng.uniform(0.6, 1.4):
        paragraph = rng.sample(sentences, rng.randint(1, 3))
        words += sum(len(s.split()) for s in paragraph)
        paragraphs.append(" ".join(paragraph))
    lines.extend(paragraphs)
    text = "\n\n".join(lines) + "\n"
    if rng.random() < 0.3:
        text = f" date 2024-{rng.randint(1, 12):02d} " + text
    return text


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` articles (numbered from `start`) written into `folder` as UTF-8 .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences = seed_sentences()
    target = seed_word_count()
    paths = []
    for index in range(start, start + count):
        path = folder / f"article_{index:05d}.txt"
        path.write_text(article_text(index, sentences, target), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    write_corpus(folder, int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
    print(f"{folder}: written")
