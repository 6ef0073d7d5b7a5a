"""A toll counted in two countries or more (the quake's dead in Myanmar and in Thailand): a count that names no
country is the one country's whose counts of that toll it comes near, when every other country's are far from it
(see recoupe/topics.py). Rewrites the frames of assign_topics in place."""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Optional

from .frame_lexicon import is_toll
from .topic_adoption import toll_key

NEAR = 5.0  # a count this many times its country's median value, at most, comes near that country's counts
APART = 20.0  # and every other country's median must be this many times away from it


def tolls_by_country(frames: list[Optional[dict]]) -> None:
    """"Thai authorities said at least 10 dead have been identified" beside 17 dead "dans la Thaïlande voisine"
    and 1 644 "en Birmanie": the 10 is Thailand's, a 1 002 that names no country Myanmar's. A count near two
    countries' (or near none) keeps no scope."""
    tolls: dict[tuple, list[dict]] = defaultdict(list)
    for frame in frames:
        if frame and is_toll(frame) and frame["value"]:
            tolls[toll_key(frame)].append(frame)
    for members in tolls.values():
        by_country: dict[str, list[float]] = defaultdict(list)
        for frame in members:
            if (frame["scope"] or "").startswith("country:") and not frame["vague"]:
                by_country[frame["scope"]].append(frame["value"])
        if len(by_country) < 2:
            continue  # one country or none: the scope adoption of topics.py decides
        medians = {country: statistics.median(values) for country, values in by_country.items()}
        for frame in members:
            if frame["scope"] is None:
                frame["scope"] = _near_one(frame["value"], medians)


def _near_one(value: float, medians: dict[str, float]) -> Optional[str]:
    ratio = {country: max(value, median) / min(value, median) for country, median in medians.items()}
    near = [country for country, r in ratio.items() if r <= NEAR]
    if len(near) == 1 and all(r >= APART for country, r in ratio.items() if country != near[0]):
        return near[0]
    return None
