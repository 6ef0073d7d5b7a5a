"""Whether the dossier tells a town's toll apart from its country's (read by topic_adoption._tolls_as_one): a toll
named in one town only is the country's toll, unless an article gives both, for the same day, with different values
("43 morts en Haïti … 25 à Petit-Goâve"), or gives the town's as a part of a larger count in one sentence ("24
morts, dont 20 recensés à Petit-Goâve"). Then the town's count is its own quantity."""

from __future__ import annotations

import re
from functools import lru_cache

SAME_TOLL = 1.02  # two tolls this close are one count said twice


@lru_cache(maxsize=1)
def _part_before() -> re.Pattern:
    from .lexicon import load

    words = load("topics", "common").get("part_words") or ()
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _counted(frame: dict) -> bool:
    return bool(frame["value"]) and not frame["vague"] and not frame.get("feared")


def toll_told_apart(members: list[dict], town: str, country: str) -> bool:
    in_town = [f for f in members if f["scope"] == town and _counted(f)]
    wider = [f for f in members if f["scope"] in (None, country) and _counted(f)]
    for a in in_town:
        for b in wider:
            if b["scope"] == country and a["article"] == b["article"] and (a["as_of"] or "")[:10] \
                    and (a["as_of"] or "")[:10] == (b["as_of"] or "")[:10] and b["value"] > SAME_TOLL * a["value"]:
                return True  # one article, one day, two values: two quantities
            if a["sentence"] == b["sentence"] and a["article"] == b["article"] and b["start"] < a["start"] \
                    and b["value"] > a["value"] and _part_before().search(a["before"]):
                return True  # "24 morts, dont 20 à Petit-Goâve"
    return False
