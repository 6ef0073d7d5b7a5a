"""The words of reporting, per language: reporting verbs and their classes, speaker words, stance patterns, all from
recoupe/lexicons/<language>/attribution.yml (`words`; French's also as the constants below, which the French-only
rules read), and whether a token is a reporting verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .lexicon import in_every_language, load, path_of

if TYPE_CHECKING:
    from .layout import Layout


# French words and patterns: recoupe/lexicons/fr/attribution.yml (another language: `words`).
_FR = load("attribution", "fr")
REPORTING_VERBS = frozenset(_FR["reporting_verbs"])
INCISE_VERBS = frozenset(_FR["incise_verbs"])
FIGURE_VERBS = frozenset(_FR["figure_verbs"])
SENTENCING_VERBS = frozenset(_FR.get("sentencing_verbs", ()))  # "condamné à 20 ans": a sentence, no report
# the figure verbs that also report a clause on "que" ("espère que …", "craint que …"; attribution.yml)
FIGURE_CLAUSE_VERBS = FIGURE_VERBS - frozenset(_FR.get("figure_verbs_without_clause", ()))
INJUNCTION_VERBS = frozenset(_FR["injunction_verbs"]) - REPORTING_VERBS - INCISE_VERBS - FIGURE_VERBS
CLAUSE_VERBS = (frozenset(_FR["clause_verbs"]) | INJUNCTION_VERBS) - REPORTING_VERBS - INCISE_VERBS - FIGURE_VERBS
DENIAL_VERBS = frozenset(_FR["denial_verbs"])
MODAL_VERBS = frozenset(_FR["modal_verbs"])
CONTROL_VERBS = frozenset(_FR.get("control_verbs", ()))  # "continuent d'affirmer": the subject is theirs
PUBLISHING_VERBS = frozenset(_FR.get("publishing_verbs", ()))  # "Ils ont été publiés par X": documents
OCCASION_VERBS = frozenset(_FR.get("occasion_verbs", ()))  # "a profité de … pour dénoncer": the subject is theirs
KNOWING_VERBS = frozenset(_FR.get("knowing_verbs", ()))
CAPACITY_WORDS = frozenset(_FR["capacity_words"])
SUBJECT_PRONOUNS = frozenset(_FR["subject_pronouns"])
SINGULAR_PERSON_PRONOUNS = frozenset(_FR["singular_person_pronouns"])
FAIRE_LOCUTIONS = frozenset(_FR.get("faire_locutions", ()))  # "faire savoir", "faire valoir": one verb
DEMONSTRATIVE_SUBJECTS = dict(_FR.get("demonstrative_subjects") or {})
INDEFINITE_SPEAKERS = frozenset(_FR["indefinite_speakers"])
DISJUNCT_PRONOUNS = frozenset(_FR["disjunct_pronouns"])
RELATIVE_PRONOUNS = frozenset(_FR["relative_pronouns"])
NON_SPEAKERS = frozenset(_FR["non_speakers"])
TITLE_NOUNS = frozenset(_FR["title_nouns"])
SOURCE_NOUNS = frozenset(_FR["source_nouns"])
TIME_WORDS = frozenset(_FR["time_words"])
CLOCK_PREPOSITIONS = frozenset(_FR.get("clock_prepositions", ()))
TIME_DETERMINERS = frozenset(_FR.get("time_determiners", ()))  # "a annoncé ce lundi le ministre"
CLOCK_TIME = re.compile(_FR.get("clock_time") or r"(?!)", re.I)
NP_INNER_ADP = frozenset(_FR["np_inner_adp"])
LOCATIVE_ADP = frozenset(_FR["locative_adp"])
ASIDE_PREPOSITIONS = frozenset(_FR["aside_prepositions"])
NAME_PARTICLES = frozenset(_FR["name_particles"])
CIVILITIES = frozenset(_FR["civilities"])
DOCUMENT_VERBS = frozenset(_FR["document_verbs"])
VERB_PHRASES = {verb: dict(phrases) for verb, phrases in (_FR.get("verb_phrases") or {}).items()}
DOCUMENT_NOUNS = frozenset(_FR["document_nouns"])
DOCUMENT_PREDICATES = frozenset(_FR["document_predicates"])
REVISION_VERBS = frozenset(_FR["revision_verbs"])
REVISION_DIRECTIONS = frozenset(_FR["revision_directions"])
REFLEXIVE_NON_REPORTING = frozenset(_FR["reflexive_non_reporting"])
DESCRIPTION = re.compile(_FR["description"])
POSSESSIVE_SPEAKER = re.compile(_FR["possessive_speaker"], re.I)
DEMONSTRATIVE_SPEAKER = re.compile(_FR["demonstrative_speaker"], re.I)
ANONYMOUS_SPEAKER = re.compile(_FR["anonymous_speaker"], re.I)
ANONYMOUS_IN_CLAUSE = re.compile(_FR["anonymous_in_clause"], re.I)
CANNOT_CONFIRM = re.compile(_FR["cannot_confirm"], re.I)
NEITHER_CONFIRM_NOR_DENY = re.compile(_FR["neither_confirm_nor_deny"], re.I)
DENIAL_WORDS = re.compile(_FR["denial_words"], re.I)
NEGATED_SPEAKER = re.compile(_FR["negated_speaker"], re.I)
# Verbs of confirming, in every language: with a speaker that is nobody ("Aucune source ne confirme"), a cannot_confirm
CONFIRM_VERBS = frozenset({"confirmer", "vérifier", "corroborer", "authentifier", "confirm", "verify", "corroborate"})
# Every verb that may report, in one of its uses
REPORTING_LIKE_VERBS = REPORTING_VERBS | INCISE_VERBS | FIGURE_VERBS | CLAUSE_VERBS
OBJECT_CLITICS = frozenset(_FR.get("object_clitics", ()))  # "nous a confié", "m'a dit": whom it is said to
# layout.CLOSING_QUOTES with the straight and the German closers ("„…“"); not imported: layout imports this module
QUOTE_CLOSERS = frozenset({"»", "”", '"', "“"})
CLAUSE_PUNCT = frozenset({",", ".", ";", ":", "—", "–"})
# The verbs of claims made with "selon X" / "according to X": every language's `according_to` phrases (a French one
# is reported with the verb "selon", an English one with the phrase itself: "in the words of"), and "pour" ("pour la
# CGT, …" reads like "selon")
ACCORDING_VERBS = frozenset({"selon", "pour"}) | in_every_language("attribution", "according_to")


@lru_cache(maxsize=None)
def words(language: str = "fr") -> SimpleNamespace:
    """A language's words and patterns for attribution, from recoupe/lexicons/<language>/attribution.yml (French's
    when the language has none)."""
    known = path_of("attribution", language) is not None
    lex = load("attribution", language if known else "fr")
    patterns = ("cannot_confirm", "neither_confirm_nor_deny", "denial_words", "anonymous_speaker",
                "anonymous_in_clause", "demonstrative_speaker", "possessive_speaker", "negated_speaker")
    return SimpleNamespace(**{
        **{key: frozenset(value) if isinstance(value, list) else value for key, value in lex.items()},
        **{key: re.compile(lex[key], re.I) for key in patterns},
        "description": re.compile(lex["description"]), "language": language if known else "fr",
    })


def verb_lemma(token: Token) -> str:
    """The verb's infinitive. The model sometimes returns a first-group verb's present form as its lemma
    ("estime", "affirme"); the infinitive is that form plus "r"."""
    lemma = token.lemma_
    if lemma == "faire" and any(c.lower_ == "état" for c in token.children):
        return "faire état"  # "Les garde-côtes font état d'au moins 59 morts"
    if lemma == "prendre" and any(c.lower_ == "acte" and c.i == token.i + 1 for c in token.children):
        return "prendre acte"  # "Le parti prend acte du refus"
    said_by_faire = next((c.lemma_ for c in token.children if c.lemma_ in FAIRE_LOCUTIONS and c.dep_ == "xcomp"), None)
    if lemma == "faire" and said_by_faire:
        return "faire " + said_by_faire  # "Le ministère a fait savoir que …", "le maire a fait valoir que …"
    if lemma == "faire" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lemma_ in FAIRE_LOCUTIONS \
            and token.head.i == token.i + 1:
        return "faire " + token.doc[token.i + 1].lemma_  # "…, a fait savoir mardi le préfet": "fait" hung on "savoir"
    if lemma in FAIRE_LOCUTIONS and token.i > 0 and token.doc[token.i - 1].lemma_ == "faire" \
            and (token.doc[token.i - 1].head.i == token.i or token.doc[token.i - 1].pos_ == "AUX" and token.head.i == token.i - 1):
        # "Les autorités ont fait savoir que …": "fait" tagged an auxiliary of "savoir", or an auxiliary that heads it
        return "faire " + lemma
    for complement, phrase in VERB_PHRASES.get(lemma, {}).items():
        # its complement as its child, or after it with only adverbs and "en" between ("s'inscrit totalement en faux")
        j = token.i + 1
        while j < len(token.doc) and j - token.i <= 3 and (token.doc[j].pos_ == "ADV" or token.doc[j].lower_ == "en"):
            j += 1
        if (j < len(token.doc) and token.doc[j].lower_ == complement) or any(
                c.lower_ == complement and c.i > token.i for c in token.children):
            return phrase
    if lemma.endswith("e") and (lemma + "r" in REPORTING_LIKE_VERBS or lemma + "r" in DOCUMENT_VERBS):
        return lemma + "r"  # "le gouvernement donne un bilan": lemma "donne"; "elle réclame": lemma "réclame"
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
    for verb in REPORTING_LIKE_VERBS - CLAUSE_VERBS if verb.endswith("er")
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
        if lemma in REFLEXIVE_NON_REPORTING and _reflexive(token):
            return False  # "l'acte 12 s'annonce très suivi", "la tendance se confirme"
        return (lemma in REPORTING_LIKE_VERBS or (lemma == "compter" and _has_auxiliary(token, "avoir"))
                or _issues_a_document(token, lemma) or revises_a_figure(token, lemma)
                or _authored_document_subject(token, lemma) is not None or _unable_to_confirm(token, lemma))
    if token.pos_ in ("ADJ", "NOUN") and token.lower_ in MISTAGGED_FORMS:
        return any(c.dep_ == "nsubj" for c in token.children) or _mistagged_before_figure(token) \
            or _mistagged_before_clause(token) is not None
    if token.pos_ in ("ADJ", "ADV") and token.lower_ in IRREGULAR_FORMS:
        return _mistagged_subject(token) is not None
    return False


PAST_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)$")


def figure_participle(token: Token) -> Optional[int]:
    """"au lieu des 1 250 annoncés par le ministère", "contre 200 blessés avancés par la police": a past participle
    of a reporting verb or of a verb that issues a document ("les 204 000 donnés par le ministère", "fournis par"),
    right after a figure (and its noun) and followed by "par": the index of the figure's first number token, else
    None."""
    doc = token.doc
    if agent_preposition(token) is None or not PAST_PARTICIPLE.search(token.lower_):
        return None
    lemma = verb_lemma(token) if token.pos_ == "VERB" else MISTAGGED_FORMS.get(token.lower_, token.lemma_)
    if lemma not in REPORTING_LIKE_VERBS and lemma not in DOCUMENT_VERBS:
        return None
    j = token.i - 1
    while j >= 0 and token.i - j <= 3 and not (doc[j].like_num or doc[j].pos_ == "NUM"):
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "ADP"):
            return None
        j -= 1
    if j < 0 or not (doc[j].like_num or doc[j].pos_ == "NUM"):
        return None
    while j > 0 and (doc[j - 1].like_num or doc[j - 1].pos_ == "NUM"):
        j -= 1  # "1 204 310": every group of digits
    return j


def agent_preposition(participle: Token) -> Optional[int]:
    """The index of the "par" of a participle's agent, right after it or past a time ("les 34 morts annoncés lundi
    soir par le ministère": `time_words`, at most three), else None."""
    doc = participle.doc
    j = participle.i + 1
    while j < len(doc) and j - participle.i <= 3 and doc[j].lower_ in TIME_WORDS:
        j += 1
    return j if j < len(doc) and doc[j].lower_ == "par" else None


def _mistagged_before_figure(token: Token) -> bool:
    """"La préfecture avance, elle, 6 100 personnes": a reporting verb's form the tagger took for a
    noun, right after a noun and right before a number (past a "lui" between commas)."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].pos_ not in ("NOUN", "PROPN") or doc[token.i - 1].is_punct:
        return False
    j = token.i + 1
    while j < len(doc) and j - token.i <= 4 and (doc[j].text == "," or doc[j].lower_ in DISJUNCT_PRONOUNS):
        j += 1
    return j < len(doc) and (doc[j].like_num or doc[j].pos_ == "NUM")


def _mistagged_before_clause(token: Token) -> Optional[Token]:
    """"Le syndicat juge que la réforme …" parsed as a noun "juge" on "syndicat": a reporting verb's form the
    tagger took for a noun or an adjective, hung on the noun right before it (no article of its own) and followed
    by "que": that noun, its subject."""
    doc = token.doc
    head = token.head
    if head.i == token.i - 1 and head.pos_ in ("NOUN", "PROPN") and token.i + 1 < len(doc) \
            and doc[token.i + 1].lower_ in ("que", "qu'", "qu’") and not any(c.dep_ == "det" for c in token.children):
        return head
    return None


def _mistagged_subject(token: Token) -> Optional[Token]:
    """"la police dément le bilan" parsed as an adverb on "police": the noun right before it, when an object
    follows, is the subject; so is a personal subject pronoun ("Il dément la rumeur", "dément" read as the adjective).
    The parser may hang the form elsewhere ("Le ministère de la Santé dément la mort …" on the object, "Jean Paul
    Roux dément les …" on the noun after it): the noun phrase ending right before it is then the subject, read from
    its first noun."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "DET":
        return None
    head = token.head
    if head.i == token.i - 1 and (head.pos_ in ("NOUN", "PROPN") or head.pos_ == "PRON" and head.lower_ in SUBJECT_PRONOUNS):
        return head
    top = doc[token.i - 1]
    if top.pos_ not in ("NOUN", "PROPN"):
        return None
    while top.dep_ in ("nmod", "flat:name", "flat") and top.head.i < top.i and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head
    return top




def _unable_to_confirm(verb: Token, lemma: str) -> bool:
    """"L'agence n'était pas en mesure de vérifier le bilan", "la police n'a pas pu corroborer": a verb of confirming
    (confirmer is a reporting verb already) negated or under a word of capacity reports a refusal to confirm; so does
    a verb of knowing negated before what is not known ("le syndicat ne sait pas si …", `knowing_verbs`)."""
    if lemma in KNOWING_VERBS:
        return _does_not_know(verb)
    if lemma not in CONFIRM_VERBS:
        return False
    window = verb.doc[max(0, verb.i - 6):verb.i]
    negation = any(t.lower_ in ("pas", "jamais", "plus") for t in window) or any(
        t.lemma_ == "pouvoir" for t in window)  # "ce que l'agence n'a pu vérifier": "ne" alone negates pouvoir
    if verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("que", "qu'", "qu’"):
        return False  # "ne peut que confirmer": a restriction, not a negation
    return negation and any(t.lower_ in ("ne", "n'", "n’") for t in window) \
        or any(t.lower_ in ("impossible", "incapable", "sans") for t in window)


def _does_not_know(verb: Token) -> bool:
    """"ne sait pas si", "ne savait pas non plus combien", "ne savons rien": "ne" before the verb, then a negation and
    what is not known (an indirect question, or "rien")."""
    doc = verb.doc
    if not any(t.lower_ in ("ne", "n'", "n’") for t in doc[max(0, verb.i - 3):verb.i]):
        return False
    after = [t.lower_ for t in doc[verb.i + 1:min(len(doc), verb.i + 6)]]
    if after[:1] == ["rien"]:
        return True
    return bool(after) and after[0] in ("pas", "plus", "toujours") and any(
        w in ("si", "s'", "s’", "combien", "où", "quand", "comment", "pourquoi") or w == "ce" for w in after[1:])


# nouns of bodies or people who speak (speakers.yml), not the people counted ("manifestants"): a document's author
SPEAKING_BODIES = frozenset(load("speakers")["speaking_nouns"]) - frozenset(load("speakers")["counted_people"])


def _authored_document_subject(verb: Token, lemma: str) -> Optional[Token]:
    """"Les chiffres de la direction de l'éducation donnent un taux de 0,5 %", "Les résultats de la commission
    électorale le créditent de 48 %": the verb's subject, a document noun with its author after "de" (a body that
    speaks, or a name), for a verb by which a document puts a figure forward (`document_predicates`)."""
    if lemma not in DOCUMENT_PREDICATES:
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or subject.lemma_ not in DOCUMENT_NOUNS:
            continue
        for author in subject.children:
            if author.dep_ == "nmod" and author.i > subject.i and any(
                    c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’") for c in author.children) and (
                    author.pos_ in ("PROPN", "NOUN") and author.text[:1].isupper() or author.lemma_.lower() in SPEAKING_BODIES
                    or author.lemma_.lower() in TITLE_NOUNS):
                return subject
    return None


def has_named_author(noun: Token) -> bool:
    """Whether a document noun names its author after "de" ("un bulletin du ministère de l'Agriculture", "un
    communiqué de la CGT"; or after a participle, "un bulletin publié par la FAO"): a body that speaks, a title or a
    capitalised name, not "un bilan de 300 blessés"."""
    return any(c.dep_ == "nmod" and c.i > noun.i and c.pos_ in ("NOUN", "PROPN") and (
        c.text[:1].isupper() or c.lemma_.lower() in SPEAKING_BODIES or c.lower_ in TITLE_NOUNS) and any(
        k.dep_ == "case" and k.lower_ in ("de", "du", "des", "d'", "d’") for k in c.children) for c in noun.children) or any(
        c.dep_ == "acl" and any(a.dep_ == "obl:agent" for a in c.children) for c in noun.children)  # "publié par X"


def _issues_a_document(verb: Token, lemma: str) -> bool:
    """"a donné un nouveau bilan", "communique des résultats" (the partitive "des" read as a preposition: obl:arg)."""
    if lemma not in DOCUMENT_VERBS:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_ in MODAL_VERBS | {"aller"}:
        return False  # "la commission devait proclamer les résultats mardi": a document still to come
    if any(c.dep_ in ("obj", "obl:arg") and c.lemma_ in DOCUMENT_NOUNS for c in verb.children):
        return True
    if any(c.dep_ == "obj" for c in verb.children):
        return False
    if _document_given_by(verb, lemma):
        return True
    # "a communiqué dans la soirée un autre chiffre", "a proclamé, ce jeudi, les résultats": the object after an
    # adverbial (maybe an aside between commas), hung by the parser on it
    doc = verb.doc
    aside = doc[verb.i + 1].text == "," if verb.i + 1 < len(doc) else False
    for t in doc[verb.i + 1 + aside:min(len(doc), verb.i + 8 + 4 * aside)]:
        if aside and t.text == ",":
            aside = False
            continue
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
        if t.pos_ == "NOUN" and t.lemma_ in DOCUMENT_NOUNS and verb in t.ancestors \
                and not any(c.dep_ == "case" for c in t.children):
            return True
    return False


def _document_given_by(verb: Token, lemma: str) -> bool:
    """"Les résultats ont été communiqués par la commission": a document in the passive, its author the agent; a
    pronoun too for the verbs of making public ("Ils ont été publiés par le ministère")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
    has_agent = any(c.dep_ == "obl:agent" for c in verb.children) or bool(_agent_on_complement(verb, 0, len(verb.doc)))
    return has_agent and any(
        c.lemma_ in DOCUMENT_NOUNS or (c.pos_ == "PRON" and lemma in PUBLISHING_VERBS) for c in subjects)


def _agent_on_complement(verb: Token, lo: int, hi: int) -> list[Token]:
    """"Ils ont été communiqués à notre rédaction par le représentant d'un candidat": the passive's agent, a noun
    with its article after "par", that the parser hung on the verb's complement before it instead of on the verb."""
    return [n for c in verb.children if c.dep_.startswith("obl") and c.i > verb.i for n in c.children
            if n.dep_ == "nmod" and n.pos_ in ("NOUN", "PROPN") and lo <= n.i < hi
            and any(k.dep_ == "case" and k.lower_ == "par" for k in n.children)
            and (n.pos_ == "PROPN" or any(k.dep_ == "det" for k in n.children))][:1]


def revises_a_figure(verb: Token, lemma: Optional[str] = None) -> bool:
    """"ont revu ce chiffre à la hausse", "a revu à la baisse le taux", "revoit en hausse le ministre": a verb of
    revising with a document object or the direction of the change right after it (within four words)."""
    lemma = lemma or verb_lemma(verb)
    if lemma not in REVISION_VERBS:
        return False
    if any(c.dep_ in ("obj", "obl:arg") and c.lemma_ in DOCUMENT_NOUNS for c in verb.children):
        return True
    doc = verb.doc
    following = doc[verb.i + 1:min(len(doc), verb.i + 8)]
    return any(t.lower_ in REVISION_DIRECTIONS and t.i > verb.i and doc[t.i - 1].lower_ in ("la", "en")
               for t in following if not t.is_sent_start)


def _reflexive(verb: Token) -> bool:
    """"s'annonce", "se confirme": a reflexive pronoun on the verb (not "s'est dit", which reports)."""
    return any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in verb.children) or (
        verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("se", "s'", "s’"))


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
    demonstrative: Optional[int] = None  # "celui-ci", "ce dernier" (its token): the one named last before it
    inverted: bool = False  # "a-t-il déclaré"
    relative: bool = False  # "selon lesquels": the speaker is the antecedent
    postposed: bool = False  # "…, a déclaré le BND": the sentence's main clause is what is reported
    needs_name: bool = False  # the parse gives the verb no subject: the nearest name to its left speaks
    fronted: Optional["Report"] = None  # ... or, when no name is there, this report (the subject before an aside)
    only_if_alone: bool = False  # a colon quote: it speaks only when no other report of its unit does


def _left_of_verb(verb: Token) -> Optional[Token]:
    """The token before the verb group (auxiliaries, negation, '-t-il', adverbs skipped)."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0:
        t = doc[j]
        if t.head.i == verb.i and (t.dep_.startswith("aux") or t.dep_.startswith("expl") or t.dep_ == "advmod"):
            j -= 1
        elif t.dep_ in ("fixed", "advmod") and t.head.dep_ == "advmod" and t.head.head.i == verb.i and t.head.i < verb.i:
            j -= 1  # "d'abord", "d'ailleurs": the rest of an adverb of the verb group
        elif t.pos_ == "ADV" and t.head.i == verb.i or t.dep_ == "case" and t.head.pos_ == "ADV" \
                and t.head.head.i == verb.i and t.head.i < verb.i:
            j -= 1  # "a par ailleurs précisé", "a en outre indiqué": an adverb of the verb group the parser hung as an oblique
        elif t.lemma_ in ("avoir", "être") or t.lower_ in ("ne", "n'", "n’", "pas", "se", "s'", "s’") or t.text.startswith("-"):
            j -= 1
        elif t.lemma_ == "faire" and j == verb.i - 1 and verb.lemma_ in FAIRE_LOCUTIONS:
            j -= 1  # "a fait valoir": "fait" belongs to the verb group of "valoir"
        elif t.text == "," and (aux := _aside_after_auxiliary(verb, j)) is not None:
            j = aux  # "a, en substance, répondu": the aside is inside the verb group
        elif t.lower_ in OBJECT_CLITICS and j >= 2 and doc[j - 1].text == "," and doc[j - 2].text in QUOTE_CLOSERS:
            j -= 1  # "« … », nous a confié le maire": whom it was said to, the parser's subject, is in the verb group
        else:
            return t
    return None


def _aside_after_auxiliary(verb: Token, comma: int) -> Optional[int]:
    """The auxiliary of `verb` right before an aside in commas that ends at `comma` ("a, en substance, répondu",
    a few words with no verb), else None."""
    doc = verb.doc
    for k in range(comma - 2, max(comma - 6, 0), -1):
        if doc[k].text == ",":
            aux = doc[k - 1]
            inside = doc[k + 1:comma]
            return aux.i if aux.head.i == verb.i and aux.dep_.startswith("aux") and not any(
                t.pos_ in ("VERB", "AUX") or t.is_punct for t in inside) else None
    return None




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


def _hung_on_verb(token: Token) -> bool:
    """"Ce dernier continue de contester" parsed with "Ce" and "dernier" both hung on the verb: the subject the parser
    missed, right before its verb."""
    return token.dep_ == "amod" and token.head.pos_ in ("VERB", "AUX") and token.head.i > token.i \
        and token.doc[token.i - 1].head.i == token.head.i


def demonstrative_pronoun(token: Token) -> Optional[str]:
    """The personal pronoun a demonstrative subject stands for: "celui-ci" (one token, or "Celui" "-" "ci" as the
    tokenizer splits it opening a sentence) and "ce dernier" read as "il", "celle-ci", "cette dernière" as "elle"."""
    doc, lower = token.doc, token.lower_
    head, _, tail = lower.partition("-")
    if tail == "ci" and head in DEMONSTRATIVE_SUBJECTS and not head.startswith("derni"):
        return DEMONSTRATIVE_SUBJECTS[head]
    if lower in DEMONSTRATIVE_SUBJECTS and not lower.startswith("derni"):
        split = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "ci"
        glued = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "-ci"
        return DEMONSTRATIVE_SUBJECTS[lower] if split or glued else None
    if lower in DEMONSTRATIVE_SUBJECTS and token.i > 0 and doc[token.i - 1].lower_ in ("ce", "cette", "ces") and (
            any(c.i == token.i - 1 for c in token.children) or _hung_on_verb(token)):
        return DEMONSTRATIVE_SUBJECTS[lower]
    return None


def _participle_forms(verbs) -> frozenset:
    """The past participles of the verbs, in their four forms: "interrogé", "jointes"."""
    bases = {v[:-6] + "oint" if v.endswith("oindre") else v[:-2] + "é" for v in verbs}
    return frozenset(b + ending for b in bases for ending in ("", "e", "s", "es"))


ANSWERING_PARTICIPLES = _participle_forms(_FR.get("answering_participles", ()))
