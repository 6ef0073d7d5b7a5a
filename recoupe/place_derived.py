"""Names an article derives from a place it names:
- acronyms: "the National Capital Region (NCR)" defines NCR, which then names the same place at the brackets and
  wherever else the article writes it ("three in NCR"), even where the model took it for an organisation (plain
  grammar of abbreviations, for any language); a region the article names in full by a name of several capitals
  gives its capitals too ("Uttar Pradesh" ... "in UP", "KwaZulu-Natal" ... "KZN");
- a place's name followed by a capitalised compass word ("Dublin West", "Clarendon Central"): an electoral or
  administrative division of its own, kept unresolved under that name (`compass_divisions`, English)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .folding import name_key
from .layout import line_at
from .nlp import doc_text
from .place_bodies import beside_a_body_noun
from .place_candidates import PLACE_LABELS, Candidate, _optional

# A region's own capitals make its short form from two ("UP"): one capital is no abbreviation
MIN_CAPITALS = 2

# An acronym in brackets right after a name: bounded, nothing to backtrack over
_BRACKETED = re.compile(r"[ \t]{0,2}\(([A-Z]{2,8})\)")


def _initials(name: str) -> str:
    """The capitals that open the name's words ("Bangsamoro Autonomous Region in Muslim Mindanao" -> "BARMM")."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())


def defined_acronyms(text: str, resolved: list) -> dict[str, tuple[str, object]]:
    """Acronym -> (key, known place) for each resolved place the article follows with its initials in brackets, and
    for each region it names in full by a name of several capitals ("Uttar Pradesh" -> "UP", "KwaZulu-Natal" ->
    "KZN"): the usual short form of a province, which the article need not define."""
    found: dict[str, tuple[str, object]] = {}
    for candidate, key, known in resolved:
        if known is None:
            continue
        core = text[candidate.core_start:candidate.core_end]
        bracketed = _BRACKETED.match(text, candidate.end)
        if bracketed and bracketed.group(1) == _initials(core):
            found.setdefault(bracketed.group(1), (key, known))
    for candidate, key, known in resolved:
        core = text[candidate.core_start:candidate.core_end]
        capitals = "".join(c for c in core if c.isupper())
        if known is not None and known.kind == "region" and len(re.split(r"[\s-]+", core)) > 1 \
                and MIN_CAPITALS <= len(capitals) <= len(re.sub(r"\W", "", core)) // 2:
            found.setdefault(capitals, (key, known))
    return found


def acronym_mentions(doc: Doc, resolved: list, taken: list[tuple[int, int]]) -> list[tuple[Candidate, str, object]]:
    """Each whole-word occurrence of a place's acronym, outside the mentions already found (`taken`) and the longer
    names of organisations or people that hold it ("the NCR Police Office", "the UP Police" untagged too); not an
    office's acronym ("MP"), nor a stop word in a line of capitals ("GOES UP")."""
    text = doc_text(doc)
    longer_names = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ not in PLACE_LABELS]
    found = []
    offices = {word.upper() for word in _optional("office_words", doc.lang_)}
    for acronym, (key, known) in sorted(defined_acronyms(text, resolved).items()):
        if acronym in offices:
            continue  # "MP" is a member of parliament before it is Madhya Pradesh
        for match in re.finditer(rf"(?<![\w.-]){acronym}(?![\w-])", text):
            span = (match.start(), match.end())
            if _inside(span, taken) or any(a < span[1] and span[0] < b and name != acronym
                                           for a, b, name in longer_names):
                continue
            token = next((t for t in doc if t.idx == span[0]), None)
            if token is not None and beside_a_body_noun(token, span[1]):
                continue  # "the UP Police": the body's name
            line = line_at(text, span[0])
            if doc.vocab[acronym.lower()].is_stop and line == line.upper():
                continue  # "DEATH TOLL GOES UP": a word of a line in capitals, not Uttar Pradesh
            found.append((Candidate(span[0], span[1], span[0], span[1], "repeated"), key, known))
            taken = taken + [span]
    return found


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> Optional[bool]:
    return any(a < span[1] and span[0] < b for a, b in spans)


def compass_constituencies(text: str, resolved: list, language: str) -> list:
    """The resolved mentions, where a place the article resolved stands before a capitalised compass word and no
    other capitalised word ("Member of Parliament for Clarendon Central,", "his seat in Dublin West"): the name with
    its compass word, a division of its own the gazetteer does not know (candidate, key, None), in place of the
    mention of the bare name it holds. "Dublin West Hospital" is no division."""
    words = "|".join(re.escape(w.capitalize()) for w in _optional("compass_divisions", language))
    cores = sorted({text[c.core_start:c.core_end] for c, _, known in resolved
                    if known is not None and known.kind in ("region", "city") and c.core_end > c.core_start})
    if not words or not cores:
        return resolved
    divisions = []
    for core in cores:
        for match in re.finditer(rf"(?<![\w.-]){re.escape(core)} (?:{words})(?![\w-])(?! [A-Z])", text):
            division = Candidate(match.start(), match.end(), match.start(), match.end(), "entity", head="region")
            divisions.append((division, name_key(match.group(0)), None))
    kept = [item for item in resolved if not any(item[0].overlaps(d) for d, _, _ in divisions)]
    return kept + divisions


def office_after_a_place(ent, names: set[str], language: str) -> Optional[tuple[int, int]]:
    """An organisation's or a person's span that opens with a name the article calls a place (`names`) and goes on
    with words of an office only (the title nouns of lexicons/<language>/attribution.yml, `office_words`): "Bokoli
    MCA", "the Matiranga Municipality Mayor", "Upper East Regional (Director)". The (start, end) of the office's words,
    which alone name no place; None for any other span."""
    from . import lexicon
    offices = set(lexicon.load("attribution", language).get("title_nouns") or ()) | set(_optional("office_words", language))
    tokens = [t for t in ent if not t.is_space]
    for cut in range(len(tokens) - 1, 0, -1):
        name, rest = tokens[:cut], tokens[cut:]
        if doc_text(ent.doc)[name[0].idx:name[-1].idx + len(name[-1].text)] in names:
            if all(t.lower_.rstrip(".") in offices for t in rest):
                return rest[0].idx, ent.end_char
            return None
    return None


# the longest district name tried, in words ("Surigao del Sur", "Dera Ghazi Khan")
DISTRICT_NAME_WORDS = 4


def district_names(doc: Doc, taken: list[Candidate], gaz, countries: set[str]) -> list[tuple[Candidate, str, object]]:
    """A second-level subdivision of the article's countries written whole in several words, whatever label the model
    gave them and however it parsed them ("in New Bataan town in Davao de Oro" taken for an organisation, "Lianga,
    Surigao del Sur" for a verb): that district (unresolved here: the district is found by its name downstream), in
    place of a shorter name inside it ("Davao", the city). Its first and last words capitalised, its others too or
    short particles ("de", "del"); not a name a candidate already covers whole, nor a person's."""
    found: list[tuple[Candidate, str, object]] = []
    i = 0
    while i < len(doc):
        match = None
        if doc[i].is_alpha and doc[i].text[:1].isupper() and (i == 0 or not doc[i - 1].text[:1].isupper()):
            for n in range(min(DISTRICT_NAME_WORDS, len(doc) - i), 1, -1):
                span = doc[i:i + n]
                if not (span[-1].text[:1].isupper() and all(t.is_alpha and (t.text[:1].isupper() or len(t) <= 3)
                                                            for t in span)):
                    continue
                key = name_key(span.text)
                ours = {known for known, written in gaz.districts.get(key, []) if written and known.country_code in countries}
                if len(ours) == 1 and key not in gaz.exact and not any(t.ent_type_ in ("PER", "PERSON") for t in span):
                    match = span
                    break
        if match is None:
            i += 1
            continue
        if not any(c.start <= match.start_char and match.end_char <= c.end for c in taken):
            found.append((Candidate(match.start_char, match.end_char, match.start_char, match.end_char, "settlement"),
                          name_key(match.text), match))
        i = match.end
    return found


def place_after_a_title(ent, names: set[str], language: str) -> Optional[tuple[int, int]]:
    """A person's span right after a capitalised title noun that opens with a name the article calls a place
    (`names`) and goes on with more words: "Deputy Commissioner | Ziarat Qadir Bakhsh Parkani" is the commissioner
    of Ziarat, named. The (start, end) of the words after the place's name, the person's; None for any other span."""
    from . import lexicon
    titles = set(lexicon.load("attribution", language).get("title_nouns") or ())
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ not in ("PER", "PERSON") or before is None or not before.text[:1].isupper() \
            or before.lower_.rstrip(".") not in titles:
        return None
    tokens = [t for t in ent if not t.is_space]
    for cut in range(len(tokens) - 1, 0, -1):
        if doc_text(doc)[tokens[0].idx:tokens[cut - 1].idx + len(tokens[cut - 1].text)] in names:
            return tokens[cut].idx, ent.end_char
    return None
