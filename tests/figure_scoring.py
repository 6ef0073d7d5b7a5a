"""Score predicted figures against the hand-annotated gold (tests/gold/figures.yml).

A prediction is a dict: {"article": file name, "value", "object", "qualifier", "source"} (optionally "text",
"kind", "value_low", "value_high"). Figures are matched per article on (value, object): the value exactly
(relative tolerance 1e-6), the object case- and accent-insensitively; a vague quantity has no value and is
matched on its band (value_low, value_high) instead. Measures (kind 'measure', e.g. calibres) are not counts and
are left out of precision and recall on both sides.

Reported: precision, recall and F1 per article and overall (micro-averaged); qualifier accuracy and attribution
accuracy over the matched pairs. A gold `source` is one name or a list of acceptable names (null in the list:
no attribution is acceptable too); a predicted source matches a gold name when, folded (case, accents,
determiners, plural s), the gold name's words are all among the predicted source's words ("Budanov" matches
"le lieutenant-général Kyrylo Budanov").

Run `python tests/figure_scoring.py` to score the extractor on the seeds (attribution from `source_text`
when the figures carry one), or `python tests/figure_scoring.py predictions.json` for a list of dicts.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Iterable, Optional

import yaml

HERE = Path(__file__).resolve().parent
GOLD_PATH = HERE / "gold" / "figures.yml"
NOT_SCORED_KINDS = {"measure"}
DETERMINERS = {"le", "la", "les", "l", "des", "du", "de", "d", "un", "une", "cette", "ce", "ces", "son", "sa", "ses"}


def load_gold(path: Path = GOLD_PATH) -> dict[str, list[dict]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def name_words(name: str) -> set[str]:
    words = re.findall(r"\w+", fold(name))
    return {re.sub(r"(?<=\w{3})[sx]$", "", w) for w in words if w not in DETERMINERS}


def source_matches(predicted: Optional[str], gold_source) -> bool:
    names = gold_source if isinstance(gold_source, list) else [gold_source]
    if not predicted:
        return any(name is None for name in names)
    predicted_words = name_words(predicted)
    return any(name is not None and name_words(name) and name_words(name) <= predicted_words for name in names)


def _value_key(item: dict):
    value = item.get("value")
    if value is None:
        low = item.get("value_low", item.get("low"))
        high = item.get("value_high", item.get("high"))
        return ("vague", low, high)
    return float(value)


def _same_value(a, b) -> bool:
    if isinstance(a, tuple) or isinstance(b, tuple):
        return a == b
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _same_object(a: Optional[str], b: Optional[str]) -> bool:
    return a is not None and b is not None and fold(a).strip() == fold(b).strip()


def _scored(items: Iterable[dict]) -> list[dict]:
    return [item for item in items if item.get("kind", "count") not in NOT_SCORED_KINDS]


def match_article(predicted: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs (prediction, gold) with the same value and object; among equals, prefer the same qualifier and text."""
    pairs = []
    free = list(gold)
    for pred in predicted:
        candidates = [g for g in free if _same_value(_value_key(pred), _value_key(g)) and _same_object(pred.get("object"), g.get("object"))]
        if not candidates:
            continue
        candidates.sort(key=lambda g: (g.get("qualifier") != pred.get("qualifier"), fold(g.get("text", "")) != fold(pred.get("text", ""))))
        chosen = candidates[0]
        free.remove(chosen)
        pairs.append((pred, chosen))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": precision, "recall": recall, "f1": f1}


def score(predictions: list[dict], gold: Optional[dict[str, list[dict]]] = None) -> dict:
    """Precision/recall/F1 on (value, object) per article and overall, qualifier and attribution accuracy."""
    gold = load_gold() if gold is None else gold
    by_article: dict[str, list[dict]] = {name: [] for name in gold}
    for pred in _scored(predictions):
        by_article.setdefault(pred["article"], []).append(pred)
    articles = {}
    all_pairs = []
    totals = [0, 0, 0]
    for name, preds in by_article.items():
        gold_items = _scored(gold.get(name) or [])
        pairs = match_article(preds, gold_items)
        all_pairs += pairs
        articles[name] = _prf(len(pairs), len(preds), len(gold_items))
        totals[0] += len(pairs)
        totals[1] += len(preds)
        totals[2] += len(gold_items)
    qualifier_ok = sum(p.get("qualifier") == g.get("qualifier") for p, g in all_pairs)
    source_ok = sum(source_matches(p.get("source"), g.get("source")) for p, g in all_pairs)
    return {
        "articles": articles,
        "overall": _prf(*totals),
        "qualifier_accuracy": qualifier_ok / len(all_pairs) if all_pairs else 0.0,
        "attribution_accuracy": source_ok / len(all_pairs) if all_pairs else 0.0,
        "matched": len(all_pairs),
        "errors": {
            "qualifier": [(p.get("text"), p.get("qualifier"), g.get("qualifier")) for p, g in all_pairs
                          if p.get("qualifier") != g.get("qualifier")],
            "source": [(p.get("text"), p.get("source"), g.get("source")) for p, g in all_pairs
                       if not source_matches(p.get("source"), g.get("source"))],
        },
    }


def figure_to_prediction(figure, article_name: str) -> dict:
    """A pipeline Figure as a prediction dict (attribution read from source_text when attribution ran)."""
    return {
        "article": article_name,
        "text": figure.text,
        "value": figure.value,
        "value_low": figure.value_low,
        "value_high": figure.value_high,
        "object": figure.object,
        "qualifier": figure.qualifier,
        "kind": figure.kind,
        "source": figure.source_text,
    }


def format_report(result: dict) -> str:
    lines = [f"{'article':32} {'P':>6} {'R':>6} {'F1':>6}  (tp/pred/gold)"]
    for name, s in sorted(result["articles"].items()):
        lines.append(f"{name:32} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  ({s['tp']}/{s['predicted']}/{s['gold']})")
    o = result["overall"]
    lines.append(f"{'overall':32} {o['precision']:6.3f} {o['recall']:6.3f} {o['f1']:6.3f}  ({o['tp']}/{o['predicted']}/{o['gold']})")
    lines.append(f"qualifier accuracy   {result['qualifier_accuracy']:.3f} over {result['matched']} matched figures")
    lines.append(f"attribution accuracy {result['attribution_accuracy']:.3f}")
    for kind, errors in result["errors"].items():
        for error in errors:
            lines.append(f"  {kind} error: {error}")
    return "\n".join(lines)


def predict_seeds() -> list[dict]:
    """Run ingest + spaCy + the figures extractor on the seed articles."""
    sys.path.insert(0, str(HERE.parent))
    from recoupe.ingest import read_article
    from recoupe.nlp import get_nlp
    from recoupe.numbers import extract_figures

    nlp = get_nlp("fr")
    predictions = []
    for path in sorted((HERE.parent / "seeds").glob("*.txt")):
        article = read_article(path)
        predictions += [figure_to_prediction(f, path.name) for f in extract_figures(nlp(article.text), article)]
    return predictions


def main(argv: list[str]) -> int:
    predictions = json.loads(Path(argv[1]).read_text(encoding="utf-8")) if len(argv) > 1 else predict_seeds()
    print(format_report(score(predictions)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
