"""Who a reporting verb's subject is: walking the parse tree for the subject before or after the verb, an incise
(", a déclaré le BND"), an inverted pronoun ("a-t-il déclaré"); the noun phrase around the head found is read in
noun_phrases.py.
"""

from __future__ import annotations

import re
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from . import number_words
from .layout import OPENING_QUOTES
from .lexicon import load
from .matchers import matches
from .nlp import doc_language, tokens_from
from .noun_phrases import _trim_glued, noun_phrase
from .reporting import (
    ANSWERING_PARTICIPLES, ASIDE_PREPOSITIONS, CAPACITY_WORDS, DOCUMENT_NOUNS, FAIRE_LOCUTIONS, CIVILITIES, CONTROL_VERBS, OCCASION_VERBS, DISJUNCT_PRONOUNS, INDEFINITE_SPEAKERS, MODAL_VERBS, NON_SPEAKERS,
    CLOCK_PREPOSITIONS, CLOCK_TIME, SUBJECT_PRONOUNS, TIME_DETERMINERS, TIME_WORDS, TITLE_NOUNS, _is_reporting_verb, _left_of_verb, demonstrative_pronoun, has_named_author, words,
)

if TYPE_CHECKING:
    from .layout import Layout
    from .reporting import Report


def _first_nominal(doc: Doc, i: int, hi: int) -> Optional[Token]:
    for j in range(i, min(hi, i + 4)):
        if doc[j].pos_ in ("NOUN", "PROPN"):
            return doc[j]
        if doc[j].pos_ not in ("DET", "ADJ", "NUM"):
            return None
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
    opener = next((span for span in matches(doc, "side_openers", load("speakers").get("side_openers", ()), "fr")
                   if span.start == lo and span.end <= end), None)
    return _first_nominal(doc, opener.end, end) if opener is not None else None


def _finite_clause_before(doc: Doc, lo: int, end: int, layout: Layout) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not layout.in_quote(t.idx)
               for t in doc[lo:end])


def _closes_unit(doc: Doc, head: Token, lo: int, hi: int) -> bool:
    """Whether the noun phrase of `head` ends the sentence (or the clause, before a comma), maybe after where it
    said it ("…, assure la CGT dans un communiqué.")."""
    end = noun_phrase(doc, head, lo, hi)[1]
    if end < hi and doc[end].lower_ in ANSWERING_PARTICIPLES:
        return True  # "…, a déclaré à l'AFP M. Roux joint au téléphone depuis Paris": how he was reached follows
    if end < hi and doc[end].lower_.endswith("ant") and "Part" in doc[end].morph.get("VerbForm") or (
            end + 1 < hi and doc[end].lower_ in ("s'", "s’") and doc[end + 1].lower_.endswith("ant")):
        return True  # "…, a rapporté l'agence AIB citant une source sécuritaire": the source it cites follows
    if end < hi and doc[end].pos_ == "ADP" and doc[end].lower_ in ("dans", "sur", "à", "au", "lors"):
        stop = end + 1
        while stop < hi and stop - end <= 5 and not doc[stop].is_punct:
            stop += 1
        end = stop
    # "…, affirme l'office qui appelle les communes à agir": a relative clause on the speaker closes it too
    return end >= hi or doc[end].text in (".", ";", ",", "!", "?") or doc[end].lower_ == "qui"


DASHES = ("-", "–", "—")


def _subject_before_aside(doc: Doc, verb: Token, lo: int, left: Optional[Token]) -> Optional[Token]:
    """"Un survivant, cité par l'agence ANA, affirme …": a noun phrase opening the sentence, then an aside
    between commas, then the verb; the parser hung the noun elsewhere."""
    if left is not None and left.text != "," and verb.i - 1 > lo and doc[verb.i - 1].text in DASHES:
        left = doc[verb.i - 1]  # a dash closing the aside right before the verb (no auxiliary between)
    if left is None or left.text not in (",",) + DASHES or left.i <= lo:
        return None
    opening = next((t for t in reversed(doc[lo:left.i]) if t.text == left.text), None)
    if opening is None:
        return None
    phrase = doc[lo:opening.i]
    # between dashes, the phrase may hold its complements: "Un élu du nord du pays - qu'on ne peut … - confirme"
    longest, barred = (5, ("VERB", "AUX", "ADP", "PUNCT")) if left.text == "," else (8, ("VERB", "AUX", "PUNCT"))
    if not phrase or not 1 <= len(phrase) <= longest or any(t.pos_ in barred for t in phrase):
        return None
    aside = doc[opening.i + 1:left.i]
    if aside and aside[0].lower_ not in ("qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle") and any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in aside):
        return None  # "Hélas, les familles sont moins nombreuses à revenir, affirme l'agence": a clause, no aside
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else None


NON_SPEAKER_NOUNS = frozenset(words("fr").non_speaker_nouns)
# "redoutent des centaines de morts": the nouns that count (the numbers lexicon)
COUNTING_NOUNS = number_words.words("fr").counting_nouns


def _puts_forward(verb: Token) -> bool:
    """Whether the verb's object or complement holds a number or a quotation, or its direct object is a document of
    figures ("des sources avancent d'autres chiffres", "l'ONG avance un bilan plus lourd": `document_nouns`)."""
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j < len(doc) and doc[j].text in OPENING_QUOTES:
        return True  # "condamne « des violences »", whatever the parser hung the quote on
    while j < len(doc) and j - verb.i <= 4 and (doc[j].text == "," or doc[j].lower_ in DISJUNCT_PRONOUNS):
        j += 1
    if j < len(doc) and (doc[j].like_num or doc[j].pos_ == "NUM"):
        return True  # "La préfecture avance, elle, 6 100 personnes", whatever the parser made of the verb
    if any(c.dep_ == "obj" and c.pos_ == "NOUN" and c.lemma_ in DOCUMENT_NOUNS for c in verb.children):
        return True
    return any(t.like_num or t.pos_ == "NUM" or t.text in OPENING_QUOTES or t.text == '"' or t.lower_ in COUNTING_NOUNS
               for t in verb.subtree if t.i > verb.i)


def _from_subject(doc: Doc, report: Report, subject: Token, status: str, lo: int, hi: int, layout: Layout) -> Report:
    if status == "pronoun":
        report.pronoun = demonstrative_pronoun(subject) or subject.lower_.lstrip("-")
        report.demonstrative = subject.i if demonstrative_pronoun(subject) else None
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


def _inverted_pronoun(doc: Doc, verb: Token) -> Optional[str]:
    """'a-t-il déclaré', 'ont-ils indiqué', 'affirme-t-elle': the pronoun after the verb or its auxiliary."""
    lo = verb.i - 3
    for j in range(max(0, lo), min(len(doc), verb.i + 3)):
        text = doc[j].text.lower()
        if text.startswith("-") or re.fullmatch(r"t-\w+", text):  # "a- t-il ajouté": a stray space in the hyphens
            pronoun = text.split("-")[-1]
            if pronoun in SUBJECT_PRONOUNS:
                return pronoun
    return None


def _subject(doc: Doc, verb: Token, lo: int, hi: int, layout: Layout, inherit: bool) -> tuple[Optional[Token], str]:
    """The grammatical subject of a reporting verb: (token, 'ok' | 'pronoun' | 'skip' | 'none'); with
    `inherit`, also the subject of the verb it is coordinated with or of the modal that governs it."""
    current = verb
    infinitive_of = False  # climbed from an infinitive adverbial: its subject is the main clause's, even a passive's
    for _ in range(3 if inherit else 1):
        active = infinitive_of or not any(  # ("a lui-même manifesté": "lui-même" taken for a passive auxiliary)
            c.dep_ == "aux:pass" and c.lemma_ == "être" or c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’")
            for c in current.children)
        # "Le président a lui-même manifesté … et s'est déclaré …": the verb it is coordinated with, in a compound past on
        # "avoir", is active, whatever label its subject got
        governing_active = current is not verb and active and any(
            c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in current.children)
        # "il a fermement rejeté …" with "il" labelled a passive subject: a personal pronoun, no passive auxiliary and
        # no reflexive ("l'épidémie s'est déclarée" is no report), an active subject
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "expl:subj") or (
            active and c.dep_ == "nsubj:pass" and (c.lower_ in SUBJECT_PRONOUNS or _avoir_auxiliary(current) or infinitive_of
                                                                   or governing_active))] or [
            # "Les autorités ont d'abord évoqué …": the subject hung on an adverb of the verb group ("d'abord",
            # "d'ailleurs") by the parser
            g for c in current.children if c.dep_ in ("advmod", "aux", "aux:tense") and c.i < current.i
            for g in c.children if g.dep_ == "nsubj" and g.i < c.i] or [
            c for c in current.children if c.dep_ == "amod" and c.i < current.i and demonstrative_pronoun(c)]
        for subject in subjects:
            if not (lo <= subject.i < hi) or layout.in_quote(subject.idx) and not _quoted_name(doc, subject, current, layout):
                continue
            lower = subject.lower_.lstrip("-")
            if demonstrative_pronoun(subject) is not None:
                return subject, "pronoun"  # "Celui-ci affirme …", "Ce dernier conteste …": the one just named
            if any(c.dep_ == "case" for c in subject.children) and not _partitive_article(subject):
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
            if subject.pos_ == "ADJ" and subject.i < current.i and any(c.dep_ in ("det", "nummod") for c in subject.children):
                return subject, "ok"  # "Les cinq centrales syndicales contestent": an adjective made a noun by its article
            if lower in INDEFINITE_SPEAKERS or (lower == "autres" and subject.i > 0 and doc[subject.i - 1].lower_ in ("d'", "d’")):
                return subject, "ok"  # "Certains évoquent jusqu'à 150 000 victimes": unnamed, so reported
            if lower == "qui":
                antecedent = _relative_antecedent(current)
                if antecedent is None and subject.i == lo and subject.text[:1].isupper():
                    return subject, "pronoun"  # "… a précisé Jean Roux. Qui a ajouté que …": the one just named
                return (antecedent, "ok") if antecedent is not None else (None, "none")
            if subject.pos_ == "NOUN" and (lower in TIME_WORDS or lower in NON_SPEAKER_NOUNS):
                continue  # "La soirée de mardi, les sources locales ajoutent …": a time opening the sentence
            if subject.pos_ in ("NOUN", "PROPN"):
                if subject.i < current.i and _finite_verb_between(doc, subject, current):
                    continue  # "Park aurait supervisé un essai, a rapporté Nordpresse": Park is not the one reporting
                return subject, "ok"
        # "n'a pas été en mesure de confirmer": the subject sits on the noun or adjective of capacity
        if current.dep_ in ("xcomp", "acl") and current.head.lemma_ in CAPACITY_WORDS and current.head.i != current.i:
            current = current.head
            continue
        # "Après avoir annoncé une baisse, la Ville n'entend pas …": an infinitive clause's subject is the main one's
        if inherit and _infinitive_adverbial(current):
            # "Après avoir démenti le rapport, le ministère a été critiqué": the passive's subject did the denying
            current, infinitive_of = current.head, True
            continue
        # "a appelé ... et a déclaré", "ne peut pas confirmer": the subject sits on the governing verb
        if current.dep_ in ("conj", "xcomp") and current.head.pos_ in ("VERB", "AUX") and current.head.i != current.i:
            if current.dep_ == "xcomp" and current.head.lemma_ not in MODAL_VERBS and not (
                    current.head.lemma_ in CONTROL_VERBS and "Inf" in current.morph.get("VerbForm")):
                break  # (not "a demandé à l'ONG de confirmer": the one asked; but "continuent d'affirmer")
            current = current.head
            continue
        break
    return None, "none"


def _partitive_article(subject: Token) -> bool:
    """"D'autres sources avancent …", "De nombreux témoins ont dit …", "Des habitants affirment …": the only "case"
    word on the subject opens its phrase as the article the tagger took for a preposition ("de" before an adjective,
    or one of `indefinite_articles`), not "par la suite" nor "À Marseille, la mairie …"."""
    cases = [c for c in subject.children if c.dep_ == "case"]
    if len(cases) != 1 or cases[0].i > subject.i or cases[0].i != subject.left_edge.i:
        return False
    article = cases[0].lower_
    if article in words("fr").indefinite_articles:
        return True
    return article in ("de", "d'", "d’") and any(
        t.pos_ == "ADJ" and t.head.i == subject.i for t in subject.doc[cases[0].i + 1:subject.i])


def _avoir_auxiliary(verb: Token) -> bool:
    """Whether the verb's tense auxiliary is "avoir" and it says what ("L'avocat a soutenu qu'il …"): an active verb
    (a passive takes "être"), so a noun the parser labelled its passive subject is its subject; a verb without a
    clause ("Les électeurs ont rejeté le oui") is left to the parse."""
    return any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children) \
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _quoted_name(doc: Doc, subject: Token, verb: Token, layout: Layout) -> bool:
    """'«Le Nombre jaune» a dénombré …': a subject in a short quote of its own (a name: a capital, a few words, no
    verb), closed before its verb, is a name in quotes, not quoted words."""
    region = next(((s, e) for s, e in layout.quotes if s <= subject.idx < e), None)
    if region is None or region[1] > verb.idx or region[1] - region[0] > 60:
        return False
    inside = [t for t in tokens_from(doc, region[0] + 1, region[1] - 1) if not t.is_punct]
    return bool(inside) and inside[0].text[:1].isupper() and len(inside) <= 6 \
        and not any(t.pos_ in ("VERB", "AUX") for t in inside)


def _infinitive_adverbial(verb: Token) -> bool:
    """"Après avoir annoncé …,", "avant de confirmer …,", "sans préciser …,", "a profité de la séance pour
    critiquer …": an adverbial clause on an infinitive, whose subject is the one of the verb it hangs on."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    infinitive = "Inf" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)
    marks = ("après", "avant", "sans", "de") + (("pour",) if verb.head.lemma_ in OCCASION_VERBS else ())
    return infinitive and any(c.dep_ in ("mark", "case") and c.lower_ in marks for c in verb.children)


def _finite_verb_between(doc: Doc, subject: Token, verb: Token) -> bool:
    """A finite verb between a subject and its verb group, outside asides between commas: 'Park aurait
    supervisé un essai, a rapporté Nordpresse' — Park is the subject of another clause, whatever the parse says."""
    left = _left_of_verb(verb)
    group_start = left.i + 1 if left is not None else verb.i
    in_aside = False
    for t in doc[subject.i + 1:group_start]:
        if t.text == ",":
            in_aside = not in_aside
            continue
        if in_aside or t.head.i == subject.i:
            continue
        if t.head.i == verb.i and (t.dep_.startswith("aux") or t.dep_ == "cop") and "," not in doc[t.i:verb.i].text:
            continue  # the verb's own auxiliary: "a pour sa part estimé"; its copula: "n'était pas en mesure de"
        if t.dep_.startswith("aux") and t.head.dep_ == "acl:relcl" and t.head.i > t.i \
                and t.head.head.i < t.i and subject.i <= t.head.head.i \
                and any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in t.head.children):
            continue  # "Les leaders du parti qui ont appelé à la grève ont fait état de …": the auxiliary of a
            # relative clause on the subject's phrase
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.dep_ != "acl:relcl":
            return True
    return False


def _relative_antecedent(verb: Token) -> Optional[Token]:
    if verb.dep_ != "acl:relcl":
        return None
    antecedent = verb.head
    # "les allégations de la Cour et du ministre Jean Roux, qui accuse …": a verb in the singular after coordinated
    # nouns agrees with the last of them, the one right before "qui", whatever the parser hung it on
    conjuncts = [c for c in antecedent.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    if conjuncts and verb.morph.get("Number") == ["Sing"]:
        antecedent = conjuncts[-1]
    # "une source militaire dans le nord du pays, qui a déclaré": climb out of the place complement
    while antecedent.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("en", "à", "au", "dans") for c in antecedent.children):
        antecedent = antecedent.head
    if antecedent.pos_ in ("NOUN", "PROPN"):
        return antecedent
    return _noun_phrase_before_relative(verb)


def _noun_phrase_before_relative(verb: Token) -> Optional[Token]:
    """"L'autre, de la Plateforme des organisations de la société civile (Poeci) qui a communiqué …" hung on a word
    that is no noun: the head of the noun phrase right before "qui" (past a bracketed acronym)."""
    doc = verb.doc
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < verb.i), None)
    if pronoun is None:
        return None
    j = pronoun.i - 1
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    while j >= 0 and pronoun.i - j <= 4 and doc[j].pos_ == "ADJ":
        j -= 1
    if j < 0 or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    head = doc[j]
    while head.dep_ in ("nmod", "appos", "amod", "flat:name") and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.i < head.i:
        head = head.head
    return head


def _object_after_fronted_subject(doc: Doc, verb: Token, head: Optional[Token], lo: int, left) -> bool:
    """The noun after the verb is its object, and a noun phrase opening the sentence before an aside is the subject:
    "Madrid, qui a envoyé des troupes, a démenti toute implication" (the speaker is Madrid)."""
    return (head is not None and head.dep_ == "obj" and head.head.i == verb.i
            and _subject_before_aside(doc, verb, lo, left) is not None)


def _postposed_subject(doc: Doc, verb: Token, hi: int, after_quote: bool = False) -> Optional[Token]:
    """The subject after the verb in an incise: '», a déclaré le BND', ', a ajouté l'agence'; `after_quote`: the verb
    closes a quote, which is its object, so a document it names is its subject ('», indique un communiqué')."""
    j = _postposed_start(doc, verb, hi)
    if j is None:
        return None
    if after_quote and j + 1 < hi and doc[j].text == "," and doc[j + 1].pos_ in ("PROPN", "DET"):
        j += 1  # "«…», indique, Jean Roux, délégué syndical": a stray comma between the incise's verb and its subject
    if j < hi and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ in ("ADJ", "X", "VERB"):
        return doc[j]  # "», assure Ahmed, …": a first name the tagger did not take for one
    while j + 1 < hi and doc[j].lower_.rstrip(".") in CIVILITIES and doc[j + 1].text[:1].isupper():
        j += 1  # "a déclaré Mme von der Leyen": the name, not the civility
        if doc[j].text == ".":
            j += 1
    # "a indiqué une de ces sources", "a dit un des gardiens": one of them speaks
    one_of = j + 2 < hi and doc[j].lower_ in ("un", "une") and doc[j + 1].lower_ in ("de", "des", "d'", "d’")
    if not one_of and (j >= hi or doc[j].pos_ not in ("DET", "PROPN", "NOUN")):
        return None
    head = _first_nominal(doc, j + 2 if one_of else j, hi)
    if head is None and doc[j].lower_ in ("un", "une") and j + 1 < hi and doc[j + 1].lower_ == "autre":
        head = doc[j + 1]  # "…, a dit un autre.": the tagger takes "autre" for an adjective, so no noun heads it
    if head is None or head.lower_ in TIME_WORDS:
        return None  # "a signalé ce vendredi"
    if head.lemma_.lower() in load("speakers").get("quantity_nouns", ()):
        return None  # "a évoqué mardi un nombre « très élevé » de blessés": the object, not the speaker
    if not after_quote and head.lemma_.lower() in words(doc_language(doc)).document_nouns and not has_named_author(head) and (one_of or any(
            c.dep_ == "det" and c.lower_ in ("un", "une", "des", "d'", "d’") for c in head.children)):
        return None  # "a évoqué un bilan de 300 blessés": a document named without its author is what is given
    return head


def _postposed_start(doc: Doc, verb: Token, hi: int) -> Optional[int]:
    """Where the subject after a verb may start: past adverbs and dates, the addressee ("à l'AFP"), an adverbial
    ("à son tour") and an aside ("dans un communiqué"); None after "fait état"."""
    j = verb.i + 1
    if j < hi and verb.lemma_ == "faire" and doc[j].lemma_ in FAIRE_LOCUTIONS:
        j += 1  # "a fait savoir mardi le préfet": one verb
    while j < hi and (doc[j].pos_ == "ADV" and doc[j].lower_ not in ASIDE_PREPOSITIONS  # ("lors d'un point presse")
                      or doc[j].lower_ in TIME_WORDS  # "a averti jeudi Hans Kluge"
                      or (doc[j].lower_ in TIME_DETERMINERS and j + 1 < hi and doc[j + 1].lower_ in TIME_WORDS)  # "ce lundi"
                      or (doc[j].like_num and j + 1 < hi and doc[j + 1].lower_ in TIME_WORDS)):  # "mardi 4 juin"
        j += 1
    j = _past_clock_time(doc, j, hi)  # "a déclaré vers 18h30 le préfet"
    j = _past_adverbials(doc, j, hi)
    if j < hi and doc[j].lower_ == "état" and verb.lemma_ == "faire":
        return None  # "fait état de …": the noun of the verb, never its subject
    if j < hi and doc[j].lower_ in ("à", "au", "aux"):  # "a confié à l'AFP un responsable …": skip the addressee
        k = j + 1
        if k < hi and doc[k].pos_ == "DET":
            k += 1
        if k + 1 < hi and doc[k].pos_ in ("PROPN", "NOUN"):
            # past the addressee's whole name ("à Radio France"): an article or a name opens the speaker
            acronym = doc[k].text.isupper() and len(doc[k].text) > 1  # "à l'AFP": one word, whatever the entity
            after = k + 1
            while not acronym and doc[k].ent_iob_ == "B" and after < hi and doc[after].ent_iob_ == "I":
                after += 1
            common = doc[k].pos_ == "NOUN" and doc[k].text[:1].islower()
            while common and after < hi and (doc[after].pos_ == "ADJ" and doc[after].text[:1].islower() or (
                    doc[after].lower_ in ("de", "d'", "d’") and after + 1 < hi and doc[after + 1].pos_ == "NOUN"
                    and doc[after + 1].text[:1].islower())):
                after += 1 if doc[after].pos_ == "ADJ" else 2  # "à la chaîne de télévision publique": one addressee
            if not acronym and doc[k].pos_ == "NOUN" and after < hi and doc[after].text.isupper() and len(doc[after].text) > 1:
                after, acronym = after + 1, True  # "à l'agence XPR Jean Roux": the agency's acronym
            # "a annoncé à la foule Jean Roux": a common noun is the whole addressee, a name after it the speaker
            acronym = acronym or common
            after = _past_clock_time(doc, after, hi)  # "a annoncé à l'AFP vers 18h30 Paul Leroux"
            if after + 1 < hi and doc[after].text == "," and doc[after + 1].pos_ == "PROPN" and doc[after + 1].is_title:
                after += 1  # "a déclaré à l'agence Anadolu, Jean Roux, …": a comma between addressee and speaker
            if after < hi and (doc[after].pos_ == "DET" or doc[after].lower_.rstrip(".") in CIVILITIES or (
                    doc[after].pos_ == "PROPN" and doc[after].text[:1].isupper()
                    and (doc[k].ent_iob_ == "B" or acronym))):
                j = after  # "a confié à l'AFP un responsable", "a déclaré à l'AFP Jean Roux", "… à l'AFP M. Roux"
    for _ in range(2):  # "affirme dans un communiqué le ministère", "a indiqué lors d'un point presse l'armée"
        if not (j < hi and doc[j].pos_ in ("ADP", "ADV") and doc[j].lower_ in ASIDE_PREPOSITIONS):
            break
        k = j + 1
        while k < hi and (doc[k].pos_ in ("DET", "ADP") or doc[k].lower_ in ("d'", "d’")):
            k += 1
        while k < hi and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
            # "dans sa déclaration de presse", "lors d'une conférence de presse": a noun's complement without an
            # article ("de" and a common noun) belongs to the aside
            if k + 1 < hi and doc[k].lower_ in ("de", "d'", "d’") and doc[k + 1].pos_ == "NOUN" \
                    and doc[k + 1].text[:1].islower():
                k += 1
        if k == j + 1 and k + 1 < hi and doc[k].pos_ == "PROPN" and doc[k + 1].pos_ == "DET":
            k += 1  # "a annoncé sur RTL le ministre": a name the aside ends on, then the subject's article
        if k > j + 1 and k + 1 < hi and doc[k].text == "," and doc[k + 1].pos_ in ("DET", "PROPN"):
            k += 1  # "a expliqué dans un communiqué, Jean Roux, …": a comma closing the aside before the speaker
        if k == j + 1 or k >= hi or doc[k].pos_ not in ("DET", "PROPN"):
            break
        j = k
    return j


def _past_clock_time(doc: Doc, j: int, hi: int) -> int:
    """The token after a clock time opening at `j` ("vers 18h30", "à midi"; attribution.yml), else `j`."""
    if j + 1 < hi and doc[j].lower_ in CLOCK_PREPOSITIONS and CLOCK_TIME.match(doc[j + 1].text):
        return j + 2
    return j


def _past_adverbials(doc: Doc, j: int, hi: int) -> int:
    """The token after the adverbials opening at `j` ("à son tour", "pour sa part"; speakers.yml)."""
    ends = {}
    for span in matches(doc, "incise_adverbials", load("speakers").get("incise_adverbials", ()), "fr"):
        ends.setdefault(span.start, []).append(span.end)
    while any(end <= hi for end in ends.get(j, ())):
        j = next(end for end in ends[j] if end <= hi)
    return j


def _with_span(doc: Doc, report: Report, head: Token, lo: int, hi: int, layout: Layout) -> Report:
    if report.trigger is not None and head.i < report.trigger:
        hi = min(hi, report.trigger)  # a subject's phrase ends at its verb, even one the tagger took for an adjective
    elif report.postposed and report.trigger is not None and doc_language(doc) == "fr":
        begin = _postposed_start(doc, doc[report.trigger], hi)  # not "à son tour", "à l'AFP" before the name
        if begin is not None and begin <= head.i:
            lo = max(lo, begin)
    start_i, end_i = noun_phrase(doc, head, lo, hi)
    start_char = doc[start_i].idx
    end_char = doc[end_i - 1].idx + len(doc[end_i - 1].text)
    quoted_name = re.match(r'\s*(["«“])\s*[A-ZÀ-Ý][^"«»“”]{0,60}?\s*["»”]', layout.text[end_char:])
    if quoted_name and (head.lower_ in TITLE_NOUNS or head.lower_ in load("speakers")["speaking_nouns"]):
        end_char += quoted_name.end()  # 'L'organisateur "Alliance citoyenne"': the name in quotes is the speaker's
    report.start, report.end = _trim_glued(layout.text, start_char, end_char)
    report.head = head.i
    return report


def _unit_tokens(doc: Doc, layout: Layout, unit: int) -> tuple[int, int]:
    start, end = layout.units[unit]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0, len(doc)
    return span.start, span.end


def _token_at(doc: Doc, offset: int) -> Optional[int]:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None
