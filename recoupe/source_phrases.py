"""What a source as written says before any actor is found for it: a dateline to skip, a document and its
issuer or owner ("le bilan communiqué par les autorités", "un décompte du Nombre jaune"), a count called official,
an unnamed source of a kind ("une source policière"), an agency that relays it (", citées par l'AFP"), the body an
unnamed spokesperson speaks for, a body of another ("une agence de l'ONU"), or no one at all ("début", "The").
The word lists are in recoupe/lexicons/<lang>/sources.yml and attribution.yml, loaded once.
"""

from __future__ import annotations

import re
from typing import Optional

from . import lexicon
from .names import _DETERMINERS, ARTICLE_WORDS, _fold_word, determiners_only

# A dateline opening a story ("RIVERTON, Ohio (AP) - ", "PARIS (AFP) — ", or its dash alone): capitals, a place,
# an outlet, a dash
DATELINE = re.compile(r"(?:[A-Z][A-Z'’. -]{2,}(?:,[^-–—\n]{0,60})?(?:\s*\([^()\n]{1,40}\))?\s+)?[-–—]+\s*")


# --- a document's issuer, official figures ----------------------------------------------------------------


def _issuer_after(speaker: str, text: str, end: int, limit: int) -> Optional[tuple[int, int]]:
    """The issuer named after a document that speaks ("le dernier bilan officiel communiqué | par les
    autorités", "the latest toll released | by the county"): the offsets of "les autorités", or None. Only when
    the speaker is a document (sources.yml documents) with no owner of its own."""
    if not unowned_document(speaker) and not _official_document(speaker):
        return None
    found = re.match(r"(?:\s+[^\W\d_][\w’'-]*){0,3}?\s+(?:par|by)\s+((?:les|le|la|l['’]|the)\s*[^,;:.!?()«»“”\"]+?)"
                     r"\s*(?=[,;:.!?()«»“”\"]|$)", text[end:limit])
    if found is None:
        return None
    return end + found.start(1), end + found.end(1)


SOURCE_FR = re.compile(r"(?:(?:une?|des|les?|la|l['’]|plusieurs|d['’]autres|de)\s*)?(sources?)\s+([^\W\d_][\w’'-]*)", re.I)
POSSESSIVES = frozenset(("our", "my", "his", "her", "their", "its", "your", "nos", "notre", "vos", "votre", "mes", "tes",
                         "ses", "leurs", "news"))
# A source phrase is a noun phrase of a few words (the longest in every audit set: 104 characters); a longer
# "phrase" is a broken parse, and the two patterns below would take quadratic time on it
LONGEST_SOURCE_PHRASE = 300
SOURCE_EN = re.compile(r"(?:(?:an?|the|some|several|other)\s+)?([^\W\d_][\w’'-]*)\s+(sources?)", re.I)


def _unnamed_source(speaker: str) -> Optional[tuple[str, str]]:
    """A source without a name but of a kind ("une source policière", "des sources sécuritaires", "a security
    source", "police sources"): (its name, its folded kind); one actor per kind. None for anything else
    ("des sources", "selon nos sources")."""
    if len(speaker) > LONGEST_SOURCE_PHRASE:
        return None
    vague = {_fold_word(w) for language in ("fr", "en") for w in lexicon.entry("sources", "vague_source_words", language) or []}
    french = SOURCE_FR.fullmatch(speaker)
    if french and french.group(2).islower() and _fold_word(french.group(2)) not in _DETERMINERS | vague:
        kind = _fold_word(french.group(2))
        return f"sources {french.group(2)}" if french.group(1).lower().endswith("s") else f"source {french.group(2)}", kind
    english = SOURCE_EN.fullmatch(speaker)
    if english and _fold_word(english.group(1)) not in _DETERMINERS | vague and english.group(1).lower() not in POSSESSIVES:
        return f"{english.group(1).lower()} sources", _fold_word(english.group(1))
    return None


def _document_owner(speaker: str) -> Optional[str]:
    """The owner of a document that speaks ("un premier décompte du Nombre jaune", "le bilan de la préfecture",
    "the latest count of the county"): the owner's words as written, or None (no document, or no owner)."""
    if len(speaker) > LONGEST_SOURCE_PHRASE:
        return None
    documents = _documents()
    found = re.fullmatch(r"(?:\S+\s+){0,3}?(\S+)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of(?:\s+the)?)\s*[«\"“]?\s*"
                         r"([^«»\"“”]+?)\s*[»\"”]?", speaker, re.I | re.S)
    if found is None:
        return None
    head = _fold_word(found.group(1))
    if head not in documents and head.rstrip("sx") not in documents:
        return None
    words = found.group(0)[:found.start(1)].split()
    if any(_fold_word(w) in documents for w in words):
        return None
    return found.group(2)


def _relayed_by(text: str, end: int, limit: int) -> Optional[tuple[int, int]]:
    """", citées par l'AFP" right after a speaker: the offsets of the relay ("l'AFP"), or None."""
    found = re.match(r"\s*,\s*(?:cité|citée|cités|citées|relayée?s?|reprise?s?|quoted|cited)\s+(?:par|by)\s+"
                     r"((?:les|le|la|l['’]|the)?\s*[^,;:.!?()«»“”\"]+?)\s*(?=[,;:.!?()«»“”\"]|$)", text[end:limit], re.I)
    return (end + found.start(1), end + found.end(1)) if found else None


def _official_document(speaker: str) -> bool:
    """A count called official and nobody's ("les chiffres officiels", "le bilan officiel", "the official toll";
    not "les statistiques officielles", an institute's): sources.yml official_counts."""
    words = [_fold_word(w) for w in re.findall(r"[^\W\d_][\w-]*", speaker)]
    if "counts" not in _DOCUMENTS:
        _DOCUMENTS["counts"] = frozenset(_fold_word(w) for language in ("fr", "en")
                                         for w in lexicon.entry("sources", "official_counts", language) or [])
    documents = _DOCUMENTS["counts"]
    return (any(w in _official_words() for w in words) and any(w in documents or w.rstrip("sx") in documents for w in words)
            and not any(w in _OWNER_WORDS for w in words[1:]) and not any(w[:1].isupper() for w in speaker.split()[1:]))


# --- a spokesperson without a name speaks for the body --------------------------------------------------------

SPOKES_DETERMINERS = {"du": "le ", "des": "les ", "de la": "la ", "de l'": "l'", "de l’": "l’", "de": ""}


def _spokesperson_of(speaker: str) -> Optional[tuple[str, str]]:
    """The body an unnamed spokesperson speaks for, as (determiner to read before it, its words as written):
    "A Relief Agency spokesperson" -> ("", "Relief Agency"); "a spokesman for the ministry" -> ("", "the ministry"); "le
    porte-parole du ministère" -> ("le ", "ministère"). None for anything else ("Jane Doe, a spokesperson")."""
    nouns = "|".join(re.escape(w) for language in ("fr", "en")
                     for w in lexicon.entry("sources", "spokesperson_nouns", language) or [])
    if not nouns:
        return None
    found = _spokesperson_phrase(speaker, nouns)
    if found is None:
        return None
    words = re.findall(r"[^\W\d_][\w-]*", found[1])
    if not any(w[:1].isupper() for w in words):  # "a spokesman for the militants": people, no body
        endings = (lexicon.load("events", "fr").get("people_suffixes") or []) + (
            lexicon.load("sources", "en").get("people_suffixes") or [])
        head = (words[-1] if re.search(r"\b(?:for|of)\b", speaker) is None and not re.search(r"\bporte-parole\b", speaker, re.I)
                else next((w for w in words if w.lower() not in _DETERMINERS and w.lower() not in ARTICLE_WORDS), ""))
        bare = head.lower()[:-1] if head.lower().endswith("s") and len(head) > 3 else head.lower()
        if any(bare.endswith(e) for e in endings):
            return None
    return found


def _spokesperson_phrase(speaker: str, nouns: str) -> Optional[tuple[str, str]]:
    before = re.fullmatch(rf"(?:an?|the)\s+(.+?)\s+(?:{nouns})", speaker, re.I | re.S)
    if before and not before.group(1).endswith(("'s", "’s")):
        return "", before.group(1)
    after = re.fullmatch(rf"(?:an?|the|une?|le|la|l['’])\s*(?:{nouns})\s+(?:for|of)\s+(.+)", speaker, re.I | re.S)
    if after:
        return "", after.group(1)
    french = re.fullmatch(rf"(?:une?|le|la|l['’])\s*(?:{nouns})\s+(du|des|de\s+la|de\s+l['’]|de)\s*(.+)", speaker, re.I | re.S)
    if french:
        return SPOKES_DETERMINERS.get(re.sub(r"\s+", " ", french.group(1).lower()), ""), french.group(2)
    return None


def _english_speaker_synonyms() -> dict:
    if "synonyms" not in _DOCUMENTS:
        _DOCUMENTS["synonyms"] = {_fold_word(k): _fold_word(v) for k, v in
                                  (lexicon.load("sources", "en").get("speaker_synonyms") or {}).items()}
    return _DOCUMENTS["synonyms"]


def _english_body_nouns() -> frozenset:
    if "bodies" not in _DOCUMENTS:
        _DOCUMENTS["bodies"] = frozenset(_fold_word(w) for w in lexicon.load("sources", "en").get("body_nouns") or [])
    return _DOCUMENTS["bodies"]


# English words before a description's head that make it no body's ("a spokesman", "some residents"), and after it
INDEFINITE_EN = frozenset({"a", "an", "some", "several", "many", "most", "few", "other", "one", "two", "three", "no"})
PREPOSITIONS_EN = frozenset({"for", "of", "from", "in", "at", "with", "on", "to", "by"})

# "une agence de l'ONU", "cet organisme des Nations unies", "an agency of the UN": a body (group 1) of another (2)
MEMBER = re.compile(r"^(?:(?:une?|cette|cet|ce|le|la|an?|this|the)\s+|l['’]\s*)(\w+)\s+"
                    r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+|of\s+(?:the\s+)?)(\S.*)$", re.I | re.S)


_OWNER_WORDS = frozenset(("de", "d", "du", "des", "of", "from", "by", "par", "selon", "according"))


def unowned_document(text: str) -> bool:
    """Whether a source as written is a document that names no one who issued it ("les dernières données
    sud-coréennes", "the latest figures"; not "des chiffres officiels", the authorities'): its head noun, within its first three words after
    the determiners, is one of sources.yml `documents` (French and English), and no complement ("de la CGT",
    "of the ministry") or capitalised name says whose it is."""
    words = [w for w in re.findall(r"[\w-]+", text) if w]
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    folded = [_fold_word(w) for w in words]
    if any(w in _OWNER_WORDS for w in folded[1:]):
        return False
    content = [w for w in folded if w not in _DETERMINERS]
    if any(w in _official_words() for w in content):
        return False  # "des chiffres officiels": the authorities' figures (attribution.yml official_words)
    documents = _documents()
    return any(w in documents or w.rstrip("sx") in documents for w in content[:3])


_DOCUMENTS: dict = {}


def no_speaker(text: str) -> bool:
    """Whether a source as written can name no one: determiners alone ("The", from "The fire brigade" cut short),
    or one bare lower-case word, without a determiner, that is no word of people or bodies ("début",
    "interpellations"). Words of people and
    bodies are the speaker words of sources.yml and attribution.yml (collective speakers, titles, source nouns,
    description heads), the people nouns of events.yml, and the endings of French nouns of agents and status
    ("manifestants", "grévistes", "riverains")."""
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", text)]
    if words and determiners_only(words, _fold_word):
        return True
    if words and _fold_word(words[0]) in _none_words() and (len(words) == 1 or words[1].islower()):
        return True  # "aucun membre des forces de l'ordre", cut from the clause after "selon X et": nobody
    if len(words) != 1 or not words[0].islower():
        return False  # "le texte", "the statement": a description with its determiner may name a document's issuer
    word = _fold_word(words[0])
    if word in _speaker_words():
        return False
    bare = words[0].lower()
    bare = bare[:-1] if len(bare) > 3 and bare[-1] in "sx" else bare
    return not any(bare.endswith(e) for e in _people_suffixes())


def _none_words() -> frozenset:
    """Words for none (numbers.yml `zero_words`: "aucun", "no"): a phrase opening with one names nobody."""
    if "none" not in _DOCUMENTS:
        _DOCUMENTS["none"] = frozenset(_fold_word(str(w)) for language in ("fr", "en")
                                       for w in lexicon.load("numbers", language).get("zero_words") or ())
    return _DOCUMENTS["none"]


def _people_suffixes() -> list:
    """The endings of nouns of people (events.yml, sources.yml), loaded once instead of on every call."""
    if "suffixes" not in _DOCUMENTS:
        _DOCUMENTS["suffixes"] = (lexicon.load("events", "fr").get("people_suffixes") or []) + (
            lexicon.load("sources", "en").get("people_suffixes") or [])
    return _DOCUMENTS["suffixes"]


def _speaker_words() -> frozenset:
    def get(name: str, key: str, language: str) -> list:
        value = lexicon.load(name, language).get(key) or lexicon.load(name, "fr").get(key) or []
        return [w for family in value.values() for w in family] if isinstance(value, dict) else list(value)

    if "speakers" not in _DOCUMENTS:
        words = set()
        for language in ("fr", "en"):
            for name, key in (("sources", "collective_speakers"), ("sources", "description_heads"),
                              ("sources", "documents"), ("sources", "office_titles"), ("attribution", "title_nouns"),
                              ("attribution", "source_nouns"), ("events", "people_nouns")):
                for phrase in get(name, key, language):
                    words.update(_fold_word(w) for w in str(phrase).split())
        _DOCUMENTS["speakers"] = frozenset(words)
    return _DOCUMENTS["speakers"]


def _official_words() -> frozenset:
    if "official" not in _DOCUMENTS:
        _DOCUMENTS["official"] = frozenset(_fold_word(w) for language in ("fr", "en")
                                           for w in lexicon.entry("attribution", "official_words", language))
    return _DOCUMENTS["official"]


def _documents() -> frozenset:
    if "all" not in _DOCUMENTS:
        _DOCUMENTS["all"] = frozenset(_fold_word(w).rstrip("sx") for language in ("fr", "en")
                                      for w in lexicon.entry("sources", "documents", language)) | frozenset(
            _fold_word(w) for language in ("fr", "en") for w in lexicon.entry("sources", "documents", language))
    return _DOCUMENTS["all"]
