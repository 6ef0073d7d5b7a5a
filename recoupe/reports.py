"""Reports: every reporting construction of an article — a reporting verb ("a déclaré", "rejette"), "selon X" /
"d'après X", "X, citant Y", a document "publié par X" — with the phrase that says who speaks. Found once per
article by the `recoupe_reports` stage (recoupe/stages.py) into `doc._.reports`; they need no actor mention
but a report whose verb has no subject in the parse takes the nearest name to its left, among the candidates
each reader gives (`with_candidates`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace
from typing import Optional, Sequence, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .layout import CLOSING_QUOTES, OPENING_QUOTES
from .lexicon import load
from .nlp import doc_language
from .reporting import (
    CLAUSE_PUNCT, DISJUNCT_PRONOUNS, DOCUMENT_NOUNS, FIGURE_VERBS, INCISE_VERBS, RELATIVE_PRONOUNS,
    MISTAGGED_FORMS, REPORTING_VERBS, Report, SOURCE_NOUNS, SUBJECT_PRONOUNS, TITLE_NOUNS, _is_reporting_verb,
    _left_of_verb, _mistagged_subject, figure_participle, verb_lemma, words,
)
from .subjects import (
    _auxiliary_before_aside, _closes_unit, _finite_clause_before, _first_nominal, _from_subject, _inverted_pronoun,
    _object_after_fronted_subject, _postposed_subject, _puts_forward, _side_of, _subject, _subject_before_aside,
    _subject_of_governing_clause, _token_at, _unit_tokens, _with_span,
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
        if span is not None:
            resolved.append(replace(report, start=span[0], end=span[1], head=_token_at(doc, span[1] - 1),
                                    needs_name=False, fronted=None))
        elif report.fronted is not None:
            resolved.append(report.fronted)
    spoken = {r.unit for r in resolved if not r.only_if_alone}
    return [r for r in resolved if not (r.only_if_alone and r.unit in spoken)]


def find_all_reports(doc: Doc, layout: Layout) -> list[Report]:
    """Every reporting construction in the document, in text order, before any candidate name is chosen."""
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
        elif figure_participle(token) is not None:
            report = _figure_by(doc, token, layout)
        elif _is_reporting_verb(token):
            report = _reporting_verb(doc, token, layout)
        elif token.pos_ == "NOUN" and token.lemma_ in DOCUMENT_NOUNS:
            report = _document_by(doc, token, layout)
        if report is not None:
            reports.append(report)
    settled_units = {r.unit for r in reports if not r.needs_name}
    for unit in range(len(layout.units)):
        if unit not in settled_units:  # a unit whose only reports need a name may end up with none: `with_candidates`
            report = _colon_quote(doc, layout, unit)
            if report is not None:
                report.only_if_alone = True
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


def _figure_by(doc: Doc, participle: Token, layout: Layout) -> Optional[Report]:
    """"au lieu des 1 250 annoncés par la préfecture": the agent gives that figure (and only that
    one: figure_sources.py keeps the claim to it)."""
    unit = layout.unit_of(participle.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    head = _first_nominal(doc, participle.i + 2, hi)
    if head is None:
        return None
    verb = verb_lemma(participle) if participle.pos_ == "VERB" else MISTAGGED_FORMS.get(participle.lower_, participle.lemma_)
    return _with_span(doc, Report(trigger=participle.i, verb=verb, unit=unit), head, participle.i + 2, hi, layout)


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
        report = _according_to_phrase(doc, token, layout, w) or _verb_with_subject(doc, token, layout, w) \
            or _claim_by(doc, token, layout, w)
        if report is not None:
            reports.append(report)
    headline = _headline_speaker(doc, layout, w)
    if headline is not None and not any(r.unit == headline.unit for r in reports):
        reports.insert(0, headline)
    return reports


def _claim_by(doc: Doc, noun: Token, layout: Layout, w: SimpleNamespace) -> Optional[Report]:
    """"denied a claim by the government that 20,000 refugees had fled": a claim noun, its author after "by" and
    what it says in a "that" clause report that author's statement."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in getattr(w, "claim_nouns", ()):
        return None
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in getattr(w, "agent_prepositions", ())), None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    says = any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in noun.children)
    if author is None or not says:
        return None
    unit = layout.unit_of(noun.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    return _with_span(doc, Report(trigger=noun.i, verb=noun.lemma_.lower(), unit=unit), author, lo, hi, layout)


def _headline_speaker(doc: Doc, layout: Layout, w: SimpleNamespace) -> Optional[Report]:
    """A headline that names its speaker before a colon or after a dash: "Police chief: 40 arrested",
    "Toll will rise - Red Cross". The speaker is a name or someone by title, in at most four words; not a place
    (a dateline), not a document ("Report: ...")."""
    separators = getattr(w, "headline_separators", ())
    if not separators or not layout.units or layout.unit_paragraph[0] != 0:
        return None
    lo, hi = _unit_tokens(doc, layout, 0)
    tokens = [t for t in doc[lo:hi] if not t.is_space]
    if not tokens or layout.units[0][1] - layout.units[0][0] > 160:
        return None
    colon = next((t for t in tokens[1:6] if t.text == ":"), None)
    if colon is not None:
        phrase = [t for t in tokens if t.i < colon.i]
        trigger = colon
    else:
        dash = next((t for t in reversed(tokens[-6:-1]) if t.text in separators and t.whitespace_), None)
        if dash is None or (doc[dash.i - 1].whitespace_ == "" and dash.text not in ";,"):
            return None  # a hyphen inside a word is no separator
        phrase = [t for t in tokens if t.i > dash.i and not t.is_punct]
        trigger = dash
    if not 1 <= len(phrase) <= 4 or any(t.pos_ in ("VERB", "AUX", "NUM") or t.like_num for t in phrase):
        return None
    if any(t.ent_type_ in ("LOC", "GPE") for t in phrase) and not any(t.lower_ in w.title_nouns for t in phrase):
        return None
    # before a colon, a name the model knows as a person or body, or a title ("Explainer:", "Live:" are labels);
    # after a dash, any proper noun ("... - PN")
    named = ("PER", "ORG", "PERSON") if colon is not None else None
    heads = [t for t in phrase if t.lower_ in w.title_nouns or t.lower_ in w.source_nouns or (
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("LOC", "GPE", "MISC", "DATE")
        and (named is None or t.ent_type_ in named))]
    if not heads or any(t.lemma_.lower() in w.document_nouns or t.lower_ in getattr(w, "headline_labels", ())
                        for t in phrase):
        return None  # "Report: ...", "Explainer: ...": a label, no one speaks
    from .folding import name_key
    from .gazetteer import gazetteer
    if name_key(doc[phrase[0].i:phrase[-1].i + 1].text) in gazetteer(w.language).exact:
        return None  # "Floods in the north - Kerala": a place, not a speaker
    report = Report(trigger=trigger.i, verb="headline", unit=0)
    return _with_span(doc, report, heads[-1], phrase[0].i, phrase[-1].i + 1, layout)


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
        named = head.pos_ == "PROPN" or any(c.dep_ in ("compound", "poss") or (
            c.dep_ == "prep" and c.lower_ in getattr(w, "agent_prepositions", ())) for c in head.children) or any(
            c.dep_ == "det" and c.lower_ in getattr(w, "definite_determiners", ()) for c in head.children) or any(
            c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in head.children)
        if (head.lemma_.lower() in w.document_nouns or head.lower_ in w.document_nouns) and not named:
            return None  # "according to initial calculations": a document with no author named
        return _with_span(doc, Report(trigger=token.i, verb=phrase, unit=unit), head, lo, hi, layout)
    return None


def _verb_with_subject(doc: Doc, verb: Token, layout: Layout, w: SimpleNamespace) -> Optional[Report]:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lemma not in w.reporting_verbs and not (lemma in getattr(w, "document_verbs", ()) and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in w.document_nouns or c.lower_ in w.document_nouns)  # "datum"
            for c in verb.children)) and not (
            lemma in getattr(w, "figure_object_verbs", ()) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in w.figure_object_nouns for c in verb.children)):
        return None  # "Data from the commission shows ...", "X raised the toll to 40": who gives the figure
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children):
        return None  # a hypothesis, not a statement
    if lemma in w.decline_verbs and not any(c.dep_ == "xcomp" and c.lemma_.lower() in w.reporting_verbs for c in children):
        return None  # "declined to say" reports; "refused to leave" does not
    if lemma in getattr(w, "clause_verbs", ()) and not any(c.dep_ in ("ccomp", "parataxis") for c in children):
        return None  # "de Marco observed" after what he said reports; "observed a minute of silence" does not
    if lemma in w.figure_verbs and not any(t.like_num for t in verb.subtree):
        return None  # "put the damage at $15 billion" reports a figure; "put pressure on" does not
    if not _reports_what_it_takes(verb, lemma, children, w):
        return None  # "contest his seat", "questioned the suspect", "Cholera claimed 59 lives"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.reporting_verbs:
        return None  # "declined to say": the head verb's report
    if _quoted_as_saying(verb, w) is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        return None  # "X was quoted by Y as saying": X speaks, through "saying"
    says = any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "dative", "agent") for c in children) or (
        verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i and _quoted_as_saying(verb.head.head, w) == verb) or (
        verb.dep_ == "xcomp" and verb.head.dep_ == "acomp")  # "X was unable to verify if ..."
    if not says and verb.dep_ not in ("ccomp", "parataxis", "ROOT"):
        return None  # "adding to the property loss"
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    subject = _subject_of_report(verb, w)
    if subject is None:
        quoted_as = verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i \
            and _quoted_as_saying(verb.head.head, w) == verb
        if quoted_as or (verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubjpass", "expl") or (
                c.dep_ == "csubj" and c.tag_ != "VBG") for c in children)  # "Earlier, speaking at ..., X denied"
                         and (any(c.dep_ in ("ccomp", "parataxis") for c in children)
                              # "…, the army and the police have already reported over 80 deaths": the parser hung
                              # the names on the clause before; a finite verb putting a figure forward
                              or (any(c.dep_ == "aux" for c in children) and any(
                                  c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in children)))):
            # "Although turnout fell from 83 percent, Tep Nytha, secretary-general of X, said ...": the parser hung
            # the name elsewhere; the nearest name to the left speaks (`with_candidates`)
            trigger = verb.head.head.i if quoted_as else verb.i  # the name stands before "was quoted"
            return Report(trigger=trigger, verb=lemma, unit=unit, needs_name=True)
        return None
    report = Report(trigger=verb.i, verb=lemma, unit=unit)
    if lemma in getattr(w, "place_subject_verbs", ()) and any(
            t.ent_type_ in ("LOC", "GPE") and not _country(t, w) for t in [subject] + [
                c for c in subject.children if c.dep_ == "appos"]) and any(
            c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in children):
        return None  # "Patna reported 1,135 cases": counted there, the town does not speak (a country's government does)
    if subject.pos_ == "PRON":
        if subject.lower_ in w.subject_pronouns:
            report.pronoun = subject.lower_
            return report
        return None
    if subject.lower_ in w.non_speakers:
        return None
    report.postposed = subject.i > verb.i
    return _with_span(doc, report, subject, lo, hi, layout)


def _country(token: Token, w: SimpleNamespace) -> bool:
    """The place entity around the token names a country ("India reported 360 killed": its government speaks)."""
    from .folding import name_key
    from .gazetteer import gazetteer
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), token.doc[token.i:token.i + 1])
    return any(known.kind == "country" for known, _ in gazetteer(w.language).exact.get(name_key(span.text), []))


def _reports_what_it_takes(verb: Token, lemma: str, children: list[Token], w: SimpleNamespace) -> bool:
    """A verb that reports only what is said (`statement_object_verbs`: "contested the figures", "questioned
    whether", not "contest his seat") or not with some objects (`non_statement_objects`: "Cholera claimed 59
    lives")."""
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    blocked = (getattr(w, "non_statement_objects", None) or {}).get(lemma, ())
    if any(o.lemma_.lower() in blocked or o.lower_ in blocked for o in objects):
        return False
    if lemma not in getattr(w, "statement_object_verbs", ()):
        return True
    if any(c.dep_ in ("ccomp", "parataxis") for c in children):
        return True
    nouns = getattr(w, "statement_objects", ())
    return any(o.lemma_.lower() in nouns or o.lower_ in nouns or o.like_num for o in objects)


def _quoted_as_saying(verb: Token, w: SimpleNamespace) -> Optional[Token]:
    """"quoted X as saying", "X was quoted as saying": the verb after "as", when it reports."""
    if verb.lemma_.lower() not in getattr(w, "quoting_verbs", ()):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in getattr(w, "quoting_as", ()):
            said = next((c for c in prep.children if c.dep_ == "pcomp" and c.lemma_.lower() in w.reporting_verbs), None)
            if said is not None:
                return said
    return None


def _author_before(verb: Token, w: SimpleNamespace) -> Optional[Token]:
    """"a report by the agency, quoting ...": the author named by "by" in the noun phrase right before the
    participle (and its comma), whatever the parser hung the participle on."""
    doc = verb.doc
    j = verb.i - 1
    if j < 0 or doc[j].text != ",":
        return None
    ends = [j - 1]
    aside = j - 1  # "a report by IRNA, the official news agency, quoting": the name before the aside
    while aside >= 0 and j - aside <= 7 and doc[aside].text != "," and doc[aside].pos_ not in ("VERB", "AUX"):
        aside -= 1
    if aside > 0 and doc[aside].text == ",":
        ends.append(aside - 1)
    for end in ends:
        if end < 0:
            continue
        last = doc[end]
        while last.dep_ in ("compound", "amod", "nummod") and last.head.i > last.i:
            last = last.head
        by = last.head if last.dep_ == "pobj" else None
        if by is not None and by.lower_ in getattr(w, "agent_prepositions", ()) and by.head.pos_ == "NOUN" \
                and by.head.i < by.i:
            return last
    return None


def _subject_of_report(verb: Token, w: Optional[SimpleNamespace] = None) -> Optional[Token]:
    """The subject of a reporting verb (ClearNLP labels): its own, the agent of its passive, or the one it shares
    with the verb it is coordinated with or hangs on ("and added", "saying", "declined to say"); the one quoted
    ("quoting the minister as saying", "the minister was quoted as saying"); the author of the document a
    participle describes ("a report by the agency, quoting ...")."""
    if w is not None and verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i \
            and _quoted_as_saying(verb.head.head, w) == verb:
        quoting = verb.head.head
        quoted = next((c for c in quoting.children if c.dep_ in ("nsubjpass", "dobj")), None)
        return quoted  # None when the parser lost the one quoted: the nearest name to the left (`needs_name`)
    if w is not None and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
        author = _author_before(verb, w)
        if author is not None:
            return author
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and node is not verb and subject.lower_ == "it" and verb.dep_ == "xcomp" \
                and verb.tag_ == "VB" and any(c.dep_ == "acomp" for c in node.children):
            return None  # "It was not possible to verify the claim": impersonal, nobody speaks
        if subject is not None:
            return subject
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            named = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if named is not None and w is not None and (named.ent_type_ == "DATE" or named.lower_ in w.time_words):
                return None  # "cases had been recorded by March 5": a date, nobody named
            return named
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return None  # "the figures were reported": nobody named
        if node.dep_ == "acomp" and w is not None and node.head != node:
            node = node.head  # "X was unable to verify": the subject of "was"
            continue
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


def _reporting_verb(doc: Doc, verb: Token, layout: Layout) -> Optional[Report]:
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    report = Report(trigger=verb.i, verb=verb_lemma(verb), unit=unit)
    if report.verb in FIGURE_VERBS and verb.i > 0 and doc[verb.i - 1].lower_ == "en" and verb.lower_.endswith("ant"):
        return None  # "En attendant le début de la conférence, le Parlement a versé 2 millions": no forecast
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
        or aside
        or _inverted_pronoun(doc, verb) is not None  # "a- t-il ajouté": the auxiliary split from its pronoun
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
    closing = left if left is not None and left.text != "," else (doc[left.i - 1] if left is not None and left.i > 0 else None)
    after_quote = left is not None and closing is not None and (
        closing.text in CLOSING_QUOTES
        # a straight quote that closes a quoted region: '"Liberté" ont scandé les manifestants'
        or (closing.text == '"' and any(e == closing.idx + 1 for _, e in layout.quotes))
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
    if status in ("ok", "pronoun") and subject.i < verb.i and _coordinated_speaker(doc, subject, left):
        # "La préfecture avance 9 000 personnes et le syndicat dénombre 25 000": a count is no speaker; the name
        # coordinated right before the verb is
        return _with_span(doc, report, left, lo, hi, layout)
    if status == "ok" and not aside and left is not None and left.text == "," and subject.i < left.i \
            and not any(t.text == "," for t in doc[subject.i + 1:left.i]):
        # "Une 'situation grave', a admis le commissaire Jean Roux": a noun before the comma is no subject
        # when a speaker closing the sentence follows the verb
        head = _postposed_subject(doc, verb, hi)
        if head is not None and head.dep_ != "obj" and _closes_unit(doc, head, lo, hi):
            report.postposed = True
            return _with_span(doc, report, head, lo, hi, layout)
    if status in ("ok", "pronoun"):
        return _from_subject(doc, report, subject, status, lo, hi, layout)
    # an incise: ", a déclaré le NIS", "….a déclaré le président"
    if not aside and left is not None and left.text in CLAUSE_PUNCT:
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
    # no subject in the parse: the nearest name to the left among the reader's candidates (`with_candidates`),
    # else the subject before an aside
    fronted = _subject_before_aside(doc, verb, lo, left)
    report.needs_name = True
    if fronted is not None:
        report.fronted = _with_span(doc, replace(report, needs_name=False), fronted, lo, hi, layout)
    return report


def _coordinated_speaker(doc: Doc, subject: Token, left: Optional[Token]) -> bool:
    """"…, 9 000 personnes dans les rues et le syndicat dénombre 25 000": the noun right before the verb, after "et"
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


def _is_transparent_gap(gap: str, extra: frozenset = frozenset()) -> bool:
    gap = re.sub(r"\([^()]{0,40}\)|^\s*\)", " ", gap)  # "(NIS)", or the bracket closing round the name
    gap = re.sub(r",[^,.;:«»“”]{0,120},", " ", gap)  # ", qui dirige ...,", ", son homologue ukrainien,"
    words = re.findall(r"[\w’'-]+|[^\s\w]", gap)
    allowed = {
        "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "s’est", "s'est", "se", "s’", "s'",
        "ne", "n’", "n'", "pas", "par", "la", "le", "suite", "alors", "aussi", "également", "déjà", "même",
        "ensuite", "pourtant", "toutefois", "quant", "à", "lui", "elle", "de", "son", "sa", "côté", "-t-il",
    }
    if words == [","]:
        return False  # "X, secretary of Y (Z), said": Z's comma closes an aside, the name is before it
    return len(words) <= 6 and all(w.lower() in allowed or w.lower() in extra or w.lower().endswith("ment") for w in words)
