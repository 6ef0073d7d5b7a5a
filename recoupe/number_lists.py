"""Lists of figures: a bound the first item of a list gives the others ("au moins 16 morts, 65 blessés et 11 000
sans-abri") and a lone "un" counted as one when it stands among numbers ("dont une femme et 4 enfants"). Read by
numbers.extract_figures."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import Figure
from .nlp import doc_language
from .number_reading import is_number_word
from .number_words import APPROX_BAND, QUOTES, Quantity, words


def shared_qualifiers(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "au moins 16 morts, 65 blessés et 11 000 sans-abri", "au moins 17 soldats ont été tués et 20 blessés": a
    figure with no qualifier of its own in a list after one with an inclusive bound (at least, at most) takes it, when
    nothing verbal stands between them (a list of nouns), or when its noun is coordinated with the verb of the first figure's noun and has
    no verb of its own (the verb left out). Not "au moins 71 personnes, dont 65 rebelles" (a part: "dont" is no
    list), "at least 548 soldiers have died and 49 others have been wounded" (a verb of its own), "au moins 40
    terroristes ont été tués et 20 motos détruites" (a participle of its own)."""
    shared = list(figures)
    approx_chain = False  # the figure before took "about" from a list (see approx_listed)
    for index in range(1, len(shared)):
        first, second = shared[index - 1], shared[index]
        if second.qualifier == "exact" and second.value is not None and first.kind == second.kind \
                and first.sentence == second.sentence and approx_listed(doc, first, second, approx_chain):
            approx_chain = True
            shared[index] = second.model_copy(update={
                "qualifier": "approx", "value_low": round(second.value * (1 - APPROX_BAND), 6),
                "value_high": round(second.value * (1 + APPROX_BAND), 6)})
            continue
        approx_chain = False
        if first.qualifier not in ("at_least", "at_most") or first.strict or second.qualifier != "exact" \
                or first.kind != second.kind or second.value is None or first.sentence != second.sentence:
            continue  # a bound only ("quelque 25 000 réfugiés et 4 500 enfants" gives an exact second count), and
            # an inclusive one ("au moins", "at least", "jusqu'à"): "plus de 16 505 têtes de bétail perdues, et 389
            # greniers détruits" says "more than" of the first only
        if listed_after(doc, first, second):
            low, high = (second.value, None) if first.qualifier == "at_least" else (None, second.value)
            shared[index] = second.model_copy(update={
                "qualifier": first.qualifier, "strict": first.strict,
                "value_low": None if low is None else round(low, 6), "value_high": None if high is None else round(high, 6)})
    return shared


def approx_listed(doc: Doc, first: Figure, second: Figure, chain: bool) -> bool:
    """ "d'environ 41,5 % à Lyon, 38,2 % à Nantes et 44 % à Lille": "about" said before the first rate of a list of
    rates separated by commas is said of every item. The list needs its comma ("quelque 25 000 réfugiés et 4 500
    enfants" gives an exact second count): the first link is a comma, "et" only ends a list already started. Rates
    only: a list of counts after "about" ("environ 300 morts, 200 blessés") may bound its first item alone."""
    if first.qualifier != "approx" or first.kind != "percent" or not first.value or first.value_high is None \
            or first.value_high > first.value * (1 + APPROX_BAND) + 1e-6:
        return False  # "une dizaine de morts, 12 blessés": the collective noun is the first item's only
    between = doc.char_span(first.end, second.start, alignment_mode="contract")
    if between is None or len(between) == 0 or not (chain or between[-1].text == ","):
        return False
    return _noun_list_link(between, words(doc_language(doc)))


def _noun_list_link(between, w) -> bool:
    """Nouns, names and their small words between two items, ending on a comma or "et", no quote or bracket."""
    link = between[-1]
    return (link.lower_ == w.number_and or link.text == ",") \
        and not any(t.is_quote or t.text in QUOTES for t in between) \
        and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "PUNCT", "CCONJ") for t in between) \
        and not any(t.text in ("(", ")", ";", ":", "—", "–") for t in between)


def listed_after(doc: Doc, first: Figure, second: Figure) -> bool:
    """The second figure is the next item of a list the first one opens (see shared_qualifiers)."""
    between = doc.char_span(first.end, second.start, alignment_mode="contract")
    number = doc.char_span(second.start, second.end, alignment_mode="expand")
    if between is None or number is None or len(between) == 0 or len(between) > 12:
        return False
    link = between[-1]
    if not (link.lower_ == words(doc_language(doc)).number_and or link.text == ",") \
            or any(t.is_quote or t.text in QUOTES for t in between):
        return False  # « au moins 1 200 » personnes, 40 obus: the quotes close the bound on the first figure; "over
        # 2,300 points, or 5 percent": "or" says the same again, it lists nothing
    if all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "PUNCT", "CCONJ") for t in between) \
            and not any(t.text in ("(", ")", ";", ":", "—", "–") for t in between):
        return True  # a list of nouns: "au moins 16 morts, 65 blessés et 11 000 sans-abri"
    counted = doc[number.end] if number.end < len(doc) else None
    if link.text == "," or counted is None or counted.dep_ != "conj" or counted.pos_ not in ("NOUN", "ADJ", "VERB"):
        return False  # "… et 20 blessés" (a noun joined to the verb), "… and 12 injured" (a verb joined to it)
    first_span = doc.char_span(first.start, first.end, alignment_mode="expand")
    verb = counted.head
    first_noun = next((t for t in first_span.root.ancestors if t.pos_ in ("NOUN", "ADJ", "PROPN")), None) \
        if first_span is not None else None
    return verb.pos_ == "VERB" and first_noun is not None and first_noun.head == verb \
        and first_noun.dep_.startswith(("nsubj", "obj")) \
        and not any(c.dep_.startswith(("aux", "cop")) or c.dep_.startswith("acl") and counted.pos_ != "VERB"
                    for c in counted.children)  # its own auxiliary ("49 others have been wounded") or participle


def listed_one(doc: Doc, quantity: Quantity) -> bool:
    """ "5 victimes, dont une femme et 4 enfants", "trois, deux et un cas": "un" in a list of numbers, right before
    "et" and a number or as the last item after one, is a count of one, not the article ("quatre canots et un bateau",
    "trois témoins, dont un militant syndical" keep the article: no number stands beside it)."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    w = words(doc_language(doc))
    previous, before = doc[span.start - 1], doc[span.start - 2]
    if previous.lower_ == w.number_and and _number_but_one(before):
        return True
    following = doc[span.end:span.end + 5]  # the noun, maybe an adjective, then "et" and a number
    for k, token in enumerate(following[1:], start=1):
        if token.lower_ == w.number_and:
            return k + 1 < len(following) and _number_but_one(following[k + 1])
        if token.pos_ not in ("NOUN", "ADJ"):
            return False
    return False


def listed_lone_one(doc: Doc, token, w) -> bool:
    """ "48 deaths were reported in A and one in B", "three in A, two in B and one in C", "two of them confirmed—one
    each in A and B": a lone "one" after a list's link ("and", a comma, a dash) and before "each" or a place's
    preposition (numbers.yml `lone_one_places`) counts what the number before it in the sentence counts. Not "one in
    five" (a share), "one of the towns" (no list), "and one in the morning" (no number before it)."""
    places = getattr(w, "lone_one_places", None)
    if not places or token.i == 0 or token.i + 2 >= len(doc):
        return False
    link, after = doc[token.i - 1], doc[token.i + 1]
    if not (link.lower_ == w.number_and or link.text in (",", "—", "–", "-", ":")):
        return False
    if after.lemma_.lower() == "be" and token.i + 3 < len(doc):  # "one is in Savar"
        after = doc[token.i + 2]
    following = doc[after.i + 1]
    if after.lower_ not in places or following.like_num or is_number_word(following):
        return False
    sentence = token.sent
    return any((t.like_num or is_number_word(t)) and t.lower_ not in ("one", "1")
               for t in doc[max(sentence.start, token.i - 30):token.i])


def casualty_one(doc: Doc, quantity: Quantity) -> bool:
    """ "Une personne est décédée", "un soldat a été tué": "un" before the noun that a verb of death (numbers.yml
    `one_casualty_verbs`) has for subject counts one victim, not the article. Not "un homme transporté à l'hôpital", nor "un agent a
    été blessé" (an injury: the article), nor a participle after the noun ("un couple assassiné" lists victims), nor
    the subject of a verb that has an object (the killer: "un glissement de terrain a tué 15 personnes")."""
    verbs = getattr(words(doc_language(doc)), "one_casualty_verbs", None)
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if not verbs or span is None or span.root.dep_ != "det" or span.root.head.pos_ != "NOUN":
        return False
    noun, verb = span.root.head, span.root.head.head
    if not noun.dep_.startswith("nsubj") or any(t.morph.get("NumType") == ["Ord"] or t.lower_.endswith("ième")
                                               for t in doc[span.end:noun.i]):
        return False  # "un troisième homme a trouvé la mort": one more of a series, the article
    if any(child.dep_.startswith("nsubj") and child.i < noun.i for child in verb.children):
        return False  # "Un homme, une personne âgée, a trouvé la mort": an apposition says who, it counts nobody
    died = getattr(words(doc_language(doc)), "toll_objects", None) or {}  # "a trouvé la mort", "lost their lives"
    objects = [child.lemma_.lower() for child in verb.children if child.dep_ in ("obj", "dobj")]
    if died.get(verb.lemma_.lower()) in objects:
        return True
    return verb.lemma_.lower() in verbs and not objects  # not "un glissement de terrain a tué 15 personnes"


def casualty_noun_one(doc: Doc, quantity: Quantity) -> bool:
    """ "un martyr et un blessé", "a enregistré un mort dans ses rangs", "un décès a été enregistré": "un" before a noun
    that names a casualty (numbers.yml `one_casualty_nouns`) counts one; "un cas" counts one as what a verb of
    recording records ("un cas suspect a été recensé"; `recorded_nouns`, `recording_verbs`). Not "l'un" (a pronoun)."""
    w = words(doc_language(doc))
    nouns = getattr(w, "one_casualty_nouns", None)
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if not nouns or span is None or span.end >= len(doc) or span.root.dep_ != "det":
        return False
    noun = doc[span.end]
    if noun.pos_ != "NOUN" or span.root.head.i != noun.i:
        return False
    lemma = noun.lemma_.lower()
    if lemma in nouns or noun.lower_ in nouns:
        return True
    recorder = noun.head
    return lemma in (getattr(w, "recorded_nouns", None) or ()) and noun.dep_ in ("obj", "nsubj:pass") \
        and recorder.lemma_.lower() in (getattr(w, "recording_verbs", None) or ())


def toll_part_one(doc: Doc, quantity: Quantity) -> bool:
    """ "la mort de neuf personnes, dont une fille", "10 cadavres dont un militaire": "dont un" after a toll in its
    sentence (a number and a word of numbers.yml `toll_words` before "dont") counts one of the victims. Not "trois
    témoins, dont un militant" (no toll), "48 blessés dont une grande partie" (an adjective: a share)."""
    w = words(doc_language(doc))
    link, toll_words = getattr(w, "toll_part_link", None), getattr(w, "toll_words", None)
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if not link or not toll_words or span is None or span.start == 0 or span.end >= len(doc):
        return False
    start = _part_list_start(doc, span, link)
    if start is None or doc[span.end].lemma_.lower() in (getattr(w, "toll_part_not", None) or ()):
        return False
    noun = doc[span.end]  # after "dont" a noun ("dont une grande partie": a share); later in the list an adjective
    # standing for a person too ("un jeune de 14 ans") or "un autre"
    if not (noun.pos_ == "NOUN" or noun.lower_ == getattr(w, "one_more", None)
            or start != span.start - 1 and noun.pos_ == "ADJ"):
        return False
    sentence = span.sent
    before = doc[sentence.start:start]  # the toll before "dont", or the verb the parts are the subject of
    verb = next((t for t in doc[span.end:sentence.end] if t.pos_ == "VERB"), None)
    return any(_number_but_one(t) for t in before) \
        and (any(t.lemma_.lower() in toll_words or t.lower_ in toll_words for t in before)
             or verb is not None and (verb.lemma_.lower() in toll_words or any(_toll_phrase(c, w) for c in verb.children)))


def _part_list_start(doc: Doc, span, link: str):
    """Where "dont" stands when "un" opens the parts after it ("neuf morts, dont une fille") or follows the
    first of them in a list ("dont une femme de 68 ans, un jeune de 14 ans et un autre"); None otherwise."""
    if doc[span.start - 1].lower_ == link:
        return span.start - 1
    if doc[span.start - 1].lower_ not in (",", "et"):
        return None
    for token in reversed(doc[span.sent.start:span.start - 1]):
        if token.pos_ in ("VERB", "AUX") or token.text in (";", ":", "(", ")"):
            return None
        if token.lower_ == link:
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return token.i if following is not None and (following.like_num or is_number_word(following)) else None
    return None


def _toll_phrase(token, w) -> bool:
    """ "ont perdu la vie", "ont trouvé la mort": a verb and its object that together say a death (numbers.yml
    `toll_objects`, verb: object)."""
    objects = getattr(w, "toll_objects", None) or {}
    return objects.get(token.head.lemma_.lower()) == token.lemma_.lower() and token.dep_ == "obj"


def another_casualty(doc: Doc, quantity: Quantity) -> bool:
    """ "Une personne est décédée et une autre portée disparue", "un autre a été blessé": "un autre" (numbers.yml
    `one_more`) said to be a casualty (`one_casualty_nouns`, `one_casualty_verbs` or `injury_verbs`) within a few
    words counts one more victim. Not "un autre jour", "une autre manifestation"."""
    w = words(doc_language(doc))
    other, nouns = getattr(w, "one_more", None), getattr(w, "one_casualty_nouns", None) or ()
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if not other or span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != other:
        return False
    verbs = set(getattr(w, "one_casualty_verbs", None) or ()) | set(getattr(w, "injury_verbs", None) or ())
    named = False  # "une autre personne blessée"; but "une autre attaque a tué": the noun is no victim
    for token in doc[span.end + 1:span.end + 4]:
        if token.lower_ in nouns or token.lemma_.lower() in nouns or token.lemma_.lower() in verbs:
            return True
        if token.is_punct or token.pos_ == "AUX" and named:
            return False
        named = named or token.pos_ == "NOUN"
    return False


def _number_but_one(token) -> bool:
    """A number, in digits or words, other than "un"/"une" (which may be the article)."""
    return (token.like_num or is_number_word(token)) and token.lower_ not in ("un", "une")


def one_of_a_total(doc: Doc, token, w) -> bool:
    """ "les onze tués sont dix militaires et un gendarme", "15 blessés : huit policiers, six manifestants et un
    passant": a lone "un" ending a list of counts joined by "et", whose parts with it add up to a total the sentence
    gave before them, is a count of one (the last part of a breakdown). Without such a total it stays the article:
    "trois accords et un traité"."""
    sentence = token.sent
    if token.i - 2 < sentence.start or doc[token.i - 1].lower_ != w.number_and:
        return False
    language = doc_language(doc)
    values = [(t.i, _token_value(t, language)) for t in doc[max(sentence.start, token.i - 30):token.i - 1]
              if not _day_or_year(doc, t, language)]
    values = [(i, v) for i, v in values if v is not None]
    for k, (_, total) in enumerate(values):
        parts = [v for _, v in values[k + 1:]]
        if parts and sum(parts) + 1 == total:
            return True
    return False


def _token_value(token, language: str):
    """The whole number a token writes ("dix", "11", "1 500" as one token), or None ("un" is never a part here)."""
    from text_to_num import text2num

    if token.lower_ in ("un", "une", "one", "a", "an"):
        return None
    digits = token.text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(".", "")
    if digits.isdigit():
        return int(digits)
    if not is_number_word(token):
        return None
    try:
        return int(text2num(token.lower_, language))
    except ValueError:
        return None


def _day_or_year(doc: Doc, token, language: str) -> bool:
    """ "le 11 mars", "en 2011": a number that dates, no total."""
    from .dates import _names

    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.lower_ in _names(language)[0] \
        or len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100
