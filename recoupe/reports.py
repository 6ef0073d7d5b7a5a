"""Reports: every reporting construction of an article — a reporting verb ("a déclaré", "rejette"), "selon X" /
"d'après X", "X, citant Y", a document "publié par X" — with the phrase that says who speaks. Found once per
article by the `recoupe_reports` stage (recoupe/stages.py) into `doc._.reports`; they need no actor mention
but a report whose verb has no subject in the parse takes the nearest name to its left, among the candidates
each reader gives (`with_candidates`). In a language whose model gives ClearNLP labels (English) the reports are
read from the verb's subject, in recoupe/reports_by_subject.py. The constructions read without a reporting verb's
subject ("selon X", a document "publié par X", the incises after a quote) are in recoupe/report_constructions.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .layout import OPENING_QUOTES
from .lexicon import load
from .matchers import phrases
from .nlp import doc_language
from .coordinated_speakers import with_coordinated_speakers
from .reports_by_subject import _reports_by_subject
from .reporting import (
    CIVILITIES, CLAUSE_PUNCT, CLAUSE_VERBS, TITLE_NOUNS, INJUNCTION_VERBS, SENTENCING_VERBS, DOCUMENT_NOUNS, FIGURE_CLAUSE_VERBS, FIGURE_VERBS, INCISE_VERBS, Report, SUBJECT_PRONOUNS,
    _agent_on_complement, _issues_a_document, revises_a_figure, _is_reporting_verb, _left_of_verb,
    _mistagged_before_clause, _mistagged_subject, figure_participle, verb_lemma, words,
)
from .subjects import (
    DASHES, _auxiliary_before_aside, _closes_unit, _finite_clause_before, _first_nominal, _from_subject,
    _inverted_pronoun, _object_after_fronted_subject, _postposed_subject, _puts_forward, _side_of, _subject,
    _subject_before_aside, _subject_of_governing_clause, _token_at, _unit_tokens, _with_span,
)
from .narrative_reports import _narrative_infinitive, _of_source, _quote_credit, _mistagged_after_subject
from .said_what import _says_what
from .incise_speakers import closes_with_aside, inverted_speaker, speaking_document
from .fronted_subjects import subject_in_front
from .framed_speakers import framed_subject, speaker_after_cited_opening, speaks_of_object
from .report_constructions import (
    _learned_from, _read_on, _source_note, _quote_opens_on_verb, _colon_quote, _document_by, _figure_by,
    _transcript_label, _questioned_subject,
    _incise_inside_quote, _according_to, _in_the_view_of, _closes_quote, _incise_after_quote, INCISE_FORMS,
    _mistagged_incise, _agent_of_participle,
)

if TYPE_CHECKING:
    from .layout import Layout


def find_reports(doc: Doc, layout: Layout, candidates: Sequence[tuple[int, int]] = ()) -> list[Report]:
    """Every reporting construction in the document, in text order, the ones whose verb has no subject given the
    nearest of `candidates` to their left (`with_candidates`)."""
    return with_candidates(doc, layout, find_all_reports(doc, layout), candidates)


def with_candidates(doc: Doc, layout: Layout, reports: list[Report], candidates: Sequence[tuple[int, int]]) -> list[Report]:
    """The reports, each one whose verb has no subject in the parse (`needs_name`) resolved: to the nearest of the
    candidate spans to the left of its verb, else to the subject before an aside it had found, else dropped; a
    colon quote (`only_if_alone`) stays only in a unit no other report speaks in. The reports stage finds them once;
    actors.py and claims.py each resolve them against their own candidates."""
    resolved = []
    for report in reports:
        if not report.needs_name:
            resolved.append(report)
            continue
        span = _nearest_name_to_the_left(doc, doc[report.trigger], candidates, layout)
        if span is not None:  # "X et l'OGBL disent": the name found and those coordinated with it
            resolved += with_coordinated_speakers(doc, layout, [replace(
                report, start=span[0], end=span[1], head=_token_at(doc, span[1] - 1), needs_name=False, fronted=None)])
        elif report.fronted is not None:
            resolved.append(report.fronted)
    spoken = {r.unit for r in resolved if not r.only_if_alone}
    return [r for r in resolved if not (r.only_if_alone and r.unit in spoken)]


def find_all_reports(doc: Doc, layout: Layout) -> list[Report]:
    """Every reporting construction in the document, in text order, before any candidate name is chosen."""
    if doc_language(doc) != "fr":
        return with_coordinated_speakers(doc, layout, _reports_by_subject(doc, layout, words(doc_language(doc))))
    reports = []
    fr = words("fr")  # the French attribution lexicon's word sets (learning verbs, source notes…)
    according = {span[-1].i for span in phrases(doc, "according_to", words("fr").according_to, "fr")}
    for token in doc:
        if layout.in_quote(token.idx) and not _incise_inside_quote(doc, token) \
                and not _quote_opens_on_verb(doc, token, layout):
            continue  # attributions inside a quote belong to the quoted speaker's words
        report = None
        inverted_reading = token.lower_ in fr.reading_forms and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "-on"
        if token.lemma_ in fr.learning_verbs:
            report = _learned_from(doc, token, layout)
        elif token.lemma_ in fr.reading_verbs or inverted_reading:  # "pouvait-on lire sur …", "lit-on dans …"
            report = _read_on(doc, token, layout)
        elif token.lower_ in fr.source_notes:
            report = _source_note(doc, token, layout)
        elif token.i in according:  # "selon", "d'après" (according_to in attribution.yml)
            report = _according_to(doc, token, layout)
        elif token.lower_ == "pour":
            report = _in_the_view_of(doc, token, layout)
        elif figure_participle(token) is not None:
            report = _figure_by(doc, token, layout)
        elif _is_reporting_verb(token):  # "La même source d'ajouter que …": a narrative infinitive first
            report = _narrative_infinitive(doc, token, layout) or _reporting_verb(doc, token, layout)
        elif _incise_after_quote(doc, token, layout):  # "« … », sourit le maire", "« … », s'amuse-t-il"
            report = _reporting_verb(doc, token, layout)
        elif token.pos_ in ("NOUN", "ADJ", "ADV", "PROPN", "X") and token.lower_ in INCISE_FORMS:
            report = _mistagged_incise(doc, token, layout) or _mistagged_after_subject(doc, token, layout, INCISE_FORMS)
            # "« … », note la FGTB", "Elle note que …": "note" tagged a noun
        elif token.pos_ == "NOUN" and token.lemma_ in DOCUMENT_NOUNS:
            report = _document_by(doc, token, layout)
        if report is None and token.pos_ == "NOUN":
            report = _of_source(doc, token, layout) or _quote_credit(doc, token, layout)
        if report is not None:
            reports.append(report)
    reports = with_coordinated_speakers(doc, layout, _without_relatives_on_speakers(doc, reports))
    settled_units = {r.unit for r in reports if not r.needs_name}
    for unit in range(len(layout.units)):
        if unit not in settled_units:  # a unit whose only reports need a name may end up with none: `with_candidates`
            report = _colon_quote(doc, layout, unit) or _questioned_subject(doc, layout, unit) \
                or framed_subject(doc, layout, unit)
            if report is not None:
                report.only_if_alone = True
                reports.append(report)
        else:  # a transcript's label speaks beside the answer's own "d'après X"
            report = _transcript_label(doc, layout, unit)
            if report is not None:
                reports.append(report)
    return sorted(reports, key=lambda r: (r.unit, doc[r.trigger].idx))


def _without_relatives_on_speakers(doc: Doc, reports: list[Report]) -> list[Report]:
    """"Selon le président de la commission, qui rendait publics les résultats, …": a relative clause on the phrase
    that names another report's speaker describes that speaker; it is no report of its own (its antecedent, a word
    of the speaker's name, would be taken for a speaker)."""
    spans = [(r.start, r.end, r.trigger) for r in reports if r.start is not None]
    kept = []
    for report in reports:
        verb = doc[report.trigger]
        if verb.dep_ == "acl:relcl" and any(start <= verb.head.idx < end and trigger != report.trigger
                                            for start, end, trigger in spans):
            continue
        kept.append(report)
    return kept


def _reporting_verb(doc: Doc, verb: Token, layout: Layout) -> Optional[Report]:
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    report = Report(trigger=verb.i, verb=verb_lemma(verb), unit=unit)
    if report.verb in FIGURE_VERBS and verb.i > 0 and doc[verb.i - 1].lower_ == "en" and verb.lower_.endswith("ant"):
        return None  # "En attendant le début de la conférence, le Parlement a versé 2 millions": no forecast
    if report.verb in SENTENCING_VERBS and any(t.lower_ in ("à", "au", "aux") for t in doc[verb.i + 1:min(hi, verb.i + 5)]):
        return None  # "condamnées mardi à 20 ans de prison par la justice": a sentence passed, not words said
    split = _subject_before_adverb(doc, verb, lo) if verb.dep_ == "fixed" else None
    if split is not None:  # "Il a en outre indiqué que …": the participle read as part of "en outre"
        if split.lower_ in SUBJECT_PRONOUNS:
            report.pronoun = split.lower_
            return report
        return _with_span(doc, report, split, lo, hi, layout)
    if verb.pos_ in ("ADJ", "ADV") and _mistagged_subject(verb) is not None:
        subject = _mistagged_subject(verb)
        return _from_subject(doc, report, subject, "pronoun" if subject.pos_ == "PRON" else "ok", lo, hi, layout)
    if verb.pos_ in ("ADJ", "NOUN") and _mistagged_before_clause(verb) is not None:
        return _with_span(doc, report, _mistagged_before_clause(verb), lo, hi, layout)
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "si" for c in children) and not (
            any(c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") for c in children)):
        return None  # "si la Suède qualifiait ..." is a hypothesis, not a statement; "si le ministre a annoncé 300
        # morts, la police …" (a compound past) grants a fact to set another against it
    if any(c.dep_.startswith("nsubj") and c.lower_ == "qui" for c in children) \
            and layout.text[layout.units[unit][0]:layout.units[unit][1]].rstrip().endswith("?"):
        return None  # "Entre le ministre et le conseil, qui dit la vérité ?": a question asks who says it
    if _answers_yes_or_no(doc, verb):
        return None  # "Le canton a dit non à 65 %": a vote, or a refusal, not words reported
    if report.verb in INJUNCTION_VERBS and "Part" in verb.morph.get("VerbForm") \
            and any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in children) \
            and not any(c.dep_ == "obl:agent" for c in children):
        return None  # "Les habitants sont invités à partir": the subject of a passive injunction is whom it addresses
    has_subject = any(c.dep_.startswith("nsubj") and not c.dep_.endswith("pass") for c in children)
    if any(c.dep_ == "aux:pass" for c in children) and not has_subject:
        # "Ce bilan a été démenti par la police": the agent speaks; "les noms n'ont pas été révélés": nobody
        agents = [c for c in children if c.pos_ in ("NOUN", "PROPN") and lo <= c.i < hi and (
            c.dep_ == "obl:agent" or c.dep_.startswith("obl") and c.i > verb.i  # "qualifiée de … par le pouvoir":
            and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children))] or _agent_on_complement(verb, lo, hi)
        # "jugés par défaut", "envoyés par courriel": a common noun without an article after "par" is a manner, no agent
        agents = [c for c in agents if c.pos_ == "PROPN" or c.text[:1].isupper() or any(k.dep_ in ("det", "nummod") for k in c.children)]
        if agents:
            return _with_span(doc, report, agents[0], lo, hi, layout)
        if any(c.dep_ in ("nsubj:pass", "expl:subj") and c.lower_ == "il" for c in children) and _says_what(doc, verb, layout):
            report.pronoun = "il"  # "Il est par ailleurs précisé que 51 persones …": the one who was speaking
            return report
        return None
    if verb.lemma_ == "citer" and not (has_subject and "Fin" in verb.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") for c in children) and has_subject):
        # "X, citant le BND, ..." : the one cited is the source (not "Le président a cité face à la presse les
        # taux de trois régions": a finite verb with its subject, who speaks, as any verb of saying)
        objects = [c for c in children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")]
        return _with_span(doc, report, objects[0], lo, hi, layout) if objects else None
    is_participle = "Part" in verb.morph.get("VerbForm") or "Ger" in verb.morph.get("VerbForm")
    aside = _auxiliary_before_aside(doc, verb, lo)
    has_aux = (
        any(c.dep_.startswith("aux") or c.dep_.startswith("expl") for c in children)
        or aside
        or _inverted_pronoun(doc, verb) is not None  # "a- t-il ajouté": the auxiliary split from its pronoun
    )
    # "X, président du parti, fait état de deux morts": "fait" tagged a past participle, but one with a direct
    # object and no auxiliary is the finite verb
    disguised = "Past" in verb.morph.get("Tense") and verb.dep_ != "conj" and any(c.dep_ == "obj" for c in children)
    if is_participle and not has_aux and not has_subject and not disguised:
        agent = _agent_of_participle(doc, verb, lo, hi)
        if agent is not None:  # "La létalité indiquée par le ministère est de 1,1 %"
            return _with_span(doc, report, agent, lo, hi, layout)
        subject = _subject_of_governing_clause(verb, lo, hi)
        if subject is not None:  # "Si la CGT a nuancé ces chiffres, avançant « plus de deux millions »"
            return _with_span(doc, report, subject, lo, hi, layout)
        return None  # "confirmant le début", "ajoutant qu'il ..." without a subject of their own

    left = _left_of_verb(verb)
    if left is not None and left.idx < layout.units[unit][0]:
        left = None
    # '"Liberté" ont scandé les manifestants', "…’’, revoit le ministre": a quote (or its comma) closes before the verb
    after_quote = _closes_quote(doc, left, layout) or _closing_incise(doc, verb, left, lo, hi, layout, aside)
    # "Voici comment l'armée a justifié la mort des civils": a presentative opening the sentence points back at the
    # words quoted before it, which the verb reports as an incise would
    presented = doc[lo].lower_ in PRESENTATIVES and lo + 1 < verb.i and doc[lo + 1].lower_ in ("comment", "ce", "pourquoi")
    if report.verb in INCISE_VERBS and not after_quote and not presented and not _inverted_pronoun(doc, verb) \
            and not revises_a_figure(verb, report.verb) and not _says_what(doc, verb, layout):
        return None  # "a-t-il poursuivi"; "a relevé à la hausse son bilan"; "l'avocat a soutenu que …" reports
    # an incise reports whatever its verb ("« … », a-t-elle regretté", "…, a promis le ministre")
    if report.verb in FIGURE_VERBS and not after_quote and not _puts_forward(verb) and not speaks_of_object(verb, report.verb) and not (
            report.verb in FIGURE_CLAUSE_VERBS and verb.dep_ != "acl:relcl" and _says_what(doc, verb, layout)):
        return None  # "les troupes avancent vers la ville"; but "le HCR craint que l'escalade …" reports
    if report.verb in CLAUSE_VERBS and not _issues_a_document(verb, report.verb) and (
            verb.dep_ == "acl:relcl" and (report.verb in words("fr").belief_verbs
                                                                     or report.verb in INJUNCTION_VERBS)
                                        or not after_quote and not presented and not _as_said(doc, verb) and not _inverted_pronoun(
            doc, verb) and not _says_what(doc, verb, layout) and not speaks_of_object(verb, report.verb)):
        return None  # "a noté une hausse", "trouve la mort": no clause of what is said; "ceux qui pensent que …"
    # "…, ce qu'a confirmé le ministère": the subject after the verb of a relative clause on "ce"
    relative_inversion = left is not None and left.lower_ in ("qu'", "qu’", "que") and left.i > lo \
        and doc[left.i - 1].lower_ in ("ce", "c'", "c’")
    if after_quote or relative_inversion:
        head = _postposed_subject(doc, verb, hi, after_quote=after_quote)
        if head is not None:
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    if not aside and verb.i + 2 < hi and doc[verb.i + 1].text == "," and doc[verb.i + 2].lower_.rstrip(".") in CIVILITIES \
            and doc[verb.i + 2].text[:1].isupper() and verb.i > lo and doc[verb.i - 1].text not in CLAUSE_PUNCT:
        # "Une peine trop élevée estime, Me Jean Roux, avocat du prévenu": a stray comma, then a civility and a name,
        # the incise's speaker after its verb
        head = _first_nominal(doc, verb.i + 2, hi)
        if head is not None:
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    inverted = _inverted_pronoun(doc, verb)
    if inverted:
        report.pronoun, report.inverted = inverted, True
        return report
    fronted_after_comme = _subject_after_comme(doc, verb)
    if fronted_after_comme is not None:  # "comme l'opposition l'a remarqué": "opposition" read as an adverbial
        return _with_span(doc, report, fronted_after_comme, lo, hi, layout)
    if not aside and left is not None and left.text in CLAUSE_PUNCT and _finite_clause_before(doc, lo, left.i, layout):
        # "570 000 manifestants ont défilé, une mobilisation en baisse, a indiqué le ministère.": after a clause
        # of its own, a verb with its subject after it closing the sentence is an incise, whatever the parse
        head = _postposed_subject(doc, verb, hi)
        if head is not None and _closes_unit(doc, head, lo, hi) and not _object_after_fronted_subject(doc, verb, head, lo, left):
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    cited = speaker_after_cited_opening(doc, verb, lo, left)
    if cited is not None:  # "Cité par la radio, un site local, Jean Roux a témoigné": not the medium's apposition
        return _with_span(doc, report, cited, lo, hi, layout)
    subject, status = _subject(doc, verb, lo, hi, layout, inherit=False)
    if status == "ok" and subject.i < verb.i and _agreeing_noun_before(doc, verb, subject, left):
        # "la victoire du président confirmée, à Abidjan des candidats dénoncent …": the parsed subject does not agree
        # with the verb, the noun right before it does
        return _with_span(doc, report, left, lo, hi, layout)
    if status in ("ok", "pronoun") and subject.i < verb.i and _coordinated_speaker(doc, subject, left):
        # "La préfecture avance 6 100 personnes et le syndicat dénombre 25 000": a count is no speaker; the name
        # coordinated right before the verb is
        return _with_span(doc, report, left, lo, hi, layout)
    if status == "ok" and not aside and left is not None and left.text == "," and subject.i < left.i \
            and not any(t.text == "," for t in doc[subject.i + 1:left.i]):
        # "Une 'situation grave', a admis le commissaire Jean Roux": a noun before the comma is no subject
        # when a speaker closing the sentence follows the verb
        head = _postposed_subject(doc, verb, hi)
        if head is not None and (head.dep_ != "obj" or _titled_over_a_thing(head, subject)) and _closes_unit(doc, head, lo, hi):
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    if status in ("ok", "pronoun"):
        return _from_subject(doc, report, subject, status, lo, hi, layout)
    # an incise: ", a déclaré le BND", "….a déclaré le président"
    if not aside and left is not None and left.text in CLAUSE_PUNCT:
        head = _postposed_subject(doc, verb, hi)
        if _object_after_fronted_subject(doc, verb, head, lo, left):  # "Madrid, qui a envoyé des troupes, a démenti toute implication"
            return _with_span(doc, report, _subject_before_aside(doc, verb, lo, left), lo, hi, layout)
        if head is not None:
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    if status == "skip":
        side = _side_of(doc, lo, verb.i)
        if side is not None and subject is not None and subject.lower_ == "on":
            return _with_span(doc, report, side, lo, hi, layout)  # "Du côté du ministère, on a comptabilisé …"
        return None
    if verb.i - 1 > lo and doc[verb.i - 1].text in DASHES:
        # "Un élu du nord - qu'on ne peut soupçonner de parti pris - confirme …": the noun phrase before an aside
        # between dashes is the subject, whatever verb of the aside the parser hung it on
        fronted = _subject_before_aside(doc, verb, lo, left)
        if fronted is not None:
            return _with_span(doc, report, fronted, lo, hi, layout)
    subject, status = _subject(doc, verb, lo, hi, layout, inherit=True)
    if status == "skip":
        return None
    if status in ("ok", "pronoun"):
        return _from_subject(doc, report, subject, status, lo, hi, layout)
    if left is not None and left.pos_ in ("NOUN", "PROPN") and not (lo <= left.head.i < hi) \
            and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in doc[lo:left.i]) and "Fin" in verb.morph.get("VerbForm"):
        # "…, a-t-il expliqué.\n\nLa défense estime que …": the noun phrase opening the sentence right before the
        # verb, which the parser hung on the sentence before, is its subject
        return _with_span(doc, report, left, lo, hi, layout)
    if _subject_hung_on_adverbial(verb, left, lo):
        # "En effet le gouvernement indique que …": the subject right before the verb, hung by the parser on the
        # noun of an adverbial opening the sentence ("en effet", "de fait") as its complement
        return _with_span(doc, report, left, lo, hi, layout)
    in_front = subject_in_front(doc, verb, lo, left)
    if in_front is not None:  # "La mairie et la préfecture ont fait savoir …" hung apart from its verb by the parser
        return _with_span(doc, report, in_front, lo, hi, layout)
    # no subject in the parse: the nearest name to the left among the reader's candidates (`with_candidates`),
    # else the subject before an aside
    fronted = _subject_before_aside(doc, verb, lo, left)
    report.needs_name = True
    if fronted is not None:
        report.fronted = _with_span(doc, replace(report, needs_name=False), fronted, lo, hi, layout)
    return report


def _titled_over_a_thing(postposed: Token, subject: Token) -> bool:
    """"Un avenir sombre pour les finances, prévient le directeur financier": a title after the verb closing the
    sentence speaks, though parsed as the object, when the noun before the comma is neither a title nor a body
    that speaks ("Le gouvernement, dénonce le rapport": a stray comma, the object after it)."""
    speaking = TITLE_NOUNS | frozenset(load("speakers")["speaking_nouns"])
    return postposed.lower_ in TITLE_NOUNS and subject.pos_ == "NOUN" and subject.lower_ not in speaking \
        and subject.lemma_.lower() not in speaking


def _subject_hung_on_adverbial(verb: Token, left: Optional[Token], lo: int) -> bool:
    """Whether the noun right before a finite verb with no subject is its subject that the parser made the complement
    ("nmod") of a prepositional adverbial before it: a noun with its article and no preposition of its own."""
    if left is None or left.pos_ not in ("NOUN", "PROPN") or left.dep_ != "nmod" or "Fin" not in verb.morph.get("VerbForm"):
        return False
    adverbial = left.head
    return lo <= adverbial.i < left.i and any(c.dep_ == "case" for c in adverbial.children) \
        and not any(c.dep_ == "case" for c in left.children) \
        and (left.pos_ == "PROPN" or any(c.dep_ == "det" for c in left.children))


def _subject_before_adverb(doc: Doc, verb: Token, lo: int) -> Optional[Token]:
    """The subject of the auxiliary before an adverb of two words or three ("X a en outre indiqué"), which the
    parser takes with the participle for one fixed expression."""
    j = verb.i - 1
    while j > lo and verb.i - j <= 3 and doc[j].pos_ in ("ADV", "ADP"):
        j -= 1
    if j == verb.i - 1 or doc[j].lemma_ not in ("avoir", "être"):
        return None
    subject = next((c for c in doc[j].children if c.dep_ == "nsubj"), None)
    if subject is None and j - 1 >= lo and doc[j - 1].dep_ == "nsubj":
        subject = doc[j - 1]
    return subject


def _as_said(doc: Doc, verb: Token) -> bool:
    """"…, comme l'opposition l'a remarqué", "comme le note le rapport": a clause of comparison on "comme" whose object
    is the neuter clitic "le" / "l'" (standing for what the sentence says) reports that sentence, as a clause on
    "que" would."""
    start = max(0, verb.i - 6)
    comme = next((t for t in reversed(doc[start:verb.i]) if t.lower_ == "comme"), None)
    if comme is None or any(t.is_punct or t.pos_ == "VERB" for t in doc[comme.i + 1:verb.i]):
        return False
    return any(t.lower_ in ("le", "l'", "l’") and t.pos_ == "PRON" for t in doc[comme.i + 1:verb.i])


def _subject_after_comme(doc: Doc, verb: Token) -> Optional[Token]:
    """The noun phrase between "comme" and the clitic "l'" of a clause of comparison ("comme l'opposition l'a
    remarqué"), whatever the parser hung it on; None when the clause has no such noun before its verb."""
    if not _as_said(doc, verb) or any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        return None
    comme = next(t for t in reversed(doc[max(0, verb.i - 6):verb.i]) if t.lower_ == "comme")
    return next((t for t in doc[comme.i + 1:verb.i] if t.pos_ in ("NOUN", "PROPN")), None)


def _answers_yes_or_no(doc: Doc, verb: Token) -> bool:
    """"ont dit non à la réforme", "a répondu « oui »": the verb's answer is a yes or a no (`answer_words`), right
    after it (or after a quote mark)."""
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= 2 and doc[j].text in OPENING_QUOTES + '"':
        j += 1
    return j < len(doc) and doc[j].lower_ in words("fr").answer_words \
        and not (j + 1 < len(doc) and doc[j + 1].lower_ == "plus")  # "ne sait pas non plus"


def _closing_incise(doc: Doc, verb: Token, left: Optional[Token], lo: int, hi: int, layout: Layout,
                    aside: bool) -> bool:
    """"Il n'est pas question de hausse brutale, a rassuré la maire.": reported speech without quote marks, closed
    by an incise: a comma after a finite clause of its own, the verb, then its subject inverted after it closing the
    sentence. The inversion marks the incise as the closing quote does (a verb of the `clause_verbs` or
    `incise_verbs` classes reports there with no clause on "que")."""
    if aside or left is None or left.text != "," or not _finite_clause_before(doc, lo, left.i, layout):
        return False
    if "Fin" not in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
        return False
    head = _postposed_subject(doc, verb, hi) or speaking_document(verb, _postposed_subject(doc, verb, hi, after_quote=True))
    # a name or a noun for someone who speaks, agreeing with the verb, is its subject though parsed as its object
    # ("…, insiste la police nationale"); the sentence may go on with an aside ("…, renseigne le préfet du Nord,
    # région frontalière", "…, insiste la police, précisant que …")
    return head is not None and (_first_name(doc, head, hi) or (head.dep_ != "obj" or inverted_speaker(verb, head)) and (
        head.pos_ == "PROPN" or any(c.dep_ == "det" for c in head.children))) and _closes_unit(doc, head, lo, hi) \
        and (noun_phrase_end_is_unit_end(doc, head, lo, hi) or closes_with_aside(doc, head, lo, hi)) \
        and not _object_after_fronted_subject(doc, verb, head, lo, left)


def _first_name(doc: Doc, head: Token, hi: int) -> bool:
    """"…, a promis Bienvenu Diallo, porte-parole": a capitalised word the tagger took for a verb or an adjective, right
    before a name, is a first name (whatever the parser hung on it)."""
    return head.is_title and head.pos_ in ("VERB", "ADJ", "X") and head.i + 1 < hi and doc[head.i + 1].pos_ == "PROPN"


def noun_phrase_end_is_unit_end(doc: Doc, head: Token, lo: int, hi: int) -> bool:
    """Whether the sentence ends with the noun phrase of `head` (its stop aside): the incise closes the sentence."""
    from .subjects import noun_phrase
    end = noun_phrase(doc, head, lo, hi)[1]
    return all(t.is_punct for t in doc[end:hi])


PRESENTATIVES = frozenset(load("speakers").get("presentatives", ()))


def _agreeing_noun_before(doc: Doc, verb: Token, subject: Token, left: Optional[Token]) -> bool:
    """Whether the noun right before the verb, after a comma that closes the parsed subject's phrase, agrees in number
    with the verb where the parsed subject does not."""
    if left is None or left.pos_ not in ("NOUN", "PROPN") or left.i <= subject.i + 1:
        return False
    number = verb.morph.get("Number")
    if not number or number == subject.morph.get("Number") or left.morph.get("Number") != number:
        return False
    between = doc[subject.i + 1:left.i]
    return any(t.text == "," for t in between) and not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in between)


def _coordinated_speaker(doc: Doc, subject: Token, left: Optional[Token]) -> bool:
    """"…, 6 100 personnes dans les rues et le syndicat dénombre 25 000": the noun right before the verb, after "et"
    (or a comma) and an article, with a number between the parsed subject and it, is the verb's subject."""
    if left is None or left.i <= subject.i + 1 or left.pos_ not in ("PROPN", "NOUN") or left.i < 2:
        return False
    if doc[left.i - 1].pos_ != "DET" or doc[left.i - 2].lower_ not in ("et", ",", "mais"):
        return False
    counted = subject.like_num or any(c.dep_ == "nummod" for c in subject.children)
    return counted or any(t.like_num or t.pos_ == "NUM" for t in doc[subject.i + 1:left.i])


def _nearest_name_to_the_left(doc: Doc, verb: Token, candidates, layout: Layout) -> Optional[tuple[int, int]]:
    """Fallback when the parse gives no subject: the closest name before the verb, with only auxiliaries,
    adverbs, asides between commas, an acronym in brackets or a short adverbial ('par la suite') between."""
    unit_start = layout.units[layout.unit_of(verb.idx)][0]
    before = sorted((c for c in candidates if unit_start <= c[0] and c[1] <= verb.idx), key=lambda c: -c[1])
    extra = frozenset(getattr(words(doc_language(doc)), "transparent_words", ()))
    for start, end in before:
        if layout.in_quote(start):
            continue
        if re.search(r"\b(?:à|au|aux|en|dans|par|pour|avec|sur|chez|vers|depuis)\s*$", layout.text[unit_start:start], re.I):
            continue  # "établi à Lyon, avait donné un chiffre": a name after a preposition is no subject
        gap = layout.text[end:verb.idx]
        if _is_transparent_gap(gap, extra):
            return (start, end)
        if gap.lstrip().startswith(",") and _is_transparent_gap(gap.lstrip()[1:]) \
                and layout.text[unit_start:start].rstrip().endswith(","):
            return (start, end)  # "Le chef du gouvernement, Jean Roux, a évoqué": a name in apposition, between commas
    return None


_CHAINED_ASIDES = 2  # asides in a row, past the last one, that may stand between a name and its verb
_ASIDE_IN_CHAIN = re.compile(r",[^,.;:«»“”]{0,120},(?=[^,.;:«»“”]{0,120},)")  # an aside another aside follows


def _is_transparent_gap(gap: str, extra: frozenset = frozenset()) -> bool:
    gap = re.sub(r"\([^()]{0,40}\)|^\s*\)", " ", gap)  # "(BND)", or the bracket closing round the name
    for _ in range(_CHAINED_ASIDES):  # ", le ministre de X, par ailleurs porte-parole du gouvernement,": one by one
        gap = _ASIDE_IN_CHAIN.sub(",", gap, count=1)
    gap = re.sub(r",[^,.;:«»“”]{0,120},", " ", gap)  # ", qui dirige ...,", ", son homologue portugais,"
    words = re.findall(r"[\w’'-]+|[^\s\w]", gap)
    allowed = {
        "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "s’est", "s'est", "se", "s’", "s'",
        "ne", "n’", "n'", "pas", "par", "la", "le", "suite", "alors", "aussi", "également", "déjà", "même",
        "ensuite", "pourtant", "toutefois", "quant", "à", "lui", "elle", "de", "son", "sa", "côté", "-t-il",
        "en", "y", "l'", "l’", "les", "leur",  # clitics before the auxiliary: "Keystone en a compté"
    }
    if words == [","]:
        return False  # "X, secretary of Y (Z), said": Z's comma closes an aside, the name is before it
    return len(words) <= 6 and all(w.lower() in allowed or w.lower() in extra or w.lower().endswith("ment") for w in words)
