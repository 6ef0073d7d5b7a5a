"""Places that open the lines of a bulleted list whose other lines open with places ("- Kalahandi – 77.9%",
"- In Dorset and Poole, 44 schools ..."): the model often tags none of them, or takes them for persons or bodies,
where a line's opening carries no sentence around it. Each name the list's lines open with (after a place
preposition, and the names listed with it: "- In X, Y and the Z, 81 schools") is kept where it resolves (source
"listed": the gazetteer's exact name), once another line of the same list opens with a place the model or the scan
found. The bullets and the prepositions are per language (`list_bullets`, `place_prepositions` in places.yml)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .nlp import doc_text
from .place_candidates import PERSON_LABELS, Candidate, _optional

# a line between two bullets that does not break their list: a sub-heading such as a date ("May 20")
SUBHEADING_WORDS = 3


def bullet_list_names(doc: Doc, taken: list[Candidate], language: str) -> list[Candidate]:
    """The names opening the bulleted lines of a list where another line opens with a place in `taken`."""
    bullets = frozenset(_optional("list_bullets", language))
    if not bullets:
        return []
    prepositions = frozenset(word for word in _optional("place_prepositions", language) if word.isalpha())
    articles = frozenset(_optional("articles", language))
    found: list[Candidate] = []
    for run in _bullet_runs(doc, bullets):
        openings = [_opening_names(doc, i, prepositions, articles) for i in run]
        placed = [any(_covered(name, taken) for name in names[:1]) for names in openings]
        if sum(placed) == 0 or len(run) < 2:
            continue
        for names, has_place in zip(openings, placed):
            if has_place:
                continue
            found += [Candidate(name.start_char, name.end_char, name.start_char, name.end_char, "listed")
                      for name in names if not _covered(name, taken + found)]
    return found


def _bullet_runs(doc: Doc, bullets: frozenset) -> list[list[int]]:
    """The indexes of the bullet tokens opening lines, grouped by list: consecutive bulleted lines, blank lines and
    a short sub-heading line between them ("May 20") not breaking the list."""
    runs: list[list[int]] = [[]]
    offset = 0
    for line in doc_text(doc).split("\n"):
        stripped = line.lstrip()
        at = offset + len(line) - len(stripped)
        offset += len(line) + 1
        first = doc.char_span(at, at + 1, alignment_mode="expand") if stripped else None
        if first is not None and first[0].text in bullets:
            runs[-1].append(first[0].i)
        elif stripped and len(stripped.split()) > SUBHEADING_WORDS and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _opening_names(doc: Doc, bullet: int, prepositions: frozenset, articles: frozenset) -> list[Span]:
    """The capitalised names a bulleted line opens with, after a place preposition: "- In X, Y and the Z, ..." ->
    X, Y, Z; "- X – 77%" -> X."""
    i = bullet + 1
    if i < len(doc) and doc[i].lower_ in prepositions:
        i += 1
    names: list[Span] = []
    while i < len(doc):
        if doc[i].lower_ in articles:
            i += 1
        name = _name_at(doc, i)
        if name is None:
            break
        names.append(name)
        i = name.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        elif not (i < len(doc) and doc[i].lower_ == "and"):
            break
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return names


def _name_at(doc: Doc, i: int):
    """The proper name starting at token i: capitalised words, "of" between two ("Isle of Wight"); None when none
    starts there or the model tags it a person's name of several words."""
    end = i
    while end < len(doc) and (_capitalised(doc[end]) or (
            doc[end].lower_ == "of" and end > i and end + 1 < len(doc) and _capitalised(doc[end + 1]))):
        end += 1
    if end == i:
        return None
    span = doc[i:end]
    if any(ent.label_ in PERSON_LABELS and len(ent) > 1 for ent in span.ents):
        return None
    return span


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop


def _covered(name: Span, candidates: list[Candidate]) -> bool:
    return any(c.start < name.end_char and name.start_char < c.end for c in candidates)
