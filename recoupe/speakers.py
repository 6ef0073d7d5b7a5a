"""The speaker of a report: the actor mention its phrase names, or the one a pronoun, a description ("l'agence",
"le ministre") or a document ("les chiffres publiés par l'Insee") points back to; a document's author is found in
recoupe/document_authors.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .document_authors import _document_author, _earlier_document_author, _issuer_in_unit
from .lexicon import load
from .models import ActorMention, Claim
from .nlp import doc_language, tokens_from
from .reporting import (
    DEMONSTRATIVE_SPEAKER, DOCUMENT_NOUNS, Report, SINGULAR_PERSON_PRONOUNS, SOURCE_NOUNS, TITLE_NOUNS,
    _is_reporting_verb, words,
)
from .subjects import _unit_tokens, _with_span, noun_phrase
from .pronoun_agreement import PRONOUN_AGREEMENT, _agrees

if TYPE_CHECKING:
    from .layout import Layout


@dataclass
class _Said:
    claim: Claim
    mention: Optional[ActorMention]
    trigger: Optional[int]  # token index of the verb / "selon"
    unit: int


def _named_last_before(layout: Layout, unit: int, offset: int, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """The actor named last before `offset`, outside quotes, in its sentence or the one before: what a
    demonstrative ("celui-ci", "ce dernier") stands for."""
    begin = layout.units[max(0, unit - 1)][0]
    named = [m for m in mentions if begin <= m.start and m.end <= offset and not layout.in_quote(m.start)]
    return max(named, key=lambda m: m.end, default=None)


def _speaker(
    doc: Doc, report: Report, layout: Layout, mentions: list[ActorMention], said: list[_Said]
) -> Optional[tuple[str, Optional[ActorMention]]]:
    """(speaker as written, the actor mention it is) for a report, or None when nobody can be named."""
    negated = words(doc_language(doc)).negated_speaker
    recent = [s for s in said if report.unit - s.unit <= 2 and s.claim.speaker_text
              and not negated.match(s.claim.speaker_text)]
    if report.demonstrative is not None:
        latest = _named_last_before(layout, report.unit, doc[report.demonstrative].idx, mentions)
        # "…, selon le député de la ville, Paul Roux. Ce dernier affirme …": a speaker named after that actor is last
        later = [s for s in recent if s.unit == report.unit - 1 and latest is not None
                 and layout.text.rfind(s.claim.speaker_text, s.claim.start, s.claim.end) > latest.end]
        if later:
            return later[-1].claim.speaker_text, later[-1].mention
        if latest is not None:  # "Le ministre a reçu le maire. Ce dernier affirme …": the maire, not the subject
            return latest.surface, latest
    if report.pronoun:
        if report.inverted:
            # "Service de presse sud-africain “…” a-t-il déclaré": a name opening the sentence is the speaker
            opener = _mention_opening_unit(layout, report.unit, mentions, doc[report.trigger].idx)
            if opener is not None and not _subject_of_content(doc, opener, report):
                return opener.surface, opener
        # "Le BND a déclaré qu'il ne pouvait pas confirmer": inside what a speaker reports, "il" is that speaker
        ancestors = {a.i for a in doc[report.trigger].ancestors}
        governing = [s for s in recent if s.unit == report.unit and s.trigger in ancestors]
        if governing:
            return governing[-1].claim.speaker_text, governing[-1].mention
        if report.verb == "selon":  # "Un élu confirme ces informations : selon lui, …": the one who spoke before
            before = [s for s in recent if s.unit == report.unit and s.trigger is not None and s.trigger < report.trigger]
            if before:
                return before[-1].claim.speaker_text, before[-1].mention
        # the speaker of the previous sentence, else its subject, else the last speaker nearby; one whose noun
        # disagrees with the pronoun ("Elles avancent …" after "d'autres témoins") is not the one
        agreeing = [s for s in recent if _agrees(doc, layout, s, report.pronoun)]
        direct = any(c.dep_.startswith("nsubj") and c.lower_ == report.pronoun for c in doc[report.trigger].children) or (
            report.inverted and not any(s.unit == report.unit - 1 for s in recent))  # "a-t-elle écrit" past a sentence
        if direct and len(agreeing) < len(recent):  # ("A Paris, ils étaient 7 000 contre 8 000 comptabilisés":
            # "ils" is the marchers, and the verb's source the one who spoke before)
            if not [s for s in agreeing if s.unit == report.unit - 1]:
                body = _agreeing_body_before(doc, layout, report, mentions)
                if body is not None:
                    return body
            recent = agreeing
        previous = [s for s in recent if s.unit == report.unit - 1]
        if previous and all(_embedded(doc, s) for s in previous) and _same_passage(layout, report.unit):
            # "Le syndicat est inquiet, d'autant plus que l'employeur n'a pas indiqué … De plus, il ne sait pas si …":
            # the one who spoke in a subordinate clause is not the topic; the main clause's subject is
            subject = _unit_subject(doc, layout, report.unit - 1, mentions, passive=True)
            if subject is not None:
                return subject.surface, subject
        if report.pronoun in getattr(words(doc_language(doc)), "person_pronouns", ()):
            # "he", "she" stand for a person: "X said ... and that authorities had confirmed ... , he said"
            persons = [s for s in previous if (s.mention.kind == "person" if s.mention is not None else
                                               all(word[:1].isupper() for word in s.claim.speaker_text.split()))]
            previous = persons or previous
        if previous:
            main = _in_main_clause(doc, previous)
            return main[-1].claim.speaker_text, main[-1].mention
        plural = report.pronoun in getattr(words(doc_language(doc)), "body_pronouns", ())
        subject = _unit_subject(doc, layout, report.unit - 1, mentions, passive=plural) \
            if _same_passage(layout, report.unit) else None
        if subject is None and report.pronoun in SINGULAR_PERSON_PRONOUNS and _same_passage(layout, report.unit):
            # "Jean Dupont, porte-parole de X, était à Kiev. … a-t-il ajouté": the person opening the sentence before
            opener = _mention_opening_unit(layout, report.unit - 1, mentions, layout.units[report.unit - 1][1])
            subject = opener if opener is not None and opener.kind == "person" else None
        if subject is not None:
            return subject.surface, subject
        body = _speaking_subject_before(doc, layout, report, mentions) if not recent else None
        if body is not None:  # "Les autorités locales ont affiché leur étonnement. Samedi, elles avaient annoncé …"
            return body
        if recent:
            return recent[-1].claim.speaker_text, recent[-1].mention
        if report.pronoun in SINGULAR_PERSON_PRONOUNS:
            # "…, a indiqué un responsable des secours. [a paragraph of background] … « proche de 700 »,
            # a-t-il indiqué": the last one who spoke, a few sentences back, when one speaker was quoted
            far = [s for s in said if s.claim.speaker_text and not negated.match(s.claim.speaker_text) and (not direct or _agrees(doc, layout, s, report.pronoun))
                   and report.unit - s.unit <= 6 and layout.unit_paragraph[report.unit] - layout.unit_paragraph[s.unit] <= 2
                   and not re.match(r"(?:les|des|ces|leurs?)\s", s.claim.speaker_text, re.I)]
            if far:
                return far[-1].claim.speaker_text, far[-1].mention
        person = _person_named_before(doc, layout, report, mentions)
        if person is not None:
            return person.surface, person
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
        if agent is not None:  # "selon un bilan provisoire publié par Paul Marchand" (a participle the parser missed)
            mention, speaker_text = agent, layout.text[report.start:agent.end].strip()
    w = words(doc_language(doc))
    if author is None and mention is None and report.head is not None and doc_language(doc) != "fr":
        # (reports read from a ClearNLP subject, reports_by_subject.py; French documents: reports._authorless_document)
        earlier = _earlier_document_author(doc, report, mentions)
        if earlier is not None:
            return earlier
        if report.verb in getattr(w, "according_to", ()) \
                and doc[report.head].pos_ == "NOUN" and (doc[report.head].lemma_.lower() in w.document_nouns
                                                         or doc[report.head].lower_ in w.document_nouns):
            return None  # "according to the data", no author named in the article: nobody speaks
    titled = report.head is not None and doc[report.head].lower_ in w.title_nouns
    if mention is None or (titled and mention.kind != "person"):
        # "Maria Lund, la sœur du dirigeant, a qualifié …", "Jarosław Kaczyński, le chef du parti X, a accusé":
        # the person the phrase is in apposition to, before it or ("La présidente de la Commission, Ursula
        # von der Leyen, a annoncé") after it
        before = [m for m in mentions if m.end <= report.start and re.fullmatch(r"\s*,\s*", layout.text[m.end:report.start])]
        after = [m for m in mentions if m.start >= report.end and re.fullmatch(r"\s*,\s*", layout.text[report.end:m.start])]
        if titled and not (after and after[0].kind == "person"):
            after = _apposed_person_after(doc, report, layout, mentions)
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
    same = load("speakers").get("same_source")
    if mention is None and same and re.match(same, speaker_text, re.I):
        # "d'après la même source": the source quoted last in the article, however many sentences back
        earlier = [s for s in said if s.unit <= report.unit and s.claim.speaker_text
                   and not negated.match(s.claim.speaker_text) and not re.match(same, s.claim.speaker_text, re.I)]
        if earlier:
            return earlier[-1].claim.speaker_text, earlier[-1].mention
    if mention is None and recent and speaker_text.lower() in load("speakers").get("interlocutors", []):
        return recent[-1].claim.speaker_text, recent[-1].mention  # "Notre interlocuteur": the one just quoted
    if mention is None and w.demonstrative_speaker.match(speaker_text) and recent:
        mention = recent[-1].mention  # "selon cette source": the source just quoted
    if mention is None and recent and report.head is not None and doc[report.head].lemma_ in DOCUMENT_NOUNS \
            and speaker_text.split()[0].lower() in load("speakers").get("demonstratives", ()) \
            and report.unit - recent[-1].unit <= 1:
        # "La Cour a rendu public un rapport … Selon ce document, la dette atteignait 100 %": the document the one who
        # spoke just before issued
        return recent[-1].claim.speaker_text, recent[-1].mention
    if mention is None and not recent and report.head is not None and doc[report.head].lemma_ in DOCUMENT_NOUNS \
            and speaker_text.split()[0].lower() in load("speakers").get("demonstratives", ()) \
            and _same_passage(layout, report.unit):
        issuer = _issuer_in_unit(doc, *_unit_tokens(doc, layout, report.unit - 1))
        if issuer is not None:  # "Le gouvernement a fait un récapitulatif … Selon ce décompte, …": no one spoke yet
            lo, hi = _unit_tokens(doc, layout, report.unit - 1)
            span = _with_span(doc, Report(trigger=issuer.head.i, verb="", unit=report.unit - 1), issuer, lo, hi, layout)
            return layout.text[span.start:span.end].strip(), _mention_in_span(doc, span, issuer.idx, mentions)
    if mention is None and report.head is not None and doc[report.head].lower_ in w.title_nouns:
        mention = _person_by_role(speaker_text, report.start, mentions)
        if mention is None and recent and _fits_role(recent[-1].mention, speaker_text):
            mention = recent[-1].mention  # "Pereira affirme … Le président portugais a critiqué …"
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
        if mention is None and report.verb == "selon" and recent and report.unit - recent[-1].unit <= 1:
            # "Certaines régions auraient atteint 100 % selon leurs estimations": no subject of its own to own the
            # document, the one who spoke in this sentence or the one before
            last = [s for s in recent if s.unit == recent[-1].unit]
            main = _in_main_clause(doc, last)[-1]
            return main.claim.speaker_text, main.mention
    if mention is None and report.head is not None:
        head_word = doc[report.head].lower_
        expanded = (getattr(w, "title_abbreviations", None) or {}).get(head_word)
        if expanded:  # "The FM said": the person introduced as finance minister ("Finance minister X", role)
            mention = _person_by_role(expanded, report.start, mentions) or next((
                m for m in reversed(mentions) if m.kind == "person" and m.end <= report.start
                and expanded in layout.text[max(0, m.start - 40):m.start].lower()), None)
        elif head_word in getattr(w, "generic_bodies", ()) and len(speaker_text.split()) == 2 \
                and w.description.match(speaker_text):
            # "the organization said": the organisation named last, in this sentence or the two before
            since = layout.units[max(0, report.unit - 2)][0]
            bodies = getattr(w, "generic_bodies", ())
            named = [m for m in mentions if since <= m.start and m.end <= report.start and (
                m.kind == "organisation"  # or a name the article introduced as a body: "the aid group X"
                or any(word in bodies for word in re.findall(r"\w+", layout.text[max(since, m.start - 30):m.start].lower())))]
            mention = named[-1] if named else None
    cited = report.verb == "citer" and report.head is not None and report.head > report.trigger
    if (report.relative or cited) and mention is None:
        return None  # "des informations selon lesquelles", "citant le matériel vétuste": no speaker
    if mention is None and report.head is not None and not report.relative \
            and doc[report.head].lemma_.lower() in load("speakers").get("quantity_nouns", ()):
        return None  # "Le nombre de blessés est « proche de 700 », affirmant …": a quantity says nothing
    if mention is None and _points_back(doc, report, speaker_text):
        return None  # "Ce renfort a permis …", "Ces effectifs ont confirmé …": what was counted, not who speaks
    return speaker_text, mention


def _person_named_before(doc: Doc, layout: Layout, report: Report, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """The last person named outside quotes in the sentence before, for a singular personal pronoun no one who spoke
    nearby stands for ("Christian Dupuis a été presque ironique. Il a déclaré : « … »")."""
    w = words(doc_language(doc))
    if report.pronoun not in SINGULAR_PERSON_PRONOUNS | frozenset(getattr(w, "person_pronouns", ())) \
            or not _same_passage(layout, report.unit):
        return None
    start, end = layout.units[report.unit - 1][0], layout.units[report.unit][0]
    persons = [m for m in mentions if start <= m.start < end and m.kind == "person" and not layout.in_quote(m.start)]
    return persons[-1] if persons else None


def _embedded(doc: Doc, said: _Said) -> bool:
    """Whether a claim's verb stands in a clause on a subordinator ("d'autant plus que X n'a pas indiqué …") under a
    verb that does not report."""
    if said.trigger is None:
        return False
    trigger = doc[said.trigger]
    return trigger.dep_ in ("advcl", "ccomp") and trigger.head.i != trigger.i and not _is_reporting_verb(trigger.head) \
        and any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’", "si", "quand", "lorsque", "puisque")
                for c in trigger.children)


def _in_main_clause(doc: Doc, items: list[_Said]) -> list[_Said]:
    """Of the speakers of a sentence, those of its main clause, when some speak in a relative clause ("X a contesté
    les allégations du ministre, qui accuse …"): a pronoun after it stands for X, the sentence's topic, not for the
    one the relative clause adds. All of them when none speaks in the main clause."""
    main = [s for s in items if s.trigger is None or not any(
        t.dep_ in ("acl:relcl", "acl") for t in [doc[s.trigger], *doc[s.trigger].ancestors])]
    # when the parser hung every verb under some relative clause, the one that is not itself a relative's verb
    own = [s for s in items if s.trigger is None or doc[s.trigger].dep_ not in ("acl:relcl", "acl")]
    kept = main or own or items
    # "Il a déploré que le gouvernement annonce …, alors que les libéraux disaient …": one whose verb another's
    # governs speaks inside that one's words
    triggers = {s.trigger for s in kept if s.trigger is not None}
    governing = [s for s in kept if s.trigger is None
                 or not any(a.i in triggers and a.i != s.trigger for a in doc[s.trigger].ancestors)]
    return governing or kept


def _agreeing_body_before(doc: Doc, layout: Layout, report: Report, mentions: list[ActorMention]
                          ) -> Optional[tuple[str, Optional[ActorMention]]]:
    """"Oméga a pu joindre des organisations de la société civile. Elles avancent 35 morts.": the last noun of
    the previous sentence for a body or people that speak (speaking_nouns), agreeing with the pronoun; for "il" or
    "elle", a person subject of that sentence first."""
    wanted = PRONOUN_AGREEMENT.get(report.pronoun)
    if wanted is None or report.unit == 0 or not _same_passage(layout, report.unit):
        return None
    subject = _unit_subject(doc, layout, report.unit - 1, mentions)
    if report.pronoun in SINGULAR_PERSON_PRONOUNS and subject is not None and subject.kind == "person":
        return subject.surface, subject  # "Le chef du parti, Jean Roux, a critiqué le gouvernement. Il a déploré …"
    lo, hi = _unit_tokens(doc, layout, report.unit - 1)
    speaking = set(load("speakers")["speaking_nouns"])
    counted = set(load("speakers")["counted_people"])
    for token in reversed(doc[lo:hi]):
        if token.pos_ != "NOUN" or token.lemma_ not in speaking or layout.in_quote(token.idx) \
                or token.lower_ in counted or any(c.dep_ == "nummod" for c in token.children):
            continue  # "84 000 manifestants": what is counted speaks for no one
        if wanted[0] in token.morph.get("Gender") and wanted[1] in token.morph.get("Number"):
            first, last = noun_phrase(doc, token, lo, hi)
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
            mention = next((m for m in mentions if start <= m.start and m.end <= end), None)
            return layout.text[start:end].strip(), mention
    return None


def _speaking_subject_before(doc: Doc, layout: Layout, report: Report, mentions: list[ActorMention]
                             ) -> Optional[tuple[str, Optional[ActorMention]]]:
    """The subject of the previous sentence in the same passage, when it is a body or someone who can speak
    (speaking_nouns, titles) agreeing with the pronoun: what a subject pronoun with no speaker before it stands for."""
    wanted = PRONOUN_AGREEMENT.get(report.pronoun)
    if wanted is None or report.unit == 0 or not _same_passage(layout, report.unit):
        return None
    speaking = (set(load("speakers")["speaking_nouns"]) | TITLE_NOUNS) - set(load("speakers")["counted_people"])
    # the sentence before, else the one before it in that passage ("Les autorités ont affiché leur étonnement. « … »,
    # a expliqué une source. Samedi, elles avaient annoncé …": "elles" is not "une source")
    back = (1, 2) if report.unit > 1 and layout.unit_paragraph[report.unit] - layout.unit_paragraph[report.unit - 2] <= 1 else (1,)
    for lo, hi in (_unit_tokens(doc, layout, report.unit - b) for b in back):
        for token in doc[lo:hi]:
            if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.lemma_.lower() not in speaking \
                    or layout.in_quote(token.idx) or token.head.dep_ not in ("ROOT", "conj"):
                continue
            gender, number = token.morph.get("Gender"), token.morph.get("Number")
            if (gender and wanted[0] not in gender) or (number and wanted[1] not in number):
                continue
            first, last = noun_phrase(doc, token, lo, hi)
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
            mention = next((m for m in mentions if start <= m.start and m.end <= end), None)
            return layout.text[start:end].strip(), mention
    return None


def _apposed_person_after(doc: Doc, report: Report, layout: Layout, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Le porte-parole des grévistes, le Dr Jean Roux, a rejeté …", "a affirmé le porte-parole du gouvernement, le
    ministre Jean Roux, à la radio", "le conseiller du ministre chargé des relations sociales, Jean Roux a indiqué":
    the person named after a comma, past what is left of the title's phrase (no verb of its own, no other
    punctuation) and a determiner with a title or a civility, is the one the title names."""
    unit_end = layout.units[report.unit][1]
    trigger = doc[report.trigger].idx
    w = words(doc_language(doc))
    for m in mentions:
        if m.kind != "person" or m.start < report.end or m.end > unit_end or layout.in_quote(m.start):
            continue
        if report.start < trigger < m.start:
            break  # a subject before its verb: the apposition sits between them
        gap = layout.text[report.end:m.start]
        if len(gap) > 120 or re.search(r"[.;:!?«»“”\"()]", gap):
            break
        if "," not in gap:
            # "le délégué pour les sinistrés Jean Roux.": a few lower-case words, then the name closing
            # the clause
            closing = re.match(r"\s*(?:[,.;:!?]|$)", layout.text[m.end:unit_end])
            if not (closing and len(gap.split()) <= 4 and all(x.islower() for x in gap.split())):
                break
            gap = ", "
        last = gap.rsplit(",", 1)[1].split()
        if len(last) > 3 or not all(x.lower().rstrip(".") in w.civilities or x.lower() in w.title_nouns
                                    or re.fullmatch(r"(?:le|la|l['’])", x, re.I) for x in last):
            break
        tokens = tokens_from(doc, report.end, m.start)
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in tokens):
            break
        return [m]
    return []


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


def _agent_named_after(text: str, start: int, end: int, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """The one named after "par" in a document phrase, within the clause: "un bilan tweeté par X", "par le
    ministre, X"."""
    for mention in mentions:
        if start < mention.start < end and re.fullmatch(
                r"[^,;:.!?«»“”()]{0,60}\bpar\s+(?:(?:le|la|les|l['’])\s*)?(?:[^,;:.!?«»“”()]{1,50},\s*)?",
                text[start:mention.start]):  # "par le ministre de l'Intérieur, Paul Marchand": the title, then the name
            return mention
    return None


def _same_passage(layout: Layout, unit: int) -> bool:
    """Whether the previous sentence is in the same or the previous paragraph."""
    return unit > 0 and layout.unit_paragraph[unit] - layout.unit_paragraph[unit - 1] <= 1


def _unit_subject(doc: Doc, layout: Layout, unit: int, mentions: list[ActorMention],
                  passive: bool = False) -> Optional[ActorMention]:
    """The named subject of a sentence ('Boris Pistorius a visité l'usine. « … », a-t-il déclaré'); with `passive`,
    an organisation subject of a passive too ("the council is confronted by another challenge. While they
    reported 77 deaths, ...")."""
    lo, hi = _unit_tokens(doc, layout, unit)
    for token in doc[lo:hi]:
        if token.dep_ != "nsubj" and not (passive and token.dep_ in ("nsubjpass", "nsubj:pass")):
            continue
        if token.pos_ not in ("NOUN", "PROPN") or layout.in_quote(token.idx):
            continue
        start_i, end_i = noun_phrase(doc, token, lo, hi)
        span = Report(trigger=token.i, verb="", unit=unit, start=doc[start_i].idx, end=doc[end_i - 1].idx + len(doc[end_i - 1].text), head=token.i)
        mention = _mention_in_span(doc, span, token.idx, mentions)
        if mention is not None and (token.dep_ == "nsubj" or mention.kind == "organisation"):
            return mention
    return None


def _subject_of_content(doc: Doc, mention: ActorMention, report: Report) -> bool:
    """ "Madrid a envoyé 4 300 soldats, a-t-il affirmé": a name that is the subject of a verb of its own, not the
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
    """'a déclaré le président sud-africain': the person the article introduced with that title."""
    return _last_described(speaker_text, before, mentions, "person", lambda m: m.role or "")


def _organisation_by_description(speaker_text: str, before: int, mentions: list[ActorMention]) -> Optional[ActorMention]:
    """'l'organisation', 'l'agence onusienne': the last organisation named before whose name or role holds
    those words ('Organisation internationale pour les migrations', 'l'agence de presse Nordpresse') and is headed by
    the same noun, or one of its family (agence, service…): "la police" is not "la préfecture de police"."""
    head = _head_family(_description_words_in_order(speaker_text)[:1])
    candidates = [m for m in mentions if m.kind != "organisation" or head & (
        _head_family(_description_words_in_order(m.name)[:1]) | _head_family(_description_words_in_order(m.role or "")[:1]))]
    return _last_described(speaker_text, before, candidates, "organisation", lambda m: f"{m.name} {m.role or ''}")


def _description_words_in_order(text: str) -> list[str]:
    text = re.sub(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)", "", text.strip(), flags=re.I)
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
    """The words of a speaker phrase without its article: "le président sud-africain" -> président, sud-africain;
    "the judge" -> judge."""
    return _words(re.sub(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)", "", speaker_text, flags=re.I))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", text.lower()) if len(w) > 2}
