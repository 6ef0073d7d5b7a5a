"""Number expressions in text: digits with their separators and multipliers, spelled-out numbers (text2num),
collective nouns ("une dizaine") and vague quantities ("des centaines"), with what holds digits but is no number
(links, codes, phone numbers) kept out. The words come from number_words (lexicons/<language>/numbers.yml)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token
from text_to_num import text2num

from .matchers import pattern_matches
from .nlp import doc_language, doc_text
from .number_words import CODES, FIGURE_WORDS, SLASHED_PERCENT, SUFFIX_MULTIPLIERS, SUFFIXED, Quantity, rx, words


def find_quantities(doc: Doc, text: str, norm: str) -> list[Quantity]:
    w = words(doc_language(doc))
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for start, end, noun, larger in counting_phrases(doc, "vague_words", w):
        unit = w.plural_units[noun] * (w.plural_units[larger] if larger else 1)
        found.append(Quantity(start, end, None, unit, vague=True, low=2 * unit, high=10 * unit,
                              ends_with_counting_noun=True))
        taken.append((start, end))
    for start, end, noun, larger in counting_phrases(doc, "collective_words", w):
        if not free(start, end):
            continue
        value = w.collectives[noun] * (w.plural_units[larger] if larger else 1)
        found.append(Quantity(start, end, value, value, collective=True, ends_with_counting_noun=True))
        taken.append((start, end))
    for match in w.half_units.finditer(norm) if w.half_units else ():  # "un demi-million"
        unit = w.multipliers[match.group(1)]
        found.append(Quantity(match.start(), match.end(), unit / 2, 0.5, unit, ends_with_counting_noun=True))
        taken.append(match.span())
    for quantity in shares(doc, norm, w):
        found.append(quantity)
        taken.append((quantity.start, quantity.end))
    for match in SLASHED_PERCENT.finditer(text):
        value = float(f"{match.group(1)}.{match.group(2)}") if match.group(2) else float(match.group(1))
        found.append(Quantity(match.start(), match.end(), value, value, slashed=True))
        taken.append(match.span())
    for match in w.phone.finditer(text):  # not a number at all: keep its digits out
        taken.append(match.span())
    for pattern in CODES:
        taken.extend(match.span() for match in pattern.finditer(text) if re.search(r"\d", match.group(0)))
    for quantity in hyphen_pairs(text, w):  # before the digits, which read no number glued to a hyphen
        if free(quantity.start, quantity.end):
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    for match in SUFFIXED.finditer(text):
        if not free(*match.span()):
            continue
        base = float(f"{match.group(1)}.{match.group(2)}") if match.group(2) else float(match.group(1))
        multiplier = SUFFIX_MULTIPLIERS[match.group(3).lower()]
        found.append(Quantity(match.start(), match.end(), base * multiplier, base, multiplier))
        taken.append(match.span())
    for match in w.point_decimal.finditer(text) if w.point_decimal else ():
        base = float(f"{match.group(1)}.{match.group(2)}")
        multiplier = w.multipliers[match.group(3).lower()]
        found.append(Quantity(match.start(), match.end(), base * multiplier, base, multiplier,
                              ends_with_counting_noun=True))
        taken.append(match.span())
    for match in w.digits.finditer(unglued_currencies(text, w)):
        if not free(*match.span()):
            continue
        if match.group(3) and len(match.group(3)) == 1 and text[match.start(3) - 1].isdigit() \
                and not re.search(w.currency_before, norm[max(0, match.start() - 6):match.start()], re.I) \
                and not re.match(r"\s?[€$£]", text[match.end(3):match.end(3) + 2]):
            continue  # a glued "m" or "k" is a multiplier after a currency sign ("$1.5m", "115M$"), else a unit ("3m")
        integer, decimals = match.group(1), match.group(2)
        if decimals and comma_grouped(text, match, w):
            integer, decimals = integer + decimals, None
        base = _plain_value(integer, decimals, w)
        multiplier = w.multipliers[" ".join(match.group(3).lower().split())] if match.group(3) else 1.0
        found.append(Quantity(match.start(), match.end(), base * multiplier, base, multiplier,
                              ends_with_counting_noun=bool(match.group(3)) and multiplier >= 1e6))
        taken.append(match.span())
    for quantity in spelled_numbers(doc) + zero_counts(doc):
        if free(quantity.start, quantity.end):
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    for quantity in found:
        half = w.and_a_half.match(text, quantity.end)
        if half and quantity.multiplier > 1 or half and quantity.ends_with_counting_noun and quantity.value:
            unit = quantity.multiplier if quantity.multiplier > 1 else last_multiplier(quantity.value)
            quantity.value += unit / 2
            quantity.end = half.end()
    half_a = getattr(w, "half_a", None)  # "half a million": half of a multiplier written in words
    for quantity in found:
        before = re.search(rf"(?:{half_a})$", text[max(0, quantity.start - 12):quantity.start], re.I) if half_a else None
        if before and quantity.value in (1e3, 1e6, 1e9, 1e12):
            quantity.value, quantity.base = quantity.value / 2, quantity.base / 2
            quantity.start -= len(before.group(0))
    return joined_amounts(sorted(found, key=lambda q: q.start), norm, w)


def shares(doc: Doc, norm: str, w) -> list[Quantity]:
    """ "trois quarts des votants", "la moitié de l'indexation", "over half of schools": a fraction of a whole
    (numbers.yml `share`), valued as a percentage (75, 50). A fraction other than `share_bare` ("half") needs its
    numerator; one after an ordinal (`share_ordinals`: "la seconde moitié", "the second half") is no share; one
    with no whole after it (`share_whole`) needs a qualifier before it ("dont environ la moitié étaient des
    civils", "with more than half aged under 35")."""
    from .number_qualifiers import qualifier_before  # (it reads dates from this module)

    if w.share is None:
        return []
    found = []
    ordinals = frozenset(w.share_ordinals or ())
    for match in w.share.finditer(norm):
        numerator, fraction = match.group(1), match.group(2)
        if numerator is None and fraction not in (getattr(w, "share_bare", None) or ()):
            continue
        previous = re.search(r"([^\W\d_]+)\W*$", norm[max(0, match.start() - 20):match.start()])
        if previous is not None and previous.group(1) in ordinals:
            continue
        if not rx.compile(w.share_whole).match(norm, match.end()) \
                and qualifier_before(doc, norm, match.start(), w.language) is None:
            continue
        value = (w.share_numerators[numerator] if numerator else 1) * float(w.share_fractions[fraction])
        found.append(Quantity(match.start(), match.end(), round(value, 6), round(value, 6), share=True))
    return found


def hyphen_pairs(text: str, w) -> list[Quantity]:
    """ "300-400 manifestants", "15-20 %": two numbers joined by a hyphen or a dash, a word or a sign after them
    (numbers.yml `hyphen_pair`), read as the two bounds of a range when they rise. A falling or equal pair (a score
    "(2-1)", a tally "9-1"), a pair of years ("2019-2024") or a pair starting at zero is left alone: the digits
    pattern reads no number glued to a hyphen."""
    pattern = getattr(w, "hyphen_pair", None)
    pairs = []
    for match in pattern.finditer(text) if pattern else ():
        low, high = (_plain_value(match.group(k), match.group(k + 1), w) for k in (1, 3))
        years = all(re.fullmatch(r"\d{4}", match.group(k)) and 1000 <= float(match.group(k)) <= 2100 for k in (1, 3))
        if not 0 < low < high or years:
            continue
        pairs.append(Quantity(match.start(1), match.end(2) if match.group(2) else match.end(1), low, low))
        pairs.append(Quantity(match.start(3), match.end(4) if match.group(4) else match.end(3), high, high))
    return pairs


def _plain_value(integer: str, decimals: Optional[str], w) -> float:
    """The value of digits with their thousands separators and decimal part ("7 200", "2,5")."""
    integer = re.sub(w.thousands, "", integer)
    return float(f"{integer}.{decimals}") if decimals else float(integer)


def comma_grouped(text: str, match: re.Match, w) -> bool:
    """ "1,297 morts", "environ 3,000 maisons": in a language whose comma is a decimal one, three digits after it
    and no multiplier, before a word that is no unit, sign or currency (numbers.yml `comma_thousands_before`), group
    thousands the English way (Haitian or translated copy): a count has no thousandths."""
    pattern = getattr(w, "comma_thousands_before", None)
    return bool(pattern) and len(match.group(2)) == 3 and not match.group(3) \
        and rx.match(pattern, text[match.end():match.end() + 40].lower()) is not None


def unglued_currencies(text: str, w) -> str:
    """The text with each currency abbreviation glued to digits (numbers.yml `currency_prefixes`: "Sh3.08 trillion",
    "Rs.800") blanked out, offsets kept, so the digits pattern, which reads no number glued to a word, reads them."""
    if w.glued_currency is None:
        return text
    return w.glued_currency.sub(lambda m: " " * len(m.group(0)), text)


def joined_amounts(found: list[Quantity], norm: str, w) -> list[Quantity]:
    """ "45 milliards 310 millions de francs", "3 602 milliards FCFA 417 millions", "1 million 200 000": a number
    with a multiplier followed, past spaces or a currency, by a smaller one is one amount written in two parts."""
    joined: list[Quantity] = []
    for quantity in found:
        first = joined[-1] if joined else None
        if (
            first is not None and first.multiplier >= 1e6 and first.value is not None and quantity.value is not None
            and not first.vague and not quantity.vague and not first.collective and not quantity.collective
            and (quantity.multiplier > 1 or quantity.value >= 1000) and quantity.value < first.multiplier
            and re.fullmatch(rf"\s+(?:(?:{w.currency_after})\s+)?", norm[first.end:quantity.start])
        ):
            first.value += quantity.value
            first.end = quantity.end
            first.ends_with_counting_noun = quantity.ends_with_counting_noun
            continue
        joined.append(quantity)
    return joined


def last_multiplier(value: float) -> float:
    """The multiplier a spelled number ends with: 1e6 for "deux millions"."""
    for unit in (1e12, 1e9, 1e6, 1e3):
        if value >= unit and value % unit == 0:
            return unit
    return 1.0


def is_number_word(token: Token) -> bool:
    """A word text2num reads as a number ("deux", "vingt-et-un", "million"). Known once per word and Doc (every
    token is asked, most of them more than once, and text2num answers most words with an exception)."""
    known = token.doc.user_data.get("number_words")
    if known is None:
        known = token.doc.user_data["number_words"] = {}
    word = token.text.lower()
    if word not in known:
        known[word] = _is_number_word(word, doc_language(token.doc))
    return known[word]


def next_number_word(doc: Doc, i: int) -> int:
    """The index of the first number word after token i (`is_number_word`), or len(doc): found among the Doc's
    distinct words (read once per Doc from its array of word ids) instead of asking each token in turn."""
    indexes = doc.user_data.get("number_word_indexes")
    if indexes is None:
        orths = doc.to_array(ORTH)
        distinct = numpy.unique(orths)
        language, strings = doc_language(doc), doc.vocab.strings
        numbers = [orth for orth in distinct.tolist() if _is_number_word(strings[orth].lower(), language)]
        is_number = numpy.isin(orths, numpy.array(numbers, dtype=orths.dtype))
        indexes = doc.user_data["number_word_indexes"] = numpy.flatnonzero(is_number).tolist()
    found = bisect.bisect_right(indexes, i)
    return indexes[found] if found < len(indexes) else len(doc)


_WORD = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")


@lru_cache(maxsize=200_000)  # the same words recur from article to article
def _is_number_word(word: str, language: str) -> bool:
    if not _WORD.fullmatch(word) or word == "milles":
        return False  # "mille" is invariable: "milles" are (nautical) miles
    lexicon = words(language)
    if word in lexicon.not_number_words:
        return False
    try:
        text2num(word, lexicon.number_language)
    except ValueError:
        return False
    return True


def counting_phrases(doc: Doc, name: str, w) -> list[tuple[int, int, str, Optional[str]]]:
    """Phrases that count by a noun, vague ("des centaines", "plusieurs milliers", "hundreds of thousands") or
    collective ("une dizaine", "a dozen"), from `vague_words` / `collective_words` (numbers.yml) through a Matcher: a
    lead word (or, after one of `bare_after`, none, the word left out), an opening quote maybe, the noun; then a
    closing quote when "de" follows, and "de" + a larger unit ("des dizaines de milliers"); a repetition joined by
    "et" is one phrase ("des dizaines et des dizaines"). Leftmost first, without
    overlaps: (start, end, noun, larger unit or None)."""
    words = getattr(w, name)
    quote = f"({'/'.join(words.quotes)}) " if words.quotes else ""
    units = "/".join(words.units)
    patterns = [("lead", f"{lead} {quote}{units}") for lead in words.leads]
    patterns += [("lead", f"{lead} {quote}{'/'.join(words.singular_units)}") for lead in words.singular_leads
                 if words.singular_units]  # "several hundred", "a few thousand"
    if words.bare_after or words.bare_anywhere:
        patterns.append(("bare", f"{quote}{units}"))
    found, last = [], 0
    for span in pattern_matches(doc, name, patterns, w.language):
        if span.start < last:
            continue
        if span.label_ == "bare" and not words.bare_anywhere:
            before = doc[span.start - 1] if span.start else None
            if not _headline_start(doc, span, words) and (
                    before is None or before.whitespace_ != " " or _folded(before) not in words.bare_after):
                continue  # "(?<=\bde )": right after the word and one space
        noun, end = doc[span.end - 1].lower_, span.end
        again = doc[end + 1:end + 1 + len(span)]
        if end < len(doc) and doc[end].lower_ == w.number_and and [t.lower_ for t in again] == \
                [t.lower_ for t in span]:
            end = again.end  # "des dizaines et des dizaines": the writer's repetition is one count
        after = doc[end:end + 3]
        opened = any(token.text in words.quotes for token in span)
        if opened and len(after) >= 2 and after[0].text in words.closing_quotes and _of(after[1], words):
            end += 1  # "des « centaines » de blessés": the writer's quotes (not one opened before the lead)
        larger = None
        if words.of and end + 1 < len(doc) and _of(doc[end], words) and doc[end + 1].lower_ in words.larger:
            larger, end = doc[end + 1].lower_, end + 2
        elif not words.of and end < len(doc) and doc[end].lower_ in words.larger:
            larger, end = doc[end].lower_, end + 1
        found.append((span.start_char, doc[end - 1].idx + len(doc[end - 1]), noun, larger))
        last = end
    return found


def _headline_start(doc: Doc, span, words) -> bool:
    """ "Centaines de personnes évacuées": a headline's bare unit, capitalized at the start of its sentence, then "de"."""
    return span.start == span.sent.start and doc[span.start].is_title and span.end < len(doc) \
        and _of(doc[span.end], words)


def _folded(token: Token) -> str:
    return token.lower_.replace("’", "'")


def _of(token: Token, words) -> bool:
    """ "de" before a space, or the elided "d'" glued to the next word."""
    word = _folded(token)
    return word in words.of and (word.endswith("'") or bool(token.whitespace_))


def zero_counts(doc: Doc) -> list[Quantity]:
    """ "aucun décès", "Aucun policier n'a trouvé la mort": a word for none (numbers.yml `zero_words`) right before its
    noun, kept as the article "un" is (numbers.py: only where it counts a casualty or what the text counts beside it),
    so a denied toll is a figure of 0 the comparison can set against a toll."""
    zero = getattr(words(doc_language(doc)), "zero_words", None) or ()
    return [Quantity(token.idx, token.idx + len(token), 0.0, 0.0, spelled=True, article=True)
            for token in doc if token.lower_ in zero and token.dep_ == "det" and token.head.pos_ == "NOUN"
            and token.head.i == token.i + 1 and not is_number_word(token.head)]  # "no one": a pronoun


def spelled_numbers(doc: Doc) -> list[Quantity]:
    """Runs of number words, valued by text2num ("deux mille", "huit millions", "vingt et un")."""
    w = words(doc_language(doc))
    quantities = []
    i = 0
    while i < len(doc):
        if not is_number_word(doc[i]):
            i = next_number_word(doc, i)
            continue
        run = [doc[i]]
        j = i + 1
        while j < len(doc):
            if is_number_word(doc[j]):
                run.append(doc[j])
            elif (doc[j].lower_ == w.number_and or glued_hyphen(doc, j)) and j + 1 < len(doc) \
                    and is_number_word(doc[j + 1]):
                run.append(doc[j])
            else:
                break
            j += 1
        # the longest prefix text2num accepts ("deux et trois" -> "deux")
        while run:
            try:
                value = text2num(spelled_text(run), w.number_language)
                break
            except ValueError:
                run.pop()
        if not run:
            i += 1
            continue
        while run[-1].lower_ == w.number_and or run[-1].text == "-":
            run.pop()
        i = run[-1].i + 1
        if keep_spelled(doc, run) or after_article(doc, run[0]):
            if after_article(doc, run[0]):
                run.insert(0, doc[run[0].i - 1])  # "more than a million": the article is the number's
            last = run[-1].lower_
            quantities.append(Quantity(run[0].idx, run[-1].idx + len(run[-1]), float(value), float(value),
                                       spelled=True, ends_with_counting_noun=last in w.counting_nouns))
        elif [t.lower_ for t in run] in w.not_counts and run[-1].i + 1 < len(doc) \
                and (doc[run[-1].i + 1].pos_ == "NOUN" or doc[run[-1].i + 1].lower_ == getattr(w, "one_more", None)
                     or _adjective_as_noun(doc, run[-1].i + 1)):
            # "un siège", "un jeune", "un autre": the article, unless the text counts the same noun beside it or
            # names a victim (numbers.py decides)
            quantities.append(Quantity(run[0].idx, run[-1].idx + len(run[-1]), float(value), float(value),
                                       spelled=True, article=True))
    return quantities


def after_article(doc: Doc, token: Token) -> bool:
    """ "more than a million", "More Than A Million" (a headline's capitals): a counting noun after the indefinite
    article (numbers.yml `multiplier_articles`) counts one of it, the article being part of the number."""
    w = words(doc_language(doc))
    return token.lower_ in w.counting_nouns and token.i > 0 \
        and doc[token.i - 1].lower_ in (getattr(w, "multiplier_articles", None) or ())


def _adjective_as_noun(doc: Doc, i: int) -> bool:
    """ "un jeune de 14 ans", "un blessé": an adjective with no noun after it stands for one."""
    return doc[i].pos_ == "ADJ" and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN", "ADJ"))


def noun_follows(doc: Doc, i: int) -> bool:
    """A noun at doc[i], or after names and adjectives that modify it ("U.S. military official")."""
    for token in doc[i:i + 4]:
        if token.pos_ == "NOUN":
            return True
        if token.pos_ not in ("PROPN", "ADJ"):
            return False
    return False


def glued_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen with no space on either side, between two number words the tokenizer split: "Seventy-one"."""
    return doc[j].text == "-" and j > 0 and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def spelled_text(run: list[Token]) -> str:
    """The words of a run as text2num reads them: spaces between words, none around a glued hyphen."""
    return "".join(t.text.lower() + (t.whitespace_ and " ") for t in run).strip()


def keep_spelled(doc: Doc, run: list[Token]) -> bool:
    """Number words that are not a count: the article "un", "pour cent", names, the adjective "neuf"."""
    w = words(doc_language(doc))
    spelled = [t.lower_ for t in run]
    first = run[0]
    if (spelled in w.not_counts or spelled == [w.neuf]) and range_bound(doc, first):
        return True  # "une à trois compagnies", "six à neuf"
    if spelled in w.not_counts:
        from .number_lists import listed_lone_one, one_of_a_total  # (they read number words from this module)

        # "au moins un membre"; "deux à A, un à B", "les onze tués sont dix militaires et un gendarme" (not "trois
        # accords et un traité": the article)
        return bounded_one(doc, first) or listed_lone_one(doc, first, w) or one_of_a_total(doc, first, w)
    if in_idiom(doc, first, w):
        return False  # "at one point", "at any one time", "one by one": a set phrase, no count
    if spelled in w.lone_unless_noun and not noun_follows(doc, run[-1].i + 1):
        from .number_lists import listed_lone_one  # (it reads number words from this module)

        # "one of the towns", but "one soldier", "one U.S. military official", "48 deaths in A and one in B"
        return listed_lone_one(doc, run[-1], w) and not speaking_one(doc, run[-1], w)
    if spelled in w.lone_unless_noun and speaking_one(doc, run[-1], w):
        return False  # "One read: ...", "one placard said": a speaker, no count
    if first.i > 0 and doc[first.i - 1].lower_ == w.pour_cent[0] and spelled[0] == w.pour_cent[1]:
        return False
    if first.text[0].isupper() and not is_sentence_start(doc, first):
        return False  # part of a name: "Park Ji Un", "les Vingt-Sept"
    if spelled == [w.neuf]:
        after = doc[first.i + 1] if first.i + 1 < len(doc) else None
        return after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or is_number_word(after)
                                      or after.lower_ in FIGURE_WORDS["elision_words"])  # "les neuf autres"
    return True


def bounded_one(doc: Doc, token: Token) -> bool:
    """ "au moins un membre", "plus d'une victime": "un" after a lower bound is a number, not the article (not after
    "jusqu'à", which is also a place's preposition: "ont défilé jusqu'à un parking")."""
    from .number_qualifiers import qualifier_before  # (it reads dates from this module)

    if token.i == 0 or doc[token.i - 1].is_punct:
        return False
    bound = qualifier_before(doc, doc_text(doc), token.idx, doc_language(doc))
    return bound is not None and bound[0] == "at_least"


def speaking_one(doc: Doc, token: Token, w) -> bool:
    """ "One read: 'Go home'", "one placard said", "one woman told AFP": "one", or the noun it counts, is the subject
    of a verb of saying (numbers.yml `one_speaking_verbs`)."""
    verbs = getattr(w, "one_speaking_verbs", None)
    if not verbs:
        return False
    subject = token if token.dep_.startswith("nsubj") else token.head if token.head.i > token.i \
        and token.head.i - token.i <= 3 and token.head.dep_.startswith("nsubj") else None
    if subject is not None and subject.head.lemma_.lower() in verbs:
        return True
    following = doc[token.i + 1:token.i + 3]  # "One read: …", which the tagger takes for a noun ("one read")
    return len(following) == 2 and following[0].lemma_.lower() in verbs and following[1].text in (":", '"', "“", ",")


def in_idiom(doc: Doc, token: Token, w) -> bool:
    """A number word inside a set phrase of numbers.yml `number_idioms` ("at one point", "one by one")."""
    idioms = getattr(w, "number_idioms", None)
    if not idioms:
        return False
    return any(span.start <= token.i < span.end
               for span in pattern_matches(doc, "number_idioms", [("idiom", phrase) for phrase in idioms], w.language))


def range_bound(doc: Doc, token: Token) -> bool:
    """A number word that is one bound of a range: "une" before "à trois", "neuf" after "six à", "un" in "entre un
    et trois millions" (not "un à un")."""
    range_words = FIGURE_WORDS["range_words"]
    after = doc[token.i + 1:token.i + 3]
    before = doc[max(token.i - 2, 0):token.i]
    other = None
    if token.lower_ in ("un", "une") and len(after) == 2 and (
        after[0].lower_ in range_words or between_and(doc, token, after[0], words(doc_language(doc)))
    ):
        other = after[1]
    elif token.lower_ == "neuf" and len(before) == 2 and before[1].lower_ in range_words:
        other = before[0]
    return other is not None and other.lower_ not in ("un", "une") and (other.like_num or is_number_word(other))


def between_and(doc: Doc, token: Token, link: Token, w) -> bool:
    """The first bound of "entre A et B": "entre" just before, "et" just after."""
    return token.i > 0 and bool(re.fullmatch(w.range_and, f" {link.lower_} ")) \
        and bool(re.search(w.range_and_lead, doc[token.i - 1].lower_ + " "))


def is_sentence_start(doc: Doc, token: Token) -> bool:
    if token.is_sent_start or token.i == 0:
        return True
    previous = doc[token.i - 1]
    return "\n" in previous.text or previous.text in (".", "!", "?", "«", "“", '"', ":", "—", "-")


def is_date(norm: str, quantity: Quantity, language: str = "fr") -> bool:
    w = words(language)
    after = norm[quantity.end:quantity.end + 40]
    before = norm[max(0, quantity.start - 25):quantity.start]
    day = quantity.value is None or (quantity.value <= 31 and quantity.multiplier <= 1)
    if re.match(w.date_after, after) and day:  # "A Million March" is no day
        return True  # "18 juin", "du 3 au 9 juin", "entre le 4 et le 9 mars", "les 2, 3 et 7 mars"
    if quantity.value is not None and (31 < quantity.value < 1000 or quantity.value > 2100 or quantity.multiplier > 1
                                       or not re.fullmatch(r"\d{1,4}", norm[quantity.start:quantity.end])):
        return False  # "ont arrêté lundi 60 suspects", "said on Saturday 18,214 people": neither a day nor a year
    return bool(re.search(w.date_before, before))  # "août 2023", "vendredi 18"
