"""Reporting constructions found without a reporting verb's subject: "selon X" / "d'après X", "a-t-on appris de X",
"a-t-on lu dans X", a source note, a colon or a quote opening on a verb, a document "publié par X", a figure
"avancé par X", "aux yeux de X", and the incises after a quote ("« … », sourit X", "« … », note la FGTB"). Split
out of recoupe/reports.py (issue 11, item 6), which calls them from `find_all_reports`.
"""

from __future__ import annotations

import re
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .incise_speakers import inverted_speaker
from .layout import CLOSING_QUOTES, OPENING_QUOTES
from .lexicon import load
from .reporting import (
    ASIDE_PREPOSITIONS, CIVILITIES, INJUNCTION_VERBS, PAST_PARTICIPLE, TIME_WORDS, CLAUSE_VERBS, DISJUNCT_PRONOUNS, FIGURE_VERBS, INCISE_VERBS, RELATIVE_PRONOUNS, MISTAGGED_FORMS,
    REPORTING_VERBS, Report, SOURCE_NOUNS, SUBJECT_PRONOUNS, TITLE_NOUNS, _is_reporting_verb, _left_of_verb,
    ANSWERING_PARTICIPLES, DEMONSTRATIVE_SUBJECTS, INDEFINITE_SPEAKERS, IRREGULAR_FORMS, agent_preposition, verb_lemma,
    words,
)
from .subjects import (
    _closes_unit, _finite_clause_before, _first_nominal, _inverted_pronoun, _past_adverbials, _postposed_subject,
    _unit_tokens, _with_span,
)

if TYPE_CHECKING:
    from .layout import Layout

QUESTIONING_VERBS = frozenset(load("attribution", "fr").get("questioning_verbs", ()))



def _questioned_subject(doc: Doc, layout: Layout, unit: int) -> Optional[Report]:
    """"Joint au téléphone par nos confrères, le porte-parole a donné sa part de vérité.": a sentence opening on the
    participle of a verb of asking, with its "par X" before a comma, is the answer of the main clause's subject (a
    noun, a name or a personal pronoun); not a negated verb ("Contacté par la radio, le maire n'a pas souhaité réagir")."""
    lo, hi = _unit_tokens(doc, layout, unit)
    while lo < hi and doc[lo].is_space:
        lo += 1
    if hi - lo < 4 or doc[lo].lower_ not in ANSWERING_PARTICIPLES or layout.in_quote(doc[lo].idx):
        return None
    comma = next((t for t in doc[lo + 1:min(hi, lo + 12)] if t.text == ","), None)
    if comma is None or not any(t.lower_ == "par" for t in doc[lo + 1:comma.i]):
        return None
    subject = next((t for t in doc[comma.i + 1:hi] if t.dep_ in ("nsubj", "nsubj:pass") and t.head.i > t.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") and subject.lower_ not in SUBJECT_PRONOUNS:
        return None  # the participle agrees with the subject: whoever it is was asked, and answers
    verb = subject.head
    if any(c.dep_ == "advmod" and c.lower_ in ("pas", "ne", "n'", "n’", "jamais") for c in verb.children):
        return None
    report = Report(trigger=verb.i, verb=verb_lemma(verb), unit=unit)
    if subject.lower_ in SUBJECT_PRONOUNS:
        report.pronoun = subject.lower_
        return report
    return _with_span(doc, report, subject, lo, hi, layout)


def _learned_from(doc: Doc, verb: Token, layout: Layout) -> Optional[Report]:
    """"…, a-t-on appris de sources militaires concordantes", "a-t-on appris auprès de la préfecture", "on a appris
    de source policière": what "on" (the newsroom) learnt, the one it learnt it from says."""
    if verb.pos_ != "VERB" or layout.in_quote(verb.idx):
        return None
    window = doc[max(0, verb.i - 3):verb.i + 1]
    if not any(t.lower_.lstrip("-").split("-")[-1] == "on" for t in window) and not any(
            c.lower_ == "on" and c.dep_.startswith("nsubj") for c in verb.children):
        return None
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    j = _past_adverbials(doc, verb.i + 1, hi)
    if j >= hi or doc[j].lower_ not in words("fr").learned_from:
        return None
    if doc[j].lower_ == "auprès":
        j += 1  # "auprès de"
    head = _first_nominal(doc, j + 1, hi)
    if head is None:
        return None
    return _with_span(doc, Report(trigger=verb.i, verb="apprendre", unit=unit), head, j + 1, hi, layout)


def _read_on(doc: Doc, verb: Token, layout: Layout) -> Optional[Report]:
    """"« … », pouvait-on lire sur une banderole", "on pouvait lire sur les pancartes « … »": what "on" (anyone there)
    could read, the sign it was written on says: the noun after "sur" (`read_on`) in the sentence; "lit-on dans un
    communiqué", whatever the tagger made of "lit"."""
    inverted = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "-on"
    if (verb.pos_ != "VERB" and not inverted) or layout.in_quote(verb.idx):
        return None
    window = doc[max(0, verb.i - 3):verb.i + 2]
    if not any(t.lower_.lstrip("-").split("-")[-1] == "on" for t in window):
        return None
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    for j in range(verb.i + 1, hi):
        if layout.in_quote(doc[j].idx) or doc[j].lower_ not in words("fr").read_on:
            continue
        head = _first_nominal(doc, j + 1, hi)
        if head is not None and doc[j].lower_ == "dans" and not any(c.dep_ == "nmod" for c in head.children):
            continue  # "lit-on dans le texte": a document with no author named says nothing of its own
        if head is not None and head.pos_ == "NOUN":
            return _with_span(doc, Report(trigger=verb.i, verb=verb.lemma_, unit=unit), head, j + 1, hi, layout)
    return None


def _source_note(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    """"… plus de 200 victimes (source : La chaîne météo)": a bracketed note naming the source of its sentence,
    read like "selon X"."""
    if token.i == 0 or doc[token.i - 1].text != "(" or token.i + 2 >= len(doc) or doc[token.i + 1].text != ":":
        return None
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    close = next((t.i for t in doc[token.i + 2:hi] if t.text == ")"), hi)
    head = _first_nominal(doc, token.i + 2, close)
    if head is None:
        return None
    return _with_span(doc, Report(trigger=token.i, verb="selon", unit=unit), head, token.i + 2, close, layout)


def _quote_opens_on_verb(doc: Doc, token: Token, layout: Layout) -> bool:
    """"Le ministère de la Santé « a démenti (…) que … »": a quote that opens on the verb group of a subject left
    outside it still reports that subject's words, the verb being the subject's."""
    if not _is_reporting_verb(token) or verb_lemma(token) not in REPORTING_VERBS \
            or any(_is_reporting_verb(a) for a in token.ancestors):
        return False  # "l'agence a indiqué que Lisbonne « prévoit d'envoyer … »": the agency's words, not Lisbonne's
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i and not layout.in_quote(c.idx)]
    if not subjects:
        return False
    j = token.i - 1
    while j > subjects[0].i and (doc[j].dep_.startswith("aux") or doc[j].lower_ in ("ne", "n'", "n’", "pas", "se", "s'", "s’")):
        j -= 1
    return j > subjects[0].i and doc[j].text in OPENING_QUOTES + '"' and all(
        t.i == subjects[0].i or t.head.i == subjects[0].i or subjects[0] in t.ancestors for t in doc[subjects[0].i:j])


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
        return _labelled_words(doc, layout, unit)
    subject = next((t for t in doc[lo:colon.i] if t.dep_ == "nsubj" and t.head.i < colon.i and not layout.in_quote(t.idx)),
                   None)
    if subject is None:
        return _labelled_words(doc, layout, unit)
    verb = subject.head
    report = Report(trigger=verb.i, verb=verb_lemma(verb), unit=unit)
    if subject.lower_ in SUBJECT_PRONOUNS:
        report.pronoun = subject.lower_
        return report
    if _can_speak(subject):
        return _with_span(doc, report, subject, lo, hi, layout)
    # "Ce verdict satisfait le magistrat Jean Roux : « … »", "La décision inquiète les syndicats : « … »": a subject
    # that cannot speak, the person the verb affects (its object, before the colon) is the one who answers
    addressed = next((c for c in verb.children if c.dep_ == "obj" and verb.i < c.i < colon.i and _can_speak(c)), None)
    if addressed is not None:
        return _with_span(doc, report, addressed, lo, hi, layout)
    return None


SPEAKING_NOUNS = frozenset(load("speakers")["speaking_nouns"]) | TITLE_NOUNS | SOURCE_NOUNS


def _can_speak(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.lemma_.lower() in SPEAKING_NOUNS) or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)  # "le magistrat Jean Roux"


LABEL_WORDS = 12  # "Aly Badra Camara, de la famille des victimes :": a name and a short description at most


def _labelled_words(doc: Doc, layout: Layout, unit: int) -> Optional[Report]:
    """"Jean Roux, un voisin : « Nous avons tout perdu »", "Jean Roux : On sait que l'attaque …" (an interview's
    answer): a sentence opening on a speaker's name, or a noun of someone who speaks, and a colon, with no verb
    before it, is that speaker's words; a question is the interviewer's, a place no speaker ("Mali : …")."""
    lo, hi = _unit_tokens(doc, layout, unit)
    colon = next((t for t in doc[lo:min(hi, lo + LABEL_WORDS)] if t.text == ":"), None)
    if colon is None or colon.i == lo or colon.i + 1 >= hi or _is_question(layout, unit):
        return None
    label = doc[lo:colon.i]
    if layout.in_quote(label[0].idx) or any(t.pos_ in ("VERB", "AUX") for t in label):
        return None
    quoted = layout.in_quote(doc[colon.i + 1].idx)
    if not quoted and not _interview_label(layout, unit, label.text):
        return None  # "ONU : plus d'1 % …", "Soldats et officiers : 27 654": a headline, a list
    head = next((t for t in label[:4] if _can_speak(t)), None)
    if head is None or any(t.ent_type_ in PLACE_LABELS for t in label if t.pos_ == "PROPN"):
        return None
    if quoted and head.pos_ == "PROPN" and head.ent_type_ not in SPEAKER_LABELS:
        return None  # "Coronavirus - Suisse : « … »": before a quote, a name the model knows for no one's
    report = Report(trigger=colon.i, verb=None, unit=unit)
    return _with_span(doc, report, head, lo, colon.i, layout)


def _transcript_label(doc: Doc, layout: Layout, unit: int) -> Optional[Report]:
    """"Jean Roux : On sait que l'attaque … et, d'après une vidéo, …": a transcript's label (one that opens other
    paragraphs too, no quote after it) speaks for its whole answer, also when the answer cites someone of its own."""
    report = _labelled_words(doc, layout, unit)
    if report is None or layout.in_quote(doc[report.trigger + 1].idx):
        return None
    lo, _ = _unit_tokens(doc, layout, unit)
    return report if _interview_label(layout, unit, doc[lo:report.trigger].text) else None


PLACE_LABELS = ("LOC", "GPE")
SPEAKER_LABELS = ("PER", "PERSON", "ORG")  # a name the model knows for a person's or a body's


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


def _figure_by(doc: Doc, participle: Token, layout: Layout) -> Optional[Report]:
    """"au lieu des 1 250 annoncés par la préfecture": the agent gives that figure (and only that
    one: figure_sources.py keeps the claim to it)."""
    unit = layout.unit_of(participle.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    after = agent_preposition(participle) + 1  # past "par" (and a time before it: "annoncés lundi soir par")
    head = _first_nominal(doc, after, hi)
    if head is None:
        return None
    verb = verb_lemma(participle) if participle.pos_ == "VERB" else MISTAGGED_FORMS.get(participle.lower_, participle.lemma_)
    return _with_span(doc, Report(trigger=participle.i, verb=verb, unit=unit), head, after, hi, layout)


def _incise_inside_quote(doc: Doc, token: Token) -> bool:
    """"… est claire, assure la CGT dans un communiqué. Leur réforme …": a quote closed too late holds the
    incise naming its speaker (a reporting verb after a comma, then its subject: an article and a name)."""
    i = token.i
    if 0 < i < len(doc) - 1 and token.pos_ == "VERB" and verb_lemma(token) in REPORTING_VERBS | INCISE_VERBS \
            and _inverted_pronoun(doc, token) is not None and doc[i + 1].text in (".", ",", ";"):
        # "« Je m'inscris en faux, a-t-il déclaré. C'est un procédé politique. »": the verb, its auxiliary and the
        # inverted pronoun right after a comma, then a stop: the incise of a quote that runs on past it
        j = i - 1
        while j > 0 and (doc[j].text.startswith("-") or re.fullmatch(r"t-\w+", doc[j].lower_) or doc[j].dep_.startswith("aux")):
            j -= 1
        return j < i - 1 and doc[j].text == ","
    return (0 < i < len(doc) - 2 and doc[i - 1].text == "," and token.pos_ == "VERB" and verb_lemma(token) in REPORTING_VERBS
            and doc[i + 1].pos_ == "DET" and doc[i + 2].pos_ in ("PROPN", "NOUN") and doc[i + 2].text[:1].isupper())


def _according_to(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    nxt = token.i + 1
    if nxt + 1 < hi and doc[nxt].text == "," and doc[nxt + 1].pos_ == "DET":
        nxt += 1  # "selon, la ville": a stray comma between the preposition and its source
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
    if head is None and nxt + 2 < hi and doc[nxt].pos_ == "DET" and doc[nxt + 1].text in OPENING_QUOTES + '"':
        head = _first_nominal(doc, nxt + 2, hi)  # "selon un « bilan définitif » donné par X": the words in quotes
    if head is None:
        return _foreign_name_after(doc, report, nxt, hi)
    if _authorless_document(doc, head) or head.lemma_.lower() in words("fr").according_non_sources:
        return None  # "selon toute vraisemblance", "selon les régions": no one speaks
    if head.lower_ not in SPEAKING_NOUNS and head.lemma_.lower() not in SPEAKING_NOUNS and any(
            c.dep_ == "det" and c.lower_ in words("fr").newsroom_possessives for c in head.children):
        return None  # "selon nos constatations": the newsroom's own finding (not "selon notre correspondant")
    return _with_span(doc, report, head, lo, hi, layout)


def _foreign_name_after(doc: Doc, report: Report, i: int, hi: int) -> Optional[Report]:
    """"selon Statistics Mauritius": a name in another language, whose words the tagger takes for foreign words
    (X), each capitalised, is the speaker."""
    end = i
    while end < hi and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ in ("X", "PROPN"):
        end += 1
    if end == i or not any(doc[k].pos_ == "X" for k in range(i, end)):
        return None
    report.start, report.end = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
    report.head = end - 1
    return report


def _authorless_document(doc: Doc, head: Token) -> bool:
    """"Selon le dernier bilan, 206 cas …", "selon les derniers chiffres": a document no one is named the author
    of (no "de X", no participle "publié par X", no possessive, not "officiels"), so no one speaks."""
    if head.pos_ != "NOUN" or head.lemma_ not in words("fr").authorless_documents:
        return False
    if any(c.dep_ in ("nmod", "acl", "acl:relcl") and c.i > head.i for c in head.children):
        return False  # "le bilan de la préfecture", "le bilan publié par", "un bilan que nous avons reçu"
    if any(c.dep_ == "det" and ("Poss=Yes" in str(c.morph) or c.lower_ in ("ce", "cet", "cette", "ces")) for c in head.children):
        return False  # "selon son bilan"; "selon ce décompte": the document just named, whose issuer speakers.py finds
    following = doc[head.i + 1:min(len(doc), head.i + 5)]
    if any(t.lower_ in ("de", "du", "des", "d'", "d’", "par", "que", "qu'", "qu’") for t in following):
        return False  # a complement the parser hung elsewhere
    return not any(t.lower_ in words("fr").official_words for t in doc[head.i - 2:head.i + 4])


def _in_the_view_of(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    """"Pour l'économiste Anne Rivière, ces coupes pourraient…": a sentence opening on "Pour" (or "Si pour") + a
    named person or organisation, or someone by trade, then a comma, gives that speaker's view (not "Pour la
    première fois,"); so does "pour" + a name right after a figure, closing its clause ("et 570 000 pour le
    ministère de l'Intérieur")."""
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    opening = token.i == lo or (token.i == lo + 1 and doc[lo].lower_ in ("si", "mais", "et", "or")) or (
        # "si le ministre a annoncé 300 morts, pour la préfecture, il y en a 200": after a concessive or contrastive
        # clause, "pour X," opens the main clause as it would open the sentence
        token.i > lo and doc[token.i - 1].text == "," and any(
            t.lower_ in ("si", "alors", "tandis", "quand", "bien") and t.dep_ == "mark" for t in doc[lo:token.i])) or (
        # "X a parlé de 11 morts, mais pour le collectif, il y en a eu 30": "mais" (or ", et") opens a clause of its own
        token.i > lo + 1 and (doc[token.i - 1].lower_ == "mais" or doc[token.i - 1].lower_ in ("et", "or")
                              and doc[token.i - 2].text == ","))
    after_figure = token.i > lo and (doc[token.i - 1].like_num or doc[token.i - 1].pos_ == "NUM")
    if not (opening or after_figure) or token.i + 1 >= hi:
        return None
    if opening and doc[token.i + 1].lower_ in DISJUNCT_PRONOUNS and token.i + 2 < hi and doc[token.i + 2].text == ",":
        report = Report(trigger=token.i, verb="pour", unit=unit)  # "Pour elle, il s'agit du mois le plus bas"
        report.pronoun = doc[token.i + 1].lower_
        return report
    latter = _latter_after(doc, token.i + 1, hi)
    if opening and latter is not None:  # "Pour ce dernier, rien ne justifie…": the one named last before
        report = Report(trigger=token.i, verb="pour", unit=unit)
        report.pronoun, report.demonstrative = DEMONSTRATIVE_SUBJECTS[latter.lower_], latter.i
        return report
    head = _first_nominal(doc, token.i + 1, hi)
    if head is None and opening and token.i + 2 < hi and doc[token.i + 2].text == "," \
            and doc[token.i + 1].lower_ in INDEFINITE_SPEAKERS:
        head = doc[token.i + 1]  # "Pour certains, il s'agirait d'une attaque": an unnamed group's view
    if head is None:
        return None
    report = _with_span(doc, Report(trigger=token.i, verb="pour", unit=unit), head, lo, hi, layout)
    words = [t for t in doc[token.i + 1:hi] if t.idx < report.end]
    closing = doc[words[-1].i + 1] if words and words[-1].i + 1 < hi else None
    # a title in the plural too ("Pour ces deux députés, …"), or an unnamed group ("Pour certains, …")
    named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) or head.lower_ in TITLE_NOUNS \
        or head.lemma_.lower() in TITLE_NOUNS or head.lower_ in INDEFINITE_SPEAKERS \
        or head.lower_ in load("speakers")["view_holders"]  # "Pour la police, ce sont des chiffres imaginaires"
    if not opening or token.i != lo:  # "Si pour le ministère de l'Intérieur,": a capital inside says a name
        named = named or any(t.text[:1].isupper() and t.is_alpha for t in words)
    if after_figure and not opening:  # "2 millions selon la CGT, et 570 000 pour le ministère de l'Intérieur."
        # "… 4 000 pour la préfecture et entre 6 000 et 7 000 selon …": a conjunction closes it as a comma does
        return report if named and (closing is None or closing.text in (".", ";", ",") or closing.lower_ in ("et", "ou", "mais")) else None
    if named and closing is not None and closing.text != ",":
        closing = _comma_closing_complement(doc, closing.i, hi)
    return report if named and closing is not None and closing.text == "," else None


def _latter_after(doc: Doc, i: int, hi: int) -> Optional[Token]:
    """ "ce dernier", "cette dernière", "ces derniers" at token i, then a comma: the word "dernier" (else None)."""
    if i + 2 >= hi or doc[i].lower_ not in ("ce", "cette", "ces") or doc[i + 2].text != ",":
        return None
    word = doc[i + 1]
    return word if word.lower_.startswith("derni") and word.lower_ in DEMONSTRATIVE_SUBJECTS else None


def _comma_closing_complement(doc: Doc, i: int, hi: int) -> Optional[Token]:
    """"Pour le comité de riposte contre l'épidémie, …": the comma after the complement of the speaker's phrase
    (a few words, no verb), else None."""
    for j in range(i, min(hi, i + 8)):
        if doc[j].text == ",":
            return doc[j]
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct:
            return None
    return None


def _antecedent_before(doc: Doc, i: int, lo: int) -> Optional[Token]:
    """The noun a ', selon lesquels' clause hangs on: the last noun before the comma."""
    j = i - 1
    while j >= lo and doc[j].is_punct:
        j -= 1
    while j >= lo and doc[j].pos_ in ("ADJ", "PROPN", "NOUN"):
        if doc[j].pos_ in ("NOUN", "PROPN"):
            # walk back to the head noun of the phrase ("services secrets allemands" -> "services")
            k = j
            while k - 1 >= lo and doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[k - 1].is_punct:
                k -= 1
            return doc[k] if doc[k].pos_ in ("NOUN", "PROPN") else doc[j]
        j -= 1
    return None


def _closes_quote(doc: Doc, token: Optional[Token], layout: Layout) -> bool:
    """Whether the token is a quotation mark that closes a quoted region (or the comma right after one)."""
    if token is not None and token.text == "," and token.i > 0:
        token = doc[token.i - 1]
    if token is None:
        return False
    if token.text in CLOSING_QUOTES:
        return True
    # a straight or single mark, or an opening mark used as a closer ("“C’est faux“, a dit X"), closes the
    # quoted region it ends
    return token.text in ('"', "’’", "''", "’", "'", *OPENING_QUOTES) \
        and any(e == token.idx + len(token.text) for _, e in layout.quotes)


def _incise_after_quote(doc: Doc, verb: Token, layout: Layout) -> bool:
    """"« … », sourit le maire", "« … », a jaugé Jean Roux", "« … », s'amuse-t-il": in French any verb right after
    a quote it closes on, with its subject inverted after it (a name or "-t-il"), is an incise of reported speech,
    whatever the verb (grammars of the incise: the inversion marks it, not the verb's meaning)."""
    if verb.pos_ != "VERB" or layout.in_quote(verb.idx) or verb.dep_ in ("amod", "acl", "acl:relcl"):
        return False
    if "Fin" not in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
        return False  # '« à ce stade » envoyer des troupes': an infinitive has no inverted subject
    left = _left_of_verb(verb)
    if left is None or not (left.text == "," or (left.i > 0 and doc[left.i - 1].text == ",")):
        return False  # the incise stands after a comma: "« … », sourit X", "« …, » sourit X"
    if not _closes_quote(doc, left, layout):
        return False
    if _inverted_pronoun(doc, verb) is not None:
        return True
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    head = _postposed_subject(doc, verb, hi)
    return head is not None and (head.pos_ == "PROPN" or any(c.dep_ == "det" for c in head.children)) \
        and _closes_unit(doc, head, lo, hi)


# The present forms ("note", "notent") of the first-group verbs that report after a quote: in an incise the tagger
# may take them for a noun or an adjective ("« … », note la FGTB", "« … », souligne le syndicat")
INCISE_FORMS = {verb[:-2] + ending: verb for verb in REPORTING_VERBS | INCISE_VERBS | CLAUSE_VERBS | FIGURE_VERBS
                if verb.endswith("er") and " " not in verb for ending in ("e", "ent")} | IRREGULAR_FORMS
# ... and the forms outside the first group the tagger gets wrong ("« … », dément la police": the adjective "dément")


def _mistagged_incise(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    """"“…”, note la FGTB.": a present form of a reporting verb right after the comma closing a quote, with a
    speaker (a name, or an article and a noun) closing the sentence after it, is an incise whatever its tag."""
    if layout.in_quote(token.idx) or token.i < 2:
        return None
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    before = doc[token.i - 1]
    # the comma closing a quote, the quote mark itself ("« Aucun mort » dément la police", a title), or the comma
    # after a clause of its own ("Aucune maison n'a été détruite, dément le préfet": reported speech without marks)
    quoted = _closes_quote(doc, before, layout)
    if not (quoted or before.text == "," and _finite_clause_before(doc, lo, before.i, layout)):
        return None
    head = _postposed_subject(doc, token, hi)
    # a name in another language may be tagged a foreign word ("souligne Statistics Mauritius")
    if head is None or not (head.pos_ == "PROPN" or (head.pos_ == "X" and head.is_title) or any(c.dep_ == "det" for c in head.children)
                            or (head.i > 0 and doc[head.i - 1].pos_ == "DET")) or not _closes_unit(doc, head, lo, hi):
        return None
    if not quoted and not inverted_speaker(token, head):
        return None  # without a quote, only a name or a noun for someone who speaks
    report = Report(trigger=token.i, verb=INCISE_FORMS[token.lower_], unit=unit, postposed=True)
    return _with_span(doc, report, head, lo, hi, layout)


def _agent_of_participle(doc: Doc, verb: Token, lo: int, hi: int) -> Optional[Token]:
    """"La létalité indiquée par le ministère est de 1,1 %", "Décrit par plusieurs villageois comme un hélicoptère",
    "un réquisitoire qualifié de « sévère » par Me Roux", "celui avancé quelques heures plus tôt par la coalition": a
    reporting verb's past participle standing alone (no auxiliary: an adjective or a reduced relative) with "par"
    and an agent after it in its own clause: the agent says what the participle reports. The agent is a name, or a
    noun with its article ("par le ministère"), not a manner ("par courriel", "par voie de presse")."""
    if any(c.dep_.startswith("aux") for c in verb.children) or "Part" not in verb.morph.get("VerbForm") \
            or not PAST_PARTICIPLE.search(verb.lower_):
        return None
    if verb_lemma(verb) in QUESTIONING_VERBS or verb_lemma(verb) in INJUNCTION_VERBS:
        return None  # "Interrogé par la radio, le maire …": the agent asks, the subject answers
    k = verb.i + 1
    while k < hi and k - verb.i <= 8 and doc[k].lower_ != "par":
        if doc[k].text in (",", ";", ":") or (doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")):
            return None  # the agent of another clause
        k += 1
    if k >= hi or doc[k].lower_ != "par":
        return None
    head = _first_nominal(doc, k + 1, hi)
    if head is None or head.lower_ in TIME_WORDS:
        return None
    determined = any(c.dep_ == "det" for c in head.children) or (k + 1 < hi and doc[k + 1].pos_ == "DET")
    if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and (determined or head.lower_ in TITLE_NOUNS
                                                          or head.lower_.rstrip(".") in CIVILITIES)):
        return head
    return None


def deep_participle(verb: Token, lo: int) -> Optional[Token]:
    """For a reporting verb's participle without auxiliary that does not frame its sentence (it neither opens it nor
    hangs on the clause's one subject or a verbless sentence's noun): the noun it modifies, whose phrase alone it
    reports ("quand le gouvernement appelle au dialogue, appel répété par le ministre, il fait allusion aux quatre
    syndicats": "quatre" is not the minister's; "le bilan de la tragédie, annoncé par le ministère"); else None."""
    if any(c.dep_.startswith("aux") for c in verb.children) or "Part" not in verb.morph.get("VerbForm") \
            or not PAST_PARTICIPLE.search(verb.lower_) or verb.i == lo or verb.dep_ != "acl":
        return None
    if not any(t.lower_ == "par" for t in verb.doc[verb.i + 1:verb.i + 9]):
        return None  # only the participles whose agent speaks ("annoncé par X"), not "l'IDMC, établi à Genève, …"
    head = verb.head
    if head.dep_ == "ROOT" or head.dep_.startswith("nsubj") and not any(
            c.dep_.startswith("nsubj") and c.i != head.i for c in head.head.children):
        return None
    return head


def _interview_label(layout: Layout, unit: int, label: str) -> bool:
    """Whether the sentence opens its paragraph on a label that opens another paragraph too: without quote marks,
    only a transcript's labels ("Jean Roux : …" answer after answer) say who speaks."""
    starts = [layout.text[start:end].lstrip() for start, end in layout.paragraphs]
    labelled = [text for text in starts if text.startswith(label) and text[len(label):].lstrip()[:1] == ":"]
    return layout.units[unit][0] in {start for start, _ in layout.paragraphs} and len(labelled) >= 2


def _is_question(layout: Layout, unit: int) -> bool:
    start, end = layout.units[unit]
    return layout.text[start:end].rstrip().endswith("?")
