"""What is not a count: dates, years, times and durations, fractions, codes, identifiers ("article 5", "Boeing
737"), labels ("magnitude 7,8"), ratios ("un sur deux") and anaphoric small sets ("les deux villes")."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from .nlp import doc_language, doc_text
from .number_objects import counted_noun, noun_after
from .number_qualifiers import qualifier_before
from .number_reading import is_date, is_number_word, is_sentence_start
from .number_words import Quantity, words, rx


RANGE_WORDS = ("et", "à", "ou", "and", "to", "or", "-", "–")  # between the two ends of a range of numbers


def is_year(doc: Doc, norm: str, quantity: Quantity) -> bool:
    """Four digits without separator, 1000-2100, are a year unless a counted noun follows ("2000 soldats")."""
    surface = norm[quantity.start:quantity.end]
    w = words(doc_language(doc))
    if not rx.fullmatch(r"\d{4}", surface) or not (getattr(w, "year_min", None) or 1000) <= quantity.value <= 2100:
        return False
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    following = doc[span.end] if span is not None and span.end < len(doc) else None
    if part_of_a_number(doc, span, w):
        return False  # "1400 des quelque 2000 résidents": a part of a whole the text counts
    if following is not None and following.lower_ in RANGE_WORDS and following.i + 2 < len(doc) \
            and rx.fullmatch(r"\d{4}", doc[following.i + 1].text) and doc[following.i + 2].pos_ == "NOUN" \
            and not rx.fullmatch(w.time_words, doc[following.i + 2].lower_):
        return False  # "entre 1000 et 1500 personnes": the first end of a range of people counted
    if following is not None and _singular_word(following) \
            and qualifier_before(doc, norm, quantity.start, w.language) is None:
        return True  # "Le budget de 2020 chiffré à …": a count of a thousand or more would make its noun plural
    if following is not None and following.pos_ == "NOUN" and not rx.fullmatch(w.time_words, following.lower_) \
            and following.tag_ not in w.singular_noun_tags:  # "a 1998 strike", "the Plan 2030 launch": a year
        # "the 2012 games", "in 2031 polls": a year before its noun, in a language that writes counts of
        # thousands with a separator (English "2,000 soldiers") and says where a year stands (year_before)
        year_before = getattr(w, "year_before", None)
        before = norm[max(0, quantity.start - 20):quantity.start]
        previous = doc[span.start - 1] if span is not None and span.start > 0 else None
        named = previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isupper() \
            and not previous.is_sent_start  # "the Plan 2030 launch", "the Vision 2040 forum": a name's year
        if year_before and 1900 <= quantity.value <= 2100 and grouped_elsewhere(doc, w) \
                and qualifier_before(doc, norm, quantity.start, w.language) is None:
            return True  # "the demand that spurred 2012 strikes" in an article that writes "12,500": a year
        return bool(year_before and 1900 <= quantity.value <= 2100 and (rx.search(year_before, before, re.I) or named))
    return True


def _singular_word(token: Token) -> bool:
    """A lower-case word of four letters or more that the parse reads as a singular noun and that does not end as
    an invariable plural does (s, x, z): no noun a count of a thousand or more counts ("2020 chiffré", "2019 record"),
    unlike a unit ("1500 km") or a currency ("2000 FCFA") left to the rules after."""
    text = token.text
    return token.pos_ == "NOUN" and text.isalpha() and text.islower() and len(text) >= 4 \
        and token.morph.get("Number") == ["Sing"] and not text.endswith(("s", "x", "z"))


def part_of_a_number(doc: Doc, span, w) -> bool:
    """A partitive (numbers.yml `partitives`: "des", "d'entre") right after the number, then a number within three
    words ("1400 des quelque 2000 résidents"), not after a preposition ("en 2019 des 300 …" stays a year)."""
    if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in w.partitives:
        return False
    if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        return False
    return any(t.like_num for t in doc[span.end + 1:span.end + 4])


def grouped_elsewhere(doc: Doc, w) -> bool:
    """The article writes its thousands with the language's separator ("12,500"): a bare four-digit number in it is
    no count of thousands (numbers.yml `thousands_grouped`, English only)."""
    grouped = getattr(w, "thousands_grouped", None)
    return bool(grouped) and rx.search(grouped, doc_text(doc)) is not None


def exclusion(doc: Doc, norm: str, quantity: Quantity) -> Optional[str]:
    """Why this number is not a count (None when it is one)."""
    w = words(doc_language(doc))
    after = norm[quantity.end:quantity.end + 40]
    before = norm[max(0, quantity.start - 30):quantity.start]
    if is_date(norm, quantity, w.language):
        return "date"
    if is_year(doc, norm, quantity):
        return "year"
    if rx.match(w.time_after, after):
        return "time"  # "8 heures", "deux derniers mois", "une vingtaine d'années"
    clock = getattr(w, "clock_after", None)
    if clock and rx.match(clock, after):
        return "time"  # "8 a.m.", "around 3 pm": a clock time
    clock = getattr(w, "clock_before", None)
    if clock and rx.search(clock, before):
        return "time"  # "16 h 15": the minutes of a clock time
    age_after, age_before = getattr(w, "age_after", None), getattr(w, "age_before", None)
    if age_after and rx.match(age_after, after) or age_before and rx.search(age_before, before):
        return "age"  # "a 90-year-old man", "under the age of 17", "aged 52"
    if rx.match(rf"[\s-]*(?:{w.fractions})\b", after):
        return "fraction"  # "deux tiers", "the two-thirds majority"
    if rx.fullmatch(r"0\d+", norm[quantity.start:quantity.end]):
        return "code"  # a leading zero: a code or a phone number, not a count
    tally = rx.search(r"(?<![\d.,])(\d+)\s?[-–]\s?$", before)
    if tally and quantity.value is not None and float(tally.group(1)) >= quantity.value and quantity.multiplier <= 1:
        return "tally"  # "voted 35-8", "a 2-1 win": the second term of a vote or a score (a range rises)
    if rx.fullmatch(r"\d{2}", norm[quantity.start:quantity.end]) and rx.search(r"(?<![\d.,])(?:1[89]|20)\d{2}\s?[-–]\s?$", before):
        return "year"  # "the 2024-25 budget", "la saison 2023-24": the end of a fiscal or school year
    weekday = getattr(w, "weekday_in_brackets", None)
    if weekday and rx.search(weekday, before) and rx.fullmatch(r"[1-9]|[12]\d|3[01]", norm[quantity.start:quantity.end]) \
            and rx.match(r"\s*\)", after):
        return "date"  # "on Friday (15) night", "vendredi (15)": the day of the month
    if rx.search(rf"(?<!\w)(?:{w.identifier_heads})\s*$", before, re.IGNORECASE) or rx.match(
        rf"\s*(?:{w.address_words})\b", after
    ):
        return "identifier"
    previous = token_before(doc, quantity)
    followed_by_noun = counted_noun(doc, quantity)[0] is not None
    name_before = previous is not None and (
        previous.pos_ == "PROPN"
        or (previous.text[:1].isupper() and previous.is_alpha and not is_sentence_start(doc, previous))
    )
    if name_before and not followed_by_noun and not quantity.spelled and not gapped(doc, previous) \
            and previous.lower_ not in w.currencies:  # "CHF 25'000", "Rs 120 crore" are amounts
        return "identifier"  # a model or index number: "Boeing 737", "CAC 40"
    if (
        previous is not None and previous.pos_ == "NOUN" and (previous.is_lower or is_sentence_start(doc, previous))
        and (not followed_by_noun or before_singular_noun(doc, quantity))
        and (not quantity.spelled or quantity.value == 0) and qualifier_before(doc, norm, quantity.start, w.language) is None
        and not gapped(doc, previous)
    ):
        return "label"  # a number right after a common noun names or grades it: "magnitude 7,8", "chambre 12",
        # "Déficit zéro", "a magnitude 5 tremor"; not "les organisateurs ont recensé 14.000 coureurs et la
        # mairie 6.300", where the noun names the source of a figure whose verb and noun are left ou"
    if not followed_by_noun and not quantity.spelled and quantity.value is not None and _fractional(quantity.value) and (
        rx.search(r"\b(?:de|d')\s*$", before) or (previous is not None and previous.pos_ == "NOUN")
    ) and not rx.match(rf"\s*(?:{w.percent_after})", after):  # "un taux de hausse de 13,47%" is one
        return "label"  # a decimal counts nothing without a noun: "d'une magnitude de 7,8", "une note de 4,5"
    if name_before_comma(doc, previous) and not followed_by_noun and quantity.value is not None \
            and quantity.value < 130 and rx.match(r"\s*,", after):
        return "age"  # "Jane Doe, 64, from Littleton"
    day_before = getattr(w, "day_before", None)
    if day_before and not followed_by_noun and not quantity.spelled and quantity.value is not None \
            and rx.fullmatch(r"[1-9]|[12]\d|3[01]", norm[quantity.start:quantity.end]) \
            and rx.search(day_before, before):
        return "date"  # "Le 12, le syndicat avait annoncé…": a day of the month
    if previous is not None and previous.lower_ in w.ratio_words and not followed_by_noun:
        return "ratio"  # "un enfant sur deux", "9 sur 10"
    definite_before = rx.search(rf"(?<![\w'])(?:{w.definite_determiners})\s*$", before)
    if getattr(w, "anaphoric_pairs", True) and quantity.spelled and quantity.value <= 2 and definite_before \
            and not whole_of_a_part(doc, previous) \
            and not rx.search(rf"(?<![\w'])(?:{w.demonstrative_determiners})\s*$", before) \
            and not before_adjective(doc, quantity) and not described_set(doc, quantity, w) \
            and not counts_casualties(doc, quantity, w):
        return "anaphoric"  # "les deux villes", "l'un des deux maires", "les uns": the pair the text is about;
        # but "les cinq principaux partis", "ces deux communes", "des deux précédentes éditions" say how many
    return None


def counts_casualties(doc: Doc, quantity: Quantity, w) -> bool:
    """ "les deux morts", "les deux victimes": a toll, however well the text knows them (numbers.yml
    `one_casualty_nouns`), is a count a reader compares, not the pair the text is about."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    nouns = getattr(w, "one_casualty_nouns", None) or ()
    return span is not None and span.end < len(doc) \
        and (doc[span.end].lower_ in nouns or doc[span.end].lemma_.lower() in nouns)


def before_adjective(doc: Doc, quantity: Quantity) -> bool:
    """ "les deux précédentes éditions", "les deux principaux partis": an adjective before the noun."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    following = doc[span.end:span.end + 2] if span is not None else []
    return len(following) == 2 and following[0].pos_ == "ADJ" and following[1].pos_ == "NOUN"


def described_set(doc: Doc, quantity: Quantity, w) -> bool:
    """ "les deux objets de la réforme", "ses deux mandats constitutionnels", "the two sides of the border": an
    adjective or a complement after the noun says which set is meant, and the number how many it holds (the pair the
    text is already about goes bare: "les deux pays ont signé")."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    following = doc[span.end:span.end + 2] if span is not None else []
    return len(following) == 2 and following[0].pos_ == "NOUN" \
        and (following[1].pos_ == "ADJ" or following[1].lower_.replace("’", "'") in w.de_forms)


def before_singular_noun(doc: Doc, quantity: Quantity) -> bool:
    """ "a magnitude 5 tremor", "the category 2 storm": a number other than one before a noun the tagger calls
    singular modifies it (in a language whose tags tell the number: numbers.yml `singular_noun_tags`)."""
    tags = words(doc_language(doc)).singular_noun_tags
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    following = doc[span.end] if span is not None and span.end < len(doc) else None
    return bool(tags) and following is not None and following.tag_ in tags and following.pos_ == "NOUN" \
        and following.is_alpha and quantity.value != 1


def name_before_comma(doc: Doc, previous: Optional[Token]) -> bool:
    """A comma right after a name: "Jane Doe, 64," gives an age."""
    return previous is not None and previous.text == "," and previous.i > 0 and doc[previous.i - 1].pos_ == "PROPN"


def _fractional(value: float) -> bool:
    """A decimal part the text wrote, not the float error of a multiplier ("1,07 milliard" is 1070000000.0000001)."""
    return abs(value - round(value)) > 1e-12 * max(1.0, abs(value))


def gapped(doc: Doc, name: Token) -> bool:
    """ "Madrid a déployé 7 200 soldats et Lisbonne 3 000": a name after "et" or a comma, then a number, repeats the
    verb and the noun of an earlier figure of the sentence (which has a noun: "Boeing 737 et Airbus 320" has none)."""
    start = name
    while start.i > 0 and (doc[start.i - 1].pos_ == "PROPN" or doc[start.i - 1].text[:1].isupper()) \
            and start.i - name.i < 4 and not start.is_sent_start:
        start = doc[start.i - 1]
    link = start.i - 1
    if link > 0 and doc[link].pos_ == "DET":  # "et la Pologne 250"
        link -= 1
    if link < 0 or doc[link].lower_ not in ("et", ",", "contre", "ou"):
        return False
    for token in doc[name.sent.start:link]:
        if token.like_num and (noun_after(doc, token.i + 1, False) is not None):
            return True
    return False


def whole_of_a_part(doc: Doc, previous: Optional[Token]) -> bool:
    """ "cinq des sept circonscriptions": after a number and "des", the number counts the whole the first one is
    a part of, not a known set ("l'une des deux villes" stays anaphoric: "un" is a pronoun there)."""
    if previous is None or previous.lower_ not in ("des", "d'entre", "d’entre") or previous.i == 0:
        return False
    part = doc[previous.i - 1]
    return (part.like_num or is_number_word(part)) and part.lower_ not in ("un", "une")


def token_before(doc: Doc, quantity: Quantity) -> Optional[Token]:
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return doc[span.start - 1] if span is not None and span.start > 0 else None
