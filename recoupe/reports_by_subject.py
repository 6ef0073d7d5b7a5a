"""Reports in a language whose model gives ClearNLP labels (English): "according to X", a reporting verb and its
subject, before or after it, the agent of a passive, the one "quoted as saying", a claim "by" its author, a
headline's speaker. recoupe/reports.py calls `_reports_by_subject` for a Doc in such a language; the words are
the language's recoupe/lexicons/<language>/attribution.yml.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from . import number_words
from .matchers import phrases
from .reporting import Report
from .subjects import _first_nominal, _unit_tokens, _with_span

if TYPE_CHECKING:
    from .layout import Layout


def _reports_by_subject(doc: Doc, layout: Layout, w: SimpleNamespace) -> list[Report]:
    """Reports in a language whose model gives ClearNLP labels (English): "according to X" and a reporting verb
    with its subject, before or after it ("officials said", "said Wayne Sallade", "he told reporters"), the agent of
    a passive ("as reported by Sputnik") or the subject it shares ("questioned the figure, saying ...")."""
    reports = []
    according = {span.start: span for span in phrases(doc, "according_to", w.according_to, w.language)}
    for token in doc:
        if layout.in_quote(token.idx):
            continue
        report = _according_to_phrase(doc, according.get(token.i), layout, w) or _verb_with_subject(doc, token, layout, w) \
            or _claim_by(doc, token, layout, w)
        if report is not None:
            reports.append(report)
            reports += _coordinated_speakers(doc, report, layout) or _closing_coordinated(doc, report, layout, w)
    headline = _headline_speaker(doc, layout, w)
    if headline is not None and not any(r.unit == headline.unit for r in reports):
        reports.insert(0, headline)
    return reports


def _coordinated_speakers(doc: Doc, report: Report, layout: Layout) -> list[Report]:
    """"In London, police and organisers say about 200,000 people turned out": each of the coordinated subjects
    of a reporting verb speaks (one report each); common nouns or names only, before the verb ("police and
    organisers", "the UN and the Red Cross"), not a description's complement ("the head of X and Y"), nor counted
    sources ("three officials and one official")."""
    if report.head is None or report.pronoun or report.postposed or doc[report.head].i > report.trigger:
        return []
    head = doc[report.head]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("NOUN", "PROPN"):
        return []
    if any(c.dep_ == "nummod" for t in [head, *head.conjuncts] for c in t.children):
        return []  # "three defense officials and one military official confirmed": one group of counted sources
    lo, hi = _unit_tokens(doc, layout, report.unit)
    found = []
    for conj in head.children:
        if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN") and conj.i < report.trigger \
                and any(c.dep_ == "cc" and c.lower_ in ("and", "et") for c in head.children):
            other = _with_span(doc, Report(trigger=report.trigger, verb=report.verb, unit=report.unit), conj, lo, hi,
                               layout)
            if other is not None and other.start is not None and other.start >= (report.end or 0):
                found.append(other)
    return found


def _closing_subjects(doc: Doc, verb: Token, lo: int, hi: int, layout: Layout,
                      w: SimpleNamespace) -> list[tuple[int, Token]]:
    """"…, police and residents said.", "…, the source added.": a reporting verb that ends its sentence after a
    comma and a short noun phrase (determiners, adjectives, nouns, names, coordinated by `coordinating_conjunctions`,
    auxiliaries and adverbs of the verb between): each coordinated phrase as (its first token, its head, the last
    noun before "of"), else []."""
    j = verb.i - 1
    while j >= lo and doc[j].head.i == verb.i and (doc[j].dep_.startswith("aux") or doc[j].dep_ in ("advmod", "neg")):
        j -= 1  # "…, police have also said"
    end = j + 1
    after = [t for t in doc[verb.i + 1:hi] if not t.is_space]
    if any(not t.is_punct or t.text == "," for t in after) or any(t.text in "\"“”" for t in after):
        return []
    while j >= lo and doc[j].text != "," and end - j <= 9 and (
            doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "CCONJ") or doc[j].tag_ == "POS"
            or doc[j].lower_ in w.np_inner_adp):
        j -= 1
    if j < lo or doc[j].text != "," or j + 1 >= end or layout.in_quote(doc[j + 1].idx) \
            or not any(t.pos_ in ("VERB", "AUX") for t in doc[lo:j]):
        return []  # "Police, rally organizers argue over ...": a list of subjects, no clause before the comma
    conjunctions = {c.split()[0] for c in getattr(w, "coordinating_conjunctions", ())}
    pieces, first = [], j + 1
    for k in range(j + 1, end + 1):
        if k == end or (doc[k].pos_ == "CCONJ" and doc[k].lower_ in conjunctions):
            nouns = [t for t in doc[first:k] if t.pos_ in ("NOUN", "PROPN")]
            inner = next((t.i for t in doc[first:k] if t.lower_ in w.np_inner_adp), k)
            heads = [t for t in nouns if t.i < inner]
            if not heads or doc[first].pos_ in ("CCONJ",) or doc[first].lower_ in w.np_inner_adp:
                return []
            pieces.append((first, heads[-1]))
            first = k + 1
    return pieces


def _closing_coordinated(doc: Doc, report: Report, layout: Layout, w: SimpleNamespace) -> list[Report]:
    """The other coordinated phrases of a sentence-closing report (`_closing_subjects`): one report each."""
    verb = doc[report.trigger]
    if report.head is None or verb.pos_ != "VERB":
        return []
    lo, hi = _unit_tokens(doc, layout, report.unit)
    closing = _closing_subjects(doc, verb, lo, hi, layout, w)
    if len(closing) < 2 or closing[0][1].i != report.head:
        return []
    return [_with_span(doc, Report(trigger=verb.i, verb=report.verb, unit=report.unit), head, first, verb.i, layout)
            for first, head in closing[1:]]


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
    """A headline that names its speaker before a colon or after a dash or a colon at its end: "Police chief: 40
    arrested", "Toll will rise - Red Cross", "Toll rises to 180: police". The speaker is a name, someone by title or
    a body by its noun (sources.yml `collective_speakers`), in at most four words; not a place (a dateline), not a
    document ("Report: ...")."""
    separators = getattr(w, "headline_separators", ())
    if not separators or not layout.units or layout.unit_paragraph[0] != 0:
        return None
    lo, hi = _unit_tokens(doc, layout, 0)
    tokens = [t for t in doc[lo:hi] if not t.is_space]
    if not tokens or layout.units[0][1] - layout.units[0][0] > 160:
        return None
    colon = next((t for t in tokens[1:6] if t.text == ":"), None)
    if colon is not None:
        report = _headline_phrase(doc, [t for t in tokens if t.i < colon.i], colon, w, ("PER", "ORG", "PERSON"), layout)
        if report is not None:
            return report
    dash = next((t for t in reversed(tokens[-6:-1]) if t.text in separators and t.whitespace_), None)
    if dash is None or (doc[dash.i - 1].whitespace_ == "" and dash.text not in ";,:"):
        return None  # a hyphen inside a word is no separator
    return _headline_phrase(doc, [t for t in tokens if t.i > dash.i and not t.is_punct], dash, w, None, layout)


def _headline_phrase(doc: Doc, phrase: list[Token], trigger: Token, w: SimpleNamespace, named: Optional[tuple],
                     layout: Layout) -> Optional[Report]:
    """The headline's speaker in `phrase` (the words before its colon, or after its last separator): before a
    colon, a name the model knows as a person or body (`named`), a title or a body's noun ("Explainer:", "Live:" are
    labels); after a separator, also any proper noun or acronym ("... - PN", "... - NDRRMC")."""
    if not 1 <= len(phrase) <= 4 or any(t.pos_ in ("VERB", "AUX", "NUM") or t.like_num for t in phrase):
        return None
    first = phrase[0].i
    if any(t.ent_type_ in ("LOC", "GPE") and _entity_start(t) >= first for t in phrase) \
            and not any(t.lower_ in w.title_nouns for t in phrase):
        return None
    bodies = _collective_nouns(w.language)
    heads = [t for t in phrase if t.lower_ in w.title_nouns or t.lower_ in w.source_nouns or t.lemma_.lower() in bodies
             or t.lower_ in bodies or (t.pos_ == "PROPN" and t.text[:1].isupper() and (
                 t.ent_type_ not in ("LOC", "GPE", "MISC", "DATE") or _entity_start(t) < first)
                 and (named is None or t.ent_type_ in named))
             or (named is None and t.is_alpha and t.is_upper and len(t.text) >= 3)]
    if not heads or any(t.lemma_.lower() in w.document_nouns or t.lower_ in getattr(w, "headline_labels", ())
                        for t in phrase):
        return None  # "Report: ...", "Explainer: ...": a label, no one speaks
    from .folding import name_key
    from .gazetteer import gazetteer
    written = doc[phrase[0].i:phrase[-1].i + 1].text
    if not written.islower() and name_key(written) in gazetteer(w.language).exact:
        return None  # "Floods in the north - Kerala": a place, not a speaker ("police" in lower case is no town)
    report = Report(trigger=trigger.i, verb="headline", unit=0)
    return _with_span(doc, report, heads[-1], phrase[0].i, phrase[-1].i + 1, layout)


def _entity_start(token: Token) -> int:
    """Where the entity around the token begins (the token's own index when it is in none)."""
    return next((e.start for e in token.doc.ents if e.start <= token.i < e.end), token.i)


def _collective_nouns(language: str) -> frozenset:
    """Bodies and groups that speak without a name ("police", "organizers"): sources.yml `collective_speakers`,
    one-word ones, with their plural."""
    from .lexicon import entry
    words_ = {p.lower() for p in entry("sources", "collective_speakers", language) or () if " " not in p}
    return frozenset(words_ | {p + "s" for p in words_})


def _according_to_phrase(doc: Doc, phrase: Optional[Span], layout: Layout, w: SimpleNamespace) -> Optional[Report]:
    """"according to X" (`phrase`: where the lexicon's phrase matched, labelled with it): the report of X."""
    if phrase is None:
        return None
    unit = layout.unit_of(phrase[0].idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    head = _first_nominal(doc, phrase.end, hi)
    if head is None:
        return None
    named = head.pos_ == "PROPN" or any(c.dep_ in ("compound", "poss") or (
        c.dep_ == "prep" and c.lower_ in getattr(w, "agent_prepositions", ())) for c in head.children) or any(
        c.dep_ == "det" and c.lower_ in getattr(w, "definite_determiners", ()) for c in head.children) or any(
        c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in head.children)
    if (head.lemma_.lower() in w.document_nouns or head.lower_ in w.document_nouns) and not named:
        return None  # "according to initial calculations": a document with no author named
    if head.lemma_.lower() in getattr(w, "according_to_nobody", ()) and not any(
            c.dep_ == "prep" and c.lower_ in getattr(w, "agent_prepositions", ()) or c.dep_ == "acl" and any(
                a.dep_ == "agent" for a in c.children) for c in head.children):
        return None  # "According to details, ...": no one named
    return _with_span(doc, Report(trigger=phrase.start, verb=phrase.label_, unit=unit), head, lo, hi, layout)


def _framed_by_a_document(verb: Token, w: SimpleNamespace) -> bool:
    """"In a statement published on social media, the police provided an account of ...": a verb whose clause a
    document frames (`document_frame_prepositions` + a document noun) reports, whatever the verb."""
    return any(c.dep_ == "prep" and c.lower_ in getattr(w, "document_frame_prepositions", ()) and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in w.document_nouns or g.lower_ in w.document_nouns)
        and any(d.dep_ == "det" for d in g.children) for g in c.children) for c in verb.children)


def _framing_author(verb: Token, w: SimpleNamespace) -> Optional[Token]:
    """"In a report released by the army, the dead were identified as ...": the author of the document that frames
    a clause with no subject of its own speaks (the agent of its participle, or its "by" / "from")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in getattr(w, "document_frame_prepositions", ()):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not (noun.lemma_.lower() in w.document_nouns or noun.lower_ in w.document_nouns):
                continue
            by = [a for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"] + [
                c for c in noun.children if c.dep_ == "prep" and c.lower_ in getattr(w, "agent_prepositions", ())]
            author = next((p for b in by for p in b.children if p.dep_ == "pobj"), None)
            if author is not None and author.ent_type_ != "DATE" and author.lower_ not in w.time_words:
                return author
    return None


def _verb_with_subject(doc: Doc, verb: Token, layout: Layout, w: SimpleNamespace) -> Optional[Report]:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    incise_subject = _incise_after_quote(doc, verb, layout)
    if incise_subject is not None:
        pass  # '"…," he quipped': any verb closing a quote with its subject reports it
    elif lemma not in w.reporting_verbs and not (lemma in getattr(w, "document_verbs", ()) and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in w.document_nouns or c.lower_ in w.document_nouns)  # "datum"
            for c in verb.children)) and not (
            lemma in getattr(w, "figure_object_verbs", ()) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in w.figure_object_nouns for c in verb.children)) \
            and not _framed_by_a_document(verb, w):
        return None  # "Data from the commission shows ...", "X raised the toll to 40": who gives the figure
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children):
        return None  # a hypothesis, not a statement
    if lemma in w.decline_verbs and not any(c.dep_ == "xcomp" and (c.lemma_.lower() in w.reporting_verbs or (
            c.lemma_.lower() in getattr(w, "figure_giving_verbs", ()) and any(
                d.dep_ == "dobj" and d.lemma_.lower() in w.figure_object_nouns for d in c.children))) for c in children):
        return None  # "declined to say", "refused to give a crowd figure" report; "refused to leave" does not
    if lemma in getattr(w, "clause_verbs", ()) and (verb.dep_ == "relcl" and lemma in w.belief_verbs or not any(
            c.dep_ in ("ccomp", "parataxis") for c in children)):
        return None  # "de Marco observed" after what he said reports; "observed a minute of silence" does not
    if lemma in w.figure_verbs and not any(t.like_num or t.lower_ in _counting_nouns(w.language) for t in verb.subtree):
        return None  # "put the damage at $15 billion" reports a figure; "put pressure on" does not
    if lemma in getattr(w, "appeal_verbs", ()) and incise_subject is None and not _appeals_with(verb, lemma, layout, w):
        return None  # "urged calm", "pleaded guilty", "called the police 3 times"
    if not _reports_what_it_takes(verb, lemma, children, w):
        return None  # "contest his seat", "questioned the suspect", "Cholera claimed 59 lives"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.reporting_verbs:
        return None  # "declined to say": the head verb's report
    if _quoted_as_saying(verb, w) is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        return None  # "X was quoted by Y as saying": X speaks, through "saying"
    says = any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "dative", "agent") for c in children) or (
        verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i and _quoted_as_saying(verb.head.head, w) == verb) or (
        verb.dep_ == "xcomp" and verb.head.dep_ == "acomp")  # "X was unable to verify if ..."
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    closing = _closing_subjects(doc, verb, lo, hi, layout, w)
    if not says and verb.dep_ not in ("ccomp", "parataxis", "ROOT") and not closing:
        return None  # "adding to the property loss"
    subject = _subject_of_report(verb, w) or incise_subject or _framing_author(verb, w)
    if closing and (subject is None or subject.i < closing[0][0]):
        # "…, police and residents said.": the phrase between the last comma and a verb that ends the sentence
        # speaks, each of its coordinated names, whatever the parser hung them on
        first, head = closing[0]
        return _with_span(doc, Report(trigger=verb.i, verb=lemma, unit=unit), head, first, verb.i, layout)
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
    after_dateline = _after_dateline(doc, subject, verb, lo)
    if after_dateline is not None:
        lo, subject = after_dateline
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


DATELINE_SEPARATORS = ("-", "–", "—", ":", "|")


def _after_dateline(doc: Doc, subject: Token, verb: Token, lo: int) -> Optional[tuple[int, Token]]:
    """"MANILA, Philippines - Muslim rebels said", "NAIROBI, Kenya, May 24 – The Red Cross says", "Bhubaneswar:
    Odisha's minister ... denied": a subject that opens its sentence with a dateline (a capitalised place, its
    country, a date, an agency in brackets, then a dash or a colon) is the parser's mistake; the noun phrase after
    the dash speaks: where it starts and its head, else None."""
    first = next((t for t in doc[lo:verb.i] if not t.is_space), None)
    if first is None or subject.i < first.i or not first.text[:1].isupper() or first.pos_ != "PROPN" \
            and not first.is_upper:
        return None
    k = first.i + 1
    while k < verb.i and k - first.i <= 9 and doc[k].text not in DATELINE_SEPARATORS and (
            doc[k].pos_ in ("PROPN", "NUM") or doc[k].text in (",", "(", ")") or doc[k].ent_type_ == "DATE"):
        k += 1
    if k >= verb.i or doc[k].text not in DATELINE_SEPARATORS or subject.i >= k:
        return None
    if not (first.is_upper and len(first.text) >= 3) and not (doc[k].text == ":" and k == first.i + 1) \
            and not any(t.text in (",", "(") for t in doc[first.i + 1:k]):
        return None  # "Smith - an aide to the mayor - said": a name between dashes, no dateline
    head = next((t for t in doc[k + 1:verb.i] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:head.i]):
        return None
    while head.head.i > head.i and head.head.i < verb.i and head.head.pos_ in ("NOUN", "PROPN") \
            and head.dep_ in ("compound", "poss", "amod", "nmod"):
        head = head.head  # "The Kenya Red Cross Society", "Odisha's minister"
    return k + 1, head


def _incise_after_quote(doc: Doc, verb: Token, layout: Layout) -> Optional[Token]:
    """'"We are not leaving," he smiled', '"…," quipped the mayor': a verb right after the quote it closes, with its
    subject next to it (before it, or after it, which the parser takes for an object), nothing else after it but
    the end of the sentence, and the quoted clause hung on it, is an incise of reported speech whatever the verb:
    its subject, else None."""
    children = list(verb.children)
    if verb.dep_ != "ROOT" or not any(
            c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and layout.in_quote(c.idx) for c in children):
        return None
    before = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i and not layout.in_quote(c.idx)), None)
    after = [c for c in children if c.i > verb.i and not c.is_punct]
    if before is not None:
        subject, first = before, min(t.i for t in before.subtree)
        if after or any(t.pos_ == "VERB" for t in doc[first:verb.i]):
            return None  # '"…" won 3 awards', '"…," he told the crowd at the rally'
    elif len(after) == 1 and after[0].dep_ in ("nsubj", "dobj") and after[0].pos_ in ("NOUN", "PROPN"):
        subject, first = after[0], verb.i  # '"…," quipped the mayor'
    else:
        return None
    last = max(t.i for t in verb.subtree)
    if last + 1 < len(doc) and doc[last].text not in (".", "!", "?", ",") and not doc[last + 1].is_space \
            and doc[last + 1].text not in (".", "!", "?"):
        return None
    j = first - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0:
        return None
    mark = doc[j]
    closes = mark.text in ("”", "»") or (mark.text in ('"', "’", "'", "“", "«") and any(
        e == mark.idx + len(mark.text) for _, e in layout.quotes))
    return subject if closes else None


def _appeals_with(verb: Token, lemma: str, layout: Layout, w: SimpleNamespace) -> bool:
    """An appeal that reports: a quote or a figure in what it asks, after the verb ("urged governments to deploy
    \"counter-cyclical measures\"", "demanded 2,000 more beds"), through the preposition some verbs need ("called
    for", "called on")."""
    prepositions = (getattr(w, "appeal_prepositions", None) or {}).get(lemma)
    if prepositions:
        asked = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in prepositions]
    else:  # what is asked: the object and the clause, not an adverbial ("urged calm after 3 people died")
        asked = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > verb.i]
    if any(t.like_num or t.lower_ in _counting_nouns(w.language) or layout.in_quote(t.idx)
           for c in asked for t in c.subtree):
        return True
    # "urged councillors to vote against the budget", "called on residents to stop ...": what is asked, an infinitive
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _counting_nouns(language: str) -> frozenset:
    """"hundreds", "thousands": the nouns that count (the language's numbers lexicon, as the figures read it)."""
    return number_words.words(language).counting_nouns


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
        # two subjects is the parser's mistake ("The storm ... has claimed 10 lives, said the minister", "The raiders
        # attacked ..., the police said"): the one next to the verb speaks
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        relatives = getattr(w, "relative_pronouns", ()) if w is not None else ()
        subject = subjects[0] if any(c.lower_ in relatives for c in subjects) else min(
            subjects, key=lambda c: abs(c.i - verb.i), default=None)  # ("a woman who prosecutors allege ...")
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


