"""The event of a frame and its modality (see recoupe/frames.py, `event` and `modality`): the token that holds the
count's role in its clause (_holder), what is said of the counted things (_event, _verb, _coordinated_participle)
and how sure it is (_modality)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from .dates import offset_in_sentence
from .matchers import within
from .models import Figure
from .nlp import doc_language, doc_text
from .reporting import words as attribution_words


# a counted noun's roles whose head says what happened to it (French UD; English ClearNLP: "nsubjpass", "dobj")
HOLDER_ROLES = ("nsubj", "nsubjpass", "obj", "dobj", "obl", "iobj", "nmod")


def _lemma(token: Token) -> str:
    from .numbers import object_lemma

    return object_lemma(token)


def _coordinated_participle(noun: Token, lex: dict) -> Optional[Token]:
    """The participle a coordinated count ends with, when the noun is the first of two counts joined by "et"/"ou"
    ("49 militaires et 14 policiers blessés"): what is said of the second is said of both."""
    doc = noun.doc
    at = noun.i + 1
    if at + 2 >= len(doc) or doc[at].lower_ not in ("et", "ou", "and", "or") or not doc[at + 1].like_num:
        return None
    for token in doc[at + 2:at + 6]:
        if token.is_punct:
            return None
        if token.pos_ in ("VERB", "ADJ") and lex["verb_class"].get(_verb(token, lex) or ""):
            return token
    return None


def _in_own_sentence(token: Token, figure: Figure, text: str) -> bool:
    """Whether a token lies on the figure's line: the parse may run a title into the line after it, whose verb is
    not the figure's."""
    low, high = sorted((token.idx, figure.start))
    return "\n" not in text[low:high]


def _holder(anchor: Token, span, lex: dict) -> tuple[Token, bool]:
    """The token that holds the count's role in its clause: the noun, or the container it sits in ("un premier
    contingent de 2 400 soldats", "un total de 7 200 soldats", "1,089 million de personnes"); and whether a
    container says it is the first batch."""
    holder = anchor
    while holder.dep_ == "compound" and holder.head.i > holder.i and holder.head.pos_ == "NOUN":
        holder = holder.head  # "79 police officers": the phrase's head, not its first noun, holds its role
    first = False
    for _ in range(3):
        head = holder.head
        if holder.dep_ == "nmod" and head.i < holder.i and head.pos_ in ("NOUN", "NUM", "PROPN") and (
                _lemma(head) in lex["containers"] or span.start <= head.i < span.end):
            first = first or any(c.lemma_.lower() in lex["first"] for c in head.children)
            holder = head
        else:
            break
    first = first or any(c.lemma_.lower() in lex["first"] and c.i < anchor.i for c in anchor.children)
    return holder, first


def _verb_after(token: Token) -> Optional[Token]:
    for following in token.doc[token.i + 1:token.i + 10]:
        if following.pos_ in ("VERB",) and "Part" not in following.morph.get("VerbForm") or (
                following.pos_ == "VERB" and following.i > token.i + 1 and following.doc[following.i - 1].pos_ == "AUX"):
            return following
        if following.text in ('"', "»", "”", "“", "«"):
            continue  # '"7.200 policiers et gendarmes" seront mobilisés': a quote mark closes the noun phrase
        if following.is_punct or following.pos_ in ("SCONJ", "CCONJ", "NUM") or following.like_num:
            return None
    return None


def _event(noun: Optional[Token], holder: Token, span, lex: dict) -> tuple[Optional[str], Optional[Token]]:
    """The lemma of what is said of the counted things, and its token."""
    against = _event_against(span, lex) if noun is not None and _lemma(noun) in lex["generic"] else None
    if against is not None:
        return against
    candidates: list[Token] = []
    hung_before: Optional[Token] = None  # a participle right after the noun that the parse hung on a noun before
    if noun is not None:
        for child in noun.children:
            if child.i > noun.i and child.pos_ in ("VERB", "ADJ") and child.dep_ in ("acl", "amod") and (
                    "Part" in child.morph.get("VerbForm") and "Pres" not in child.morph.get("Tense")
                    or child.pos_ == "ADJ" and _verb(child, lex) in lex["verb_class"]):
                candidates.append(child)  # "149 policiers et gendarmes blessés": a participle the parse calls an adjective
        hung_before = _participle_hung_before(noun)
        if hung_before is not None:
            candidates.append(hung_before)  # "…, 3,300 arrests, and over 700 officers injured": hung on a noun before
    if holder.dep_.split(":")[0] in HOLDER_ROLES and holder.head.i != holder.i \
            and (holder.head.pos_ in ("VERB", "ADJ", "AUX") or holder.dep_.startswith("nsubj") and holder.head.pos_
                 == "NOUN" and any(c.dep_ == "cop" for c in holder.head.children)):
        candidates.append(holder.head)  # "11 300 personnes étaient mortes": a predicate the parse calls a noun
    elif holder.dep_ == "ROOT" or holder.head.i == holder.i:
        # the parse lost the clause: "2 400 soldats des forces spéciales Les Sud-Africains s'entraînent"
        following = next((t for t in holder.doc[holder.i + 1:holder.i + 12] if t.pos_ == "VERB"), None)
        if following is not None:
            candidates.append(following)
    if candidates and candidates[-1].i == holder.head.i:
        # "le nombre de personnes tuées pourrait grimper à 20 000 personnes": what the container that is the verb's
        # subject counts says what happened to them
        verbs = [holder.head] + ([holder.head.head] if holder.head.dep_ == "xcomp" else [])  # "pourrait grimper"
        for subject in (c for v in verbs for c in v.children if c.dep_.startswith("nsubj")
                        and _lemma(c) in lex["containers"]):
            for counted in (c for c in subject.children if c.dep_ == "nmod"):
                said = [c for c in counted.children if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ")
                        and _verb(c, lex) in lex["verb_class"]]
                if said:
                    candidates.insert(0, said[0])
    syntax = len(candidates)  # the candidates the parse gives; those after are guesses from word order
    # the parse often loses the clause: the verb right after the noun phrase ("7 200 soldats sud-africains
    # suivent un entraînement"), or right before the number ("Le pays compte 3,75 millions de soldats")
    # (from the figure's last word when no noun is said: "close to 300 were injured" reads on from "300")
    after = _verb_after(noun if noun is not None else holder if holder.i >= span.end - 1 else span[-1])
    if after is not None:
        candidates.append(after)
    before = holder.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _words(holder.doc).de_forms and span.start > 1:
        before = holder.doc[span.start - 2]  # "la mort de 20 personnes", "the deaths of 20 people"
    if before is not None and before.is_alpha:
        candidates.append(before)
    # a participle inside a name is no event ("deux sources des Nations unies")
    lemmas = [(_verb(t, lex), t) for t in candidates
              if (hung_before is not None and t.i == hung_before.i or not _of_another_count(t, span))
              and not _after_another_count(t, span) and not t.ent_type_]
    lemmas = [(lemma, t) for lemma, t in lemmas if lemma]
    syntactic = [(lemma, t) for lemma, t in lemmas[:syntax] if t.pos_ == "VERB" and not _counting(lemma, lex, t)
                 and lemma not in lex["planned_own"] and not any(c.dep_ == "xcomp" for c in t.children)]
    if syntactic and not any(lex["verb_class"].get(lemma) for lemma, _ in lemmas[:syntax]):
        # the verb the counted things are the subject or object of says what they did, even one no class knows
        # ("même avant d'être dans la rue, 600 000 personnes ont signé la pétition": they signed)
        lemmas = syntactic + lemmas[syntax:]
    concepts = _words(holder.doc).verb_concepts  # English lemmas as the French ones classes know ("death" -> "mort")
    for lemma, token in lemmas:
        for form in (lemma, re.sub(r"^se ", "", lemma), lemma + "r" if lemma.endswith("e") else None):
            if form and lex["verb_class"].get(concepts.get(form, form)):
                return form, token
    lemmas = [(lemma, t) for lemma, t in lemmas if t.pos_ in ("VERB", "ADJ") and not _counting(lemma, lex, t)]
    if lemmas:
        return lemmas[0]
    own = next((t for t in candidates if t.lemma_.lower() in lex["planned_own"]), None)
    return (None, own) if own is not None else (None, None)


def _counting(lemma: str, lex: dict, token: Token) -> bool:
    """Whether a verb says who counted (`counting_verbs`), also when the model gives a present form for its lemma
    ("affiche": afficher); in English (whose events are the French classes), any reporting verb ("Organisers say as
    many as 230,000 …": no event of theirs)."""
    if lemma in lex["counting"] or lemma.endswith("e") and lemma + "r" in lex["counting"]:
        return True
    language = doc_language(token.doc)
    return language != "fr" and lemma in attribution_words(language).reporting_verbs


def _event_against(span, lex: dict) -> Optional[tuple[str, Token]]:
    """The event a noun right before "contre"/"against" and a count of people says they undergo, when a class of
    events.yml knows it and it is nothing people do ("des poursuites contre 240 personnes", "des accusations de trahison contre 240 personnes",
    "charges against 240 people"): the noun and its complement stand before the preposition."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in lex["against"]:
        return None
    noun = doc[span.start - 2]
    if noun.pos_ != "NOUN" and noun.dep_ in ("nmod", "pobj", "compound") and noun.head.pos_ == "NOUN":
        noun = noun.head
    while noun.pos_ == "NOUN" and noun.dep_ in ("nmod", "pobj") and noun.head.i < noun.i and noun.i - noun.head.i <= 3:
        noun = noun.head.head if noun.head.pos_ == "ADP" else noun.head  # "accusations de trahison contre"
    if noun.pos_ != "NOUN":
        return None
    lemma = _verb(noun, lex)
    concepts = _words(doc).verb_concepts
    cls = lex["verb_class"].get(concepts.get(lemma, lemma)) if lemma else None
    return (lemma, noun) if cls and cls not in lex["people_classes"] else None  # not "protests against"


def _counted(token: Token) -> bool:
    """Whether a number counts the word itself ("le bilan a atteint 1 100 décès, pour 42 000 cas": the deaths are a
    count of their own, not what befell the cases)."""
    return bool(_numbers_on(token))


def _numbers_on(token: Token) -> list[Token]:
    """The numbers that count a noun: a numeral child, or a numeral right before it (not "un", a determiner)."""
    before = [token.doc[token.i - 1]] if token.i > 0 else []
    return [t for t in [*token.children, *before] if t.like_num and t.pos_ != "DET"
            and (t.dep_ == "nummod" or t.i == token.i - 1)]


def _of_another_count(token: Token, span) -> bool:
    """Whether a participle is said of a noun before it that another number counts ("16 700 cas, avec 570 personnes
    décédées": the cases did not die)."""
    head = token.head
    if token.dep_ not in ("acl", "amod") or head.pos_ not in ("NOUN", "PROPN") or head.i >= token.i:
        return False
    numbers = _numbers_on(head)
    return any(not span.start <= n.i < span.end for n in numbers) and not any(
        span.start <= n.i < span.end for n in numbers)


def _participle_hung_before(noun: Token) -> Optional[Token]:
    """The past participle right after a counted noun when the parse hangs it on an earlier noun that another
    number counts ("some 1,300 buildings damaged, 3,300 arrests, and over 700 officers injured"), else None."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.head.i >= noun.i or following.head.pos_ not in ("NOUN", "PROPN") \
            or "Part" not in following.morph.get("VerbForm") or "Pres" in following.morph.get("Tense"):
        return None
    return following if _after_another_count(following, noun.doc[following.head.i:following.head.i + 1]) else None


def _after_another_count(token: Token, span) -> bool:
    """Whether a participle the parse hangs on the counted noun comes right after another noun another number
    counts ("1,300 buildings damaged, 3,300 arrests, and over 700 officers injured": the officers were injured)."""
    if token.dep_ not in ("acl", "amod") or token.i <= span.end:
        return False
    nearest = token.i - 1
    while nearest >= span.end and token.doc[nearest].pos_ == "ADV":
        nearest -= 1
    noun = token.doc[nearest]
    if nearest < span.end or noun.pos_ not in ("NOUN", "PROPN") or noun.i == token.head.i:
        return False
    return any(t.like_num and t.lower_ not in NOT_COUNTS for t in token.doc[max(span.end, noun.i - 4):noun.i])


NOT_COUNTS = ("un", "une", "a", "an", "one")  # an article, not another count


def _words(doc: Doc):
    """numbers.yml of the document's language: its `de_forms` and `verb_concepts` (English lemmas as French ones)."""
    from .nlp import doc_language
    from .number_words import words

    return words(doc_language(doc))


def _verb(token: Token, lex: dict) -> Optional[str]:
    lemma = token.lemma_.lower()
    if lemma in lex["possible"] or lemma == "devoir" or lemma in lex["raising"]:
        # "pourraient être touchées", "were known to have been displaced": what they could undergo, or are said to
        inner = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "ADJ")), None)
        if inner is not None:
            return _verb(inner, lex)
    if token.pos_ == "ADJ" and re.search(r"é(?:e|s|es)?$", lemma):
        lemma = re.sub(r"é(?:e|s|es)?$", "er", lemma)
    if lemma in lex["declaring"]:  # "portées disparues", "reported missing": the state they are declared in
        said = list(token.children)  # "listed as missing", "déclarés comme disparus": the state after "as"
        said += [g for c in token.children if c.lower_ in ("as", "comme") for g in c.children]
        for child in said:
            state = lex["declared_states"].get(child.lower_) or lex["declared_states"].get(
                re.sub(r"(?:e|s|es)$", "", child.lower_))
            if state:
                return state
    if lemma in lex["passive_events"] and _passive(token):
        return lex["passive_events"][lemma]  # "2 000 personnes poursuivies": prosecuted, not going on
    obj = next((c for c in token.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"), None)
    if obj is not None and obj.lemma_.lower() in lex["event_holders"] and lemma in lex["light"]:
        # "font l'objet de poursuites": the holder's complement is the event
        obj = next((c for c in [*obj.children, *token.children] if c.i > obj.i and c.pos_ == "NOUN"
                    and (c.dep_ == "nmod" and c.head is obj or c.dep_.startswith("obl"))), obj)
    if lemma in lex["joining"]:  # "ont rejoint la manifestation", "joined the march": what they joined
        joined = next((c.lemma_.lower() for c in token.children if c.i > token.i and c.pos_ in ("NOUN", "PROPN")
                       and c.dep_ in ("obj", "dobj", "npadvmod") and c.lemma_.lower() in lex["verb_class"]), None)
        if joined:
            return joined
    if obj is not None and not _counted(obj) and (lemma in lex["light"] or (lemma not in lex["verb_class"]
                                                                          and obj.lemma_.lower() in lex["verb_class"])):
        return obj.lemma_.lower()  # "suivent un entraînement", "ont garni le cortège"
    if lemma in ("être", "avoir"):
        return None
    if any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in token.children):
        return f"se {lemma}"
    return lemma


def _passive(token: Token) -> bool:
    """Whether a verb is said in the passive: a past participle without "avoir" ("personnes poursuivies", "ont été
    poursuivies", "seront poursuivies"), not "ont poursuivi leur marche"."""
    if "Part" not in token.morph.get("VerbForm") and token.pos_ != "ADJ":
        return any(c.dep_ in ("aux:pass", "auxpass") for c in token.children)
    return not any(c.dep_ == "aux:tense" and c.lemma_.lower() == "avoir" for c in token.children)


def _modality(token: Token, figure: Figure, lex: dict, doc: Doc, language: str = "fr") -> tuple[str, bool]:
    """actual / planned / possible, and whether the figure is hedged (see the module docstring)."""
    modality = "actual"
    hedged = False
    node = token
    for _ in range(6):
        auxiliaries = [c for c in node.children if c.dep_.startswith("aux")]
        moods = set(node.morph.get("Mood")) | {m for a in auxiliaries for m in a.morph.get("Mood")}
        lemma = node.lemma_.lower()
        for aux in auxiliaries:
            if aux.lemma_.lower() in lex["possible"]:
                modality = "possible" if modality == "actual" else modality
            elif aux.lemma_.lower() == "devoir":
                modality = "planned" if modality == "actual" else modality
        if node is token:
            if lemma in lex["possible"]:
                modality = "possible"  # "pourraient être touchées"
            elif lemma == "devoir":
                modality = "planned"
            if "Fut" in node.morph.get("Tense") and "Ind" in node.morph.get("Mood"):
                modality = "planned"
            if lemma in lex["planned_own"] and node.pos_ == "VERB" and "Part" in node.morph.get("VerbForm"):
                modality = "planned"  # "1 million de manifestants sont attendus"
        if "Cnd" in moods and lemma not in ("pouvoir", "devoir"):
            hedged = True
        if node.dep_ in ("xcomp", "acl") and node.head.i != node.i:
            head = node.head.lemma_.lower()
            if head in lex["possible"]:
                modality = "possible" if modality == "actual" else modality
            elif head in lex["planned"] or head in lex["planned_nouns"]:
                modality = "planned" if modality == "actual" else modality
            if head == "devoir" or head == "pouvoir":
                if "Cnd" in node.head.morph.get("Mood") and head == "devoir":
                    modality = "planned"
            node = node.head
            continue
        if node.dep_.split(":")[0] in ("nsubj", "obj", "obl", "nmod", "nummod", "det", "iobj") \
                and node.head.i != node.i:
            if node.dep_.startswith("nsubj") and modality == "actual":  # "le nombre de morts pourrait atteindre"
                head = node.head.lemma_.lower()
                modality = "possible" if head in lex["possible"] else "planned" if head == "devoir" else modality
            node = node.head
            continue
        break
    sentence = figure.sentence.lower().replace("’", "'")
    position = offset_in_sentence(figure.sentence, figure.text, figure.start, doc_text(doc))
    if modality == "actual" and position >= 0 and within(  # "à terme", "prévus" in the 40 characters before
            doc, "planned_words", lex["planned_words"], figure.start - min(position, 40), figure.start, language):
        modality = "planned"
    if lex["hedge"].search(figure.source_text or "") or lex["hedge"].search(
            sentence[:max(0, position)][-60:] if position >= 0 else ""):
        hedged = True
    return modality, hedged
