"""Learn recoupe's continuation decision (recoupe/continuations.py) from the gold claims of the audit sets.

    python audit/train_continuations.py collect fr /tmp/cont/fr.json     # build every set, record the candidates
    python audit/train_continuations.py loso fr /tmp/cont/fr.json /tmp/cont/loso   # a dossier per held-out set
    python audit/train_continuations.py fit fr /tmp/cont/fr.json         # write recoupe/lexicons/fr/continuation.yml

A candidate is a sentence with no claim of its own within reach of the last claim before it; it is positive when
the gold has a claim on that sentence whose speaker is the last claim's (score_extraction's name rule). `collect`
builds each set in this process with the model switched off and records every candidate's features; `loso` fits
the weights on all the sets but one and builds that one with them (score the dossiers with score_extraction.py);
`fit` fits on every set of the language. L2-regularised logistic regression by Newton's method: deterministic; the
bias is then shifted to the threshold that gains most on the training rows (a claim found is a point, a figure of its
sentence credited wrongly costs one).

Measured 2026-12-02 on main 7b87a41 (attribution over all gold rows, score_extraction.py): 398 French candidates (48
positive), 279 English (18). Leave-one-set-out, French folds 1448 -> 1450 / 1774 (unseen2_fr -0.015, unseen9_fr
+0.012, unseen11_fr -0.006), English folds 1264 -> 1264 / 1423 (unseen6_en -0.023); trained on both languages'
sets, French 1446, English 1265. Weights fitted on all the unseen sets moved the 13 stories' figure credit by +1 of
2418 (story10 +6, story6 -4, story9 -3, story13 -3). Not shipped: no recoupe/lexicons/<lang>/continuation.yml.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import score_extraction as se  # noqa: E402
from recoupe import continuations, pipeline  # noqa: E402

SETS = {"fr": ["unseen_fr"] + [f"unseen{i}_fr" for i in range(2, 12)],
        "en": ["unseen_en"] + [f"unseen{i}_en" for i in range(2, 9)]}
L2 = 1.0


def _build(name: str, db: Path) -> None:
    files = sorted((HERE / name).glob("*.txt"))
    pipeline.build(files, db, cache_dir=None, workers=1)


def collect(language: str, out: Path) -> None:
    """Every candidate of every set of the language, with its features and gold label, into `out` (JSON)."""
    rows = []
    recorded = []
    original = continuations.features

    def recording(doc, layout, unit, last, mentions):
        values = original(doc, layout, unit, last, mentions)
        recorded.append((layout.text, layout.units[unit], last.claim.speaker_text, values))
        return values

    continuations.features = recording
    continuations.decide = lambda values, weights: False
    continuations._weights = lambda language: {"bias": 0.0}
    for name in SETS[language]:
        recorded.clear()
        with tempfile.TemporaryDirectory() as tmp:
            _build(name, Path(tmp) / "set.db")
            rows += _labelled(name, Path(tmp) / "set.db", recorded)
        print(name, sum(1 for r in rows if r["set"] == name), "candidates,",
              sum(r["label"] for r in rows if r["set"] == name), "positive", flush=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows), encoding="utf-8")


def _labelled(name: str, db: Path, recorded: list) -> list[dict]:
    gold_path = HERE / name / "gold.yml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    dossier = se.Dossier(db)
    by_text = {se.nfc(a["text"]): f for f, a in dossier.articles.items()}
    starts: dict[str, list[tuple[int, list]]] = {}
    for row in gold.get("claims") or []:
        art = dossier.articles.get(row["file"])
        if art is None:
            continue
        raw = se.nfc((gold_path.parent / row["file"]).read_text(encoding="utf-8"))
        at = se.locate_sentence(raw, se.nfc(art["text"]), se.nfc(row["sentence_start"]), row["start"])
        if at is not None:
            starts.setdefault(row["file"], []).append((at, [row["speaker"]] + list(row.get("alt_speakers") or [])))
    figures = _gold_figures(gold, gold_path.parent, dossier)
    rows = []
    for text, (start, end), speaker, values in recorded:
        file = by_text.get(se.nfc(text))
        if file is None:
            continue
        label = any(start <= at < end and se.name_right([speaker], names) for at, names in starts.get(file, []))
        # what crediting the sentence's figures to the speaker would change: +1 for each one whose gold source
        # is the speaker, -1 for each one now right that would turn wrong
        change = sum(int(se.name_right([speaker], answers)) - int(now_right)
                     for f, at, answers, now_right in figures if f == file and start <= at < end)
        rows.append({"set": name, "file": file, "start": start, "end": end, "speaker": speaker,
                     "features": values, "label": int(label), "gain": int(label) + change})
    return rows


def _gold_figures(gold: dict, folder: Path, dossier) -> list[tuple]:
    """(file, offset in articles.text, acceptable sources, whether the dossier's source is right now) of each gold
    figure the dossier found."""
    out = []
    for row in gold.get("figures") or []:
        art = dossier.articles.get(row["file"])
        if art is None or row.get("kind") in se.LEFT_OUT_KINDS:
            continue
        raw = se.nfc((folder / row["file"]).read_text(encoding="utf-8"))
        found = se.locate(raw, se.nfc(art["text"]), se.nfc(row["text"]), row["start"], row["end"], row.get("occurrence"))
        if found is None:
            continue
        hits = [f for f in dossier.figures if f["article_id"] == art["id"] and f["start"] < found[1] and f["end"] > found[0]]
        if not hits:
            continue
        answers = [row.get("source")] + list(row.get("alt_sources") or [])
        now = se.name_right(dossier.names(hits[0].get("source_actor_id"), hits[0].get("source_text")), answers)
        out.append((row["file"], found[0], answers, now))
    return out


def fit(rows: list[dict]) -> dict[str, float]:
    names = sorted({k for r in rows for k in r["features"]})
    x = np.array([[r["features"].get(k, 0.0) for k in names] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    w = np.zeros(len(names))
    penalty = L2 * np.eye(len(names))
    penalty[names.index("bias"), names.index("bias")] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(len(names))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {k: float(v) for k, v in zip(names, w)}
    weights["bias"] += _best_shift(rows, weights)
    return {k: round(v, 4) for k, v in weights.items()}


def _best_shift(rows: list[dict], weights: dict[str, float]) -> float:
    """The shift of the bias (the decision threshold) that gives the most gain on `rows`: a missed claim costs a
    point of attribution, a claim too many only the figures it would credit wrongly."""
    scores = [sum(weights.get(k, 0.0) * v for k, v in r["features"].items()) for r in rows]
    best, best_gain = 0.0, 0
    for shift in np.arange(-3.0, 3.01, 0.25):
        gain = sum(r["gain"] for r, z in zip(rows, scores) if z + shift > 0)
        if gain > best_gain:
            best, best_gain = float(shift), gain
    return best


def loso(language: str, data: Path, out: Path) -> None:
    rows = json.loads(data.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    for name in SETS[language]:
        weights = fit([r for r in rows if r["set"] != name])
        continuations._weights = lambda language, weights=weights: weights
        db = out / f"{name}.db"
        if db.exists():
            db.unlink()
        _build(name, db)
        held = [r for r in rows if r["set"] == name]
        said = [r for r in held if continuations.decide(r["features"], weights)]
        print(f"{name}: {len(said)} continuations read, {sum(r['label'] for r in said)} right, "
              f"{sum(r['label'] for r in held)} to find", flush=True)


def write(language: str, data: Path) -> None:
    rows = json.loads(data.read_text(encoding="utf-8"))
    weights = fit([r for r in rows if r["set"] in SETS[language]])
    path = HERE.parent / "recoupe" / "lexicons" / language / "continuation.yml"
    header = (f"# Weights of the continuation model (recoupe/continuations.py), learned by audit/train_continuations.py"
              f"\n# from the gold claims of {', '.join(SETS[language])}: {len(rows)} candidates, "
              f"{sum(r['label'] for r in rows)} positive.\n")
    path.write_text(header + yaml.safe_dump({"weights": weights}, sort_keys=True, allow_unicode=True), encoding="utf-8")
    print(path, weights)


if __name__ == "__main__":
    command, language, data = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    if command == "collect":
        collect(language, data)
    elif command == "loso":
        loso(language, data, Path(sys.argv[4]))
    elif command == "fit":
        write(language, data)
