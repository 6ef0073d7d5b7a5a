"""The lexicons quantity frames read (recoupe/lexicons/<language>/events.yml, modality.yml, scope.yml), compiled
once per language, and the class of an event (see recoupe/frames.py)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import load

TOLLS = ("killed", "wounded", "missing", "rescued", "displaced")
CUMULATIVE = ":cumul"  # the suffix of a class counted as a total since a moment ("arrested:cumul")
RULED_OUT = "exclu"  # the class of a figure a source rules out ("et non en milliers")
PARTIAL = ":partiel"  # the suffix of a one-day event's class counted before the day's end ("gathering:partiel")


def is_toll(frame: dict) -> bool:
    """Whether a frame counts a toll, whatever mark its class carries ("killed", "killed:cumul")."""
    return (frame["class"] or "").split(":")[0] in TOLLS
ARTICLES = r"(?:(?:les|la|le|une|un|des|du|aux|au)\s+|l['’]\s*)?"
OF = r"(?:de|du|des|d['’])"
# Where a figure's clause ends (frame_scope._clause_end), in French: another source, a new clause, a bracket
CLAUSE_STOPS = (r"\bselon\b|,\s*(?:a|ont|avait|avaient|aurait|auraient|rapporte|affirme|indique|estime)\b"
                r"|;|»|:|\(|\)|\bqu(?:e|i)\b|\bdont\b|\bcontre\b")


def must_be_said(cls: Optional[str], lex: dict) -> bool:
    """A toll or a running tally (the dead, the wounded, arrests: `tally: true` in events.yml) is what a text says
    happened to people: people of whom nothing is said ("300 000 personnes sans abri", "tens of thousands of
    people filled the park") are never taken for it, however many of the dossier's people it counts."""
    base = (cls or "").split(":")[0]
    return base in TOLLS or bool(lex["classes"].get(base, {}).get("tally"))


def in_forces_ranks(text: str, end: int, lex: dict) -> bool:
    """Whether the words after a figure ending at `end` say it is the forces' ("263 blessés dans les rangs des forces
    de l'ordre", "12 wounded among the security forces": events.yml `force_ranks`)."""
    return bool(lex["force_ranks"].match(text[end:end + 80].replace("’", "'")))


def _optional_words(words, after: str) -> str:
    """An optional expression of any of `words`, each followed by `after`: "(?:(?:the|a|an)\\s+)?"."""
    return "(?:(?:" + "|".join(map(re.escape, words)) + ")" + after + ")?" if words else ""


@lru_cache(maxsize=None)
def lexicons(language: str = "fr") -> dict:
    events = load("events", language)
    verb_class = {}
    noun_class = {}
    canonical = {}
    phrases = {}
    event_nouns = {}
    idle = {}
    for name, spec in events["classes"].items():
        nouns = spec.get("nouns", []) or []
        named = (spec.get("event_nouns") or []) + nouns
        for noun in named:
            canonical[_norm(noun)] = _norm(named[0])
        if named:
            canonical[name] = _norm(named[0])
        if spec.get("counted"):
            canonical[name] = _norm(spec["counted"])  # "personnes" a town "abrite" are its "habitants"
        for noun in spec.get("idle_nouns", []) or []:
            idle[_norm(noun)] = name
        for noun in spec.get("event_nouns", []) or []:
            event_nouns[_norm(noun)] = name
        for phrase in spec.get("phrases", []) or []:
            phrases[phrase] = name
        for verb in spec.get("verbs", []) or []:
            verb_class.setdefault(_norm(verb), name)
        for noun in spec.get("nouns", []) or []:
            noun_class.setdefault(_norm(noun), name)
    phrased = {}  # "placer en garde à vue": the verb, then the words after it that make the event
    for key in list(verb_class) + list(event_nouns):
        words = key.split()
        if len(words) > 1 and not key.startswith("se "):
            phrased.setdefault(words[0], []).append((key, re.compile(
                r"[\w'’-]*\s+" + r"\s+".join(re.escape(w) for w in words[1:]) + r"(?![\w'’-])", re.I)))
    modality = load("modality", language)
    scope = load("scope", language)
    return {
        "verb_class": verb_class, "noun_class": noun_class, "classes": events["classes"], "canonical": canonical,
        "phrases": phrases, "event_nouns": event_nouns, "idle": idle, "phrased": phrased,
        "people_classes": frozenset(events.get("people_classes", [])),
        "of_the_dead": frozenset(events.get("of_the_dead", [])),
        "joints": frozenset(events.get("forward_joints", [])),
        "joint": re.compile(r"[\s,«»\"“”‘’]*(?:" + "|".join(sorted(map(re.escape, events.get("forward_joints", [])),
                                                                   key=len, reverse=True))
                            + r")[\s,«»\"“”‘’]*", re.I) if events.get("forward_joints") else re.compile(r"(?!)"),
        "ruled_out": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("ruled_out_before", [])))
                                + r")(?:\s*[«\"“‘]?\s*pas)?\s*[«\"“‘]?\s*$", re.I) if events.get("ruled_out_before") else re.compile(r"(?!)"),
        "people_nouns": frozenset(events.get("people_nouns", [])),
        "time_of_day_words": frozenset(scope.get("time_of_day_words", [])),
        "people_suffix": re.compile(r"(?:" + "|".join(map(re.escape, events.get("people_suffixes", []))) + r")$")
        if events.get("people_suffixes") else re.compile(r"(?!)"),
        "partial_classes": frozenset(events.get("partial_day_classes", [])),
        "partial": re.compile("|".join(events.get("partial_day_cues", [])) or r"(?!)"),
        "phrase_tails": frozenset(" ".join(key.split()[i:]) for keys in phrased.values() for key, _ in keys
                                  for i in range(1, len(key.split()))),
        "not_people": frozenset(events.get("not_people", [])) | frozenset(scope.get("place_nouns", []))
        | frozenset(scope.get("local_nouns", [])) | frozenset(scope.get("town_nouns", []))
        | frozenset(scope.get("other_places", [])) | frozenset(events.get("container_nouns", [])),
        "generic": frozenset(events.get("generic_people", [])),
        "at_large": frozenset(events.get("people_at_large", [])),
        "light": frozenset(events.get("light_verbs", [])),
        "passive_events": dict(events.get("passive_events") or {}),
        "event_holders": frozenset(events.get("event_holder_nouns", [])),
        "joining": frozenset(events.get("joining_verbs", [])),
        "severity": [(mark, re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, words)) + r")(?![\w'’])", re.I))
                     for mark, words in (events.get("severity") or {}).items()],
        "severity_states": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("severity_states", [])))
                                      + r")(?![\w'’])", re.I) if events.get("severity_states") else re.compile(r"(?!)"),
        "declaring": frozenset(events.get("declaring_verbs", [])),
        "raising": frozenset(events.get("raising_verbs", [])),
        "causes": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("cause_nouns", []))) + r")(?![\w'’])",
                             re.I) if events.get("cause_nouns") else re.compile(r"(?!)"),
        "toll": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("toll_words", []))) +
                           r")\s+(?:[\w'’-]+\s+){0,4}$", re.I) if events.get("toll_words") else re.compile(r"(?!)"),
        "whole": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("whole_before", []))) + r")\s+"
                            r"(?:(?:les|the|ses|leurs|its|their)\s+)?(?:(?:près(?:\s+de)?|environ|quelque|nearly|some|about)\s+)?$",
                            re.I) if events.get("whole_before") else re.compile(r"(?!)"),
        "declared_states": {k.lower(): v for k, v in (events.get("declared_states") or {}).items()},
        "state_container": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("state_containers", [])))
                                      + r")\s+(?:of|de|des|du|d['’])\s*(?P<words>(?:[\w'’-]+\s+){0,3}?)(?P<state>"
                                      + "|".join(sorted(map(re.escape, events.get("declared_states") or {}), key=len,
                                                        reverse=True))
                                      + r")(?:e|s|es)?(?![\w'’])", re.I)
        if events.get("state_containers") and events.get("declared_states") else re.compile(r"(?!)"),
        "against": frozenset(events.get("against_forms", [])),
        "counting": frozenset(events.get("counting_verbs", [])),
        "planned_own": frozenset(modality.get("planned_own", [])),
        "containers": frozenset(events.get("container_nouns", [])),
        "first": frozenset(events.get("first_words", [])),
        "planned": frozenset(_norm(v) for v in modality.get("planned", [])),
        "possible": frozenset(_norm(v) for v in modality.get("possible", [])),
        "planned_nouns": frozenset(modality.get("planned_nouns", [])),
        "planned_words": tuple(modality.get("planned_words", [])),  # a Matcher (recoupe/matchers.py)
        "hedge": re.compile("|".join(modality.get("hedge_sources", [])) or r"(?!)", re.I),
        "at": [p for p in scope.get("at", [])], "towards": [p for p in scope.get("towards", [])],
        "place_nouns": frozenset(scope.get("place_nouns", [])),
        "town_nouns": frozenset(scope.get("town_nouns", [])),
        "region_nouns": frozenset(scope.get("region_nouns", [])),
        "time_nouns": frozenset(scope.get("time_nouns", [])),
        "rate_prepositions": tuple(scope.get("rate_prepositions", [])),
        "rate_not": frozenset(scope.get("rate_not", [])),
        "elsewhere": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, scope.get("elsewhere", []))) + r"|(?:"
                                + "|".join(map(re.escape, scope.get("other_words", []))) + r")\s+(?:[\w-]+\s+){0,2}?(?:"
                                + "|".join(map(re.escape, scope.get("other_places", []))) + r"))(?![\w'’])", re.I)
        if scope.get("elsewhere") else re.compile(r"(?!)"),
        "subdivision": frozenset(scope.get("subdivision_nouns", [])),
        "part": frozenset(scope.get("part_nouns", [])),
        "bridge": frozenset(scope.get("bridge_nouns", [])),
        "restrictive": frozenset(scope.get("restrictive_words", [])),
        # "2 376 blessés, principalement dans la région de Mandalay": where most are, not where the count holds
        "mostly": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, scope["mostly_words"])) + r")[\s,]*$", re.I)
        if scope.get("mostly_words") else re.compile(r"(?!)"),
        "parallel": tuple(events.get("parallel_markers", [])),  # a Matcher (recoupe/matchers.py)
        "country_nouns": frozenset(scope.get("country_nouns", [])),
        "local_nouns": frozenset(scope.get("local_nouns", [])),
        "origin_verbs": frozenset(scope.get("origin_verbs", [])),
        "origin_preps": frozenset(scope.get("origin_prepositions", [])),
        "site_kinds": {k.lower(): v for k, v in (scope.get("site_kinds") or {}).items()},
        "site_not_after": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, scope["site_not_after"])) + ")",
                                     re.I) if scope.get("site_not_after") else re.compile(r"(?!)"),
        "local_preps": list(scope.get("local_prepositions", [])),
        "openers": list(scope.get("frame_openers", [])),
        "local_stop": list(scope.get("local_stop_words", [])),
        "towns": {k.lower(): v for k, v in (scope.get("town_adjectives") or {}).items()},
        # the grammar of a locative phrase (frame_scope.py): French unless the language's scope.yml says its own
        "articles": _optional_words(scope.get("articles"), r"\s+") or ARTICLES,
        "of": "(?:" + "|".join(map(re.escape, scope["of_words"])) + ")" if scope.get("of_words") else OF,
        # the words left out when reading what stands between a preposition and its place: the articles and "of"
        "article_words": frozenset((scope.get("articles") or []) + (scope.get("of_words") or []))
        or frozenset(("de", "du", "des", "d", "la", "le", "les", "l")),
        "place_adjectives": frozenset(scope.get("place_adjectives") or ("ville", "portuaire")),
        "frame_preps": scope.get("frame_prepositions") or r"À|A|Au|Aux|Dans|En|(?<=\s)(?:à|au|aux|dans|en)",
        "frame_articles": scope.get("frame_articles") or r"(?:la |le |les |l['’])?",
        "frame_noun_preps": scope.get("frame_noun_prepositions") or "À|A|Au|Aux|Dans|En|Sur",
        "clause_stops": re.compile(scope.get("clause_stops") or CLAUSE_STOPS),
        "superlative": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, scope["superlatives"])) + r")(?![\w'’])",
                                  re.I) if scope.get("superlatives") else re.compile(r"(?!)"),
        "deployed": frozenset(events.get("deployed_people", [])),
        "forces": events.get("forces"),
        "force_nouns": frozenset(events.get("force_nouns", [])),
        "force_heads": frozenset(events.get("force_heads", [])),
        "force_words": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("force_words", [])))
                                  + r")(?![\w'’])", re.I) if events.get("force_words") else re.compile(r"(?!)"),
        # "263 blessés dans les rangs des forces de l'ordre": the forces' toll (up to three words between)
        "force_ranks": re.compile(r"^(?:[\s,]+[\w'’-]+){0,3}?[\s,]+(?:" + "|".join(sorted(map(re.escape, events[
            "force_ranks"]), key=len, reverse=True)) + r")\s*(?:" + "|".join(map(re.escape, events.get("force_words", [])))
            + r")(?![\w'’])", re.I) if events.get("force_ranks") else re.compile(r"(?!)"),
        "event_containers": {k.lower(): v for k, v in (events.get("event_containers") or {}).items()},
        "reinforcement": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("reinforcement_words", [])))
                                    + r")(?![\w'’])", re.I) if events.get("reinforcement_words") else re.compile(r"(?!)"),
        "reinforcement_nouns": frozenset(events.get("reinforcement_nouns", [])),
        "money_nouns": {k.lower(): v for k, v in (events.get("money_nouns") or {}).items()},
        "money_classes": frozenset((events.get("money_nouns") or {}).values()),  # what sums measure: "dégâts"
        "money_verbs": {k.lower(): v for k, v in (events.get("money_verbs") or {}).items()},
        "estimated_money": frozenset(events.get("estimated_money") or ()),
        "holder_counts": frozenset(events.get("holder_counts") or ()),
        "money_containers": frozenset(events.get("money_containers", [])),
        "money_equivalents": tuple(events.get("money_equivalents", [])),
        "since": "|".join(map(re.escape, events.get("since_words", []))),
        "capacity": re.compile(r"(?:" + "|".join(events.get("capacity_before", [])) + r")[^\d.;:!?]{0,40}$")
        if events.get("capacity_before") else re.compile(r"(?!)"),
        "gap_units": frozenset(str(w).lower() for w in events.get("gap_units") or ()),
        "period": _period_pattern(events),
        "period_units": {k.lower(): float(v) for k, v in (events.get("period_units") or {}).items()},
        "period_numbers": {k.lower(): int(v) for k, v in (events.get("period_numbers") or {}).items()},
        "period_spans": {k.lower(): float(v) for k, v in (events.get("period_spans") or {}).items()},
        "weekday_index": {day.lower(): i for week in events.get("period_weekdays") or [] for i, day in enumerate(week)},
        "weekday_span": re.compile("|".join(
            rf"\b{re.escape(a)}\s+(?P<d{i}a>{'|'.join(d for week in events.get('period_weekdays') or [] for d in week)})"
            rf"\s+{re.escape(b)}\s+(?P<d{i}b>{'|'.join(d for week in events.get('period_weekdays') or [] for d in week)})\b"
            for i, (a, b) in enumerate(events.get("period_between") or [])) or "(?!)", re.I),
        "part_before": re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, words.split()))
                                                for words in events.get("part_before", []))
                                   + r")\s+(?:[\w’'-]+\s+){0,2}$", re.I)
        if events.get("part_before") else re.compile(r"(?!)"),
        "partitive": re.compile(r"\s+(?:" + "|".join(map(re.escape, events.get("partitive_after", [])))
                                + r")\s+(?:(?:[\d\s.,]+|[\w-]+\s+)?(?:" + "|".join(
                                    map(re.escape, events.get("partitive_nouns", []))) + r"))\b", re.I)
        if events.get("partitive_after") else re.compile(r"(?!)"),
        "period_start": re.compile(r"\s+(?:de|du|des|d['’]|of)\s*(?:(?:la|le|l['’]|the|this|cette|ce)\s*)?(?:(?:"
                                   + "|".join(map(re.escape, events.get("since_period_nouns", []))) + r")\b|\d{4}\b)",
                                   re.I) if events.get("since_period_nouns") else re.compile(r"(?!)"),
        "story_start": re.compile(r"\s+(?:" + "|".join(map(re.escape, events.get("since_story_start", [])))
                                  + r")(?![\w'’])", re.I) if events.get("since_story_start") else re.compile(r"(?!)"),
        "duration": re.compile(r"\s+(?:(?:" + "|".join(events.get("duration_before", [])) + r")\s+)?(?:"
                               + "|".join(events.get("duration_units", [])) + r")\b", re.I)
        if events.get("duration_units") else re.compile(r"(?!)"),
        "ranking": re.compile(r"(?:" + "|".join(events.get("ranking_before_since", [])) + r")", re.I)
        if events.get("ranking_before_since") else re.compile(r"(?!)"),
        # a share "avec" a verb of ranking, within two words of the figure ("placer en tête avec 53 %")
        "share_with": re.compile(r"\b(?:" + "|".join(map(re.escape, events.get("share_with_prepositions", [])))
                                 + r")\s+(?:[^\W\d][\w'’]*\s+){0,2}$", re.I)
        if events.get("share_with_prepositions") else re.compile(r"(?!)"),
        "difference": re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(
            map(re.escape, events.get("difference_after", []))) + r")\b", re.I)
        if events.get("difference_after") else re.compile(r"(?!)"),
        "excess": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("excess_baselines", [])))
                             + r")(?![\w'’])", re.I) if events.get("excess_baselines") else re.compile(r"(?!)"),
        "toll_period": re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, events.get("toll_period_marks", [])))
                                  + r")(?![\w'’])", re.I) if events.get("toll_period_marks") else re.compile(r"(?!)"),
        "night": re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(
            events.get("night_phrases", []), key=len, reverse=True)) + r")(?![\w'’])"
            # the night's dates: "la nuit du dimanche 2 au lundi 3 juillet", "the night of June 29 to 30"
            r"(?:(?:\s+(?:[^\W\d][\w'’]*|\d{1,2}(?:er)?)){1,4}?\s+(?:à|au|to)\s+[\w'’]+(?:\s+[\w'’]+){0,2})?", re.I)
        if events.get("night_phrases") else re.compile(r"(?!)"),
        "new_after": re.compile(r"\s+(?:" + "|".join(map(re.escape, events.get("new_after", []))) + r")\b", re.I)
        if events.get("new_after") else re.compile(r"(?!)"),
        "rate": _rate_pattern(events),
        "rate_units": {k.lower(): v for k, v in (events.get("rate_phrases") or {}).items()},
        "rate_not_after_word": frozenset(events.get("rate_not_after_word", [])),
        "rate_not_before_word": frozenset(events.get("rate_not_before_word", [])),
        "increment": re.compile(r"\s+(?:" + "|".join(map(re.escape, events.get("increment_after", []))) +
                                r")\b(?!\s+(?:than|que|qu['’]))", re.I) if events.get("increment_after") else re.compile(r"(?!)"),
    }


def _rate_pattern(events: dict) -> re.Pattern:
    """A phrase of `rate_phrases` ("par jour", "a day", "daily"), as whole words. Group: phrase."""
    phrases = sorted((events.get("rate_phrases") or {}), key=len, reverse=True)
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w'’-])(?P<phrase>" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                      + r")(?![\w'’-])", re.I)


def _period_pattern(events: dict) -> re.Pattern:
    """A stated span: a lead, fillers, a number (digits or spelled) or none ("en une journée" has "une"), a unit;
    or a whole phrase of `period_spans`. Groups: n (number), unit, span (the phrase)."""
    leads, fillers = events.get("period_leads") or [], events.get("period_fillers") or []
    units, numbers = events.get("period_units") or {}, events.get("period_numbers") or {}
    if not (leads and units):
        return re.compile(r"(?!)")

    def alt(words) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    spans = events.get("period_spans") or {}
    return re.compile(
        rf"(?<![\w'’])(?:(?:{alt(leads)})\s+(?:(?:{alt(fillers)})\s+)*(?P<n>\d+|{alt(numbers)})?\s*(?:(?:{alt(fillers)})\s+)*"
        rf"(?P<unit>{alt(units)})|(?P<span>{alt(spans) if spans else '(?!)'}))(?![\w'’])", re.I)


def _norm(word: str) -> str:
    return re.sub(r"^s['’]\s*", "se ", word.lower().replace("’", "'"))


def event_class(event: Optional[str], entity: Optional[str] = None, language: str = "fr") -> Optional[str]:
    lex = lexicons(language)
    if event:
        found = lex["verb_class"].get(event) or lex["verb_class"].get(re.sub(r"^se ", "", event))
        if found:
            return found
    if entity:
        return lex["noun_class"].get(entity)
    return None


@lru_cache(maxsize=None)
def _not_counted(language: str = "fr") -> frozenset[str]:
    """Words a misread figure may take for its counted noun: weekdays, months, multipliers."""
    from .dates import _names

    months, weekdays = _names(language)
    return frozenset(months) | frozenset(weekdays) | frozenset(load("events", language).get("not_counted", []))
