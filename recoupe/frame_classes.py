"""The class rules of a frame that read the words around a figure (see recoupe/frames.py, `event_class`): how badly
the wounded are hurt (_severity), the state a container gives the people it counts (_state_of_container), the
longer event a word opens (_phrased), a count over a span (_period_class), a rate (_rate), a total since a moment
(_cumulative), a class a phrase after the figure gives (_phrase_class)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .dates import offset_in_sentence
from .frame_lexicon import CUMULATIVE, TOLLS, _not_counted
from .matchers import within
from .models import Figure
from .nlp import doc_text


def _severity(text: str, figure: Figure, cls: Optional[str], lex: dict) -> Optional[str]:
    """The class of the wounded with how badly they are hurt, when the figure's clause says it after the figure
    (events.yml `severity`: "dont 205 graves", "1 200 dans un état grave", "5 personnes grièvement blessées"):
    "wounded:grave", "wounded:léger"; people said to be in such a state are wounded (`severity_states`). The clause
    ends at a punctuation mark or the next number ("72 injured, two in serious condition": the 72 are all the
    wounded). Else the class as it was."""
    after = text[figure.end:figure.end + 60]
    stop = re.search(r"[,;:()\n.!?]|\d", after)
    after = after[:stop.start()] if stop else after
    if cls != "wounded" and not lex["severity_states"].search(after):
        return cls
    for mark, words in lex["severity"]:
        if words.search(after):
            return f"wounded:{mark}"
    return "wounded"


def _state_of_container(text: str, figure: Figure, lex: dict) -> Optional[str]:
    """The state a container before the figure gives the people it counts ("the number of people missing has
    dropped to 66", "the list of those unaccounted for stood at 385", "le nombre de personnes disparues s'élève à
    300": events.yml `state_containers`), in the figure's sentence with no other number between; else None."""
    at = offset_in_sentence(figure.sentence, figure.text, figure.start, text)
    if at <= 0:
        return None
    found = None
    for found in lex["state_container"].finditer(figure.sentence[:at]):
        pass
    if found is None or re.search(r"\d", figure.sentence[found.end():at]):
        return None
    state = found.group("state").lower()
    return lex["declared_states"].get(state)


def _phrased(word: str, text: str, start: int, lex: dict) -> str:
    """The longer event a word opens when the words after it say it ("gardes à vue", "placées en garde à vue")."""
    for key, rest in lex["phrased"].get(word, ()):
        if rest.match(text, start):
            return key
    return word


NEW = "nouveaux"  # the suffix of a toll counted as new ones over a period ("killed:nouveaux"), an increment
SPAN_GAP = 60  # characters at most between a stated span and its figure
SHARED_SPAN_GAP = 20  # characters at most between a span said after a number and a figure that shares it


def span_near(sentence: str, match: re.Match, at: int, length: int) -> bool:
    """Whether the span `match` is said of the figure at `at` in its sentence: a few words away, no other number
    between; and a span after another number of its clause is that number's ("22 morts pendant ces deux jours, ce
    qui porte le total à 104": the 104 is no count of two days)."""
    if match.end() <= at:
        gap = sentence[match.end():at]
        if len(gap) > SHARED_SPAN_GAP and re.search(r"\d[^\d,;:.!?]{0,%d}$" % SPAN_GAP, sentence[:match.start()]):
            return False  # unless the figure follows right on: "120 bateaux en 24 heures et plus de 7 000 migrants"
    else:
        gap = sentence[at + length:match.start()]
    return len(gap) <= SPAN_GAP and not re.search(r"\d", gap)


def _said_of_one_night(figure: Figure, lex: dict) -> bool:
    """Whether a phrase of one night (events.yml `night_phrases`) is said of the figure, in its clause."""
    at = offset_in_sentence(figure.sentence, figure.text)
    # a night's dates may run into the figure ("la nuit de jeudi à vendredi 12 personnes"): said of it
    return at >= 0 and any(match.start() < at + len(figure.text) and match.end() > at
                           or span_near(figure.sentence, match, at, len(figure.text))
                           for match in lex["night"].finditer(figure.sentence))


def _period_class(cls: Optional[str], figure: Figure, lex: dict) -> Optional[str]:
    """The class of a count over a span its sentence states (events.yml `period_*`): ":jour" up to two days,
    ":semaine" up to two weeks, a total (":cumul") beyond; "entre lundi et mercredi" spans three days. Only for a
    class compared over days that is no running tally (not a toll, not arrests, not a protest day); None else."""
    spec = lex["classes"].get(cls or "", {}) if cls else {}
    toll = cls in TOLLS
    if toll and figure.kind == "count" and lex["new_after"].match(figure.sentence, _end_in_sentence(figure)):
        return f"{cls}:{NEW}"  # "50 nouveaux décès", "12 new deaths": the new ones, an increment of the toll
    if not toll and spec.get("tally") and _said_of_one_night(figure, lex):
        return f"{cls}:jour"  # "667 interpellations dans la nuit de jeudi à vendredi": that night's, not the total
    if not toll and spec.get("tally") or spec.get("window_days", 7) == 0 or (cls and cls not in lex["classes"]
                                                                               and ":" in cls):
        return None
    days = None
    at = offset_in_sentence(figure.sentence, figure.text)
    if at < 0:
        return None

    def near(match) -> bool:  # in the figure's clause: a few words away, no other number between
        return span_near(figure.sentence, match, at, len(figure.text))

    for match in lex["period"].finditer(figure.sentence):
        if not near(match) or toll and not lex["toll_period"].search(match.group(0)):
            continue  # a toll "en 48 heures" is the toll so far; "ces sept derniers jours" is that span's count
        if match.group("span"):
            days = lex["period_spans"].get(match.group("span").lower())
        else:
            unit = lex["period_units"].get(match.group("unit").lower())
            number = match.group("n")
            if number is None and unit is not None and unit >= 1 and not toll and not re.search(
                    r"\b(?:une?|a|an|one|single|seule?)\s+(?:\w+\s+)?$", match.group(0)[:match.start("unit") - match.start()],
                    re.I):
                continue  # "en jours": no span said
            count = int(number) if number and number.isdigit() else lex["period_numbers"].get((number or "").lower(), 1)
            days = unit * count if unit is not None else None
        if days:
            break
    if not days and not toll:
        weekdays = lex["weekday_span"].search(figure.sentence)
        if weekdays and near(weekdays):
            first, last = (lex["weekday_index"][g.lower()] for g in weekdays.groups() if g)
            days = (last - first) % 7 + 1
    if not days:
        return None
    mark = "jour" if days <= 2 else "semaine" if days <= 14 else CUMULATIVE[1:]
    return f"{cls}:{mark}" if cls else mark


RATE_GAP = 40  # characters at most between a rate's phrase and its figure
RATE_WORD_GAP = 2  # words at most between a figure and a rate said in one word ("82 deaths daily")


def _rate(figure: Figure, lex: dict) -> Optional[str]:
    """The class suffix of a rate the figure's clause gives ("10 000 par jour", "23,000 a day", "82 deaths daily",
    "chaque semaine, 300 arrivées": events.yml `rate_phrases`): ":jour", as a count over a day is, ":semaine",
    ":par_mois", ":par_an"; None when it gives none."""
    at = offset_in_sentence(figure.sentence, figure.text)
    if at < 0:
        return None
    end = at + len(figure.text)
    sentence = figure.sentence
    for match in lex["rate"].finditer(sentence, max(0, at - 2 * RATE_GAP), min(len(sentence), end + 2 * RATE_GAP)):
        gap = sentence[end:match.start()] if match.start() >= end else sentence[match.end():at]
        if match.start() < end and match.end() > at or len(gap) > RATE_GAP or re.search(r"[\d;:.!?()]", gap):
            continue  # overlapping the figure, or another number or clause between
        phrase = match.group("phrase")
        if " " not in phrase and (not phrase.islower() or match.start() < end
                                  or len(re.findall(r"[\w'’-]+", gap)) > RATE_WORD_GAP):
            continue  # "The Daily Star", "selon le rapport quotidien": another noun's
        before = re.findall(r"[\w'’]+", sentence[max(0, match.start() - 20):match.start()].lower())
        after = re.findall(r"[\w'’]+", sentence[match.end():match.end() + 20].lower())
        if before and before[-1] in lex["rate_not_after_word"] or after and after[0] in lex["rate_not_before_word"]:
            continue  # "en un jour" is a span, "a day after" a date
        return ":" + lex["rate_units"][re.sub(r"\s+", " ", phrase.lower())]
    return None


def _end_in_sentence(figure: Figure) -> int:
    """Where the figure ends in its sentence (-1 when its text is not found there)."""
    at = offset_in_sentence(figure.sentence, figure.text)
    return at + len(figure.text) if at >= 0 else len(figure.sentence)


def _cumulative(text: str, figure: Figure, lex: dict) -> bool:
    """A total since a moment: its sentence says since when ("Depuis jeudi, … 855 interpellations", "13 000
    conteneurs depuis août"), unless "depuis" follows a superlative or an ordinal ("la plus faible depuis le
    début", "la neuvième depuis le début de la contestation": a comparison)."""
    if not lex["since"]:
        return False
    for match in re.finditer(rf"\b(?:{lex['since']})\b", figure.sentence, re.I):
        if lex["ranking"].search(figure.sentence[max(0, match.start() - 60):match.start()]):
            continue
        if lex["duration"].match(figure.sentence[match.end():match.end() + 40]):
            continue  # "Depuis plusieurs semaines, X affirme…": how long something lasts, not since when
        start = lex["story_start"].match(figure.sentence[match.end():match.end() + 40])
        if start and not lex["period_start"].match(figure.sentence[match.end() + start.end():]):
            continue  # "depuis le début des émeutes": the running total every unmarked toll of the story is
        name = re.match(r"\s+(?:(?:la|le|les)\s+|l['’])?([A-ZÀ-Ý][\w-]*)", figure.sentence[match.end():])
        if name and name.group(1).lower() not in _not_counted():
            continue  # "a déclaré depuis Bordeaux": from a place, not since a moment (a month or a weekday is one)
        return True
    return False


def _phrase_class(doc: Doc, figure: Figure, lex: dict, language: str) -> Optional[str]:
    """A class a phrase right after the figure gives ("3,75 millions de soldats en service" is a stock): the
    first of the classes' `phrases` (events.yml, through a Matcher) found from the figure to 60 characters after
    it, in its sentence."""
    position = offset_in_sentence(figure.sentence, figure.text, figure.start, doc_text(doc))
    if position < 0:
        return None
    lo = figure.start
    hi = figure.start - position + min(len(figure.sentence), position + len(figure.text) + 60)
    text = doc_text(doc)
    digit = re.search(r"\d", text[figure.end:hi])
    hi = figure.end + digit.start() if digit else hi  # up to the next number: its phrase is its own
    found = {span.label_ for span in within(doc, "event_phrases", lex["phrases"], lo, hi, language)}
    return next((name for phrase, name in lex["phrases"].items() if phrase in found), None)
