"""Resolution across articles, the build's third step: per-article extractions in, the Dossier out.

Every cross-article job is reached from `resolve` here, each in the module for its job:
  resolve_places.py    places merged by GeoNames id, namesakes settled, the places each actor speaks of
  resolve_actors.py    one actor per real source (spelling, description, short name, transliteration, acronym,
                       translation), comparing the keys of actor_keys.py
  resolve_speakers.py  speakers named only by a description, title-only speakers, claims' and figures' sources
                       (over described_speakers, source_phrases, office_holders, speaker_merges)
  topics.py            figure topics; dates.py (through date_articles/date_figures here) the dates
  corrections.py       the reporter's corrections.yml, applied to what the rules found
This module also dates articles and figures and counts each actor's statements.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

from . import corrections, date_pasts, dates, frames, topic_years, topics
from .frame_currency import with_unit
from .models import Actor, Article, ArticleExtraction, Claim, Dossier, Figure, RejectedFile, Topic
from .share_holders import one_holder_per_person
from .resolve_actors import apply_merges, description_words, initials, merge_actors, name_key, resolve_actors
from .resolve_places import actor_places, merge_places, place_countries, settle_namesakes
from .office_sources import office_sources
from .resolve_speakers import link_sources, merge_speakers, unnamed_speakers
from .place_speakers import dossier_places
from .verdicts import judged_topics

__all__ = [  # the step, and the jobs it calls, importable from here
    "resolve", "date_articles", "date_figures", "count_statements", "CONTEXT_DAYS",
    "actor_places", "merge_places", "place_countries", "settle_namesakes",
    "apply_merges", "description_words", "initials", "merge_actors", "name_key", "resolve_actors",
    "link_sources", "merge_speakers", "unnamed_speakers",
]

CONTEXT_DAYS = 2  # a report of a one-day event comes out that day or within two days


def resolve(extractions: list[ArticleExtraction], rejected: list[RejectedFile],
            fixes: Optional[corrections.Corrections] = None, memo=None) -> Dossier:
    """Merge actors and places across articles, link claims and figures to actors, and give figures a topic;
    the reporter's corrections (corrections.yml) are applied to what the rules found. `memo` (an
    extraction_cache.ResultMemo) keeps the dating of undated articles and of each figure between builds."""
    fixes = fixes or corrections.Corrections()
    extractions = settle_namesakes(extractions)
    merged_places = merge_places([p for e in extractions for p in e.places])
    place_mentions = [m for e in extractions for m in e.place_mentions]
    mentions = [m for e in extractions for m in e.actor_mentions]
    countries = place_countries(merged_places, place_mentions)
    actors, mentions, merges = resolve_actors(mentions, countries)
    articles = date_articles([e.article for e in extractions], memo)
    actors, mentions, claims, figures = unnamed_speakers(
        [c for e in extractions for c in e.claims], [f for e in extractions for f in e.figures], actors, mentions,
        articles, merged_places, place_mentions)
    actors, mentions, spoken = merge_speakers(actors, mentions, countries, dossier_places(merged_places, place_mentions))
    kept_for = {m.id: m.actor_id for m in mentions}  # a body kept by resolve_actors may be merged since
    merges = sorted([r.model_copy(update={"actor_id": kept_for.get(r.mention_id, r.actor_id)}) for r in merges + spoken],
                    key=lambda r: r.id)
    actors, mentions, merges = corrections.apply_to_actors(fixes, actors, mentions, merges)
    claims, figures = link_sources(claims, figures, mentions)
    figures = office_sources(figures, actors)
    figures = corrections.apply_to_figures(fixes, figures, actors, articles)
    figures = date_figures(figures, articles, memo)
    figures = one_holder_per_person(figures, actors)  # "Mba" and "Ndong" hold one person's share
    figures = topics.assign_topics(figures, merged_places, place_mentions)
    figures = in_past_years(figures, articles)
    figures = topic_years.past_year_topics(figures, articles)  # "the Camp Fire, which killed 85 people in 2018": its own
    figures = corrections.apply_to_topics(fixes, figures)
    figures, found_topics = judge_topics(figures, memo)
    figures = [with_unit(f) for f in figures]
    return Dossier(
        articles=articles,
        figures=figures,
        claims=claims,
        actors=count_statements(actors, claims, figures),
        actor_mentions=mentions,
        actor_merges=merges,
        places=merged_places,
        place_mentions=place_mentions,
        actor_places=actor_places(articles, actors, merged_places, place_mentions, claims),
        topics=found_topics,
        rejected=rejected,
    )


def judge_topics(figures: list[Figure], memo=None) -> tuple[list[Figure], list[Topic]]:
    """topics.judge_topics, each topic's verdict taken from `memo` when an earlier build judged the very same figures
    (every field of each: a figure that joins the topic, or whose source or date changed, judges it again). A
    verdict is a function of its topic's figures alone, and comparing them pair by pair within each window was the
    part of a rebuild that grew fastest with the dossier: an added article now has only its topics judged again."""
    if memo is None:
        return topics.judge_topics(figures)
    conflicted: set[str] = set()
    found = []
    for _, members in judged_topics(figures):
        topic, conflicts = memo.call(_judged_topic, [f.model_dump(mode="json") for f in members])
        found.append(Topic.model_validate(topic))
        conflicted.update(conflicts)
    return [f.model_copy(update={"in_conflict": int(f.id in conflicted)}) for f in figures], found


def _judged_topic(members: list[dict]) -> tuple[dict, list[str]]:
    """The verdict of one topic's figures (given as JSON, the results memo's arguments): the Topic, and the ids of
    its figures in conflict."""
    judged, (topic,) = topics.judge_topics([Figure.model_validate(member) for member in members])
    return topic.model_dump(mode="json"), sorted(f.id for f in judged if f.in_conflict)


def date_articles(articles: list[Article], memo=None) -> list[Article]:
    """Articles with a date inferred from their text when neither metadata nor ingest gave one: the latest
    calendar date they say, its year taken from the dossier's dated articles (from `memo` when an earlier build
    read that text with that year)."""
    call = memo.call if memo is not None else _call
    years = Counter(int(a.published[:4]) for a in articles if a.published)
    year = max(years, key=lambda y: (years[y], y)) if years else None
    return [a if a.published else a.model_copy(update={"published": call(dates.infer_published, a.text, year)})
            for a in articles]


def date_figures(figures: list[Figure], articles: list[Article], memo=None) -> list[Figure]:
    """Figures with `as_of` (recoupe/dates.py). A count of a one-day event (a protest day) that its sentence does
    not date takes the day its article's dated counts of that event give most ('context'). What each figure's
    own sentence says (`_own_dates`: its date, a function of its sentence, place in it, article date and the
    dossier's year) comes from `memo`, an article at a time, when an earlier build read the same figures."""
    call = memo.call if memo is not None else _call
    published = {a.id: a.published for a in articles}
    years = Counter(int(a.published[:4]) for a in articles if a.published)
    year = max(years, key=lambda y: (years[y], y)) if years else None
    classes = frames.lexicons()["classes"]
    text_of = {a.id: a.text for a in articles}
    language = {a.id: a.language for a in articles}
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_article[figure.article_id].append(figure)
    found, offsets, past, revised = {}, {}, set(), set()
    event_days: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for article_id, own in by_article.items():
        read = call(_own_dates, [[f.sentence, f.text, f.start, f.event_class, f.value] for f in own],
                    text_of.get(article_id), published.get(article_id), year, language.get(article_id, "fr"))
        for figure, (offset, day, how, in_past_year, old_value) in zip(own, read):
            offsets[figure.id], found[figure.id] = offset, (day, how)
            if in_past_year:
                past.add(figure.id)  # "the Camp Fire, which killed 85 people in 2018": in_past_years, once topics are set
            if old_value:
                revised.add(figure.id)
            if how in ("sentence", "weekday") and figure.event_class:
                event_days[figure.article_id, figure.event_class][day] += 1
    headings = {a.id: call(_dated_headings, a.text, a.published, year, a.language) for a in articles}
    for figure in figures:
        day, how = found[figure.id]
        sections = headings.get(figure.article_id) or []
        if how == "article" and len(sections) >= 2:
            above = [(at, when) for at, when in sections if at <= figure.start]
            if above:  # "Jour 3 : samedi 14 juin" over "- 52 000 personnes se sont rassemblées place du marché"
                found[figure.id] = (above[-1][1], "context")
    dated, named_days = [], {}
    dossier_days: dict[str, Counter] = defaultdict(Counter)  # the days each one-day event is dated to, dossier-wide
    for (_, cls), days in event_days.items():
        dossier_days[cls].update(days)
    for figure in figures:
        day, how = found[figure.id]
        one_day = figure.event_class and classes.get(figure.event_class, {}).get("window_days", 7) == 0
        reference = dates.parse_iso(published.get(figure.article_id))
        days = {d: n for d, n in event_days.get((figure.article_id, figure.event_class), {}).items()
                if reference is None or 0 <= (reference - dates.parse_iso(d)).days <= CONTEXT_DAYS}
        earlier = how if how in ("previous", "first") or (how or "").startswith("ordinal:") else None
        if earlier:
            how = "article"
        if one_day and how == "article" and days:
            # the day of the event the article reports: the one its dated figures of that event give most, among the
            # days just before its publication (an older date is a comparison: "le 3 mai, 412 000 avaient...")
            day, how = max(days, key=lambda d: (days[d], d)), "context"
        elif one_day and how == "article" and reference is not None:
            day, how = _day_named_before(figure, day, reference, dossier_days[figure.event_class], named_days, call,
                                         text_of, year, language)
        before = dates.earlier_day(earlier, day, dossier_days[figure.event_class]) if earlier and one_day else None
        if before:
            # "contre 240 000 lors de la précédente mobilisation": the one before, among the days the dossier dates
            day, how = before, "context"
        elif earlier:
            how = "revised"  # "contre 11 % le mois dernier": an earlier value no day of the dossier dates
        if figure.id in past and how in ("article", "context"):
            how = "year"
        if figure.id in revised:
            how = "revised"  # "up from six earlier in the day": the old value of a revision, on the timeline
        dated.append(figure.model_copy(update={"as_of": day, "as_of_from": how}))
    return dated


def _day_named_before(figure: Figure, day: Optional[str], reference, event_days: Counter, named_days: dict, call,
                      text_of: dict, year: Optional[int], language: dict[str, str]) -> tuple[Optional[str], str]:
    """The day of a one-day event that a count its article does not date is about, when the article comes out a
    day or two after one the dossier dates that event to (two figures at least), names that day, and the dossier
    dates no such event on the article's own day ("La CGT annonce 600 000 manifestants", the day after "la
    manifestation du jeudi 2 octobre"); else the article's day."""
    known = {d for d, n in event_days.items() if n >= 2}
    if not known or reference.isoformat() in known:
        return day, "article"
    if figure.article_id not in named_days:
        named_days[figure.article_id] = call(_days_named, text_of.get(figure.article_id) or "", reference.isoformat(),
                                             year, language.get(figure.article_id, "fr"))
    recent = [d for d in named_days[figure.article_id]
              if d in known and 0 < (reference - dates.parse_iso(d)).days <= CONTEXT_DAYS]
    return (max(recent), "context") if recent else (day, "article")


def _days_named(text: str, published: str, year: Optional[int], language: str) -> list[str]:
    """The days an article's text names by a date of its own ("jeudi 2 octobre", "le 2 octobre"), in ISO form. A
    pure function of its arguments, kept in the results memo."""
    return sorted({when.isoformat() for _, when, how in dates.dates_in(text, dates.parse_iso(published), year, language)
                   if how in ("sentence", "weekday")})


def _own_dates(figures: list[list], text: Optional[str], published: Optional[str], year: Optional[int],
               language: str) -> list[list]:
    """What their own sentences say of one article's figures (each [sentence, text, start, event class, value]):
    for each, [its offset in its sentence, the day it is about and how that was found (`dates.as_of`), whether
    its sentence puts it in a past year, whether it is the old value of a revision]. A pure function of its
    arguments, kept in the results memo: date_figures reads each article's figures again on every build."""
    classes = frames.lexicons()["classes"]
    numbers = _whole_values((sentence, value) for sentence, _, _, _, value in figures)  # (_sentence_numbers)
    read = []
    for sentence, surface, start, event_class, _ in figures:
        offset = dates.offset_in_sentence(sentence, surface, start, text)
        day, how = dates.as_of(sentence, max(offset, 0), published, year, language)
        cls = (event_class or "").split(":")[0]
        if how in ("sentence", "weekday") and (cls in frames.TOLLS or classes.get(cls, {}).get("window_days", 7))\
                and published and _dates_the_cause(sentence, offset, day, published, year, language):
            # "le passage ce samedi de l'ouragan a causé plus de 1 900 morts": the day of the storm, not of the
            # count; a toll, or any count but one of a one-day event (a protest day), is as of its report
            day, how = published, "article"
        in_past_year = how == "article" and bool(date_pasts.past_year(sentence, offset, published, language, surface,
                                                                  numbers.get(sentence, frozenset())))
        read.append([offset, day, how, in_past_year, date_pasts.revised(sentence, offset, surface, language)])
    return read


def in_past_years(figures: list[Figure], articles: list[Article]) -> list[Figure]:
    """Figures its sentence puts in a past year (as_of_from 'year', date_figures) dated to that year ("2018"), for
    the verdicts and the timeline: a window of their own. Done once topics are set, which group a figure by the
    day of its report."""
    published = {a.id: a.published for a in articles}
    language = {a.id: a.language for a in articles}
    text_of = {a.id: a.text for a in articles}
    numbers = _sentence_numbers(figures)
    dated = []
    for figure in figures:
        if figure.as_of_from == "year":
            offset = dates.offset_in_sentence(figure.sentence, figure.text, figure.start, text_of.get(figure.article_id))
            year = _past_year(figure, offset, published, language, numbers)
            figure = figure.model_copy(update={"as_of": year or figure.as_of})
        dated.append(figure)
    return dated


def _past_year(figure: Figure, offset: int, published: dict, language: dict, numbers: dict) -> Optional[str]:
    """date_pasts.past_year for a figure at `offset` in its sentence, by its article's date and language, leaving out
    its own number and its sentence's other figures' (`_sentence_numbers`)."""
    return date_pasts.past_year(figure.sentence, offset, published.get(figure.article_id),
                           language.get(figure.article_id, "fr"), figure.text,
                           numbers.get((figure.article_id, figure.sentence), frozenset()))


def _sentence_numbers(figures: list[Figure]) -> dict[tuple[str, str], frozenset]:
    """The values of each sentence's figures, by article and sentence: a "year" among them is a count ("2012 morts
    et 2059 blessés"), not a year (date_pasts.past_year)."""
    return _whole_values(((f.article_id, f.sentence), f.value) for f in figures)


def _whole_values(keyed_values) -> dict:
    """The whole values among (key, value) pairs, by key."""
    found: dict = defaultdict(set)
    for key, value in keyed_values:
        if value is not None and value == int(value):
            found[key].add(int(value))
    return {key: frozenset(values) for key, values in found.items()}


HEADING_LENGTH = 60  # a line this short, with no full stop, that gives a date is a section's heading


def _dated_headings(text: str, published: Optional[str], year: Optional[int], language: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of each line of a chronicle that heads a section with its date ("Jour 3 : samedi 14
    juin :", "Mardi 9 mai"): short, no sentence in it, one date. The figures under it that their own
    sentence does not date are about that day (date_figures: only when the article has two such headings or
    more; one dated line is a title). A pure function of its arguments: date_figures takes it from the results
    memo when an earlier build computed it (it reads every line of every article)."""
    published = dates.parse_iso(published)
    found = []
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= HEADING_LENGTH and not stripped.rstrip(" :").endswith((".", "!", "?")):
            said = {when for _, when, how in dates.dates_in(stripped, published, year, language) if how == "sentence"}
            if len(said) == 1:
                found.append((at, next(iter(said)).isoformat()))
        at += len(line) + 1
    return found


def _call(function, *args):
    return function(*args)


def _dates_the_cause(sentence: str, offset: int, day: str, published: str, year: Optional[int],
                     language: str) -> bool:
    """Whether the date a toll's sentence gives (`day`) is the day of what caused the toll: the date said nearest the
    figure stands within a few words of a noun of events.yml `cause_nouns` ("l'ouragan de samedi", "le passage ce
    samedi de l'ouragan", "the earthquake on Sunday")."""
    causes = frames.lexicons(language)["causes"]
    said = [d for d in dates.dates_in(sentence, dates.parse_iso(published), year, language) if d[1].isoformat() == day]
    if not said:
        return False
    at = min(said, key=lambda d: abs(d[0] - offset))[0]
    # "le séisme de magnitude 6,8 qui a frappé le Maroc le 8 septembre dernier a fait plus de 2 900 morts": a date
    # between the cause that opens the sentence and the toll is the cause's, however long its clause
    if causes.search(sentence[max(0, at - 50):at + 40]):
        return True
    return at < offset and any(RELATIVE.search(sentence[cause.end():at]) and not re.search(r"[;:]", sentence[
        cause.end():at]) for cause in causes.finditer(sentence[:at]))


RELATIVE = re.compile(r"\b(?:qui|that|which)\b", re.I)  # the cause's own clause: "le séisme qui a frappé …"


def count_statements(actors: list[Actor], claims: list[Claim], figures: list[Figure]) -> list[Actor]:
    """Actors with how many claims and figures are attributed to them, and the stances they took."""
    claim_counts = Counter(c.actor_id for c in claims)
    figure_counts = Counter(f.source_actor_id for f in figures)
    stances: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        stances[claim.actor_id].add(claim.stance)
    return [
        a.model_copy(update={"claim_count": claim_counts[a.id], "figure_count": figure_counts[a.id],
                             "stances": ", ".join(sorted(stances[a.id])) or None})
        for a in actors
    ]
