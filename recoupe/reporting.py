"""The words of reporting, per language: reporting verbs and their classes, speaker words, stance patterns (French
from the constants here, another language from recoupe/lexicons/<language>/attribution.yml through `words`), and
whether a token is a reporting verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional
from spacy.tokens import Doc, Token
from typing import TYPE_CHECKING

from .lexicon import load, path_of

if TYPE_CHECKING:
    from .layout import Layout


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
    }
)
# Verbs that report only in some uses: as an incise after a quote ("…», a lancé son coordinateur") ...
INCISE_VERBS = frozenset({"lancer", "répondre", "poursuivre", "conclure", "renchérir", "ironiser", "résumer", "tonner"})
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
# "n'a ni confirmé ni démenti": no denial, no confirmation
NEITHER_CONFIRM_NOR_DENY = re.compile(r"\bni\s+(?:confirm|démen|infirm)\w*\s+ni\s+(?:confirm|démen|infirm)\w*", re.I)
DENIAL_WORDS = re.compile(
    r"\b(?:fausses?\s+nouvelles?|fake\s+news|canulars?|infox|intox|mensong\w*|infondée?s?|sans\s+fondement"
    r"|pure\s+invention|désinformation)\b",
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
# "internationale.a déclaré": a missing space glued the auxiliary onto the end of the quote.
GLUED_AUXILIARY = re.compile(r"(?<=\w)[.,;]\s*(?:a|ont|avait|avaient)$")
CLAUSE_PUNCT = frozenset({",", ".", ";", ":", "—", "–"})
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "ter", "di", "da", "del", "bin", "ben", "ibn", "al", "el"})
CIVILITIES = frozenset({"m", "mme", "mlle", "mm", "mmes", "dr", "pr", "me", "mgr"})
# The verbs of claims made with "selon X" / "according to X"
ACCORDING_VERBS = frozenset({"selon", "pour", "according to", "as per"})  # "pour la CGT, …" reads like "selon"


@lru_cache(maxsize=None)
def words(language: str = "fr") -> SimpleNamespace:
    """A language's words and patterns for attribution: French from the constants of this module, another language
    from recoupe/lexicons/<language>/attribution.yml (same names, lower case)."""
    if language != "fr" and path_of("attribution", language) is not None:
        lex = load("attribution", language)
        patterns = ("cannot_confirm", "neither_confirm_nor_deny", "denial_words", "anonymous_speaker",
                    "anonymous_in_clause", "demonstrative_speaker", "possessive_speaker")
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
    )


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
    return lemma


# Endings of a first-group verb ("revendiquer": revendique, revendiquent, revendiqué, revendiquait...), to catch
# the reporting verbs the tagger takes for adjectives ("La CGT revendique ..." tagged ADJ, lemma "revendiqu").
FIRST_GROUP_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant", "ons", "ez")
MISTAGGED_FORMS = {
    verb[:-2] + ending: verb
    for verb in REPORTING_LIKE_VERBS if verb.endswith("er")
    for ending in FIRST_GROUP_ENDINGS
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
    return False


# Verbs that report when their object is a document of figures: "a donné un nouveau bilan", "a publié ses chiffres"
DOCUMENT_VERBS = frozenset({"donner", "publier", "communiquer", "présenter", "dresser", "livrer", "fournir", "diffuser"})


def _issues_a_document(verb: Token, lemma: str) -> bool:
    return lemma in DOCUMENT_VERBS and any(
        c.dep_ == "obj" and c.lemma_ in DOCUMENT_NOUNS for c in verb.children)


def _has_auxiliary(verb: Token, lemma: str) -> bool:
    return any(c.dep_.startswith("aux") and c.lemma_ == lemma for c in verb.children)


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
    needs_name: bool = False  # the parse gives the verb no subject: the nearest name to its left speaks
    fronted: Optional["Report"] = None  # ... or, when no name is there, this report (the subject before an aside)


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


# Documents that carry figures: their author, when named ("publiés par X"), is the source
DOCUMENT_NOUNS = frozenset({
    "résultat", "chiffre", "rapport", "bilan", "donnée", "estimation", "étude", "enquête", "communiqué",
    "document", "note", "décompte", "statistique", "projection", "prévision", "sondage", "relevé",
})


def _conditional(verb: Token) -> bool:
    group = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return any(_hearsay_conditional(t) for t in group)


def _unit_has_conditional(doc: Doc, layout: Layout, lo: int, hi: int) -> bool:
    span = doc.char_span(lo, hi, alignment_mode="expand")
    tokens = span if span is not None else doc
    return any(_hearsay_conditional(t) and not layout.in_quote(t.idx) for t in tokens)


def _hearsay_conditional(token: Token) -> bool:
    """The journalistic conditional ("aurait envoyé", "seraient arrivés"), not a forecast or a possibility
    ("le niveau devrait culminer", "cela pourrait durer"), which the source states as its own view."""
    return "Cnd" in token.morph.get("Mood") and token.lemma_ not in ("devoir", "pouvoir")
