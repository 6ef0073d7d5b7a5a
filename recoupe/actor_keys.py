"""The keys actors are compared by across articles (recoupe/resolve_actors.py merges by them): the words of a
description with synonyms and head families read as one word, the countries a word stands for, the initials of a
long form, and the language-neutral key of an organisation's name (English words read in French).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional

from . import lexicon
from .names import ARTICLE_WORDS, _fold_word

BODY = "<body>"  # the family token every interchangeable head noun is read as


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = lexicon.load("sources")
    synonyms = []
    for key, phrases in data["synonyms"].items():
        for phrase in phrases:
            synonyms.append((tuple(_fold_phrase(phrase)), _fold_word(key)))
    synonyms.sort(key=lambda s: -len(s[0]))
    heads = {_fold_word(w) for family in data["description_heads"].values() for w in family}
    return {"synonyms": synonyms, "heads": heads, "vague": {_fold_word(w) for w in data["vague_heads"]}}


def _fold_phrase(text: str) -> list[str]:
    return [_fold_word(w) for w in re.split(r"[\s’'()]+", text) if w]


def description_words(text: str) -> list[str]:
    """The words that say which body a phrase names, synonyms and head families read as one word:
    "les services secrets allemands" -> ["renseignement", "allemand"]. Read once per phrase and process (the
    merges ask it of every actor's name for each other); a new list each call."""
    return list(_description_words(text))


@lru_cache(maxsize=1 << 14)
def _description_words(text: str) -> tuple[str, ...]:
    lex = _lexicon()
    out: list[str] = []
    for key, word in _read_phrases(_fold_phrase(text), lex["synonyms"]):
        if word is None:
            out.append(key)
        elif word not in ARTICLE_WORDS:
            out.append(BODY if word in lex["heads"] else word)
    return tuple(out)


def _read_phrases(words: list[str], phrases):
    """Walk `words` from the left: (value, None) for each phrase of `phrases` ((word tuple, value) pairs, the first
    listed that starts at a word wins), (None, word) for a word no phrase starts at."""
    i = 0
    while i < len(words):
        for phrase, value in phrases:
            if tuple(words[i:i + len(phrase)]) == phrase:
                yield value, None
                i += len(phrase)
                break
        else:
            yield None, words[i]
            i += 1


@lru_cache(maxsize=1)
def _country_names() -> dict[str, tuple[str, ...]]:
    """{ISO code: the folded words of its French name}: "ZA" -> ("afrique", "sud")."""
    import babel

    names = {}
    for code, name in babel.Locale("fr").territories.items():
        if len(code) == 2 and code.isalpha():
            words = tuple(w for w in _fold_phrase(name.replace("-", " ")) if w not in ARTICLE_WORDS)
            if words:
                names[code] = words
    return names


def _stem_match(part: str, word: str) -> bool:
    """A demonym's part and a country name's word: "suedois" / "suede", "italien" / "italie", "belge" / "belgique"."""
    if part == word:
        return True
    common = 0
    for a, b in zip(part, word):
        if a != b:
            break
        common += 1
    return common >= 4 and len(part) - common <= 3 and len(word) - common <= 3


@lru_cache(maxsize=4096)
def _countries_of(word: str, places: frozenset[tuple[str, str]] = frozenset()) -> frozenset[str]:
    """The countries a folded word stands for: a place named in the dossier ("lisbonne" -> PT) or an adjective of
    nationality whose parts cover the country's name ("allemand" -> DE, "nord-irlandais" -> none)."""
    found = set(_codes_by_name(places).get(word, ()))
    parts = word.split("-")
    names = _country_names()
    for code in _stem_candidates(parts[0], _country_words_index()):  # the first part must match one word
        words = names[code]
        if all(any(_stem_match(p, w) for w in words) for p in parts) and all(
                any(_stem_match(p, w) for p in parts) for w in words):
            found.add(code)
    return frozenset(found)


@lru_cache(maxsize=2)
def _codes_by_name(places: frozenset[tuple[str, str]]) -> dict[str, list[str]]:
    """The dossier's (place name, country) pairs by name: looked up per word instead of read whole per word."""
    by_name: dict[str, list[str]] = {}
    for name, code in places:
        by_name.setdefault(name, []).append(code)
    return by_name


def _stem_candidates(part: str, index: tuple[dict, dict]) -> set:
    """What may hold a word `_stem_match` pairs with `part`: the word itself, or one sharing its first four
    letters (a stem match has four in common or is equal), from an index ({word: keys}, {first four: keys})."""
    exact, by_prefix = index
    return exact.get(part, set()) | (by_prefix.get(part[:4], set()) if len(part) >= 4 else set())


def _index_words(entries) -> tuple[dict, dict]:
    exact: dict[str, set] = {}
    by_prefix: dict[str, set] = {}
    for key, word in entries:
        exact.setdefault(word, set()).add(key)
        if len(word) >= 4:
            by_prefix.setdefault(word[:4], set()).add(key)
    return exact, by_prefix


@lru_cache(maxsize=1)
def _country_words_index() -> tuple[dict, dict]:
    """The countries by the words of their French names (for _stem_candidates)."""
    return _index_words((code, w) for code, words in _country_names().items() for w in words)


def initials(name: str) -> set[str]:
    """The acronyms a long form may have: initials of its content words, or of its capitalised words."""
    words = [w for w in re.split(r"[\s\-’'()]+", name) if w]
    content = [w for w in words if _fold_word(w) not in ARTICLE_WORDS and w.lower() not in ("pour", "sur", "contre")]
    capitals = [w for w in words if w[:1].isupper()]
    # a dotted acronym gives all its letters: "U.N. High Commission for Refugees" is the UNHCR
    found = {"".join(_undotted(w) or w[0] for w in ws).upper() for ws in (content, capitals) if len(ws) >= 2}
    # a body of a place goes by the acronym of its name without the place: "Chambre de commerce et d'industrie de
    # Lyon" is a CCI, "Agence régionale de santé de Bretagne" an ARS (three letters or more)
    place = re.search(r"\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-Ý][^\s]*(?:\s+[A-ZÀ-Ý][^\s]*)*\s*$", name)
    if place:
        base = [w for w in re.split(r"[\s\-’'()]+", name[:place.start()]) if w]
        base = [w for w in base if _fold_word(w) not in ARTICLE_WORDS and w.lower() not in ("pour", "sur", "contre")]
        if len(base) >= 3:
            found.add("".join(w[0] for w in base).upper())
    return found


def _undotted(word: str) -> str:
    """The letters of an acronym written with full stops ("U.N." -> "UN"), else ""."""
    return word.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", word) else ""


@lru_cache(maxsize=1)
def _translations() -> dict:
    """English phrases of organisation names (folded token tuples, longest first) -> their French tokens, and
    the words left out of a name's key."""
    english = lexicon.load("sources", "en")
    french = lexicon.load("sources", "fr")
    phrases = sorted(((tuple(_plain_tokens(k)), tuple(_plain_tokens(v))) for k, v in
                      (english.get("translations") or {}).items()), key=lambda p: -len(p[0]))
    dropped = {_plain(w) for w in (english.get("function_words") or []) + (french.get("function_words") or [])}
    forms = {_plain(w) for w in french.get("form_words") or []}
    demonyms = {_plain(k): str(v).upper() for k, v in (english.get("demonyms") or {}).items()}
    return {"phrases": phrases, "dropped": dropped, "forms": forms, "demonyms": demonyms,
            "targets": {w for _, v in phrases for w in v}}


def _plain(word: str) -> str:
    from .names import _strip_accents

    return _strip_accents(word.lower())


def _plain_tokens(text: str) -> list[str]:
    return [_plain(w) for w in re.split(r"[\s\-‐’'`()]+", text) if w]


def _stem(word: str) -> str:
    """Plural and feminine folded, and a final e: "unies" -> "uni", "mondiale" -> "mondial"."""
    word = _fold_word(word)
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


@lru_cache(maxsize=1)
def _country_names_any() -> dict[str, tuple[str, ...]]:
    """{ISO code: the folded words of its name}, French and English names both."""
    import babel

    names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for language in ("fr", "en"):
        for code, name in babel.Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                words = tuple(w for w in _fold_phrase(name.replace("-", " "))
                              if w not in ARTICLE_WORDS and w not in ("the", "of", "and"))
                if words:
                    names[code].add(words)
    return {code: tuple(sorted(forms)) for code, forms in names.items()}


@lru_cache(maxsize=4096)
def _country_of_word(word: str) -> Optional[str]:
    """The one country a single word names or is the adjective of, in French or English: "libyen", "Libyan",
    "Libye" -> "LY"; None for none or several."""
    folded = _fold_word(word)
    found = {code for code, one in _stem_candidates(folded, _single_word_index()) if _stem_match(folded, one)}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _single_word_index() -> tuple[dict, dict]:
    """The countries' one-word names, French and English, as (code, word) keys (for _stem_candidates)."""
    return _index_words(((code, words[0]), words[0]) for code, forms in _country_names_any().items()
                        for words in forms if len(words) == 1)


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> tuple[str, ...]:
    """The words that say which body a name is, whatever its language: English words read in French, function
    words and legal forms dropped, a nationality as its country ("@LY"), sorted: "Libyan Red Crescent Society"
    and "Croissant-Rouge libyen" -> ("@LY", "croissant", "roug")."""
    table = _translations()
    words: list[str] = []
    for french, word in _read_phrases(_plain_tokens(name), table["phrases"]):
        if word is None:
            words += [w for w in french if w not in table["dropped"]]
            continue
        if word in table["dropped"] or _fold_word(word) in table["forms"]:
            continue
        country = table["demonyms"].get(word) or (
            _country_of_word(word) if word not in table["targets"] and len(word) > 3 else None)
        words.append("@" + country if country else word)
    return tuple(sorted({w if w.startswith("@") else _stem(w) for w in words}))


