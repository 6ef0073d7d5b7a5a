"""What a figure counts: its kind (count, amount, measure, percent), the counted noun as a lemma and as written,
what a percentage measures, and what happened to the counted things (the predicate). Tree walks over spaCy's parse;
the words come from number_words (lexicons/<language>/numbers.yml)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .lexicon import demonym, load
from .models import Figure
from .nlp import doc_language, known_noun, known_word
from .number_reading import is_number_word
from .number_words import FIGURE_WORDS, HYPHENS, QUOTES, WORD, Quantity, words, rx
from .valued_objects import event_words, valued_object


# --- what happened to the counted things -----------------------------------------------------


def predicate_of(doc: Doc, figure: Figure) -> Optional[str]:
    """Lemma of the verb saying what happened to the counted things: the participle after the noun ("34
    personnes tuées"), the verb the noun is the subject of ("2 400 soldats sont arrivés") or the object of ("a
    envoyé 3 000 soldats"). None when the text gives none or the object was recovered from elsewhere."""
    if figure.object is None or figure.kind != "count":
        return None
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    elided = elided_participle(doc, span.end)
    if elided is not None:  # "25 autres blessés" -> blesser
        lemma = _verb_lemma(elided)
        return rx.sub(r"é$", "er", lemma) if lemma else None
    # a participle counts in English ("900 killed"); French reads its nominalized adjectives from the noun's clause
    kinds = ("NOUN", "PROPN") if doc_language(doc) == "fr" else ("NOUN", "PROPN", "VERB", "ADJ")
    noun = next((t for t in doc[span.end:span.end + 8] if t.pos_ in kinds and object_lemma(t) == figure.object), None)
    if noun is None:
        people = next((t for t in doc[span.end:span.end + 8] if (people_named(doc, t) or ("",))[0] == figure.object), None)
        noun = people_named(doc, people)[1] if people is not None else None
    if noun is None:
        return None
    for child in noun.children:
        if child.i > noun.i and (child.dep_ == "acl" and child.pos_ == "VERB" or "Part" in child.morph.get("VerbForm")):
            return _verb_lemma(child)
    # "1,089 million de personnes ont manifesté": the multiplier heads the phrase and holds its role
    holder = noun.head if noun.dep_ == "nmod" and span.start <= noun.head.i < noun.i else noun
    head = holder.head
    if holder.dep_ in ("nsubj", "nsubj:pass", "obj", "nsubjpass", "dobj") and head.pos_ == "VERB" and head.i != holder.i:
        return _verb_lemma(head)
    # the parse lost the clause: "… personnes ont manifesté" read by position (auxiliaries and adverbs skipped)
    following = doc[noun.i + 1:noun.i + 5]
    for token in following:
        if token.pos_ in ("AUX", "ADV"):
            continue
        if token.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in token.children if c.i > noun.i):
            return _verb_lemma(token)
        break
    return None


def _verb_lemma(token: Token) -> Optional[str]:
    if token.lemma_ == "porter" and any(c.lower_.startswith("disparu") for c in token.children):
        return "disparaître"  # "portées disparues"
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and lemma.endswith(("é", "ée", "és", "ées")):  # "blessées" tagged ADJ, lemma "blessé"
        lemma = rx.sub(r"é(?:e|s|es)?$", "er", lemma)
    w = words(doc_language(token.doc))
    return None if lemma in w.empty_predicates else w.verb_concepts.get(lemma, lemma)

# --- kind and object -------------------------------------------------------------------------


def classify(doc: Doc, norm: str, quantity: Quantity, following: Optional[Quantity] = None):
    """(kind, object, object_text) of a quantity."""
    w = words(doc_language(doc))
    if quantity.share:  # "trois quarts des votants", "half the seats": a share of the whole that follows
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        index = span.end if span is not None else len(doc)
        if index + 1 < len(doc) and doc[index].pos_ == "DET" and doc[index].lower_ not in w.de_forms:
            index += 1  # "half the seats", "half of the seats"
        partitive = index < len(doc) and doc[index].lower_ in w.partitives  # "deux tiers des 900 villages"
        whole = noun_after(doc, index, expect_de=not partitive)
        if whole is None:
            return "percent", None, None
        return "percent", object_lemma(whole), phrase_of(doc, index, whole)
    after = norm[quantity.end:quantity.end + 40]
    unit = rx.match(rf"\s*(?:{w.measure_units})(?![\w'])", after)
    if unit is None and quantity.ends_with_counting_noun:  # "une quinzaine de kilomètres", "des millions de tonnes"
        unit = rx.match(w.unit_after_counting, after)
    if unit is None and following is not None:  # "105 et 155 mm": the unit is shared
        between = norm[quantity.end:following.start]
        if rx.fullmatch(r"\s*(?:et|ou|à|,)\s*", between):
            unit = rx.match(rf"\s*(?:{w.measure_units})(?![\w'])", norm[following.end:following.end + 40])
    if unit:
        name = rx.sub(w.unit_prefix, "", unit.group(0).strip())
        singular = " ".join(rx.sub(r"(?<=\w{4})s$", "", word) for word in name.split())
        return "measure", singular, None  # "kilomètres" -> "kilomètre", "milles nautiques" -> "mille nautique"
    currency = rx.match(rf"\s*(?:{w.currency_after})", after)
    currency_before = rx.search(w.currency_before, norm[max(0, quantity.start - 6):quantity.start])
    if currency or currency_before:
        name = rx.sub(w.unit_prefix, "", (currency or currency_before).group(0).strip())
        obj = next((w.currencies[key] for key in sorted(w.currencies, key=len, reverse=True) if name.startswith(key)), name)
        _noun, obj_text = counted_noun(doc, quantity)
        return "amount", obj, obj_text
    percent = rx.match(rf"\s*(?:{w.percent_after})", after)
    if percent is None and not rx.search(w.percent_not_after, norm[max(0, quantity.start - 4):quantity.start]):
        percent = rx.match(rf"\s*(?:{w.percentage_points})", after)
    if percent:
        quantity.end += percent.end()  # the sign belongs to the number: "30 %", "5 points"
        noun, obj_text = percent_object(doc, quantity)
        return "percent", noun, obj_text
    noun, obj_text = counted_noun(doc, quantity)
    return "count", noun, obj_text


def counted_noun(doc: Doc, quantity: Quantity, expect_de: bool = False):
    """The noun the number quantifies, as (normalized lemma, surface phrase), or (None, None)."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    if elided_participle(doc, span.end) is not None and any(
        t.like_num or is_number_word(t) for t in doc[span.sent.start:span.start]
    ):
        return None, None  # "30 soldats tués et 25 autres blessés": the noun is the one before
    last = span[-1]
    expect_de = expect_de or quantity.ends_with_counting_noun
    noun = noun_after(doc, span.end, expect_de)
    if noun is None:
        noun = noun_from_parse(last, expect_de)
    if noun is None and quantity.vague:
        noun = counted_by_adverb(span.root)
        if noun is not None and noun.lemma_.lower() in words(doc_language(doc)).figure_nouns:
            noun = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and c.pos_ == "NOUN"), None)
        if noun is not None:  # "un nombre de morts qui pourraient se compter en milliers": the dead
            return object_lemma(noun), None
    if noun is None or noun.lower_ in words(doc_language(doc)).not_objects:
        valued = valued_object(doc, span.start)
        # "le collectif estime les marcheurs à 321 000 minimum": the walkers; not "estimé la mobilisation à 300 000",
        # an event whose people the dossier names elsewhere
        if valued is not None and object_lemma(valued) not in event_words(doc_language(doc)):
            return object_lemma(valued), valued.text
        return None, None  # "55,000 maximum": a qualifier after the number, not what it counts
    people = people_named(doc, noun)
    if people is not None:  # "6 100 Sud-Africains", "6 100 Sud Africains": people of a group (frames.py)
        group, last_word = people
        return group, doc[noun.i:last_word.i + 1].text
    return object_lemma(noun), phrase_of(doc, span.end, noun)

def counted_by_adverb(unit: Token) -> Optional[Token]:
    """ "des corps enterrés par dizaines", "les migrants arrivent par milliers", "des morts, qui pourraient se compter
    en milliers": a vague quantity said of a verb counts the noun the verb is said of (its participle's noun, its
    subject, or the antecedent of its relative pronoun)."""
    if not unit.dep_.startswith("obl"):
        return None
    verb = unit.head
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None and subject.pos_ == "NOUN":
            return subject
        if subject is not None and verb.dep_ == "acl:relcl" and verb.head.pos_ == "NOUN":
            return verb.head
        if verb.dep_ != "xcomp" or subject is not None:
            return None
        verb = verb.head  # "pourraient se compter": the subject is the modal's
    return None


def people_named(doc: Doc, noun: Token) -> Optional[tuple[str, Token]]:
    """A capitalized demonym used as a noun, as (its masculine singular, its last token): "Sud-Africains",
    "Sud‑Africains" (no-break hyphen), or written in two words, "Sud Africains"."""
    word = noun.text.translate(HYPHENS)
    if not word[:1].isupper():
        return None
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and following.text[:1].isupper() and f"{word.lower()}-" in load("demonyms").get("prefixes", []):
        compound = demonym(f"{word}-{following.text}")
        if compound:
            return compound, following
    found = demonym(word)
    return (found, noun) if found else None


def percent_object(doc: Doc, quantity: Quantity):
    """What a percentage measures, as (lemma, phrase), or (None, None), in order:
    a "de" + bare noun after it ("3 % de déficit"); the noun it complements ("une croissance de 0,8 %");
    the subject (or object) of the verb or adjective it is the level or change of ("la participation a atteint
    66,7 %", "les crédits baisseront de 12 %", "amputer la croissance de 0,3 point", "l'écart est inférieur à
    2 points"); last, its base ("5,5 % du PIB", "31 % des voix"). A participle after it ("4,9 % prévus") is none."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    sign = span.root  # "%", "point(s)"; the number in "12 pour cent"
    measured = complement_after(doc, span.end, base=False)
    if measured is not None:
        return object_lemma(measured), phrase_of(doc, span.end, measured)
    base = complement_after(doc, span.end, base=True)
    # "sous la barre des 3 %": the threshold noun stands in the sentence for the percentage
    w = words(doc_language(doc))
    anchor = sign.head if sign.dep_ == "nmod" and sign.head.lemma_.lower() in w.threshold_nouns else sign
    measured = noun_before_de(anchor) or level_subject(anchor)
    if measured is not None:
        measured = rate_complement(measured)
        if measured.lemma_.lower() in w.rate_nouns and base is not None:
            measured = base  # "une hausse de 3 % des prix": prices rise
        return object_lemma(measured), phrase_of(doc, measured.i, measured)
    if base is not None:
        return object_lemma(base), phrase_of(doc, span.end, base)
    return None, None


def complement_after(doc: Doc, index: int, base: bool) -> Optional[Token]:
    """The noun after "de" right after a percentage: with a determiner ("du PIB", "des voix", "de la population")
    it is the base (base=True); bare ("de déficit", "d'économies") it is what is measured (base=False)."""
    if index + 1 >= len(doc) or doc[index].lower_ not in words(doc_language(doc)).de_forms:
        return None
    bare = doc[index].lower_ in ("de", "d'", "d’") and doc[index + 1].pos_ != "DET"
    if bare == base:
        return None
    noun = noun_after(doc, index, expect_de=True)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") else None


def noun_before_de(sign: Token) -> Optional[Token]:
    """ "une croissance de 0,8 %", "un déficit de 5,5 % du PIB", "le déficit sous la barre des 3 %": the noun the
    percentage complements."""
    head = sign.head
    w = words(doc_language(sign.doc))
    if rx.fullmatch(w.percent_after, head.lower_):
        return None  # "passe de 37 % à 35 %": the second percentage hangs on the first one's sign
    if sign.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < sign.i and cases_of(sign) & w.level_cases:
        return head
    return None


def level_subject(sign: Token) -> Optional[Token]:
    """The noun a percentage is the level or the change of, through the verb or adjective that governs it."""
    subject = next((c for c in sign.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None:  # "le chômage est de 7 %": the percentage heads the clause
        return subject if subject.pos_ == "NOUN" else None
    head, cases = sign.head, cases_of(sign)
    if head.pos_ not in ("VERB", "ADJ") or head == sign:
        return None
    if sign.dep_ == "obj" and not cases:  # "a atteint 66,7 %"
        return subject_of(head) if head.lemma_ in words(doc_language(sign.doc)).level_verbs else None
    if not (sign.dep_ == "obj" or sign.dep_.startswith("obl")) or not cases & words(doc_language(sign.doc)).level_cases:
        return None
    percent = words(doc_language(sign.doc)).percent_after
    obj = next((c for c in head.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c != sign
                and not rx.fullmatch(percent, c.lower_)), None)  # "passe de 37 % à 35 %": not the other sign
    if obj is not None:
        return obj  # "amputer la croissance de 0,3 point", "ramener le déficit sous les 3 %": the object moves
    return subject_of(head)


def subject_of(predicate: Token) -> Optional[Token]:
    """The noun subject of a verb or adjective, through "devrait atteindre", coordination, relative clauses
    ("le chômage, qui a atteint 7 %") and participles ("la participation, estimée à 52 %")."""
    node = predicate
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            if subject.pos_ == "NOUN":
                return subject
            if subject.pos_ == "PRON" and node.dep_ == "acl:relcl" and node.head.pos_ == "NOUN":
                return node.head
            if "Rel" in subject.morph.get("PronType"):
                return antecedent(subject)  # a relative clause the parser attached to the verb of the sentence
            return None
        if node.dep_ == "acl" and node.head.pos_ == "NOUN":
            return node.head
        if node.dep_ not in ("xcomp", "conj") or node.head == node:
            return None
        node = node.head
    return None


def antecedent(pronoun: Token) -> Optional[Token]:
    """The noun phrase right before a relative pronoun, by its head: "le taux de participation aux législatives,
    qui" -> taux."""
    doc, w = pronoun.doc, words(doc_language(pronoun.doc))
    i = pronoun.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].like_num or doc[i].lower_ in w.de_forms or doc[i].pos_ == "DET"
                      or rx.fullmatch(rf"(?:{w.weekdays}|{w.months})", doc[i].lower_)):
        i -= 1  # past a date: "le taux de participation aux législatives du 4 mai, qui"
    if i < 0 or doc[i].pos_ != "NOUN":
        return None
    noun = doc[i]
    while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
        noun = noun.head
    return noun


def rate_complement(noun: Token) -> Token:
    """ "le taux de chômage" -> chômage: a noun naming a rate or a change stands for its "de" complement."""
    w = words(doc_language(noun.doc))
    if noun.lemma_.lower() not in w.rate_nouns:
        return noun
    for child in noun.children:
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and noun.i < child.i and cases_of(child) & set(w.de_forms):
            if not any(c.like_num and c.dep_ in ("nummod", "det") for c in child.children):
                # not the percentage itself: "une hausse de 3 %"
                return child
    return noun


def cases_of(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "case"}


JOINING_HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # a hyphen the tokenizer split off a compound modifier


def noun_after(doc: Doc, index: int, expect_de: bool) -> Optional[Token]:
    """The noun right after the number in word order, past "de" (after "millions") and pre-nominal adjectives."""
    w = words(doc_language(doc))
    i = index
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].like_num and doc[i + 2].text == ")":
        i += 3  # "Quatre (4) personnes": the number again in digits
    while expect_de and i + 1 < len(doc) and doc[i].text in QUOTES:  # "« plus de deux millions » de manifestants"
        i += 1
    if expect_de and i < len(doc) and doc[i].lower_ in w.de_forms:
        i += 1
        if i + 1 < len(doc) and doc[i].pos_ == "DET" and doc[i].lower_ not in w.de_forms:
            i += 1  # "30 % de la population", "des millions de ces personnes"
    elif i + 1 < len(doc) and doc[i].lower_ in w.partitives or i + 2 < len(doc) and doc[i].lower_ in w.de_forms \
            and doc[i + 1].pos_ == "DET" and (doc[i + 2].like_num or is_number_word(doc[i + 2])):
        # partitive: "25 des 30 drones", "367 of the survivors", "245 de ses 556 salariés"
        i += 1
        if i + 1 < len(doc) and doc[i].pos_ == "DET":
            i += 1
        while i < len(doc) and (doc[i].like_num or is_number_word(doc[i])):
            i += 1
    while i < len(doc) and doc[i].text in QUOTES:  # "« au moins 1 200 » personnes"
        i += 1
    for j in range(i, min(i + 4, len(doc))):
        token = doc[j]
        if token.text in JOINING_HYPHENS and j > i and j + 1 < len(doc) and WORD.fullmatch(doc[j + 1].text):
            continue  # "230,000 anti-extradition protesters": a hyphenated modifier before the noun
        if token.lower_ in w.not_objects or not_an_object(token, w):
            return None
        modified = _modified_noun(token)
        if modified is not None:
            return modified  # "two United Nations sources", "hundreds of Bakary's supporters", "the UN-recorded deaths"
        if (token.pos_ == "PROPN" and token.dep_ in ("compound", "amod", "nmod") or token.dep_ == "compound") \
                and token.head.pos_ == "NOUN" and 0 < token.head.i - token.i <= 3:
            return token.head  # "three U.S. defense officials", "two army officers": a name or a noun modifies it
        if token.pos_ in ("NOUN", "PROPN") and not token.is_punct:
            return token
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")
        if token.pos_ == "VERB" and not participle and token.is_lower and WORD.fullmatch(token.text) \
                and token.text.endswith(("s", "x")) and known_noun(token.text[:-1]):
            return token  # a plural noun the tagger took for a verb: "six camps", "deux gardes"
        if (token.pos_ == "ADJ" or participle) and WORD.fullmatch(token.text):
            following = doc[j + 1] if j + 1 < len(doc) else None
            if following is not None and following.text in JOINING_HYPHENS and j + 2 < len(doc) \
                    and WORD.fullmatch(doc[j + 2].text):
                continue  # "anti" of "anti-extradition": the first part of a hyphenated modifier
            if participle and token.tag_ in ("VBD", "VBN") and following is not None \
                    and following.pos_ in ("DET", "PROPN", "PRON"):
                return None  # "Over 430,000 joined Sunday's march": an English verb with its object, no noun
            if following is not None and WORD.fullmatch(following.text) and (
                following.pos_ in ("NOUN", "ADJ") or "Part" in following.morph.get("VerbForm") and j + 2 < len(doc)
                and doc[j + 2].pos_ == "NOUN"
            ):
                continue  # a pre-nominal adjective: "d'autres officiers", "2 400 nouveaux soldats", "the total
                # registered voters"
            return token  # a nominalized adjective or participle: "300 blessés", "2 400 militaires"
        return None
    return None


def _modified_noun(token: Token) -> Optional[Token]:
    """The noun a name, a possessor or a capitalised modifier before it belongs to, up the parse through other
    such words within four words: "United" in "two United Nations sources", "Bakary" in "Bakary's supporters",
    "UN" in "the UN-recorded deaths"."""
    node = token
    while (node.dep_ in ("compound", "poss") or node.dep_ == "amod" and not node.is_lower) \
            and 0 < node.head.i - node.i and node.head.i - token.i <= 4:
        node = node.head
    return node if node.i != token.i and node.pos_ == "NOUN" else None


def not_an_object(token: Token, w) -> bool:
    """Words after a number that are never what it counts: a day or a month ("contre 500 000 samedi dernier");
    "côté" ("87 000 côté police"); a participle saying how the figure was arrived at ("au lieu des 2 109 917
    annoncés", "sur les 164 obtenus"), whose noun is left out."""
    word = token.lower_.replace("’", "'")
    if word in w.never_counted or rx.fullmatch(rf"(?:{w.weekdays}|{w.months})", word):
        return True
    return bool(w.figure_participles) and rx.sub(r"(?<=[éiut])(?:e|s|es)$", "", word) in w.figure_participles


def elided_participle(doc: Doc, index: int) -> Optional[Token]:
    """ "25 autres blessés": after the number, "autres" and a participle or adjective with no noun after it."""
    if index + 1 >= len(doc) or doc[index].lower_ not in FIGURE_WORDS["elision_words"]:
        return None
    word = doc[index + 1]
    following = doc[index + 2] if index + 2 < len(doc) else None
    if word.pos_ not in ("ADJ", "VERB", "NOUN") or not WORD.fullmatch(word.text) or not word.lower_.endswith(
        ("é", "és", "ée", "ées", "s", "t", "ts")
    ):
        return None
    if following is not None and following.pos_ in ("NOUN", "ADJ") and WORD.fullmatch(following.text):
        return None  # "25 autres soldats blessés": a noun follows
    if word.pos_ == "NOUN" and "Part" not in word.morph.get("VerbForm") and not word.lower_.endswith(("é", "és", "ée", "ées")):
        return None  # "25 autres navires"
    return word


def noun_from_parse(last: Token, expect_de: bool) -> Optional[Token]:
    """The noun the parse attaches the number to: its nummod/det head, or the "de" complement of a multiplier."""
    if expect_de:
        for child in last.children:
            # the French model's "de" complement (an English parse has "prep" children, below)
            between = last.doc[last.i + 1:child.i]
            if child.dep_ == "nmod" and child.i > last.i and any(t.lower_ in words("fr").de_forms for t in between) \
                    and all(t.lower_ in words("fr").de_forms or t.pos_ in ("DET", "ADJ") or t.text in QUOTES
                            for t in between):
                return child  # not "2,5 millions d'après les organisateurs
            if child.dep_ == "prep" and child.i > last.i and child.lower_ in words(doc_language(last.doc)).de_forms:
                return next((c for c in child.children if c.dep_ == "pobj"), None)  # "thousands of troops"
        return None
    head = last.head
    if not_an_object(head, words(doc_language(last.doc))):
        return None
    if last.dep_ in ("nummod", "det") and head.pos_ in ("NOUN", "PROPN") and 0 < head.i - last.i <= 4:
        between = last.doc[last.i + 1:head.i]
        # nothing but adjectives between number and noun; a number written in words there is another count's:
        # "contre 7 400 six ans plus tôt" counts no years
        if all(t.pos_ in ("ADJ", "NUM") and not (t.pos_ == "NUM" and t.is_alpha) for t in between):
            return head
    return None

def phrase_of(doc: Doc, start_index: int, noun: Token) -> str:
    """The noun phrase from just after the number to the end of the noun's modifiers (no clauses)."""
    w = words(doc_language(doc))
    end = noun.i
    i = noun.i + 1
    while i < len(doc) and i - noun.i <= 8:
        token = doc[i]
        if token.is_punct and token.text not in ("-",) or token.is_space:
            break
        if token.like_num or is_number_word(token) or token.lower_ in w.counting_nouns:
            # another figure begins: "2 000 manifestants et une dizaine de blessés"; what is coordinated just before
            # it is that figure's ("7 200 soldats et Lisbonne 3 000")
            cc = [t.i for t in doc[noun.i + 1:i] if t.pos_ == "CCONJ"]
            if cc:
                end = min(end, cc[-1] - 1)
            break
        path_ok = True
        node = token
        while node.i != noun.i:
            if node.dep_ not in w.phrase_deps or node.head == node or node.head.i < noun.i:
                path_ok = False
                break
            if node.dep_ == "nmod" and not any(c.dep_ == "case" and c.lower_ in w.de_forms for c in node.children):
                path_ok = False
                break
            node = node.head
        if not path_ok:
            break
        end = i
        i += 1
    first = doc[start_index] if start_index <= noun.i else noun
    while first.i < noun.i and (
        first.lower_ in w.de_forms or first.text in QUOTES or first.like_num or is_number_word(first)
        or first.pos_ == "DET" and first.i > 0 and doc[first.i - 1].lower_ in (*w.partitives, *w.de_forms)
        # "of the survivors", "de la population"
    ):
        first = doc[first.i + 1]
    phrase = doc[first.i:end + 1]
    # drop a dangling coordinator or preposition at the end
    while len(phrase) > 1 and phrase[-1].pos_ in ("CCONJ", "ADP", "DET"):
        phrase = phrase[:-1]
    glued = _glued_mark(noun.text)
    if glued is not None:  # '16 700 cas,"avec …': the noun ends at the mark the tokenizer left on it
        return phrase.text[:noun.idx - phrase.start_char + glued]
    return phrase.text


GLUED_MARKS = ',;"«»“”()'  # marks a word may be written against without a space ('cas,"avec'): where it ends


def _glued_mark(text: str) -> Optional[int]:
    """The index of the first punctuation mark inside a token (after its first character), or None."""
    return next((i for i, char in enumerate(text) if i and char in GLUED_MARKS), None)


def object_lemma(token: Token) -> str:
    """Normalized lemma of the counted noun, with military personnel folded into one object. In a language other
    than French the lemma goes through the language's concept table first ("soldier" -> "soldat", "killed" ->
    "mort"), so that the same thing counted meets across languages, shown in French."""
    w = words(doc_language(token.doc))
    lemma = noun_lemma(token).translate(HYPHENS)
    lemma = w.concepts.get(lemma, lemma)
    return w.personnel_object if lemma in w.personnel_nouns else lemma


def noun_lemma(token: Token) -> str:
    surface = token.text.lower().replace("’", "'")
    lemma = token.lemma_.lower()
    glued = _glued_mark(surface)
    if glued is not None:  # 'cas,"avec': one token for two words and a mark; the noun is the first word
        return surface[:glued]
    if doc_language(token.doc) != "fr":
        return other_language_lemma(token, surface, lemma)
    # spaCy's rule lemmatizer strips the "s" of invariable nouns ("obus" -> "obu", "pays" -> "pay", "corps"):
    # a singular in -a, -i, -o, -u, -y or -p that its own tables do not know is not a word; keep the surface.
    if surface.endswith("s") and lemma == surface[:-1] and rx.search(r"[aiouyp]$", lemma) and not known_word(lemma):
        return surface
    if token.pos_ in ("ADJ", "VERB"):  # a nominalized adjective or participle: "blessés" -> "blessé"
        return rx.sub(r"(?<=\w{3})s$", "", surface)
    if token.pos_ == "PROPN" and lemma == surface and rx.search(r"\w{3}[sx]$", surface) and known_word(surface[:-1]):
        return surface[:-1]  # a capitalized common noun the model took for a name: "Gilets" -> "gilet"
    return lemma or surface


def other_language_lemma(token: Token, surface: str, lemma: str) -> str:
    """English (and any language but French): the model's lemma of a noun ("troops" -> "troop"); a participle
    or adjective standing for people keeps its form ("killed", "wounded"), which the concept table maps."""
    if token.pos_ in ("ADJ", "VERB"):
        return surface
    return lemma or surface
