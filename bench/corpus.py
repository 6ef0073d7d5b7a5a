"""Scale corpora for the benchmarks, deterministic (fixed random seed: article i is always the same text).

`real` (the default): new articles made of whole paragraphs of real news articles, French and English — the
audit sets (`audit/retraites/dev` and `heldout`, `audit/unseen_fr`, `audit/unseen_en`) and `seeds/`. Each
generated article takes a real article's title and opening paragraph, then whole paragraphs drawn from other
real articles of the same language until it is about as long as its source article (0.7 to 1.3 times). The
paragraphs keep their figures, quotes, names and places as written, so the extractors do the work real
articles ask of them (many figures and reporting verbs per paragraph), in both languages' proportions.
The held-out sets of other audits (`audit/unseen2_*`, `audit/derna`) are never read.

`seed-sentences`: the corpus the bench used before (up to 2026-12-01): articles recombined from single
sentences of the seed articles, with a masthead or a date header now and then; kept so old figures can be
reproduced (`bench/run.py --corpus seed-sentences`).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from recoupe.ingest import detect_language, read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = 2024
CORPORA = ("real", "seed-sentences")
# The real articles the `real` corpus is made of; held-out audit sets are left out on purpose.
REAL_SOURCES = ("audit/retraites/dev", "audit/retraites/heldout", "audit/unseen_fr", "audit/unseen_en", "seeds")
OUTLETS = ["Le Quotidien", "La Dépêche du Soir", "Info Monde", "Le Courrier", "Nouvelles Hebdo"]
SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«A-ZÀ-Ý])")


# --- real: whole paragraphs of real articles -------------------------------------------------


def real_articles() -> list[dict]:
    """The source articles: title, paragraphs (non-empty lines after the title), language, word count."""
    out = []
    for folder in REAL_SOURCES:
        for path in sorted((ROOT / folder).glob("*.txt")):
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
            lines = [line for line in lines if line]
            if len(lines) < 2:
                continue
            title, paragraphs = lines[0], lines[1:]
            body = "\n".join(paragraphs)
            out.append({"source": f"{folder}/{path.name}", "title": title, "paragraphs": paragraphs,
                        "language": detect_language(body), "words": len(body.split())})
    return out


def real_article_text(index: int, sources: list[dict], pools: dict[str, list[tuple[int, str]]]) -> str:
    rng = random.Random(f"{SEED}-real-{index}")
    source_index = rng.randrange(len(sources))
    source = sources[source_index]
    target = source["words"] * rng.uniform(0.7, 1.3)
    paragraphs = [source["paragraphs"][0]]
    words = len(paragraphs[0].split())
    pool = pools[source["language"]]
    while words < target or len(paragraphs) < 3:  # two paragraphs from elsewhere at least: no two alike
        origin, paragraph = rng.choice(pool)
        if paragraph in paragraphs:
            continue
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return source["title"] + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_real(folder: Path, count: int, start: int = 0) -> list[Path]:
    sources = real_articles()
    pools: dict[str, list[tuple[int, str]]] = {}
    for i, source in enumerate(sources):
        pools.setdefault(source["language"], []).extend((i, p) for p in source["paragraphs"][1:])
    paths = []
    for index in range(start, start + count):
        path = folder / f"article_{index:05d}.txt"
        path.write_text(real_article_text(index, sources, pools), encoding="utf-8")
        paths.append(path)
    return paths


# --- seed-sentences: the former corpus -------------------------------------------------------


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


def write_seed_sentences(folder: Path, count: int, start: int = 0) -> list[Path]:
    sentences = seed_sentences()
    target = seed_word_count()
    paths = []
    for index in range(start, start + count):
        path = folder / f"article_{index:05d}.txt"
        path.write_text(article_text(index, sentences, target), encoding="utf-8")
        paths.append(path)
    return paths


def write_corpus(folder: Path, count: int, start: int = 0, corpus: str = "real") -> list[Path]:
    """`count` articles (numbered from `start`) of corpus `corpus` written into `folder` as UTF-8 .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    if corpus == "real":
        return write_real(folder, count, start)
    if corpus == "seed-sentences":
        return write_seed_sentences(folder, count, start)
    raise ValueError(f"unknown corpus {corpus!r}: one of {', '.join(CORPORA)}")


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    write_corpus(folder, int(sys.argv[2]) if len(sys.argv) > 2 else 2000,
                 corpus=sys.argv[3] if len(sys.argv) > 3 else "real")
    print(f"{folder}: written")
