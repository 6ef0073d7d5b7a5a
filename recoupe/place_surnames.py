"""Telling a place's name from a person's surname: a single word the article also writes as the last word of a
person's name is that person ("Drayton said" after "spokeswoman Diane Drayton"), unless the person's name is no
evidence of one: a title before a known place ("Mayor of Leeds"), a name abbreviation before a place's name ("Co.
Laois", taken for a person), a list the model ran together ("X Y, Z"), or a headline's run of capitalised words the
body never writes ("Deadly Mississippi tornado"); and the headline lines themselves."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from . import lexicon
from .folding import name_key
from .nlp import doc_text

PERSON_LABELS = {"PER", "PERSON"}


@lru_cache(maxsize=16)
def title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the headline lines: the first line when it ends without a full stop ("Police deny shooting
    at Kumasi EC office"), and the lines written in title case (three words of three letters or more at least,
    four in five of them capitalised: "Tanzania Counts Votes As Zanzibar Announces Re-run Of Election")."""
    found = []
    start = 0
    for number, line in enumerate(text.split("\n")):
        words = [w for w in line.split() if len(w) >= 3 and w[:1].isalpha()]
        if number == 0 and words and not line.rstrip().endswith(".") or \
                len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def surname_of_a_person(core: Span, gaz=None) -> bool:
    """"Drayton said" after "spokeswoman Diane Drayton": a single word the article also writes as the last word of
    a person's name is that person, whatever label the model gave it here; so is a surname of two words that
    opens with a saint's abbreviation ("St. Eve" after "Judge Amy J. St. Eve")."""
    words = [t.text for t in core if not t.is_space]
    if len(words) != 1 and not (len(words) <= 3 and words[0].rstrip(".").lower() in ("st", "ste", "van", "de", "le")):
        return False
    n = len(core)
    return any(ent.label_ in PERSON_LABELS and len(ent) > n and [t.text for t in ent[-n:]] == [t.text for t in core]
               and ent.start != core.start and not _title_of_a_place(ent, n, gaz) and not _no_name(ent, n)
               for ent in core.doc.ents)


def _title_of_a_place(ent: Span, n: int, gaz) -> bool:
    """ "Bourgmestre de Charleroi", "Mayor of Leeds": a person span made of a title, a preposition and the name of
    a known place (a country, a region or a city of 100,000 people or more), not a person whose surname it is."""
    before = ent[:len(ent) - n]
    if gaz is None or len(before) < 2 or before[-1].pos_ != "ADP" or not before[-1].is_lower:
        return False
    key = name_key(ent[len(ent) - n:].text)
    return any(known.kind != "city" or (known.population or 0) >= 100_000 for known, _ in gaz.exact.get(key, []))


def _no_name(ent: Span, n: int) -> bool:
    """A person span that is no evidence of a surname: its words before the last `n` are only name abbreviations
    (lexicons/common `name_abbreviations`: "Co. Laois", "Mt Hagen") or end with a comma (a list), or it lies in a
    headline and the body never writes it (the model runs a name on over a headline's capitalised words: "Deadly
    Mississippi tornado")."""
    abbreviations = lexicon.load("places", "common").get("name_abbreviations") or {}
    before = [t for t in ent[:len(ent) - n] if not t.is_space and t.text != "."]
    if before and before[-1].text == ",":
        return True  # "Askira Uba, Chibok" taken for one person: a list the model ran together, no one's name
    if before and all(t.text.rstrip(".").lower() in abbreviations for t in before):
        return True
    text = doc_text(ent.doc)
    lines = title_case_lines(text)
    if not any(a <= ent.start_char < b for a, b in lines):
        return False
    return not any(not any(a <= other.start_char < b for a, b in lines)
                   for other in ent.doc.ents if other.text == ent.text)
