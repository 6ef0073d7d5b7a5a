"""Figures: counts and amounts in French text, with qualifier and the thing counted.

How a figure is found, in order:

1. Number expressions. Digits with a thousands separator (".", a space: ingest has already turned
   no-break and narrow no-break spaces into plain ones, or the Swiss apostrophe: "25'000", "25’000") and a
   decimal comma, optionally followed by a multiplier ("2.400", "7 200", "3,75 millions", "8 millions",
   "3,2 Mds €", "1,2 mio", glued "500k"; an English decimal point only before a multiplier: "3.5 millions"); an
   amount in two parts is one ("45 milliards 310 millions", "3 602 milliards FCFA 417 millions", "1 million
   200 000"); spelled-out numbers, valued by text2num ("huit millions", "quatre", "deux mille", "un million et
   demi", "Seventy-one"), "un demi-million"; collective nouns ("une dizaine", "la « quinzaine »" = about 10,
   approx) and vague quantities ("des centaines", "plusieurs milliers", "des dizaines de milliers", bare or
   quoted after "de", "se compter en milliers", "par dizaines": qualifier vague, no point value, value_low = 2
   units, value_high = 10 units). "un"/"une" before a noun is the article, unless a figure of the same, previous
   or next sentence counts that noun with the same verb ("a gagné deux sièges … a gagné un siège").
   A share ("1 élève sur 40", "près de trois salariés sur dix", "un enfant sur cinq") is one figure, a
   percentage of what it counts (2.5 %, 30 %, 20 %); so is a fraction of a whole ("trois quarts des votants",
   "la moitié de l'indexation", "over half of schools", "two-thirds of voters": 75, 50, 50, 66.7; not "un quart
   d'heure", "the second half of the match"), its object the whole. English groups thousands with a comma or a
   space ("1,500", "4 095"); a currency abbreviation may be glued to the digits ("Sh3.08 trillion", "Rs.800",
   numbers.yml `currency_prefixes`), a multiplier letter after a currency sign ("$221B", Québec's "7G$", "115M$").
   A number written in words and again in digits in brackets ("Quatre (4) personnes") is one figure.
2. What is not a count is left out: links, query strings, paths and anything with "/", "=", "@" or "#" in it
   ("…/view.php?id=48213", "12/03/2024", "S/2024/123"), phone numbers ("+41 22 345 67 89", "022 345 67 89") and bank
   accounts; dates ("1er juin", "du 3 au 9 juin", "entre le 4 et le 9 mars", "août 2023", "vendredi 18"),
   years (four digits without separator, unless a noun follows: "2000 soldats" is a count, "en 2023" is not),
   ISO dates and year ranges ("2024-10", "1950-1953"), times and durations ("8 heures", "deux dernières
   années"), occurrences ("trois fois"), fractions ("deux tiers"), ordinals ("1er", "premier"), ratios
   ("un sur deux"), identifiers glued to letters or hyphens ("jsx-2028956212", "fr-02", "F-16"), named by a
   preceding noun ("article 5", "résolution 2231") or a name ("Boeing 737", "CAC 40"), labels right after a
   common noun with no counted noun after them ("magnitude 7,8"), codes with a leading zero and phone numbers,
   a pair or one named with a definite determiner ("les deux villes", "l'un des deux", "les uns"; but "les cinq
   principaux partis", "ces deux communes", "des deux précédentes éditions" count), a day after "le" ("Le 12,
   le syndicat…"), an age after a name ("Jane Doe, 64,"), in English a year or label before a singular noun ("a 1998
   strike", "a magnitude 5 tremor"), number words inside proper names
   ("Park Ji Un"), the article "un", the adjective "neuf" ("un navire neuf").
   Measurements ("canons de 105 et 155 mm", "une quinzaine de kilomètres") are kept with kind='measure' (the unit
   in `object`); money is kind 'amount' (the currency in `object`); "30 %" and percentage points ("0,3 point",
   kept in the figure's text) are kind 'percent', `object` being what is measured (see 4).
   A number after another and "des" counts the whole ("cinq des sept circonscriptions": two figures).
   A number whose noun is left out after a duration of its sentence is one too ("12 ans pour les uns et six à
   neuf pour les autres"); after a name and "et" it repeats an earlier figure ("7 200 soldats et Lisbonne 3 000").
3. Qualifier, from the words just before (or right after) the number, the longest match winning; a qualifier
   may follow an elided "d'", "l'", "qu'" ("baisser d'environ 30 euros"):
   approx ("près de", "environ", "quelque", "plus proche de", "autour de", "avoisiner"...): value_low/high =
   value -/+ 10 % (20 % for "une dizaine", "une centaine");
   at_least ("au moins", "pas moins de", "franchir la barre des": strict=False; "plus de", "au-delà de",
   "dépasser": strict=True): low = value, high = None;
   at_most ("jusqu'à", "au plus": strict=False; "moins de", "sous (la barre des)", "en deçà de": strict=True):
   low = None, high = value;
   a modal before a verb of reaching ("le bilan pourrait atteindre 90", "could reach") and a negated "plus de"
   ("n'a jamais accueilli plus de") are at_most;
   range ("entre 6 000 et 7 200", "de 6 000 à 7 200", "deux ou trois", "entre 13 % et 31 %" with the unit repeated
   on the first bound; the second bound lends the first its
   multiplier and noun: "2 à 5 millions de cas", "entre trois et quatre millions", "entre 300 et 800 000"; not after
   a verb of change:
   "est passé de 300 à 400" is two figures, nor alone in parentheses after a name: "à Vannes (4.000 à
   9.000)" is two counts of one place, from two sources): low/high, value = midpoint;
   vague (see 1); otherwise exact (low = high = value).
   A bound (at_least, at_most) said before the first figure of a list of nouns ("au moins 16 morts, 65 blessés et
   11 000 sans-abri") or of figures whose verb is left out ("au moins 17 soldats ont été tués et 20 blessés") bounds
   the figures after it that have no qualifier of their own (not after "dont", a closing quote, or "or").
4. Object: the noun the number quantifies. Word order first (the noun right after the number, past "de"
   after a multiplier or collective noun, past a partitive "des" and pre-nominal adjectives: "millions d'obus",
   "dizaines d'autres agents", "25 des 30 drones"; a nominalized adjective or participle counts: "300
   blessés"), else the parse (the nummod/det head of the number, or the "de" + noun complement of a
   multiplier). `object` is the lemma, with nouns for military personnel (soldat, militaire, troupe, force,
   combattant, ...) folded into "soldat"; `object_text` is the noun phrase as written (noun, adjectives and
   "de" complements, no clauses). When no noun follows (ellipsis), the object comes from, in order: a noun
   naming a figure in the sentence ("le nombre de blessés serait de 1 700"); the subject of "être" before the
   number ("les manifestants étaient 3 000"); for a headline, the object of the same value in the body (else
   the article's most counted object); for a body figure, the nearest figure before it in the same or the
   previous sentence ("le total pourrait se révéler plus proche de 5.400"), or an amount of its sentence (then
   it is an amount of that currency). Such objects leave `object_text` empty. Never counted: days and months
   ("contre 240 000 samedi dernier"), "côté", "d'après …", participles saying how a figure was arrived at
   ("au lieu des 1 408 362 annoncés"). A number with a multiplier that counts or is the level of a word for money
   ("un déficit de 2,7 milliards"), or bare in an article whose multiplied figures are mostly amounts, is an amount
   in the article's currency.
   A percentage's object is what it measures, in order: a bare "de" + noun after it ("3 % de déficit"); the
   noun it complements ("une croissance de 0,8 %"); through the parse, the object or else the subject of the
   verb or adjective it is the level or change of ("la participation a atteint 66,7 %", "les crédits baisseront
   de 12 %", "amputer la croissance de 0,3 point", "l'écart est inférieur à 2 points"), a rate noun standing
   for its complement ("le taux de chômage" -> chômage); last, its base ("5,5 % du PIB", "31 % des voix").
   None of these: the object of the previous percentage of the sentence ("contre 4,9 % prévus"), or of the
   sentence before for one in parentheses ("devant X (27,9 %)").

`sentence` is spaCy's sentence, with fragments that do not end a sentence joined to the rest of their line
and cut at line breaks (so a headline is its own sentence).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from typing import Optional

from spacy.tokens import Doc

from .layout import line_at
from .models import Article, Figure, stable_id
from .nlp import doc_language, sentence_index, sentence_spans
from .number_exclusions import exclusion
from .number_objects import classify, counted_noun, level_subject, noun_before_de, object_lemma, predicate_of
from .number_qualifiers import is_range, qualifier_after, qualifier_after_noun, qualifier_before
from .number_lists import another_casualty, casualty_noun_one, casualty_one, listed_one, shared_qualifiers, \
    toll_part_one
from .number_reading import find_quantities, last_multiplier
from .number_words import APPROX_BAND, COLLECTIVE_BAND, Quantity, rx, words  # noqa: F401  (frames.py reads words)


# --- entry point -----------------------------------------------------------------------------


def extract_figures(doc: Doc, article: Article) -> list[Figure]:
    """Every count or amount in the article (attribution is filled later by attribution.py)."""
    text = article.text
    norm = lower_keeping_offsets(text.replace("’", "'"))
    sentences = sentence_spans(doc)
    doc.user_data.setdefault("language", article.language)
    quantities = find_quantities(doc, text, norm)
    figures: list[Figure] = []
    quantities = ratios(doc, article, norm, sentences, quantities, figures)
    articles = [q for q in quantities if q.article]
    quantities = restated(norm, [q for q in quantities if not q.article])
    index = 0
    while index < len(quantities):
        quantity = quantities[index]
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        if following and is_range(norm, quantity, following, doc_language(doc)):
            figure = build_range(doc, article, norm, sentences, quantity, following)
            index += 2
        else:
            figure = build_figure(doc, article, norm, sentences, quantity, following)
            index += 1
        if figure is not None and not elided_time(doc, norm, sentences, quantities, quantity, figure):
            figures.append(figure)
    figures = sorted(figures + counted_articles(doc, article, norm, sentences, articles, figures), key=lambda f: f.start)
    figures = shared_qualifiers(doc, figures)
    figures = recover_objects(figures, article, doc, sentences)
    return [f.model_copy(update={"predicate": predicate_of(doc, f)}) for f in figures]


def restated(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "Quatre (4) personnes", "five (5) soldiers", "12 (douze)": a number written in words and again in digits in
    brackets right after it (or the other way) is one figure; the one in brackets is left out."""
    kept: list[Quantity] = []
    for quantity in quantities:
        previous = kept[-1] if kept else None
        if previous is not None and previous.spelled != quantity.spelled and previous.value == quantity.value \
                and rx.fullmatch(r"\s*\(\s*", norm[previous.end:quantity.start]) \
                and rx.match(r"\s*\)", norm[quantity.end:quantity.end + 3]):
            continue
        kept.append(quantity)
    return kept


def ratios(doc, article, norm, sentences, quantities: list[Quantity], figures: list[Figure]) -> list[Quantity]:
    """ "1 élève sur 40", "trois salariés sur dix", "un enfant sur cinq", "9 sur 10": a share, kept as a
    percentage of what the first number counts (2.5 %, 30 %, 20 %, 90 %), the whole ratio its text. Adds them to
    `figures`; returns the quantities left."""
    w = words(doc_language(doc))
    left, index = [], 0
    while index < len(quantities):
        first = quantities[index]
        second = quantities[index + 1] if index + 1 < len(quantities) else None
        figure = build_ratio(doc, article, norm, sentences, first, second, w) if second is not None else None
        if figure is None:
            left.append(first)
            index += 1
        else:
            figures.extend(figure if isinstance(figure, list) else [figure])
            index += 2
    return left


def build_ratio(doc, article, norm, sentences, first: Quantity, second: Quantity, w) -> Optional[Figure | list[Figure]]:
    if not w.ratio_between or first.vague or second.vague or not first.value or not second.value \
            or first.value >= second.value or first.multiplier > 1 or second.multiplier > 1:
        return None
    if not rx.fullmatch(w.ratio_between, norm[first.end:second.start]):
        return None
    noun, obj_text = counted_noun(doc, first)
    span = doc.char_span(second.start, second.end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and (noun is None or object_lemma(after) != noun):
        return None  # "trois morts sur 20 passagers": two counts
    if first.article:
        first.article = False  # "un enfant sur cinq": "un" counts here
    if exclusion(doc, norm, first) not in (None, "ratio") or exclusion(doc, norm, second) not in (None, "ratio"):
        return None
    if part_of_a_whole(first, second):
        return part_and_whole(doc, article, norm, sentences, first, second)
    value = 100 * first.value / second.value
    start, end = first.start, second.end
    qualifier, strict = "exact", False
    before = qualifier_before(doc, norm, start, doc_language(doc))
    if before:
        qualifier, strict, start = before
    if qualifier not in ("exact", "approx"):
        return None
    low, high = (value, value) if qualifier == "exact" else (value * (1 - APPROX_BAND), value * (1 + APPROX_BAND))
    return make_figure(article, doc, sentences, start, end, value, low, high, qualifier, strict, noun, obj_text,
                       "percent")


def part_of_a_whole(first: Quantity, second: Quantity) -> bool:
    """ "13 lycées sur 50", "deux confédérations syndicales sur onze": a part of a whole the text counts, not a rate
    ("un enfant sur cinq", "trois salariés sur dix", "deux Français sur trois" are rates: a part of one, a base of a
    power of ten, or a base of five or less)."""
    return first.value >= 2 and second.value > 5 and math.log10(second.value) % 1 != 0


def part_and_whole(doc, article, norm, sentences, first: Quantity, second: Quantity) -> list[Figure]:
    """The part and the whole as two counts of one noun: "13 lycées sur 50" is 13 and 50 lycées."""
    part = build_figure(doc, article, norm, sentences, first, None)
    if part is None:
        return []
    whole = make_figure(article, doc, sentences, second.start, second.end, second.value, second.value, second.value,
                        "exact", False, part.object, None, part.kind)
    return [part, whole]


def counted_articles(doc, article, norm, sentences, articles: list[Quantity], figures: list[Figure]) -> list[Figure]:
    """ "Le parti a gagné deux sièges … l'autre a gagné un siège": "un" before a noun that a figure of the same,
    previous or next sentence counts, with the same verb, is a count of one, not the article."""
    counted = [f for f in figures if f.kind == "count" and f.object]
    objects = {f.object for f in counted}
    w = words(doc_language(doc))
    found = []
    for quantity in articles:
        if listed_one(doc, quantity) or casualty_one(doc, quantity) or casualty_noun_one(doc, quantity) \
                or toll_part_one(doc, quantity) or another_casualty(doc, quantity):
            figure = build_figure(doc, article, norm, sentences, quantity, None)
            if figure is not None and figure.kind == "count" and _one_more(doc, figure, w):
                figure = figure.model_copy(update={"object": None})  # "un autre": what the figure before counts
                found.append(figure)  # (recover_objects fills it)
            elif figure is not None and figure.kind == "count" and figure.object is not None:
                found.append(figure)
            continue
        noun, _ = counted_noun(doc, quantity)
        if noun not in objects:  # most articles "un" count nothing the text counts: no need to build them
            continue
        figure = build_figure(doc, article, norm, sentences, quantity, None)
        if figure is None or figure.kind != "count" or figure.object is None or figure.qualifier != "exact":
            continue
        here, predicate = sentence_index(sentences, figure.start), predicate_of(doc, figure)
        if predicate and any(f.object == figure.object and abs(here - sentence_index(sentences, f.start)) <= 1
                             and predicate_of(doc, f) == predicate for f in counted):
            found.append(figure)
    return found


def _one_more(doc: Doc, figure: Figure, w) -> bool:
    """ "un autre": the figure's word after the number is numbers.yml `one_more`."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ == getattr(w, "one_more", None)


def lower_keeping_offsets(text: str) -> str:
    """The text in lower case, character for character (a character whose lower case is longer stays as it is),
    so offsets carry over. One `str.lower()` gives the same when no character grows and there is no capital sigma
    (the only letter `str.lower()` lowers by its context)."""
    lowered = text.lower()
    if len(lowered) == len(text) and "Σ" not in text:
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def elided_time(doc: Doc, norm: str, sentences, quantities: list[Quantity], quantity: Quantity, figure: Figure) -> bool:
    """ "12 ans de service pour les uns et six à neuf pour les autres": a number whose noun is elided counts what
    the number before it in the sentence counted; when that one was a time or a duration, so is this one."""
    if figure.kind != "count" or figure.object or not sentences:
        return False
    previous = next((q for q in reversed(quantities)  # the last earlier number that is not anaphoric
                     if q.end <= quantity.start and exclusion(doc, norm, q) != "anaphoric"), None)
    if previous is None:
        return False  # ("les uns" is no number of the sentence)
    if sentence_index(sentences, previous.start) != sentence_index(sentences, quantity.start):
        return False
    between = doc.char_span(previous.end, quantity.start, alignment_mode="contract")
    if between is not None and any(t.pos_ == "VERB" or t.text in ("--", "—", "–", "(", ":") for t in between):
        return False  # "the siege has lasted 14 months and killed more than 9,000", "in the past three weeks --
        # 1,318 --": another verb or an aside, not the same ellipsis
    return exclusion(doc, norm, previous) == "time"


# --- from a quantity to a figure -------------------------------------------------------------


def build_range(doc, article, norm, sentences, first: Quantity, second: Quantity) -> Optional[Figure]:
    low, high = first.value, second.value
    unit = shared_multiplier(norm, first, second)
    if unit > 1:  # "entre 3 et 4 millions", "entre trois et quatre millions", "entre 300 et 800 000"
        low = first.base * unit
    if exclusion(doc, norm, second):
        return None
    why = exclusion(doc, norm, first)
    if why and not (why in ("label", "identifier", "ratio") and counted_noun(doc, second)[0] is not None):
        return None  # "chaque hiver 2 à 5 millions de cas": the first bound counts the second's noun
    w = words(doc_language(doc))
    sign = rx.search(w.currency_before, norm[max(0, first.start - 6):first.start])
    start = first.start - (len(sign.group(0)) if sign else 0)  # "entre $3 milliards et $7 milliards"
    dash = rx.fullmatch(r"\s*[-–]\s*", norm[first.end:second.start])  # "de 300-400": "de" is no range word here
    lead = None if dash else re.search(w.range_lead, norm[max(0, start - 10):start])
    start = start - (len(lead.group(0)) if lead else 0) if lead or not sign else first.start
    kind, obj, obj_text = classify(doc, norm, second)
    low, high = min(low, high), max(low, high)
    return make_figure(article, doc, sentences, start, second.end, (low + high) / 2, low, high, "range", False,
                       obj, obj_text, kind)


def shared_multiplier(norm: str, first: Quantity, second: Quantity) -> float:
    """The multiplier the second bound of a range lends the first, written bare ("1 et 2 millions", "un et deux
    millions", "300 et 800 000", "2 à 5 millions"): 1 when the first has its own or is already as large."""
    if first.multiplier > 1 or first.base >= 1000 or not rx.fullmatch(r"[\d,]+|[^\W\d]+", norm[first.start:first.end]):
        return 1.0
    if second.multiplier > 1:
        unit = second.multiplier
    elif second.spelled or rx.search(r"\d[ .'’,]000$", norm[second.start:second.end]):
        unit = last_multiplier(second.value)
    else:
        return 1.0
    return unit if first.base * unit <= second.value else 1.0


def build_figure(doc, article, norm, sentences, quantity: Quantity, following: Optional[Quantity]):
    if not (quantity.share or quantity.slashed) and exclusion(doc, norm, quantity):
        return None
    kind, obj, obj_text = classify(doc, norm, quantity, following)
    start, end = quantity.start, quantity.end
    if quantity.vague:
        return make_figure(article, doc, sentences, start, end, None, quantity.low, quantity.high, "vague", False,
                           obj, obj_text, kind)
    value = quantity.value
    qualifier, strict = "exact", False
    language = doc_language(doc)
    before = qualifier_before(doc, norm, start, language)
    after = qualifier_after(doc, norm, end, language) or qualifier_after_noun(doc, norm, end, language)
    if before:
        qualifier, strict, start = before
    elif after:
        qualifier, strict, end = after
    elif quantity.collective:
        qualifier = "approx"
    band = COLLECTIVE_BAND if quantity.collective else APPROX_BAND
    low, high = {
        "exact": (value, value),
        "approx": (value * (1 - band), value * (1 + band)),
        "at_least": (value, None),
        "at_most": (None, value),
    }[qualifier]
    return make_figure(article, doc, sentences, start, end, value, low, high, qualifier, strict, obj, obj_text, kind)


def make_figure(article, doc, sentences, start, end, value, low, high, qualifier, strict, obj, obj_text, kind):
    value, low, high = (None if x is None else round(x, 6) for x in (value, low, high))
    sentence_start, sentence_end = sentences[sentence_index(sentences, start)] if sentences else (0, len(article.text))
    surface = article.text[start:end]
    return Figure(
        id=stable_id(article.id, start, end, surface),
        article_id=article.id,
        start=start,
        end=end,
        sentence=article.text[sentence_start:sentence_end],
        text=surface,
        value=value,
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        strict=strict,
        object=obj,
        object_text=obj_text,
        kind=kind,
    )

# --- context: objects of elided figures ------------------------------------------------------


def recover_objects(figures: list[Figure], article: Article, doc: Doc, sentences) -> list[Figure]:
    """Fill the object of figures whose noun is elided, from the sentence or the article's other figures."""
    counted = [f for f in figures if f.kind == "count" and f.object]
    salient = Counter(f.object for f in counted).most_common(1)[0][0] if counted else None
    currency = article_currency(figures, doc)
    recovered = []
    for figure in figures:
        if figure.kind == "percent" and not figure.object:
            obj = object_of_previous_percent(recovered, figure, sentences, article.text)
            recovered.append(figure.model_copy(update={"object": obj}) if obj else figure)
            continue
        if figure.kind != "count" or figure.object:
            recovered.append(money(figure, doc, currency))
            continue
        here = sentence_index(sentences, figure.start)
        obj = named_by_figure_noun(doc, sentences[here]) if sentences else None
        obj = obj or subject_of_copula(doc, figure.start)
        if obj is None and in_headline(figure, article):
            amount_before = [f for f in recovered if f.kind == "amount" and f.object and f.start < figure.start
                             and sentence_index(sentences, f.start) == here]
            if amount_before:
                # "Le coût : 1,2 milliard d'euros pour le privé, et 1 milliard de plus pour le public" as a title:
                # the amount before it in the title, not the article's salient noun
                recovered.append(figure.model_copy(update={"object": amount_before[-1].object, "kind": "amount"}))
                continue
            same_value = [f for f in counted if f.value == figure.value and f.start != figure.start]
            obj = same_value[0].object if same_value else salient
        elif obj is None:
            earlier = [  # a count of this or the previous sentence, an amount of this one
                f for f in counted + [f for f in recovered if f.kind == "amount" and f.object]
                if f.start < figure.start and here - sentence_index(sentences, f.start) <= (f.kind == "count")
            ]
            if earlier:
                nearest = max(earlier, key=lambda f: f.start)
                if nearest.kind == "amount":  # "un déficit de 6,1 milliards de dollars … diminuera à 2,3 milliards"
                    recovered.append(figure.model_copy(update={"object": nearest.object, "kind": "amount"}))
                    continue
                obj = nearest.object
        figure = figure.model_copy(update={"object": obj}) if obj else figure
        recovered.append(money(figure, doc, currency))
    return recovered


def article_currency(figures: list[Figure], doc: Doc) -> tuple[Optional[str], bool]:
    """The currency most of an article's amounts are in, and whether its figures written with a multiplier and a
    noun are mostly amounts (then one with no noun at all is money too: "la dette atteindra 97,4 milliards")."""
    amounts = Counter(f.object for f in figures if f.kind == "amount" and f.object)
    if not amounts:
        return None, False
    nouns = words(doc_language(doc)).money_nouns
    written = [f.kind == "amount" or f.object in nouns for f in figures
               if f.object and f.kind in ("amount", "count") and multiplied(f, doc)]
    return amounts.most_common(1)[0][0], 2 * sum(written) > len(written)


def money(figure: Figure, doc: Doc, currency: tuple[Optional[str], bool]) -> Figure:
    """ "un déficit de 2,7 milliards", "5,63 milliards du budget": a number written with a multiplier that counts,
    or is the level of, a word for money (numbers.yml `money_nouns`) is an amount, in the currency of the article's
    amounts; so is one with no noun at all in an article whose multiplied figures are mostly amounts."""
    name, bare_money = currency
    if name is None or figure.kind != "count" or not multiplied(figure, doc):
        return figure
    nouns = words(doc_language(doc)).money_nouns
    if figure.object in nouns or figure.object is None and (bare_money or money_said_of(doc, figure) in nouns):
        return figure.model_copy(update={"object": name, "kind": "amount"})
    return figure


def money_said_of(doc: Doc, figure: Figure) -> Optional[str]:
    """The noun a number is the complement or the level of: "un déficit de 2,7 milliards" -> déficit, "la dette
    atteindra 97,4 milliards" -> dette."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    number = span.root
    noun = noun_before_de(number) or level_subject(number)
    return noun.lemma_.lower() if noun is not None else None


def multiplied(figure: Figure, doc: Doc) -> bool:
    """A figure written with a multiplier word: "1,5 milliard", "300 millions"."""
    last = rx.search(r"[^\W\d_]+$", figure.text)
    return last is not None and last.group(0).lower() in words(doc_language(doc)).multipliers


def object_of_previous_percent(earlier: list[Figure], figure: Figure, sentences, text: str) -> Optional[str]:
    """ "5,5 % du PIB, contre 4,9 % prévus": a percentage with nothing to say what it measures is elided from the
    previous percentage of its sentence; in parentheses ("31,2 % des suffrages. … devant X (27,9 %)"), a list of
    scores, also from the sentence before."""
    if not sentences:
        return None
    here = sentence_index(sentences, figure.start)
    parenthesized = text[:figure.start].rstrip().endswith("(") and text[figure.end:].lstrip().startswith(")")
    reach = 1 if parenthesized else 0
    for previous in reversed(earlier):
        if previous.kind == "percent" and previous.object and here - sentence_index(sentences, previous.start) <= reach:
            return previous.object
    return None


def subject_of_copula(doc: Doc, start: int) -> Optional[str]:
    """ "Les manifestants étaient 3 000": the subject of "être" before the number is the thing counted."""
    ends = doc.user_data.get("token_ends")
    if ends is None:
        ends = doc.user_data["token_ends"] = [t.idx + len(t) for t in doc]
    count = bisect.bisect_right(ends, start)  # the tokens ending before the number (token ends only grow)
    w = words(doc_language(doc))
    if not count or doc[count - 1].lemma_ != w.copula:
        return None
    for token in reversed(doc[:count - 1]):
        if token.is_punct or token.is_space:
            return None
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in w.figure_nouns:
            return object_lemma(token) if token.pos_ == "NOUN" else None
        if token.pos_ in ("NOUN", "PRON"):
            return None  # a pronoun or a noun naming a figure: the object comes from the context
    return None


def named_by_figure_noun(doc: Doc, bounds: tuple[int, int]) -> Optional[str]:
    """ "Le nombre de blessés serait de 1 700": the object is the complement of a noun that names a figure."""
    sentence = doc.char_span(*bounds, alignment_mode="expand")
    w = words(doc_language(doc))
    for token in sentence or []:
        if token.lemma_.lower() in w.figure_nouns and token.pos_ == "NOUN":
            for child in token.children:
                if child.dep_ == "nmod" and child.i > token.i and child.pos_ == "NOUN" and any(
                    c.lower_ in ("de", "d'", "d’", "des") for c in child.children
                ):
                    return object_lemma(child)
                if child.dep_ == "compound" and child.i < token.i and child.pos_ == "NOUN":  # "the death toll"
                    return object_lemma(child)
                if child.dep_ == "prep" and child.i > token.i and child.lower_ in w.de_forms:  # "the number of dead"
                    noun = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "ADJ")), None)
                    if noun is not None:
                        return object_lemma(noun)
    return None


def in_headline(figure: Figure, article: Article) -> bool:
    """A figure on the title line, or on a short line without sentence punctuation (a headline)."""
    line = line_at(article.text, figure.start).strip()
    if article.title and line == article.title.strip():
        return True
    return len(line.split()) <= 15 and not line.endswith((".", "!", "?", "»", "”", '"', ";", ":"))
