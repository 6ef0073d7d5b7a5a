"""Money in one unit: currencies pegged to another at a fixed rate (the CFP and CFA francs to the euro,
lexicons/common/currencies.yml) are compared in that currency, and what a sum measures is read from the noun it is
said of ("200 millions d'euros de dégâts", "les dégâts sont évalués à 24 milliards CFP": the damage), so that the
same damage given in two currencies, by two verbs, meets in one topic and is compared in one unit.

Nothing here is about one story: the parities are public, the nouns generic (events.yml `money_nouns`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .lexicon import load
from .models import Figure


@lru_cache(maxsize=1)
def _currencies() -> dict:
    return load("currencies", "common")


def peg(currency: Optional[str]) -> Optional[tuple[str, float]]:
    """(the currency it is compared in, units of it per one of that) for a pegged currency, else None."""
    found = (_currencies().get("pegs") or {}).get(currency or "")
    return (found["to"], float(found["rate"])) if found else None


def unit(currency: Optional[str]) -> Optional[str]:
    """The currency an amount is compared in: its peg's for a pegged one ("franc cfp" -> "euro"), else its own."""
    pegged = peg(currency)
    return pegged[0] if pegged else currency


def in_reference_currency(figure: Figure) -> Figure:
    """The figure with its values in the currency its own is pegged to (itself when not pegged), for comparison."""
    pegged = peg(figure.object) if figure.kind == "amount" else None
    if not pegged:
        return figure
    rate = pegged[1]
    return figure.model_copy(update={key: getattr(figure, key) / rate for key in ("value", "value_low", "value_high")
                                     if getattr(figure, key) is not None})


def with_unit(figure: Figure) -> Figure:
    """The figure with the unit it is compared in, and the rate from the currency written, for the pages to show
    one unit per topic ("24 milliards CFP" shown as 201 million euros beside "200 millions d'euros")."""
    if figure.kind == "percent":
        return figure.model_copy(update={"unit": "%"})
    if figure.kind != "amount" or not figure.object:
        return figure
    pegged = peg(figure.object)
    return figure.model_copy(update={"unit": unit(figure.object), "unit_rate": pegged[1] if pegged else None})


def named_varieties(figures: list[Figure]) -> list[Figure]:
    """A bare currency name ("24 milliards de francs") in an article whose other amounts name one variety of it
    ("18 milliards CFP") is that variety."""
    varieties = _currencies().get("varieties") or {}
    named = {f.object for f in figures if f.kind == "amount"}
    out = []
    for figure in figures:
        choices = [v for v in varieties.get(figure.object or "", []) if v in named] if figure.kind == "amount" else []
        out.append(figure.model_copy(update={"object": choices[0]}) if len(choices) == 1 else figure)
    return out


def money_class(doc: Doc, span: Span, lex: dict) -> Optional[str]:
    """What a sum measures (events.yml `money_nouns`): the noun right after its currency ("de dégâts", "en aides"),
    else the noun of the clause it is the value of: the subject or object of its verb ("les dégâts sont évalués à",
    "estime les dégâts à", "le coût des dégâts a été évalué à": the container's complement), the noun its
    participle qualifies ("des dégâts estimés à"), or a verb that says it ("a coûté")."""
    nouns, verbs, containers = lex["money_nouns"], lex["money_verbs"], lex["money_containers"]
    if not nouns:
        return None
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.like_num is False and root.head != root:
        root = root.head  # "1,2 milliard pour le privé, et 1 milliard de plus": the first amount's clause
    for token in doc[span.end:span.end + 6]:  # "200 millions d'euros de dégâts", "250 millions en aides"
        if token.is_punct or token.like_num:
            break
        if token.pos_ in ("NOUN", "PROPN") and _lemma(token) in nouns and token.i > span.end \
                and doc[token.i - 1].lower_ in ("de", "d'", "d’", "en", "of", "in"):
            return nouns[_lemma(token)]
    candidates: list[Token] = []
    head = root.head
    if head.pos_ == "NOUN" and head.i < root.i:
        candidates.append(head)  # "estime les dégâts à 150 millions" parsed with the amount on the noun
    verb = root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        candidates += [c for c in verb.children if c.dep_.startswith(("nsubj", "obj")) and c.i != root.i]
        if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            candidates.append(verb.head)  # "des dégâts évalués à un milliard"
    for noun in candidates:
        lemma = _lemma(noun)
        if lemma in containers:
            inner = next((c for c in noun.children if c.dep_ == "nmod" and _lemma(c) in nouns), None)
            if inner is not None:
                return nouns[_lemma(inner)]  # "le coût des dégâts": the damage
        if lemma in nouns:
            return nouns[lemma]
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs:
        return verbs[verb.lemma_.lower()]
    return None


RESTATED = 0.05  # an amount within 5 % of another of its article, in one currency, restates it


def restated(figures: list[Figure]) -> list[Figure]:
    """An amount the article says without saying what it measures ("24 milliards CFP, soit 200 millions d'euros.",
    after a title "24 milliards de francs de dégâts") measures what the nearest amount of the same value (within
    5 %, in one currency) measures, one of the same part of the sum first."""
    out = list(figures)
    known = [f for f in figures if f.kind == "amount" and f.event_class and f.value]
    for index, figure in enumerate(out):
        if figure.kind != "amount" or figure.event_class or not figure.value:
            continue
        value = in_reference_currency(figure).value
        same = [f for f in known if unit(f.object) == unit(figure.object)
                and abs(in_reference_currency(f).value - value) <= RESTATED * max(value, 1)]
        if same:  # the nearest, one of the same part of the sum first
            nearest = min(same, key=lambda f: (f.scope_key != figure.scope_key, abs(f.start - figure.start), f.start))
            out[index] = figure.model_copy(update={"event_class": nearest.event_class})
    return out


def equivalents(text: str, figures: list[Figure], language: str = "fr") -> list[Figure]:
    """An amount right after another, joined by "soit", "ou", a parenthesis ("24 milliards CFP, soit 200 millions
    d'euros"), measures what the first measures: it takes its class when it has none of its own."""
    from .frame_lexicon import lexicons

    words = lexicons(language)["money_equivalents"]
    out = list(figures)
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    for before, after in zip(order, order[1:]):
        a, b = out[before], out[after]
        if a.kind != "amount" or b.kind != "amount" or not a.event_class or b.event_class \
                or unit(a.object) != unit(b.object) or not 0 <= b.start - a.end <= 40:
            continue
        gap = text[a.end:b.start].lower()
        if re.search(r"[.;:!?]", gap) or len(gap.split()) > 5:
            continue
        if _equivalent_word(words).search(gap):
            out[after] = b.model_copy(update={"event_class": a.event_class})
    return out


@lru_cache(maxsize=None)
def _equivalent_word(words: tuple[str, ...]) -> re.Pattern:
    """One expression for the words that join an amount to its equivalent (events.yml `money_equivalents`): a
    word stands alone, a sign ("(") anywhere. Compiled once per list, not once per pair of amounts."""
    return re.compile("|".join(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])" if w[0].isalpha() else re.escape(w)
                               for w in words) or "(?!)")


def money_part(text: str, figure: Figure, lex: dict) -> Optional[tuple[str, str]]:
    """The part of a sum its phrase names with "pour" ("1,2 milliard d'euros pour le secteur privé, et 1 milliard
    pour les infrastructures publiques", "des pertes pour le secteur privé, évaluées à 1,2 milliard", "2 milliards
    pour l'éducation"): a quantity of its own, as a scope key ('noun:secteur privé'); never a time ("pour l'heure")."""
    words = r"[^\W\d_][\w'’-]*"
    part = rf"pour\s+(?:les|le|la|l['’])\s*(?P<part>{words}(?:\s+(?!et\b|ou\b|de\b|du\b|des\b){words})?)"
    after = re.match(rf"\s*(?:(?:de|d['’])\s*)?(?:{words}(?:\s+cfp)?\s+)?(?:de\s+plus\s+)?{part}",
                     text[figure.end:figure.end + 120], re.I)
    before = re.search(rf"{part}\s*,\s*{words}\s+(?:à|a)\s+(?:(?:plus|moins|près|environ)\s+(?:de\s+)?)?$",
                       text[max(0, figure.start - 120):figure.start], re.I)
    found = after or before
    if found is None:
        return None
    phrase = found.group("part").lower().replace("’", "'")
    if phrase.split()[0] in lex["time_nouns"] or phrase.split()[0] in ("heure", "instant", "moment", "année", "an"):
        return None
    return phrase, found.group(0)[found.group(0).lower().index("pour"):].split(",")[0].strip()


def _lemma(token: Token) -> str:
    return token.lemma_.lower().replace("’", "'")
