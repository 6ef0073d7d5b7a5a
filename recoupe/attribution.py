"""Attribution: claims (speaker, reporting verb or 'selon', quote, stance) and who each figure comes from.

The work happens in three steps:
1. `build_layout` cuts the text into paragraphs and sentence units that respect direct quotes
   (spaCy's sentence splitter breaks inside « … » on news text), and finds the quoted regions.
2. `find_reports` finds every reporting construction — a reporting verb ("a déclaré", "rejette"),
   "selon X" / "d'après X", "X, citant Y" — and the phrase that says who speaks. It does not need
   actor mentions (entities.py uses it to tell a speaking "Kremlin" from a place), but takes
   candidate spans for its last-resort fallback: the nearest name to the left of the verb.
3. `attribute` turns reports into Claims (speaker mention, stance, quote) and attaches figures.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace
from typing import Callable, Optional, Sequence

from spacy.tokens import Doc, Token

from . import citing
from .lexicon import FOLDER, load
from .models import ActorMention, Article, Claim, Figure, PlaceMention, stable_id
from .nlp import doc_language

# --- lexicons (French grammar, not facts) -----------------------------------------------------

REPORTING_VERBS = frozenset(
    {
        "déclarer", "indiquer", "affirmer", "annoncer", "ajouter", "assurer", "souligner", "signaler",
        "révéler", "estimer", "accuser", "nier", "rejeter", "rapporter", "qualifier", "citer", "confirmer",
        "dire", "expliquer", "préciser", "démentir", "réfuter", "contester", "dénoncer", "critiquer",
        "reconnaître", "admettre", "avertir", "alerter", "insister", "rappeler", "commenter",
        "écrire", "parler", "raconter", "témoigner", "répéter", "prévenir", "infirmer",
        "assurer", "certifier", "prétendre", "juger", "déplorer", "marteler", "ajouter", "confier", "attester",
        # verbs of counting whose subject is the source of the count ("la préfecture a recensé 16 000
        # manifestants"); not "compter", which also means "to have" ("le pays compte 1,2 million de soldats")
        "recenser", "dénombrer", "revendiquer", "chiffrer", "comptabiliser", "évaluer", "signaler", "faire état",
        # what a witness saw ("a constaté sur place un journaliste"); saying again ("a réaffirmé", "a réitéré")
        "constater", "réaffirmer", "réitérer",
    }
)
# Verbs that report only in some uses: as an incise after a quote ("…», a lancé son coordinateur") ...
INCISE_VERBS = frozenset({"lancer", "répondre", "poursuivre", "conclure", "renchérir", "ironiser", "résumer", "tonner",
                          "renseigner"})  # "…», a renseigné le juge" (West and Central African French)
# ... or when they put forward a figure or a quote ("l'armée avance un bilan de 60 morts", "l'Insee prévoit une
# croissance de 0,8 %"), not "les troupes avancent vers la ville"
FIGURE_VERBS = frozenset({
    "avancer", "évoquer", "prévoir", "tabler", "saluer", "fustiger", "regretter", "promettre", "réclamer",
})
# Every verb that may report, in one of its uses
REPORTING_LIKE_VERBS = REPORTING_VERBS | INCISE_VERBS | FIGURE_VERBS
DENIAL_VERBS = frozenset({"nier", "démentir", "rejeter", "réfuter", "contester", "récuser", "dénier", "infirmer"})
MODAL_VERBS = frozenset({"pouvoir", "vouloir", "devoir", "sembler"})
CAPACITY_WORDS = frozenset({"mesure", "capable", "incapable", "possible", "impossible"})
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
SINGULAR_PERSON_PRONOUNS = frozenset({"il", "elle"})
INDEFINITE_SPEAKERS = frozenset({"certains", "certaines", "plusieurs", "d'autres", "d’autres", "beaucoup"})
DISJUNCT_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
RELATIVE_PRONOUNS = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui", "quoi"})
# Subjects that are not speakers: "Cela dit", "qu'on estime", "Autrement dit".
NON_SPEAKERS = frozenset({"on", "cela", "ça", "ce", "c’", "c'", "ceci", "tout", "rien", "autrement", "que", "qu’", "qu'"})
# A definite description of someone named before: "l'organisation", "L'agence onusienne" (no name in it)
DESCRIPTION = re.compile(r"^(?:[Ll]es?|[Ll]a|[Ll]['’])\s*[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2}$")
POSSESSIVE_SPEAKER = re.compile(r"^(?:son|sa|ses|leur|leurs)\s", re.I)
DEMONSTRATIVE_SPEAKER = re.compile(r"^(?:cette|ces|cet|ce)\s+(?:source|sources|dernier|dernière|derniers|dernières)\b|^(?:celui|celle|ceux|celles)-ci\b", re.I)
ANONYMOUS_SPEAKER = re.compile(
    r"^(?:une|des|d['’]une|plusieurs|certaines|deux|trois|d['’]autres|de\s+nombreuses)?\s*sources?\b|\banonymes?\b"
    r"|^(?:certain(?:e)?s|plusieurs|d['’]autres|beaucoup)$"
    r"|\bsous couvert d['’]anonymat\b",
    re.I,
)
ANONYMOUS_IN_CLAUSE = re.compile(
    r"\bsous (?:le )?couvert d['’]anonymat\b|\bqui a requis l['’]anonymat\b|\bcitant (?:des|de|une|plusieurs) sources?\b",
    re.I,
)
CANNOT_CONFIRM = re.compile(
    r"\b(?:ne|n['’])\s*(?:\w+\s+){0,2}?(?:pas|plus|jamais)\s+(?:\w+\s+)?(?:en\s+mesure\s+de\s+|pu\s+|pouvoir\s+)?"
    r"(?:confirmer|vérifier|corroborer|authentifier)\b"
    r"|\baucune\s+preuve\b|\bpas\s+de\s+preuves?\b|\bimpossible\s+de\s+(?:confirmer|vérifier)\b"
    r"|\bsans\s+pouvoir\s+(?:confirmer|vérifier)\b|\bni\s+confirmer\b",
    re.I,
)
# "Aucune source officielle ne confirme ce bilan": a speaker that is nobody; with a verb of confirming, a cannot_confirm,
# and never the one a later "il"/"lui" stands for
NEGATED_SPEAKER = re.compile(r"^(?:aucun|aucune|nul|nulle|pas\s+un|pas\s+une)\b", re.I)
CONFIRM_VERBS = frozenset({"confirmer", "vérifier", "corroborer", "authentifier", "confirm", "verify", "corroborate"})
# "n'a ni confirmé ni démenti": no denial, no confirmation
NEITHER_CONFIRM_NOR_DENY = re.compile(r"\bni\s+(?:confirm|démen|infirm)\w*\s+ni\s+(?:confirm|démen|infirm)\w*", re.I)
DENIAL_WORDS = re.compile(
    r"\b(?:fausses?\s+nouvelles?|fake\s+news|canulars?|infox|intox|mensong\w*|infondée?s?|sans\s+fondement"
    r"|pure\s+invention|désinformation"
    # "Le chiffre est faux", "ce sont des chiffres imaginaires", "ne relève que de l'imaginaire"
    r"|(?:est|sont|c['’]est|ce\s+sont)\s+(?:\w+\s+){0,3}?(?:faux|fausses?|erronée?s?|mensong(?:er|ère)s?|imaginaires?|fantaisistes?)"
    r"|de\s+l['’]imaginaire)\b",
    re.I,
)
# Head nouns of a speaker phrase that describe a person by office: "le président sud-coréen".
TITLE_NOUNS = frozenset(
    {
        "président", "présidente", "ministre", "secrétaire", "porte-parole", "chef", "cheffe", "directeur",
        "directrice", "dirigeant", "dirigeante", "général", "générale", "colonel", "commandant", "amiral",
        "maréchal", "capitaine", "lieutenant", "sergent", "ambassadeur", "ambassadrice", "professeur",
        "professeure", "chercheur", "chercheuse", "analyste", "expert", "experte", "rédacteur", "rédactrice",
        "journaliste", "correspondant", "correspondante", "conseiller", "conseillère", "maire", "député",
        "députée", "sénateur", "sénatrice", "gouverneur", "chancelier", "chancelière", "roi", "reine",
        "prince", "princesse", "pape", "juge", "procureur", "procureure", "avocat", "avocate", "responsable",
        "patron", "patronne", "fondateur", "fondatrice", "pdg", "leader", "émissaire", "envoyé", "envoyée",
        "représentant", "représentante", "commissaire", "diplomate", "délégué", "déléguée", "négociateur",
        "négociatrice", "spécialiste", "économiste", "historien", "historienne", "politologue", "consul",
        "officier", "premier", "première", "vice-président", "vice-ministre", "coordinateur", "coordinatrice",
        "administrateur", "administratrice", "haut-commissaire", "attaché", "attachée", "dirigeants",
    }
)
SOURCE_NOUNS = frozenset({"source", "sources", "responsable", "responsables", "proche", "proches"})
TIME_WORDS = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
        "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "hier",
        "aujourd'hui", "aujourd’hui", "demain", "matin", "soir", "semaine", "mois", "année", "jour",
    }
)
NP_INNER_ADP = frozenset({"de", "du", "des", "d'", "d’", "en"})
LOCATIVE_ADP = frozenset({"à", "au", "aux", "auprès"})
# Prepositions of an aside between a reporting verb and its postposed subject ("affirme dans un communiqué le NIS")
ASIDE_PREPOSITIONS = frozenset({"dans", "lors", "sur", "devant", "via", "en"})
OPENING_QUOTES = "«“„"
CLOSING_QUOTES = "»”"
PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"'}
# "internationale.a déclaré": a missing space glued the auxiliary onto the end of the quote.
GLUED_AUXILIARY = re.compile(r"(?<=\w)[.,;]\s*(?:a|ont|avait|avaient)$")
CLAUSE_PUNCT = frozenset({",", ".", ";", ":", "—", "–"})
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "ter", "di", "da", "del", "bin", "ben", "ibn", "al", "el"})
CIVILITIES = frozenset({"m", "mme", "mlle", "mm", "mmes", "dr", "pr", "me", "mgr"})
STANCE_PRIORITY = {"denies": 3, "cannot_confirm": 2, "reported": 1, "asserts": 0}
# The verbs of claims made with "selon X" / "according to X"
ACCORDING_VERBS = frozenset({"selon", "pour", "according to", "as per"})  # "pour la CGT, …" reads like "selon"


@lru_cache(maxsize=None)
def words(language: str = "fr") -> SimpleNamespace:
    """A language's words and patterns for attribution: French from the constants of this module, another language
    from recoupe/lexicons/<language>/attribution.yml (same names, lower case)."""
    if language != "fr" and (FOLDER / language / "attribution.yml").exists():
        lex = load("attribution", language)
        patterns = ("cannot_confirm", "neither_confirm_nor_deny", "denial_words", "anonymous_speaker",
                    "anonymous_in_clause", "demonstrative_speaker", "possessive_speaker", "negated_speaker")
        return SimpleNamespace(**{
            **{key: frozenset(value) if isinstance(value, list) else value for key, value in lex.items()},
            **{key: re.compile(lex[key], re.I) for key in patterns},
            "description": re.compile(lex["description"]), "language": language,
        })
    return SimpleNamespace(
        language="fr", reporting_verbs=REPORTING_VERBS, denial_verbs=DENIAL_VERBS, title_nouns=TITLE_NOUNS,
        source_nouns=SOURCE_NOUNS, time_words=TIME_WORDS, civilities=CIVILITIES, np_inner_adp=NP_INNER_ADP,
        locative_adp=LOCATIVE_ADP, cannot_confirm=CANNOT_CONFIRM, neither_confirm_nor_deny=NEITHER_CONFIRM_NOR_DENY,
        denial_words=DENIAL_WORDS, anonymous_speaker=ANONYMOUS_SPEAKER, anonymous_in_clause=ANONYMOUS_IN_CLAUSE,
        demonstrative_speaker=DEMONSTRATIVE_SPEAKER, possessive_speaker=POSSESSIVE_SPEAKER, description=DESCRIPTION,
        negated_speaker=NEGATED_SPEAKER,
    )


# --- layout: paragraphs, sentence units, quotes -----------------------------------------------


@dataclass
class Layout:
    text: str
    paragraphs: list[tuple[int, int]]
    units: list[tuple[int, int]]
    unit_paragraph: list[int]
    quotes: list[tuple[int, int]]  # quoted regions, quote marks included
    _unit_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._unit_starts = [s for s, _ in self.units]

    def unit_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._unit_starts, offset) - 1)

    def in_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quotes)


def verb_lemma(token: Token) -> str:
    """The verb's infinitive. The model sometimes returns a first-group verb's present form as its lemma
    ("estime", "affirme"); the infinitive is that form plus "r"."""
    lemma = token.lemma_
    if lemma == "faire" and any(c.lower_ == "état" for c in token.children):
        return "faire état"  # "Les garde-côtes font état d'au moins 59 morts"
    if lemma.endswith("e") and lemma + "r" in REPORTING_VERBS:
        return lemma + "r"
    if token.pos_ != "VERB" and token.lower_ in MISTAGGED_FORMS:
        return MISTAGGED_FORMS[token.lower_]
    if lemma not in REPORTING_LIKE_VERBS and token.lower_ in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[token.lower_]
    return lemma


# Endings of a first-group verb ("revendiquer": revendique, revendiquent, revendiqué, revendiquait...), to catch
# the reporting verbs the tagger takes for adjectives ("La CGT revendique ..." tagged ADJ, lemma "revendiqu").
FIRST_GROUP_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant", "ons", "ez")
MISTAGGED_FORMS = {
    verb[:-2] + ending: verb
    for verb in REPORTING_LIKE_VERBS if verb.endswith("er")
    for ending in FIRST_GROUP_ENDINGS
}

# Forms of reporting verbs outside the first group that the tagger gets wrong: "dément" taken for the adjective,
# "reconnait" (the 1990 spelling, without circumflex) lemmatised as "reconner".
IRREGULAR_FORMS = {
    "dément": "démentir", "démentent": "démentir", "reconnait": "reconnaître", "reconnaît": "reconnaître",
    "reconnaissent": "reconnaître", "admet": "admettre", "admettent": "admettre",
}


def _is_reporting_verb(token: Token) -> bool:
    if token.pos_ == "VERB":
        lemma = verb_lemma(token)
        # "compter" reports a count in a compound past ("la préfecture a compté 16 000 manifestants"), but in
        # the present it also means "to have" ("le pays compte 1,2 million de soldats")
        return (lemma in REPORTING_LIKE_VERBS or (lemma == "compter" and _has_auxiliary(token, "avoir"))
                or _issues_a_document(token, lemma))
    if token.pos_ in ("ADJ", "NOUN") and token.lower_ in MISTAGGED_FORMS:
        return any(c.dep_ == "nsubj" for c in token.children)
    if token.pos_ in ("ADJ", "ADV") and token.lower_ in IRREGULAR_FORMS:
        return _mistagged_subject(token) is not None
    return False


def _mistagged_subject(token: Token) -> Optional[Token]:
    """"la police dément le bilan" parsed as an adverb on "police": the noun right before it, when an object
    follows, is the subject."""
    head = token.head
    if head.i == token.i - 1 and head.pos_ in ("NOUN", "PROPN") and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].pos_ == "DET":
        return head
    return None


# Verbs that report when their object is a document of figures: "a donné un nouveau bilan", "a publié ses chiffres"
DOCUMENT_VERBS = frozenset({"donner", "publier", "communiquer", "présenter", "dresser", "livrer", "fournir", "diffuser"})


def _issues_a_document(verb: Token, lemma: str) -> bool:
    return lemma in DOCUMENT_VERBS and any(
        c.dep_ == "obj" and c.lemma_ in DOCUMENT_NOUNS for c in verb.children)


def _has_auxiliary(verb: Token, lemma: str) -> bool:
    return any(c.dep_.startswith("aux") and c.lemma_ == lemma for c in verb.children)


def build_layout(doc: Doc, text: str) -> Layout:
    paragraphs = _paragraphs(text)
    quotes = [_close_unfinished_quote(doc, region) for region in _quote_regions(text, paragraphs)]
    units: list[tuple[int, int]] = []
    unit_paragraph: list[int] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        for unit in _split_paragraph(text, p_start, p_end, quotes, words(doc_language(doc)).civilities):
            units.append(unit)
            unit_paragraph.append(p_index)
    return Layout(text, paragraphs, units, unit_paragraph, [(s, e) for s, e, _ in quotes])


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = _strip_span(text, match.start(), match.end())
        if end > start:
            spans.append((start, end))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quote_regions(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Quoted regions (start, end, closed) per paragraph; an unclosed quote runs to the paragraph end."""
    regions = []
    for p_start, p_end in paragraphs:
        open_at: Optional[int] = None
        opener = ""
        for i in range(p_start, p_end):
            c = text[i]
            if c not in OPENING_QUOTES and c not in CLOSING_QUOTES and c != '"':
                continue
            role = _quote_role(text, i, open_at is not None)
            if role == "open" and open_at is None:
                open_at, opener = i, c
            elif role == "close" and open_at is not None and (c == PAIRS[opener] or c in "«“"):
                regions.append((open_at, i + 1, True))
                open_at = None
        if open_at is not None:
            regions.append((open_at, p_end, False))
    return regions


def _quote_role(text: str, i: int, inside: bool) -> str:
    c = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if c == '"':
        if not inside and not before.isspace() and before not in "([«“" and (after.isspace() or after in ",.;:!?)»"):
            return "close"  # "… par les autorités". Le cortège …": a stray closing mark opens nothing
        return "close" if inside else "open"
    if c in OPENING_QUOTES:
        # "commencé« ," — an opening mark glued to a word and followed by a space is used as a closer.
        if inside and not before.isspace() and (after.isspace() or after in ",.;:"):
            return "close"
        return "open"
    return "close"


def _close_unfinished_quote(doc: Doc, region: tuple[int, int, bool]) -> tuple[int, int, bool]:
    """An unclosed quote ends where an attribution starts: "... internationale.a déclaré le président"."""
    start, end, closed = region
    if closed:
        return region
    for token in doc:
        if token.idx <= start or token.idx >= end:
            continue
        if token.pos_ == "VERB" and verb_lemma(token) in REPORTING_VERBS:
            left = _left_of_verb(token)
            if left is None or left.idx <= start:
                continue
            if left.is_punct and left.text not in "«“":
                return (start, left.idx + len(left.text), True)
            glued = GLUED_AUXILIARY.search(left.text)
            if glued:
                return (start, left.idx + glued.start() + 1, True)
    return region


def _split_paragraph(text: str, p_start: int, p_end: int, quotes, abbreviations=frozenset()) -> list[tuple[int, int]]:
    units = []
    start = p_start
    for match in re.finditer(r"[.!?…]+(?:\s*[»”]|\")?", text[p_start:p_end]):
        end = p_start + match.end()
        mark = p_start + match.start()
        if any(s < mark < e - 1 for s, e, _ in quotes):
            continue
        rest = text[end:p_end]
        following = rest.lstrip()
        glued_quote = rest[:1] in "«“" and mark > p_start and text[mark - 1].isalpha()  # "à Dakar.« Jusqu'à hier"
        if not following or not (rest[:1].isspace() or glued_quote):
            continue
        if not (following[0].isupper() or following[0].isdigit() or following[0] in "«“\"(—–-"):
            continue
        word_before = re.search(r"(\w+)\W*$", text[start:mark])
        if word_before and len(word_before.group(1)) <= 2 and word_before.group(1)[:1].isupper():
            continue  # an initial or "M.", not the end of a sentence
        if word_before and word_before.group(1)[:1].isupper() and word_before.group(1).lower() in abbreviations:
            continue  # a title: "Gen. Qassem Soleimani", "Gov. Jeb Bush"
        unit = _strip_span(text, start, end)
        if unit[1] > unit[0]:
            units.append(unit)
        start = end
    unit = _strip_span(text, start, p_end)
    if unit[1] > unit[0]:
        units.append(unit)
    return units


# --- reports: who says what, found from the parse ---------------------------------------------


@dataclass
class Report:
    trigger: int  # token index of the reporting verb or of "selon"
    verb: str  # lemma, or "selon"
    unit: int
    start: Optional[int] = None  # char span of the speaker phrase
    end: Optional[int] = None
    head: Optional[int] = None  # token index of the speaker phrase's head
    pronoun: Optional[str] = None  # "il", "ils"...: the speaker is someone named before
    inverted: bool = False  # "a-t-il déclaré"
    relative: bool = False  # "selon lesquels": the speaker is the antecedent
    postposed: bool = False  # "…, a déclaré le NIS": the sentence's main clause is what is reported


def find_reports(doc: Doc, layout: Layout, candidates: Sequence[tuple[int, int]] = ()) -> list[Report]:
    """Every reporting construction in the document, in text order."""
    if doc_language(doc) != "fr":
        return _reports_by_subject(doc, layout, words(doc_language(doc)))
    reports = []
    for token in doc:
        if layout.in_quote(token.idx) and not _incise_inside_quote(doc, token):
            continue  # attributions inside a quote belong to the quoted speaker's words
        report = None
        if _is_according_to(token):
            report = _according_to(doc, token, layout)
        elif token.lower_ == "pour":
            report = _in_the_view_of(doc, token, layout)
        elif _is_reporting_verb(token):
            report = _reporting_verb(doc, token, layout, candidates)
        elif token.pos_ == "NOUN" and token.lemma_ in DOCUMENT_NOUNS:
            report = _document_by(doc, token, layout)
        if report is not None:
            reports.append(report)
    reported_units = {r.unit for r in reports}
    for unit in range(len(layout.units)):
        if unit not in reported_units:
            report = _colon_quote(doc, layout, unit)
            if report is not None:
                reports.append(report)
    return sorted(reports, key=lambda r: (r.unit, doc[r.trigger].idx))


def _colon_quote(doc: Doc, layout: Layout, unit: int) -> Optional[Report]:
    """"Le maire, Jean Roux, se dit déçu : « C'est dommage »", "Notre interlocuteur montre des images avant de
    conclure : « … »": a quote opened right after a colon is the words of the sentence's subject, when that subject
    can speak (a name, a title, a body or a person, a personal pronoun), whatever the verb before the colon."""
    lo, hi = _unit_tokens(doc, layout, unit)
    text = layout.text
    colon = next((t for t in doc[lo:hi] if t.text == ":" and not layout.in_quote(t.idx)
                  and text[t.idx + 1:t.idx + 3].lstrip()[:1] in OPENING_QUOTES + '"'
                  and layout.in_quote(t.idx + 1 + len(text[t.idx + 1:]) - len(text[t.idx + 1:].lstrip()))), None)
    if colon is None:
        return None
    subject = next((t for t in doc[lo:colon.i] if t.dep_ == "nsubj" and t.head.i < colon.i and not layout.in_quote(t.idx)),
                   None)
    if subject is None:
        return None
    verb = subject.head
    report = Report(trigger=verb.i, verb=verb_lemma(verb), unit=unit)
    if subject.lower_ in SUBJECT_PRONOUNS:
        report.pronoun = subject.lower_
        return report
    speaking = set(load("speakers")["speaking_nouns"]) | TITLE_NOUNS | SOURCE_NOUNS
    if subject.pos_ == "PROPN" or (subject.pos_ == "NOUN" and subject.lemma_.lower() in speaking):
        return _with_span(doc, report, subject, lo, hi, layout)
    return None


def _document_by(doc: Doc, noun: Token, layout: Layout) -> Optional[Report]:
    """"le bilan le plus faible avancé par la centrale syndicale", "les chiffres remontés par les autorités":
    a document of figures whose author the sentence names, when no reporting verb has the sentence already."""
    following = noun.i + 1
    while following < len(doc) and (doc[following].pos_ in ("ADJ", "ADV") or (  # "le bilan le plus faible avancé"
            doc[following].pos_ == "DET" and following + 1 < len(doc) and doc[following + 1].lower_ in ("plus", "moins"))):
        following += 1
    right_after = [doc[following]] if following < len(doc) and "Part" in doc[following].morph.get("VerbForm") else []
    for child in [c for c in noun.children if c.dep_ == "acl"] + right_after:
        if child.pos_ == "VERB" and not _is_reporting_verb(child.head):
            agents = [c for c in child.children if c.dep_ == "obl:agent"]
            if agents and not any(_is_reporting_verb(a) for a in noun.ancestors):
                unit = layout.unit_of(noun.idx)
                lo, hi = _unit_tokens(doc, layout, unit)
                first = next(t.i for t in agents[0].subtree if not (t.dep_ == "case" and t.i < agents[0].i))
                report = Report(trigger=child.i, verb=verb_lemma(child), unit=unit)
                return _with_span(doc, report, agents[0], first, hi, layout)
    return None


def _incise_inside_quote(doc: Doc, token: Token) -> bool:
    """"… est claire, assure la CGT dans un communiqué. Leur réforme …": a quote closed too late holds the
    incise naming its speaker (a reporting verb after a comma, then its subject: an article and a name)."""
    i = token.i
    return (0 < i < len(doc) - 2 and doc[i - 1].text == "," and token.pos_ == "VERB" and verb_lemma(token) in REPORTING_VERBS
            and doc[i + 1].pos_ == "DET" and doc[i + 2].pos_ in ("PROPN", "NOUN") and doc[i + 2].text[:1].isupper())


def _reports_by_subject(doc: Doc, layout: Layout, w: SimpleNamespace) -> list[Report]:
    """Reports in a language whose model gives ClearNLP labels (English): "according to X" and a reporting verb
    with its subject, before or after it ("officials said", "said Wayne Sallade", "he told reporters"), the agent of
    a passive ("as reported by Sputnik") or the subject it shares ("questioned the figure, saying ...")."""
    reports = []
    for token in doc:
        if layout.in_quote(token.idx):
            continue
        report = _according_to_phrase(doc, token, layout, w) or _verb_with_subject(doc, token, layout, w)
        if report is not None:
            reports.append(report)
    return reports


def _according_to_phrase(doc: Doc, token: Token, layout: Layout, w: SimpleNamespace) -> Optional[Report]:
    for phrase in w.according_to:
        parts = phrase.split()
        if [t.lower_ for t in doc[token.i:token.i + len(parts)]] != parts:
            continue
        unit = layout.unit_of(token.idx)
        lo, hi = _unit_tokens(doc, layout, unit)
        head = _first_nominal(doc, token.i + len(parts), hi)
        if head is None:
            return None
        named = head.pos_ == "PROPN" or any(c.dep_ in ("compound", "poss") for c in head.children)
        if head.lemma_.lower() in w.document_nouns and not named:
            return None  # "according to initial calculations": a document with no author named
        return _with_span(doc, Report(trigger=token.i, verb=phrase, unit=unit), head, lo, hi, layout)
    return None


def _verb_with_subject(doc: Doc, verb: Token, layout: Layout, w: SimpleNamespace) -> Optional[Report]:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in w.reporting_verbs:
        return None
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children):
        return None  # a hypothesis, not a statement
    if lemma in w.decline_verbs and not any(c.dep_ == "xcomp" and c.lemma_.lower() in w.reporting_verbs for c in children):
        return None  # "declined to say" reports; "refused to leave" does not
    if lemma in w.figure_verbs and not any(t.like_num for t in verb.subtree):
        return None  # "put the damage at $15 billion" reports a figure; "put pressure on" does not
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.reporting_verbs:
        return None  # "declined to say": the head verb's report
    says = any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "dative", "agent") for c in children)
    if not says and verb.dep_ not in ("ccomp", "parataxis", "ROOT"):
        return None  # "adding to the property loss"
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    subject = _subject_of_report(verb)
    if subject is None:
        return None
    report = Report(trigger=verb.i, verb=lemma, unit=unit)
    if subject.pos_ == "PRON":
        if subject.lower_ in w.subject_pronouns:
            report.pronoun = subject.lower_
            return report
        return None
    if subject.lower_ in w.non_speakers:
        return None
    report.postposed = subject.i > verb.i
    return _with_span(doc, report, subject, lo, hi, layout)


def _subject_of_report(verb: Token) -> Optional[Token]:
    """The subject of a reporting verb (ClearNLP labels): its own, the agent of its passive, or the one it shares
    with the verb it is coordinated with or hangs on ("and added", "saying", "declined to say")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return None  # "the figures were reported": nobody named
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head == node:
            return None
        node = node.head
    return None


def _is_according_to(token: Token) -> bool:
    lower = token.lower_
    if lower == "selon":
        return True
    if lower in ("d'après", "d’après"):
        return True
    return lower == "après" and token.i > 0 and token.nbor(-1).lower_ in ("d'", "d’") and token.nbor(-1).whitespace_ == ""


def _according_to(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    nxt = token.i + 1
    if nxt >= hi:
        return None
    following = doc[nxt]
    report = Report(trigger=token.i, verb="selon", unit=unit)
    if following.lower_ in RELATIVE_PRONOUNS:
        antecedent = _antecedent_before(doc, token.i, lo)
        if antecedent is None:
            return None
        report.relative = True
        return _with_span(doc, report, antecedent, lo, hi, layout)
    if following.lower_ in DISJUNCT_PRONOUNS:
        report.pronoun = following.lower_
        return report
    head = _first_nominal(doc, nxt, hi)
    if head is None:
        return None
    return _with_span(doc, report, head, lo, hi, layout)


def _in_the_view_of(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    """"Pour l'économiste Anne Rivière, ces coupes pourraient…": a sentence opening on "Pour" (or "Si pour") + a
    named person or organisation, or someone by trade, then a comma, gives that speaker's view (not "Pour la
    première fois,"); so does "pour" + a name right after a figure, closing its clause ("et 570 000 pour le
    ministère de l'Intérieur")."""
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    opening = token.i == lo or (token.i == lo + 1 and doc[lo].lower_ in ("si", "mais", "et", "or"))
    after_figure = token.i > lo and (doc[token.i - 1].like_num or doc[token.i - 1].pos_ == "NUM")
    if not (opening or after_figure) or token.i + 1 >= hi:
        return None
    head = _first_nominal(doc, token.i + 1, hi)
    if head is None:
        return None
    report = _with_span(doc, Report(trigger=token.i, verb="pour", unit=unit), head, lo, hi, layout)
    words = [t for t in doc[token.i + 1:hi] if t.idx < report.end]
    closing = doc[words[-1].i + 1] if words and words[-1].i + 1 < hi else None
    named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) or head.lower_ in TITLE_NOUNS \
        or head.lower_ in load("speakers")["view_holders"]  # "Pour la police, ce sont des chiffres imaginaires"
    if not opening or token.i != lo:  # "Si pour le ministère de l'Intérieur,": a capital inside says a name
        named = named or any(t.text[:1].isupper() and t.is_alpha for t in words)
    if after_figure and not opening:  # "2 millions selon la CGT, et 570 000 pour le ministère de l'Intérieur."
        return report if named and (closing is None or closing.text in (".", ";", ",")) else None
    return report if named and closing is not None and closing.text == "," else None


def _antecedent_before(doc: Doc, i: int, lo: int) -> Optional[Token]:
    """The noun a ', selon lesquels' clause hangs on: the last noun before the comma."""
    j = i - 1
    while j >= lo and doc[j].is_punct:
        j -= 1
    while j >= lo and doc[j].pos_ in ("ADJ", "PROPN", "NOUN"):
        if doc[j].pos_ in ("NOUN", "PROPN"):
            # walk back to the head noun of the phrase ("services secrets sud-coréens" -> "services")
            k = j
            while k - 1 >= lo and doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[k - 1].is_punct:
                k -= 1
            return doc[k] if doc[k].pos_ in ("NOUN", "PROPN") else doc[j]
        j -= 1
    return None


def _first_nominal(doc: Doc, i: int, hi: int) -> Optional[Token]:
    for j in range(i, min(hi, i + 4)):
        if doc[j].pos_ in ("NOUN", "PROPN"):
            return doc[j]
        if doc[j].pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _reporting_verb(doc: Doc, verb: Token, layout: Layout, candidates) -> Optional[Report]:
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    report = Report(trigger=verb.i, verb=verb_lemma(verb), unit=unit)
    if verb.pos_ in ("ADJ", "ADV") and _mistagged_subject(verb) is not None:
        return _with_span(doc, report, _mistagged_subject(verb), lo, hi, layout)
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "si" for c in children):
        return None  # "si la Russie qualifiait ..." is a hypothesis, not a statement
    has_subject = any(c.dep_.startswith("nsubj") and not c.dep_.endswith("pass") for c in children)
    if any(c.dep_ == "aux:pass" for c in children) and not has_subject:
        # "Ce bilan a été démenti par la police": the agent speaks; "les détails n'ont pas été révélés": nobody
        agents = [c for c in children if c.dep_ == "obl:agent" and c.pos_ in ("NOUN", "PROPN") and lo <= c.i < hi]
        return _with_span(doc, report, agents[0], lo, hi, layout) if agents else None
    if verb.lemma_ == "citer":
        # "X, citant le NIS, ..." : the one cited is the source.
        objects = [c for c in children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")]
        return _with_span(doc, report, objects[0], lo, hi, layout) if objects else None
    is_participle = "Part" in verb.morph.get("VerbForm") or "Ger" in verb.morph.get("VerbForm")
    aside = _auxiliary_before_aside(doc, verb, lo)
    has_aux = (
        any(c.dep_.startswith("aux") or c.dep_.startswith("expl") for c in children)
        or (verb.i > 0 and GLUED_AUXILIARY.search(doc[verb.i - 1].text) is not None)
        or aside
    )
    # "X, président du parti, fait état de deux morts": "fait" tagged a past participle, but one with a direct
    # object and no auxiliary is the finite verb
    disguised = "Past" in verb.morph.get("Tense") and verb.dep_ != "conj" and any(c.dep_ == "obj" for c in children)
    if is_participle and not has_aux and not has_subject and not disguised:
        subject = _subject_of_governing_clause(verb, lo, hi)
        if subject is not None:  # "Si la CGT a nuancé ces chiffres, avançant « plus de deux millions »"
            return _with_span(doc, report, subject, lo, hi, layout)
        return None  # "confirmant le début", "ajoutant qu'il ..." without a subject of their own

    left = _left_of_verb(verb)
    if left is not None and left.idx < layout.units[unit][0]:
        left = None
    after_quote = left is not None and (
        left.text in CLOSING_QUOTES
        or (left.text == "," and left.i > 0 and doc[left.i - 1].text in CLOSING_QUOTES)
    )
    if report.verb in INCISE_VERBS and not after_quote and not _inverted_pronoun(doc, verb):  # "a-t-il poursuivi"
        return None
    if report.verb in FIGURE_VERBS and not _puts_forward(verb):
        return None
    # "…, ce qu'a confirmé le ministère": the subject after the verb of a relative clause on "ce"
    relative_inversion = left is not None and left.lower_ in ("qu'", "qu’", "que") and left.i > lo \
        and doc[left.i - 1].lower_ in ("ce", "c'", "c’")
    if after_quote or relative_inversion:
        head = _postposed_subject(doc, verb, hi)
        if head is not None:
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    inverted = _inverted_pronoun(doc, verb)
    if inverted:
        report.pronoun, report.inverted = inverted, True
        return report
    if not aside and left is not None and left.text in CLAUSE_PUNCT and _finite_clause_before(doc, lo, left.i, layout):
        # "570 000 manifestants ont défilé, une mobilisation en baisse, a indiqué le ministère.": after a clause
        # of its own, a verb with its subject after it closing the sentence is an incise, whatever the parse
        head = _postposed_subject(doc, verb, hi)
        if head is not None and _closes_unit(doc, head, lo, hi) and not _object_after_fronted_subject(doc, verb, head, lo, left):
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    subject, status = _subject(doc, verb, lo, hi, layout, inherit=False)
    if status in ("ok", "pronoun"):
        return _from_subject(doc, report, subject, status, lo, hi, layout)
    # an incise: ", a déclaré le NIS", "….a déclaré le président"
    if not aside and left is not None and (left.text in CLAUSE_PUNCT or GLUED_AUXILIARY.search(left.text)):
        head = _postposed_subject(doc, verb, hi)
        if _object_after_fronted_subject(doc, verb, head, lo, left):  # "Pyongyang, qui a envoyé des troupes, a démenti toute implication"
            return _with_span(doc, report, _subject_before_aside(doc, verb, lo, left), lo, hi, layout)
        if head is not None:
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    if status == "skip":
        side = _side_of(doc, lo, verb.i)
        if side is not None and subject is not None and subject.lower_ == "on":
            return _with_span(doc, report, side, lo, hi, layout)  # "Du côté du ministère, on a comptabilisé …"
        return None
    subject, status = _subject(doc, verb, lo, hi, layout, inherit=True)
    if status == "skip":
        return None
    if status in ("ok", "pronoun"):
        return _from_subject(doc, report, subject, status, lo, hi, layout)
    span = _nearest_name_to_the_left(doc, verb, candidates, layout)
    if span is not None:
        report.start, report.end = span
        report.head = _token_at(doc, span[1] - 1)
        return report
    fronted = _subject_before_aside(doc, verb, lo, left)
    if fronted is not None:
        return _with_span(doc, report, fronted, lo, hi, layout)
    return None


def _subject_of_governing_clause(verb: Token, lo: int, hi: int) -> Optional[Token]:
    """A present participle hung on a clause that reports nothing ("Si la CGT a nuancé ces chiffres, avançant …")
    speaks for that clause's named subject; after a reporting verb ("a déclaré …, ajoutant que") it adds nothing."""
    head = verb.head
    if verb.dep_ != "advcl" or not verb.lower_.endswith("ant") or head.i == verb.i or _is_reporting_verb(head):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and lo <= c.i < hi]
    return subjects[0] if subjects else None


def _side_of(doc: Doc, lo: int, end: int) -> Optional[Token]:
    """"Du côté du ministère de l'Intérieur, on a compté …", "Côté syndicats, on annonce …": the one whose side
    the sentence opens on speaks through its "on"."""
    words = [t.lower_ for t in doc[lo:min(end, lo + 4)]]
    if words and words[0] == "côté":
        start = lo + 1
    elif words[:2] == ["du", "côté"] and len(words) > 2 and words[2] in ("de", "du", "des", "d'", "d’"):
        start = lo + 3
    else:
        return None
    return _first_nominal(doc, start, end)


def _finite_clause_before(doc: Doc, lo: int, end: int, layout: Layout) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not layout.in_quote(t.idx)
               for t in doc[lo:end])


def _closes_unit(doc: Doc, head: Token, lo: int, hi: int) -> bool:
    """Whether the noun phrase of `head` ends the sentence (or the clause, before a comma), maybe after where it
    said it ("…, assure la CGT dans un communiqué.")."""
    end = noun_phrase(doc, head, lo, hi)[1]
    if end < hi and doc[end].pos_ == "ADP" and doc[end].lower_ in ("dans", "sur", "à", "au", "lors"):
        stop = end + 1
        while stop < hi and stop - end <= 5 and not doc[stop].is_punct:
            stop += 1
        end = stop
    return end >= hi or doc[end].text in (".", ";", ",", "!", "?")


def _subject_before_aside(doc: Doc, verb: Token, lo: int, left: Optional[Token]) -> Optional[Token]:
    """"Un survivant, cité par l'agence ANA, affirme …": a noun phrase opening the sentence, then an aside
    between commas, then the verb; the parser hung the noun elsewhere."""
    if left is None or left.text != "," or left.i <= lo:
        return None
    opening = next((t for t in reversed(doc[lo:left.i]) if t.text == ","), None)
    if opening is None:
        return None
    phrase = doc[lo:opening.i]
    if not phrase or not 1 <= len(phrase) <= 5 or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in phrase):
        return None
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else None


def _puts_forward(verb: Token) -> bool:
    """Whether the verb's object or complement holds a number or a quotation."""
    return any(t.like_num or t.pos_ == "NUM" or t.text in OPENING_QUOTES for t in verb.subtree if t.i > verb.i)


def _from_subject(doc: Doc, report: Report, subject: Token, status: str, lo: int, hi: int, layout: Layout) -> Report:
    if status == "pronoun":
        report.pronoun = subject.lower_.lstrip("-")
        return report
    return _with_span(doc, report, subject, lo, hi, layout)


def _auxiliary_before_aside(doc: Doc, verb: Token, lo: int) -> bool:
    """'La Commission a, de son côté, jugé …': the auxiliary sits before an aside between commas."""
    j = verb.i - 1
    if j < lo or doc[j].text != ",":
        return False
    j -= 1
    while j >= lo and doc[j].text != "," and verb.i - j < 8:
        j -= 1
    return j - 1 >= lo and doc[j].text == "," and doc[j - 1].lemma_ in ("avoir", "être") and doc[j - 1].pos_ in ("AUX", "VERB")


def _left_of_verb(verb: Token) -> Optional[Token]:
    """The token before the verb group (auxiliaries, negation, '-t-il', adverbs skipped)."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0:
        t = doc[j]
        if t.head.i == verb.i and (t.dep_.startswith("aux") or t.dep_.startswith("expl") or t.dep_ == "advmod"):
            j -= 1
        elif t.lemma_ in ("avoir", "être") or t.lower_ in ("ne", "n'", "n’", "pas", "se", "s'", "s’") or t.text.startswith("-"):
            j -= 1
        else:
            return t
    return None


def _inverted_pronoun(doc: Doc, verb: Token) -> Optional[str]:
    """'a-t-il déclaré', 'ont-ils indiqué', 'affirme-t-elle': the pronoun after the verb or its auxiliary."""
    lo = verb.i - 3
    for j in range(max(0, lo), min(len(doc), verb.i + 3)):
        text = doc[j].text.lower()
        if text.startswith("-"):
            pronoun = text.split("-")[-1]
            if pronoun in SUBJECT_PRONOUNS:
                return pronoun
    return None


def _subject(doc: Doc, verb: Token, lo: int, hi: int, layout: Layout, inherit: bool) -> tuple[Optional[Token], str]:
    """The grammatical subject of a reporting verb: (token, 'ok' | 'pronoun' | 'skip' | 'none'); with
    `inherit`, also the subject of the verb it is coordinated with or of the modal that governs it."""
    current = verb
    for _ in range(3 if inherit else 1):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "expl:subj")]
        for subject in subjects:
            if not (lo <= subject.i < hi) or layout.in_quote(subject.idx):
                continue
            lower = subject.lower_.lstrip("-")
            if any(c.dep_ == "case" for c in subject.children):
                # "par la suite" mistaken for a subject; "À Marseille, la mairie a indiqué": the noun right
                # before the verb group is the subject the parser missed
                left = _left_of_verb(current)
                if left is not None and left.i > subject.i and left.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ == "case" for c in left.children
                ):
                    return left, "ok"
                continue
            if lower in NON_SPEAKERS:
                return subject, "skip"
            if lower in SUBJECT_PRONOUNS:
                return subject, "pronoun"
            if lower in INDEFINITE_SPEAKERS or (lower == "autres" and subject.i > 0 and doc[subject.i - 1].lower_ in ("d'", "d’")):
                return subject, "ok"  # "Certains évoquent jusqu'à 150 000 victimes": unnamed, so reported
            if lower == "qui":
                antecedent = _relative_antecedent(current)
                return (antecedent, "ok") if antecedent is not None else (None, "none")
            if subject.pos_ in ("NOUN", "PROPN"):
                if subject.i < current.i and _finite_verb_between(doc, subject, current):
                    continue  # "Kim aurait supervisé un essai, a rapporté Yonhap": Kim is not the one reporting
                return subject, "ok"
        # "n'a pas été en mesure de confirmer": the subject sits on the noun or adjective of capacity
        if current.dep_ in ("xcomp", "acl") and current.head.lemma_ in CAPACITY_WORDS and current.head.i != current.i:
            current = current.head
            continue
        # "a appelé ... et a déclaré", "ne peut pas confirmer": the subject sits on the governing verb
        if current.dep_ in ("conj", "xcomp") and current.head.pos_ in ("VERB", "AUX") and current.head.i != current.i:
            if current.dep_ == "xcomp" and current.head.lemma_ not in MODAL_VERBS:
                break
            current = current.head
            continue
        break
    return None, "none"


def _finite_verb_between(doc: Doc, subject: Token, verb: Token) -> bool:
    """A finite verb between a subject and its verb group, outside asides between commas: 'Kim aurait
    supervisé un essai, a rapporté Yonhap' — Kim is the subject of another clause, whatever the parse says."""
    left = _left_of_verb(verb)
    group_start = left.i + 1 if left is not None else verb.i
    in_aside = False
    for t in doc[subject.i + 1:group_start]:
        if t.text == ",":
            in_aside = not in_aside
            continue
        if in_aside or t.head.i == subject.i:
            continue
        if t.head.i == verb.i and t.dep_.startswith("aux") and "," not in doc[t.i:verb.i].text:
            continue  # the verb's own auxiliary: "a pour sa part estimé"
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.dep_ != "acl:relcl":
            return True
    return False


def _relative_antecedent(verb: Token) -> Optional[Token]:
    if verb.dep_ != "acl:relcl":
        return None
    antecedent = verb.head
    # "une source militaire en Extrême-Orient russe, qui a déclaré": climb out of the place complement
    while antecedent.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("en", "à", "au", "dans") for c in antecedent.children):
        antecedent = antecedent.head
    return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None


def _object_after_fronted_subject(doc: Doc, verb: Token, head: Optional[Token], lo: int, left) -> bool:
    """The noun after the verb is its object, and a noun phrase opening the sentence before an aside is the subject:
    "Pyongyang, qui a envoyé des troupes, a démenti toute implication" (the speaker is Pyongyang)."""
    return (head is not None and head.dep_ == "obj" and head.head.i == verb.i
            and _subject_before_aside(doc, verb, lo, left) is not None)


def _postposed_subject(doc: Doc, verb: Token, hi: int) -> Optional[Token]:
    """The subject after the verb in an incise: '», a déclaré le NIS', ', a ajouté l'agence'."""
    j = verb.i + 1
    while j < hi and (doc[j].pos_ == "ADV" or doc[j].lower_ in TIME_WORDS):  # "a averti jeudi Hans Kluge"
        j += 1
    if j < hi and doc[j].lower_ == "état" and verb.lemma_ == "faire":
        return None  # "fait état de …": the noun of the verb, never its subject
    if j < hi and doc[j].lower_ in ("à", "au", "aux"):  # "a confié à l'AFP un responsable …": skip the addressee
        k = j + 1
        if k < hi and doc[k].pos_ == "DET":
            k += 1
        if k + 1 < hi and doc[k].pos_ in ("PROPN", "NOUN") and doc[k + 1].pos_ == "DET":
            j = k + 1
    for _ in range(2):  # "affirme dans un communiqué le ministère", "a indiqué lors d'un point presse l'armée"
        if not (j < hi and doc[j].pos_ == "ADP" and doc[j].lower_ in ASIDE_PREPOSITIONS):
            break
        k = j + 1
        while k < hi and (doc[k].pos_ in ("DET", "ADP") or doc[k].lower_ in ("d'", "d’")):
            k += 1
        while k < hi and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        if k == j + 1 or k >= hi or doc[k].pos_ not in ("DET", "PROPN"):
            break
        j = k
    if j < hi and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ in ("ADJ", "X", "VERB"):
        return doc[j]  # "», assure Ahmed, …": a first name the tagger did not take for one
    while j + 1 < hi and doc[j].lower_.rstrip(".") in CIVILITIES and doc[j + 1].text[:1].isupper():
        j += 1  # "a déclaré Mme von der Leyen": the name, not the civility
        if doc[j].text == ".":
            j += 1
    if j >= hi or doc[j].pos_ not in ("DET", "PROPN", "NOUN"):
        return None
    head = _first_nominal(doc, j, hi)
    if head is None or head.lower_ in TIME_WORDS:
        return None  # "a signalé ce vendredi"
    return head


def _nearest_name_to_the_left(doc: Doc, verb: Token, candidates, layout: Layout) -> Optional[tuple[int, int]]:
    """Fallback when the parse gives no subject: the closest name before the verb, with only auxiliaries,
    adverbs, asides between commas, an acronym in brackets or a short adverbial ('par la suite') between."""
    unit_start = layout.units[layout.unit_of(verb.idx)][0]
    before = sorted((c for c in candidates if unit_start <= c[0] and c[1] <= verb.idx), key=lambda c: -c[1])
    for start, end in before:
        if layout.in_quote(start):
            continue
        gap = layout.text[end:verb.idx]
        if _is_transparent_gap(gap):
            return (start, end)
    return None


def _is_transparent_gap(gap: str) -> bool:
    gap = re.sub(r"\([^()]{0,40}\)", " ", gap)  # "(NIS)"
    gap = re.sub(r",[^,.;:«»“”]{0,120},", " ", gap)  # ", qui dirige ...,", ", son homologue ukrainien,"
    words = re.findall(r"[\w’'-]+|[^\s\w]", gap)
    allowed = {
        "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "s’est", "s'est", "se", "s’", "s'",
        "ne", "n’", "n'", "pas", "par", "la", "le", "suite", "alors", "aussi", "également", "déjà", "même",
        "ensuite", "pourtant", "toutefois", "quant", "à", "lui", "elle", "de", "son", "sa", "côté", "-t-il",
    }
    return len(words) <= 6 and all(w.lower() in allowed or w.lower().endswith("ment") for w in words)


def _with_span(doc: Doc, report: Report, head: Token, lo: int, hi: int, layout: Layout) -> Report:
    if report.trigger is not None and head.i < report.trigger:
        hi = min(hi, report.trigger)  # a subject's phrase ends at its verb, even one the tagger took for an adjective
    start_i, end_i = noun_phrase(doc, head, lo, hi)
    start_char = doc[start_i].idx
    end_char = doc[end_i - 1].idx + len(doc[end_i - 1].text)
    report.start, report.end = _trim_glued(layout.text, start_char, end_char)
    report.head = head.i
    return report


def noun_phrase(doc: Doc, head: Token, lo: int, hi: int) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase around `head`, by position rather than the parse (which
    is unreliable on news copy): determiners and adjectives before; adjectives, names, 'de' complements,
    a bracketed acronym and an apposition after ('le chef des services secrets ukrainiens, Kyrylo Budanov')."""
    w = words(doc_language(doc))
    start = head.i
    while start - 1 >= lo:
        prev = doc[start - 1]
        if prev.lower_ in w.time_words or prev.lower_.rstrip(".") in w.civilities:
            break  # "a averti jeudi Hans Kluge", "a déclaré Mme von der Leyen"
        if prev.pos_ in ("DET", "NUM"):
            if start - 2 >= lo and doc[start - 2].lower_ in w.np_inner_adp and head.pos_ == "PROPN":
                start -= 2  # "l'agence de la sécurité … NIS": keep walking through the descriptor
                continue
            start -= 1
            break
        if prev.pos_ == "ADJ" or prev.text == "-" or (prev.pos_ == "NOUN" and doc[start].text == "-") or (
            prev.dep_ == "compound" and not prev.is_punct  # "U.S. defense officials"
        ):
            start -= 1
            continue
        if head.pos_ == "PROPN" and (prev.pos_ in ("NOUN", "PROPN") or prev.lower_ in w.np_inner_adp) and not prev.is_punct:
            start -= 1  # "L'agence de renseignement sud-coréenne NIS": the descriptor belongs to the name
            continue
        break
    allow_locative = head.lower_ in w.title_nouns or head.lower_ in w.source_nouns
    end = head.i + 1
    while end < hi and end - start < 25:
        t = doc[end]
        if t.is_space or t.lower_ in w.time_words:
            break
        if t.pos_ in ("ADJ", "PROPN", "NOUN") and not t.is_punct or t.text == "-" or (t.dep_ == "amod" and t.pos_ == "VERB"):
            end += 1  # "… des Nations unies": a participle the tagger took for a verb
            continue
        if t.pos_ == "X" and t.text[:1].isupper():  # a foreign name the tagger does not know: "Save the Children"
            end += 1
            continue
        if (t.pos_ == "X" or t.lower_ in NAME_PARTICLES) and t.is_lower:  # "von der Leyen", "bin Salman"
            j = end
            while j < min(hi, end + 3) and (doc[j].pos_ == "X" or doc[j].lower_ in NAME_PARTICLES) and doc[j].is_lower:
                j += 1
            if j < hi and doc[j].pos_ in ("PROPN", "X") and doc[j].text[:1].isupper():
                end = j + 1
                continue
            break
        if t.lower_ in w.np_inner_adp or (allow_locative and t.lower_ in w.locative_adp):
            j = end + 1
            if j < hi and doc[j].pos_ == "DET":
                j += 1
            while j + 1 < hi and doc[j].dep_ == "compound" and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
                j += 1  # "of the Florida Division", "for the Kunduz provincial hospital"
            if j < hi and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].lower_ not in w.time_words:
                end = j + 1
                continue
            break
        if t.text == "(":
            close = next((k for k in range(end + 1, min(hi, end + 6)) if doc[k].text == ")"), None)
            if close is not None:
                end = close + 1
                continue
            break
        if t.text == "," and end + 1 < hi and _starts_apposition(doc, end + 1, hi):
            end += 1
            continue
        break
    while end - 1 > start and (doc[end - 1].is_punct and doc[end - 1].text not in ")" or doc[end - 1].pos_ in ("ADP", "CCONJ")):
        end -= 1
    return start, end


def _starts_apposition(doc: Doc, i: int, hi: int) -> bool:
    """After a comma: a name closed by punctuation ('…, Kyrylo Budanov,') or an office ('…, secrétaire
    général de l'OTAN'); not the subject of the next clause ('Selon l'agence KCNA, Pyongyang prépare')."""
    t = doc[i]
    if t.pos_ == "PROPN" and t.text[:1].isupper():
        j = i
        while j < hi and (doc[j].pos_ == "PROPN" or doc[j].text == "-"):
            j += 1
        return j >= hi or doc[j].is_punct
    if t.pos_ == "DET" and i + 1 < hi:
        t = doc[i + 1]
    titles = words(doc_language(doc)).title_nouns
    return t.lower_ in titles or t.lower_.split("-")[-1] in titles


def _trim_glued(text: str, start: int, end: int) -> tuple[int, int]:
    """'Yonhap.ce' -> 'Yonhap': a missing space glued the next word to the name."""
    match = re.search(r"(?<=[A-Za-zÀ-ÿ])\.[a-zà-ÿ]+$", text[start:end])
    if match:
        end = start + match.start()
    return start, end


def _unit_tokens(doc: Doc, layout: Layout, unit: int) -> tuple[int, int]:
    start, end = layout.units[unit]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0, len(doc)
    return span.start, span.end


def _token_at(doc: Doc, offset: int) -> Optional[int]:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


# --- claims ------------------------------------------------------------------------------------


@dataclass
class _Said:
    claim: Claim
    mention: Optional[ActorMention]
    trigger: Optional[int]  # token index of the verb / "selon"
    unit: int


def attribute(
    doc: Doc, article: Article, actor_mentions: list[ActorMention], figures: list[Figure]
) -> tuple[list[Claim], list[Figure]]:
    """Claims of the article, and the figures with claim_id / source_mention_id / source_text set."""
    text = article.text
    layout = build_layout(doc, text)
    mentions = sorted(actor_mentions, key=lambda m: (m.start, m.end))
    reports = find_reports(doc, layout, [(m.start, m.end) for m in mentions])

    said: list[_Said] = []
    by_unit: dict[int, list[_Said]] = {}
    report_iter = iter(reports)
    pending = next(report_iter, None)
    for unit_index in range(len(layout.units)):
        unit_reports = []
        while pending is not None and pending.unit == unit_index:
            unit_reports.append(pending)
            pending = next(report_iter, None)
        # reports that name nobody ("citant l'équipement") do not take their clause from the others
        speaking = [r for r in unit_reports if _speaker(doc, r, layout, mentions, said) is not None]
        for report in unit_reports:
            speaker = _speaker(doc, report, layout, mentions, said)
            if speaker is None:
                continue
            speaker_text, mention = speaker
            item = _make_claim(doc, article, layout, report, speaker_text, mention, speaking or [report])
            _add(said, by_unit, item)
        if not unit_reports and said:
            continued = _continued_quote(article, layout, unit_index, said[-1])
            if continued is not None:
                _add(said, by_unit, continued)

    claims = _with_originals(doc, layout, said, mentions)
    claims += [extra for item in said if len(by_unit.get(item.unit, [])) == 1
               for extra in _quoted_sentences(article, layout, item)]
    attributed = [_attribute_figure(doc, layout, f, by_unit) for f in figures]
    attributed = [_conditional_carry_over(doc, layout, f, by_unit, mentions) for f in attributed]
    attributed = [_continued_statement(layout, f, by_unit, mentions) for f in attributed]
    claims, attributed = _gapped(article, layout, claims, attributed, mentions, by_unit)
    attributed = _headline_sources(article, attributed)
    cites = {c.id: c for c in claims}
    return claims, [
        f.model_copy(update={"original_mention_id": cites[f.claim_id].original_mention_id,
                             "original_source_text": cites[f.claim_id].original_source_text})
        if f.claim_id in cites else f
        for f in attributed
    ]


# What may stand between a gapped speaker and its figure: "…, la CGT « plus de 2,5 millions »", "Et la CGT, « … »"
GAP_BEFORE = re.compile(r"^\s*(?:(?:et|mais)\s+)?(?:(?:le|la|les|l['’])\s*)?$", re.I)
GAP_AFTER = re.compile(r"^\s*,?\s*[«“\"]?\s*$")


def _gapped(article: Article, layout: Layout, claims: list[Claim], figures: list[Figure],
            mentions: list[ActorMention], by_unit: dict[int, list[_Said]]) -> tuple[list[Claim], list[Figure]]:
    """A speaker whose reporting verb is left out because the clause before has it ("le ministère recense
    963 000 manifestants, la CGT « plus de 2,5 millions »"; "l'Intérieur avait compté 963 000 manifestants.
    Et la CGT, « plus de 2,5 millions »"): the figure is that speaker's, in a claim of its own with the verb
    and stance of the clause it borrows them from."""
    text = layout.text
    made: dict[str, Claim] = {}
    result = []
    for figure in figures:
        unit = layout.unit_of(figure.start)
        unit_start, unit_end = layout.units[unit]
        segment_start = max([unit_start] + [i + 1 for i in range(unit_start, figure.start) if text[i] in ",;:—"])
        gap = text[segment_start:figure.start]
        if GAP_AFTER.fullmatch(gap) and segment_start > unit_start:  # "Et la CGT, « … »": the speaker is one clause back
            gap_end = segment_start - 1
            segment_start = max([unit_start] + [i + 1 for i in range(unit_start, gap_end) if text[i] in ",;:—"])
        else:
            gap_end = figure.start
        speaker = next((m for m in mentions if segment_start <= m.start and m.end <= gap_end
                        and GAP_BEFORE.fullmatch(text[segment_start:m.start]) and GAP_AFTER.fullmatch(text[m.end:gap_end])),
                       None)
        if speaker is None or figure.source_mention_id == speaker.id:
            result.append(figure)
            continue
        borrowed = [s for s in by_unit.get(unit, []) if s.trigger is not None and s.claim.start < figure.start
                    and s.claim.verb not in ("selon", "pour") and (s.mention is None or s.mention.id != speaker.id)]
        if not borrowed and _same_passage(layout, unit):
            borrowed = [s for s in by_unit.get(unit - 1, []) if s.trigger is not None and s.claim.verb not in ("selon", "pour")]
        if not borrowed or (figure.claim_id and any(s.claim.id == figure.claim_id and s.trigger is not None
                                                    and s.claim.start <= figure.start and s.claim.verb in ("selon", "pour")
                                                    for s in by_unit.get(unit, []))):
            result.append(figure)
            continue
        model = borrowed[-1].claim
        speaker_text = text[speaker.start:speaker.end]
        claim = made.get(speaker.id) or Claim(
            id=stable_id(article.id, unit_start, unit_end, speaker_text), article_id=article.id,
            speaker_mention_id=speaker.id, speaker_text=speaker_text, text=text[unit_start:unit_end], verb=model.verb,
            stance=model.stance, start=unit_start, end=unit_end)
        made[speaker.id] = claim
        result.append(figure.model_copy(update={"claim_id": claim.id, "source_mention_id": speaker.id,
                                                "source_text": speaker_text}))
    known = {c.id for c in claims}
    return claims + [c for c in made.values() if c.id not in known], result


def _with_originals(doc: Doc, layout: Layout, said: list[_Said], mentions: list[ActorMention]) -> list[Claim]:
    """The claims, each with whom its speaker cites when the article says (citing.py)."""
    found = citing.original_sources(doc, layout.text, layout.units, layout.unit_paragraph,
                                    [(s.claim, s.mention, s.trigger, s.unit) for s in said], mentions)
    claims = []
    for item in said:
        original = found.get(item.claim.id)
        if original is not None:
            item.claim = item.claim.model_copy(update={
                "original_mention_id": original.mention.id if original.mention else None,
                "original_source_text": original.text,
            })
        claims.append(item.claim)
    return claims


def link_place_mentions(claims: list[Claim], place_mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Each place named inside a claim's sentence links to that claim (the first one, when two speakers share it)."""
    spans = sorted(claims, key=lambda c: (c.start, c.end, c.id))
    linked = []
    for mention in place_mentions:
        claim = next((c for c in spans if c.start <= mention.start and mention.end <= c.end), None)
        linked.append(mention.model_copy(update={"claim_id": claim.id if claim else None}))
    return linked


def _conditional_carry_over(
    doc: Doc, layout: Layout, figure: Figure, by_unit: dict[int, list[_Said]], mentions: list[ActorMention]
) -> Figure:
    """A figure in the conditional with no source of its own ("Un premier contingent ... arriverait") goes on
    reporting the previous sentence's source: the French conditional marks unverified, reported information.
    Not when the sentence names an actor of its own: then it is that actor's sentence, not a continuation."""
    unit = layout.unit_of(figure.start)
    previous = by_unit.get(unit - 1, [])
    if figure.source_text or not previous or not _same_passage(layout, unit):
        return figure
    unit_start, unit_end = layout.units[unit]
    if any(unit_start <= m.start < unit_end for m in mentions):
        return figure
    if not _unit_has_conditional(doc, layout, *layout.units[unit]):
        return figure
    chosen = previous[-1].claim
    return figure.model_copy(
        update={"claim_id": chosen.id, "source_mention_id": chosen.speaker_mention_id, "source_text": chosen.speaker_text}
    )


def _continued_statement(
    layout: Layout, figure: Figure, by_unit: dict[int, list[_Said]], mentions: list[ActorMention]
) -> Figure:
    """ "…, a affirmé Marie Martin, analyste. Au total, 8 000 soldats ont franchi la frontière.": a figure with no
    source of its own, in the sentence right after one where a named speaker speaks (with a verb or a quote), in
    the same paragraph, continues that statement. Not when its sentence names an actor of its own, nor after a
    "selon" (which holds for its own sentence)."""
    unit = layout.unit_of(figure.start)
    previous = [s for s in by_unit.get(unit - 1, []) if s.claim.verb not in ("selon", "pour")]
    if figure.source_text or not previous or unit == 0 or layout.unit_paragraph[unit] != layout.unit_paragraph[unit - 1]:
        return figure
    unit_start, unit_end = layout.units[unit]
    if any(unit_start <= m.start < unit_end for m in mentions):
        return figure
    chosen = previous[-1].claim
    if chosen.speaker_mention_id is None:
        return figure
    return figure.model_copy(
        update={"claim_id": chosen.id, "source_mention_id": chosen.speaker_mention_id, "source_text": chosen.speaker_text}
    )


def _headline_sources(article: Article, figures: list[Figure]) -> list[Figure]:
    """A headline restates the body: its unattributed figure takes the source of the body's first attributed
    figure with the same value and object."""
    if not article.title or not article.text.startswith(article.title):
        return figures
    headline_end = len(article.title)
    result = []
    for figure in figures:
        if figure.end <= headline_end and not figure.source_text:
            body = next(
                (f for f in sorted(figures, key=lambda f: f.start)
                 if f.start >= headline_end and f.source_text and f.value == figure.value and f.object == figure.object),
                None,
            )
            if body is not None:
                figure = figure.model_copy(update={
                    "claim_id": body.claim_id, "source_mention_id": body.source_mention_id, "source_text": body.source_text,
                })
        result.append(figure)
    return result


def _add(said: list[_Said], by_unit: dict[int, list[_Said]], item: _Said) -> None:
    """Keep one claim per speaker and sentence; a second verb for the same speaker can only sharpen the stance."""
    for existing in by_unit.get(item.unit, []):
        if existing.claim.speaker_text and _same_speaker(existing, item):
            if STANCE_PRIORITY[item.claim.stance] > STANCE_PRIORITY[existing.claim.stance]:
                existing.claim = existing.claim.model_copy(update={"stance": item.claim.stance})
            return
    said.append(item)
    by_unit.setdefault(item.unit, []).append(item)


def _same_speaker(a: _Said, b: _Said) -> bool:
    if a.mention is not None and b.mention is not None:
        return a.mention.id == b.mention.id or a.mention.name == b.mention.name
    return (a.claim.speaker_text or "").lower() == (b.claim.speaker_text or "").lower()


def _speaker(
    doc: Doc, report: Report, layout: Layout, mentions: list[ActorMention], said: list[_Said]
) -> Optional[tuple[str, Optional[ActorMention]]]:
    """(speaker as written, the actor mention it is) for a report, or None when nobody can be named."""
    negated = words(doc_language(doc)).negated_speaker
    recent = [s for s in said if report.unit - s.unit <= 2 and s.claim.speaker_text
              and not negated.match(s.claim.speaker_text)]
    if report.pronoun:
        if report.inverted:
            # "Service de renseignement sud-coréen “…” a-t-il déclaré": a name opening the sentence is the speaker
            opener = _mention_opening_unit(layout, report.unit, mentions, doc[report.trigger].idx)
            if opener is not None and not _subject_of_content(doc, opener, report):
                return opener.surface, opener
        # "Le NIS a déclaré qu'il ne pouvait pas confirmer": inside what a speaker reports, "il" is that speaker
        ancestors = {a.i for a in doc[report.trigger].ancestors}
        governing = [s for s in recent if s.unit == report.unit and s.trigger in ancestors]
        if governing:
            return governing[-1].claim.speaker_text, governing[-1].mention
        # the speaker of the previous sentence, else its subject, else the last speaker nearby
        previous = [s for s in recent if s.unit == report.unit - 1]
        if previous:
            return previous[-1].claim.speaker_text, previous[-1].mention
        subject = _unit_subject(doc, layout, report.unit - 1, mentions) if _same_passage(layout, report.unit) else None
        if subject is None and report.pronoun in SINGULAR_PERSON_PRONOUNS and _same_passage(layout, report.unit):
            # "Jean Dupont, porte-parole de X, était à Kiev. … a-t-il ajouté": the person opening the sentence before
            opener = _mention_opening_unit(layout, report.unit - 1, mentions, layout.units[report.unit - 1][1])
            subject = opener if opener is not None and opener.kind == "person" else None
        if subject is not None:
            return subject.surface, subject
        if recent:
            return recent[-1].claim.speaker_text, recent[-1].mention
        return None
    if report.start is None:
        return None
    speaker_text = layout.text[report.start:report.end].strip()
    if re.match(r"\d", speaker_text):
        return None  # "48.000 personnes dénombre": a count the parser took for the subject is nobody
    head_offset = doc[report.head].idx if report.head is not None else report.start
    author = _document_author(doc, report)
    if author is not None:  # "selon les résultats publiés lundi par le ministère de l'Intérieur"
        # the author's phrase starts after its preposition ("par le ministère", "du HCR")
        first = next(t.i for t in author.subtree if not (t.dep_ == "case" and t.i < author.i))
        hi = _unit_tokens(doc, layout, report.unit)[1]
        report = _with_span(doc, Report(trigger=report.trigger, verb=report.verb, unit=report.unit), author,
                            first, hi, layout)
        speaker_text = layout.text[report.start:report.end].strip()
        head_offset = author.idx
    mention = _mention_in_span(doc, report, head_offset, mentions)
    if author is None and mention is None and report.head is not None and doc[report.head].lemma_ in DOCUMENT_NOUNS:
        agent = _agent_named_after(layout.text, report.start, layout.units[report.unit][1], mentions)
        if agent is not None:  # "selon un bilan provisoire tweeté par Gérald Darmanin" (a participle the parser missed)
            mention, speaker_text = agent, layout.text[report.start:agent.end].strip()
    w = words(doc_language(doc))
    titled = report.head is not None and doc[report.head].lower_ in w.title_nouns
    if mention is None or (titled and mention.kind != "person"):
        # "Kim Yo-jong, la sœur du dirigeant, a qualifié …", "Jarosław Kaczyński, le chef du parti X, a accusé":
        # the person the phrase is in apposition to, before it or ("La présidente de la Commission, Ursula
        # von der Leyen, a annoncé") after it
        before = [m for m in mentions if m.end <= report.start and re.fullmatch(r"\s*,\s*", layout.text[m.end:report.start])]
        after = [m for m in mentions if m.start >= report.end and re.fullmatch(r"\s*,\s*", layout.text[report.end:m.start])]
        if before and before[-1].kind == "person":
            mention = before[-1]
            speaker_text = layout.text[mention.start:report.end].strip()
        elif titled and after and after[0].kind == "person":
            mention = after[0]
            speaker_text = layout.text[report.start:mention.end].strip()
    if titled and mention is not None and mention.kind != "person":
        # "Selon le président de la Commission électorale": the person the article introduced with that title, not
        # the body named inside it
        mention = _person_by_role(speaker_text, report.start, mentions) or mention
    if mention is None and w.demonstrative_speaker.match(speaker_text) and recent:
        mention = recent[-1].mention  # "selon cette source": the source just quoted
    if mention is None and report.head is not None and doc[report.head].lower_ in w.title_nouns:
        mention = _person_by_role(speaker_text, report.start, mentions)
        if mention is None and recent and _fits_role(recent[-1].mention, speaker_text):
            mention = recent[-1].mention  # "Zelensky affirme … Le président ukrainien a critiqué …"
        if mention is None and _same_passage(layout, report.unit):
            subject = _unit_subject(doc, layout, report.unit - 1, mentions)
            mention = subject if _fits_role(subject, speaker_text) else None
    if mention is None and report.head is not None and doc[report.head].pos_ == "NOUN" and w.description.match(speaker_text):
        # "L'organisation a précisé …": the organisation the article named with that word
        mention = _organisation_by_description(speaker_text, report.start, mentions)
    if mention is None and w.possessive_speaker.match(speaker_text):
        # "selon son dernier rapport": the report of the sentence's subject
        subject = _unit_subject(doc, layout, report.unit, mentions)
        mention = subject if subject is not None and not (subject.start <= doc[report.trigger].idx < subject.end) else None
    if (report.relative or report.verb == "citer") and mention is None:
        return None  # "des informations selon lesquelles", "citant l'équipement obsolète": no speaker
    if mention is None and _points_back(doc, report, speaker_text):
        return None  # "Ce renfort a permis …", "Ces effectifs ont confirmé …": what was counted, not who speaks
    return speaker_text, mention


def _points_back(doc: Doc, report: Report, speaker_text: str) -> bool:
    """A demonstrative noun phrase ("ce renfort", "ces effectifs") whose noun names no one who speaks."""
    words = load("speakers")
    first = speaker_text.split(maxsplit=1)[0].lower() if speaker_text.strip() else ""
    if first not in words["demonstratives"] or DEMONSTRATIVE_SPEAKER.match(speaker_text) or report.head is None:
        return False
    head = doc[report.head]
    return head.pos_ == "NOUN" and not {head.lower_, head.lemma_.lower()} & (
        set(words["speaking_nouns"]) | TITLE_NOUNS | SOURCE_NOUNS
    )


# Documents that carry figures: their author, when named ("publiés par X"), is the source
DOCUMENT_NOUNS = frozenset({
    "résultat", "chiffre", "rapport", "bilan", "donnée", "estimation", "étude", "enquête", "communiqué",
    "document", "note", "décompte", "statistique", "projection", "prévision", "sondage", "relevé",
})


def _document_author(doc: Doc, report: Report) -> Optional[Token]:
    """The agent of a participle describing a document speaker: 'les chiffres publiés par l'Insee' -> Insee."""
    if report.head is None or doc[report.head].lemma_ not in DOCUMENT_NOUNS:
        return None
    for child in doc[report.head].children:
        if child.dep_ == "acl" and child.pos_ == "VERB":
            agents = [c for c in child.children if c.dep_ == "obl:agent"]
            if agents:
                return agents[0]
        # "selon les estimations du HCR", "un communiqué commun du HCR et de l'OIM": a named issuer
        if child.dep_ == "nmod" and child.i > report.head and any(c.lower_ in NP_INNER_ADP for c in child.children) \
                and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in child.subtree):
            return child
    return None


def _agent_named_after(text: str, start: int, end: int, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """The one named after "par" in a document phrase, within the clause: "un bilan tweeté par X", "par le
    ministre, X"."""
    for mention in mentions:
        if start < mention.start < end and re.fullmatch(
                r"[^,;:.!?«»“”()]{0,60}\bpar\s+(?:(?:le|la|les|l['’])\s*)?(?:[^,;:.!?«»“”()]{1,50},\s*)?",
                text[start:mention.start]):  # "par le ministre de l'Intérieur, Gérald Darmanin": the title, then the name
            return mention
    return None


def _same_passage(layout: Layout, unit: int) -> bool:
    """Whether the previous sentence is in the same or the previous paragraph."""
    return unit > 0 and layout.unit_paragraph[unit] - layout.unit_paragraph[unit - 1] <= 1


def _unit_subject(doc: Doc, layout: Layout, unit: int, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """The named subject of a sentence ('Boris Pistorius a visité l'usine. « … », a-t-il déclaré')."""
    lo, hi = _unit_tokens(doc, layout, unit)
    for token in doc[lo:hi]:
        if token.dep_ != "nsubj" or token.pos_ not in ("NOUN", "PROPN") or layout.in_quote(token.idx):
            continue
        start_i, end_i = noun_phrase(doc, token, lo, hi)
        span = Report(trigger=token.i, verb="", unit=unit, start=doc[start_i].idx, end=doc[end_i - 1].idx + len(doc[end_i - 1].text), head=token.i)
        mention = _mention_in_span(doc, span, token.idx, mentions)
        if mention is not None:
            return mention
    return None


def _subject_of_content(doc: Doc, mention: ActorMention, report: Report) -> bool:
    """ "Moscou a envoyé 12 000 soldats, a-t-il affirmé": a name that is the subject of a verb of its own, not the
    reporting one, is what is reported (a capital standing for its government), not who reports it."""
    inside = [t for t in doc if mention.start <= t.idx < mention.end]
    root = next((t for t in inside if not (mention.start <= t.head.idx < mention.end) or t.head == t), None)
    if root is None or not root.dep_.startswith("nsubj"):
        return False
    return root.head.i != report.trigger and root.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN")


def _mention_opening_unit(layout, unit, mentions, before) -> Optional[ActorMention]:
    start = layout.units[unit][0]
    for m in mentions:
        if m.start == start and m.end <= before and not layout.in_quote(m.start):
            return m
    return None


def _mention_in_span(doc: Doc, report: Report, head_offset: int, mentions) -> Optional[ActorMention]:
    inside = [m for m in mentions if m.start < report.end and report.start < m.end]
    if not inside:
        return None
    persons = [m for m in inside if m.kind == "person"]
    for m in inside:
        if m.start <= head_offset < m.end:
            head_is_title = report.head is not None and doc[report.head].lower_ in TITLE_NOUNS
            if m.kind == "organisation" and head_is_title and persons:
                return persons[0]
            return m
    head_word = doc[report.head].lower_ if report.head is not None else ""
    if persons and (head_word in TITLE_NOUNS or head_word.split("-")[-1] in TITLE_NOUNS or not head_word):
        return persons[0]
    return persons[0] if persons else inside[0]


def _person_by_role(speaker_text: str, before: int, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """'a déclaré le président sud-coréen': the person the article introduced with that title."""
    return _last_described(speaker_text, before, mentions, "person", lambda m: m.role or "")


def _organisation_by_description(speaker_text: str, before: int, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """'l'organisation', 'l'agence onusienne': the last organisation named before whose name or role holds
    those words ('Organisation internationale pour les migrations', 'l'agence de presse Yonhap') and is headed by
    the same noun, or one of its family (agence, service…): "la police" is not "la préfecture de police"."""
    head = _head_family(_description_words_in_order(speaker_text)[:1])
    candidates = [m for m in mentions if m.kind != "organisation" or head & (
        _head_family(_description_words_in_order(m.name)[:1]) | _head_family(_description_words_in_order(m.role or "")[:1]))]
    return _last_described(speaker_text, before, candidates, "organisation", lambda m: f"{m.name} {m.role or ''}")


def _description_words_in_order(text: str) -> list[str]:
    text = re.sub(r"^(?:le|la|les|l['’])\s*", "", text.strip(), flags=re.I)
    return [w for w in re.findall(r"[\w-]+", text.lower()) if len(w) > 2 or w.isupper()]


def _head_family(words: list[str]) -> set[str]:
    """A head noun and the nouns interchangeable with it (recoupe/lexicons/fr/sources.yml), singular."""
    from . import lexicon

    found = set()
    for word in words:
        singular = re.sub(r"(?<=\w{3})[sx]$", "", word)
        found.add(singular)
        for family in lexicon.load("sources")["description_heads"].values():
            if singular in family:
                found.update(family)
    return found


def _last_described(speaker_text: str, before: int, mentions: list[ActorMention], kind: str,
                    description: Callable[[ActorMention], str]) -> Optional[ActorMention]:
    """The last mention of that kind before `before` whose description holds every word of the speaker phrase
    (mentions come in text order)."""
    wanted = _description_words(speaker_text)
    named = [m for m in mentions if m.kind == kind and m.start < before and wanted and wanted <= _words(description(m))]
    return named[-1] if named else None


def _fits_role(mention: Optional[ActorMention], speaker_text: str) -> bool:
    """Whether the person just quoted can be the one now named by a title: same title, or none known."""
    if mention is None or mention.kind != "person":
        return False
    return mention.role is None or _description_words(speaker_text) <= _words(mention.role)


def _description_words(speaker_text: str) -> set[str]:
    """The words of a speaker phrase without its article: "le président sud-coréen" -> président, sud-coréen."""
    return _words(re.sub(r"^(?:le|la|les|l['’])\s*", "", speaker_text, flags=re.I))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", text.lower()) if len(w) > 2}


def _make_claim(
    doc: Doc, article: Article, layout: Layout, report: Report, speaker_text: str,
    mention: Optional[ActorMention], unit_reports: list[Report],
) -> _Said:
    unit_start, unit_end = layout.units[report.unit]
    trigger = doc[report.trigger]
    quotes = [(s, e) for s, e in layout.quotes if unit_start <= s < unit_end]
    if len(unit_reports) <= 1:
        scope = layout.text[unit_start:unit_end]
    else:
        # several speakers in one sentence: each gets its own clause, minus the clauses of reports inside it
        scope_start, scope_end = _clause_bounds(trigger, unit_start, unit_end)
        nested = [
            _clause_bounds(doc[r.trigger], unit_start, unit_end)
            for r in unit_reports
            if r.trigger != report.trigger and r.start is not None and trigger in doc[r.trigger].ancestors
        ]
        own = [i for i in range(scope_start, scope_end) if not any(s <= i < e for s, e in nested)]
        scope = "".join(layout.text[i] for i in own)
        owned = set(own)
        quotes = [(s, e) for s, e in quotes if s in owned]
    quote = " […] ".join(_inside_quote(layout.text, s, e) for s, e in quotes) or None
    stance = _stance(doc, report, speaker_text, scope, layout, unit_start, unit_end)
    claim = Claim(
        id=stable_id(article.id, unit_start, unit_end, speaker_text),
        article_id=article.id,
        speaker_mention_id=mention.id if mention else None,
        speaker_text=speaker_text,
        text=layout.text[unit_start:unit_end],
        verb=report.verb,
        stance=stance,
        quote=quote,
        start=unit_start,
        end=unit_end,
    )
    return _Said(claim, mention, report.trigger, report.unit)


def _clause_bounds(trigger: Token, lo: int, hi: int) -> tuple[int, int]:
    if trigger.lower_ in ("selon", "après", "d'après", "d’après", "pour", "according", "per"):
        return lo, hi
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ in MODAL_VERBS:
        trigger = trigger.head  # "ne peut pas confirmer": the negation sits on the modal
    subtree = list(trigger.subtree)
    start = max(lo, subtree[0].idx)
    end = min(hi, subtree[-1].idx + len(subtree[-1].text))
    return start, end


def _inside_quote(text: str, start: int, end: int) -> str:
    inner = text[start:end].strip()
    inner = inner.lstrip("«“„\"").rstrip("»”\"")
    return inner.strip()


def _stance(doc: Doc, report: Report, speaker_text: str, scope: str, layout: Layout, lo: int, hi: int) -> str:
    verb = report.verb
    w = words(doc_language(doc))
    if w.neither_confirm_nor_deny.search(scope):
        return "cannot_confirm"
    if verb in w.denial_verbs:
        return "denies"
    if w.denial_words.search(scope) and (verb in ("qualifier", "dénoncer") or verb in ACCORDING_VERBS
                                         or _quoted(w.denial_words, scope)):  # "Pour la police, c'est faux"
        return "denies"
    if w.cannot_confirm.search(scope) or (verb in CONFIRM_VERBS and w.negated_speaker.match(speaker_text)):
        return "cannot_confirm"
    if w.anonymous_speaker.search(speaker_text) and not w.demonstrative_speaker.match(speaker_text):
        return "reported"
    if w.anonymous_in_clause.search(scope):
        return "reported"
    trigger = doc[report.trigger]
    if _conditional(trigger):
        return "reported"
    # "X aurait …, selon Y" / "X aurait …, a rapporté Y": the main clause is reported in the conditional
    if verb in ACCORDING_VERBS and _unit_has_conditional(doc, layout, lo, hi):
        return "reported"
    if report.postposed and any(_conditional(v) for v in _reported_clause_verbs(trigger) if not layout.in_quote(v.idx)):
        return "reported"
    return "asserts"


def _quoted(pattern: re.Pattern, scope: str) -> bool:
    # Up to the last closing quote: the same quotes, but no opening quote is scanned to the end in vain
    # (thousands of "«" without a "»" would take quadratic time).
    scope = scope[:max(scope.rfind(q) for q in "»”\"") + 1]
    return any(pattern.search(q) for q in re.findall(r"[«“\"]([^»”\"]*)[»”\"]", scope))


def _conditional(verb: Token) -> bool:
    group = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return any(_hearsay_conditional(t) for t in group)


def _reported_clause_verbs(trigger: Token) -> list[Token]:
    """For an incise ('X aurait …, a rapporté Y'), the verb of the clause it comments on."""
    if trigger.head.i != trigger.i:
        return [trigger.head]
    return [c for c in trigger.children if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i < trigger.i]


def _unit_has_conditional(doc: Doc, layout: Layout, lo: int, hi: int) -> bool:
    span = doc.char_span(lo, hi, alignment_mode="expand")
    tokens = span if span is not None else doc
    return any(_hearsay_conditional(t) and not layout.in_quote(t.idx) for t in tokens)


def _hearsay_conditional(token: Token) -> bool:
    """The journalistic conditional ("aurait envoyé", "seraient arrivés"), not a forecast or a possibility
    ("le niveau devrait culminer", "cela pourrait durer"), which the source states as its own view."""
    return "Cnd" in token.morph.get("Mood") and token.lemma_ not in ("devoir", "pouvoir")


def _continued_quote(article: Article, layout: Layout, unit: int, last: _Said) -> Optional[_Said]:
    """A sentence that is only a quote, right after an attributed one, carries the same speaker."""
    if not 0 < unit - last.unit <= 2 or layout.unit_paragraph[unit] - layout.unit_paragraph[last.unit] > 1:
        return None
    start, end = layout.units[unit]
    content = [i for i in range(start, end) if not layout.text[i].isspace()]
    if not content:
        return None
    quoted = sum(1 for i in content if layout.in_quote(i))
    if quoted / len(content) < 0.8:
        return None
    text = layout.text[start:end]
    w = words(article.language)
    stance = "denies" if w.denial_words.search(text) else "cannot_confirm" if w.cannot_confirm.search(text) else last.claim.stance
    if stance == "denies" and last.claim.stance != "denies":
        stance = last.claim.stance
    claim = Claim(
        id=stable_id(article.id, start, end, last.claim.speaker_text),
        article_id=article.id,
        speaker_mention_id=last.claim.speaker_mention_id,
        speaker_text=last.claim.speaker_text,
        text=text,
        verb=None,
        stance=stance,
        quote=_inside_quote(layout.text, start, end),
        start=start,
        end=end,
    )
    return _Said(claim, last.mention, None, unit)


# A sentence ending inside a quote: its stop, then a capital, a digit or a quote mark opening the next one
QUOTED_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+\s+(?=[A-ZÀ-ÖØ-Þ0-9«“\"])")  # the lookbehind starts a match only where a run of stops starts: linear time


def _quoted_sentences(article: Article, layout: Layout, item: _Said) -> list[Claim]:
    """« Nous avons fini hier. Il ne restait que deux bureaux », a-t-il ajouté: every sentence of a quote is
    the speaker's statement, one claim each. The claim of the unit covers the first; each later sentence of a quote
    in the unit gets a claim of its own (same speaker, its own stance), which figures do not use."""
    start, end = layout.units[item.unit]
    text = layout.text
    w = words(article.language)
    extras = []
    for q_start, q_end in layout.quotes:
        if not (start <= q_start < end):
            continue
        inner_end = q_end - 1 if text[q_end - 1] in CLOSING_QUOTES + '"' else q_end
        breaks = []
        for match in QUOTED_SENTENCE_END.finditer(text, q_start + 1, inner_end):
            word_before = re.search(r"(\w+)\W*$", text[q_start:match.start()])
            if word_before and len(word_before.group(1)) <= 2 and word_before.group(1)[:1].isupper():
                continue  # "M. Dupont", an initial
            breaks.append(match.end())
        for i, b in enumerate(breaks):
            e = breaks[i + 1] if i + 1 < len(breaks) else inner_end
            s_start, s_end = _strip_span(text, b, e)
            if s_end <= s_start:
                continue
            sentence = text[s_start:s_end]
            parent = item.claim.stance
            stance = "denies" if w.denial_words.search(sentence) else (
                "cannot_confirm" if w.cannot_confirm.search(sentence) else parent)
            if stance == "denies" and parent != "denies":
                stance = parent
            extras.append(Claim(
                id=stable_id(article.id, s_start, s_end, item.claim.speaker_text), article_id=article.id,
                speaker_mention_id=item.claim.speaker_mention_id, speaker_text=item.claim.speaker_text,
                text=sentence, verb=None, stance=stance, quote=sentence, start=s_start, end=s_end,
            ))
    return extras


# --- figures -----------------------------------------------------------------------------------


def _attribute_figure(doc: Doc, layout: Layout, figure: Figure, by_unit: dict[int, list[_Said]]) -> Figure:
    unit = layout.unit_of(figure.start)
    candidates = _outside_other_brackets(layout, unit, figure.start, doc, by_unit.get(unit, []))
    if not candidates:
        return figure.model_copy(update={"claim_id": None, "source_mention_id": None, "source_text": None})
    chosen = _claim_for_offset(doc, layout, figure.start, candidates)
    return figure.model_copy(
        update={
            "claim_id": chosen.claim.id,
            "source_mention_id": chosen.claim.speaker_mention_id,
            "source_text": chosen.claim.speaker_text,
        }
    )


def _outside_other_brackets(layout: Layout, unit: int, offset: int, doc: Doc, candidates: list[_Said]) -> list[_Said]:
    """A "selon X" inside brackets speaks for what the brackets hold only: in "à Toulouse (9 000 selon la police,
    70 000 selon les syndicats), à Nantes (10 000 à 25 000)", the Nantes figures are nobody's."""
    start, end = layout.units[unit]
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", layout.text[start:end])]
    brackets = [(start + a, start + b) for a, b in brackets]

    def enclosed(position: int) -> Optional[tuple[int, int]]:
        return next(((a, b) for a, b in brackets if a < position < b), None)

    here = enclosed(offset)
    return [s for s in candidates if s.trigger is None or enclosed(doc[s.trigger].idx) in (None, here)]


def _adjacent_according_to(doc: Doc, offset: int, candidates: list[_Said]) -> Optional[_Said]:
    """"contre 245 000 d'après les syndicats": a "selon / d'après" right after the figure's noun phrase, with no
    verb or punctuation in between, names that figure's source whatever verb governs the sentence."""
    start = _token_at(doc, offset)
    if start is None:
        return None
    for said in candidates:
        if said.trigger is None or said.claim.verb not in ACCORDING_VERBS or said.trigger <= start:
            continue
        between = doc[start + 1 : said.trigger]
        if len(between) <= 6 and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between):
            return said
    return None


def _clause_head(token: Token) -> int:
    """The verb heading the clause a token sits in (the root when none)."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.i


def _claim_for_offset(doc: Doc, layout: Layout, offset: int, candidates: list[_Said]) -> _Said:
    """Of several claims in one sentence, the one whose verb governs the figure, else the nearest."""
    if len(candidates) == 1:
        return candidates[0]
    adjacent = _adjacent_according_to(doc, offset, candidates)
    if adjacent is not None:
        return adjacent
    token_index = _token_at(doc, offset)
    if token_index is not None:
        # "Si pour le ministère, il y a eu 1,2 million de manifestants, la CGT annonce …": a "selon" / "pour" in
        # the figure's own clause names its source before a verb that governs the whole sentence
        clause = _clause_head(doc[token_index])
        according = {s.trigger: _clause_head(doc[s.trigger]) for s in candidates
                     if s.trigger is not None and s.claim.verb in ("selon", "pour")}
        unit_start, unit_end = layout.units[layout.unit_of(offset)]
        inside = all(unit_start <= doc[i].idx < unit_end for i in [clause, *according.values()])
        own = [s for s in candidates if s.trigger in according and according[s.trigger] == clause]
        if inside and len(own) == 1 and not any(s.trigger == clause for s in candidates):  # a parse within the sentence
            return own[0]
        ancestors = {a.i for a in doc[token_index].ancestors}
        governing = [s for s in candidates if s.trigger is not None and s.trigger in ancestors and doc[s.trigger].lemma_ != "citer"]
        if governing:
            return governing[-1]
    return min(candidates, key=lambda s: abs(doc[s.trigger].idx - offset) if s.trigger is not None else 10**9)
