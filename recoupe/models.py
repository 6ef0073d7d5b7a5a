"""Pydantic models: the contract between the pipeline's stages and the tables they fill.

Data flows one way: ingest -> nlp -> (numbers, entities, places) -> attribution -> resolve -> store.
Every record passes through one of these models before it is written; a record that fails
validation is a bug, never a row dropped in silence.

Offsets (`start`, `end`) always index into `Article.text` (the clean body), so that
`text[start:end] == surface`.

The models are also the tables' schema: each field is a column (recoupe/schema.py derives the columns and their
types from them), and each field's `description` is the column's description on the published pages (the
`columns:` blocks of metadata.yml are written from them: `python -m recoupe.store metadata.yml`). The columns
only the store computes (an article's label and counts, a place's counts and popup, where a sentence begins) are
declared in the `...Row` models at the end.
"""

from __future__ import annotations

import hashlib
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague"]
FigureKind = Literal["count", "amount", "percent", "measure"]
Stance = Literal["asserts", "denies", "cannot_confirm", "reported"]
ActorKind = Literal["person", "organisation"]
PlaceKind = Literal["city", "country", "region", "area", "other"]


def stable_id(*parts: object, length: int = 16) -> str:
    """An id derived from content, so rebuilding the same input gives the same ids."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(Record):
    """A piece of an article's clean text, with the sentence it sits in."""

    article_id: str = Field(description="The article (articles.id)")
    start: int = Field(ge=0, description="Offset of the piece in articles.text (0-based, inclusive)")
    end: int = Field(ge=0, description="Offset of the end of the piece in articles.text (exclusive)")
    sentence: str = Field(description="Sentence the piece comes from")

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"end {self.end} before start {self.start}")
        return self


class Article(Record):
    id: str = Field(description="Stable id, derived from the article's clean text (first 12 hex digits of its "
                    "SHA-256)")
    title: Optional[str] = Field(None, description="Headline, from sources.yml, front matter, the web page, or the "
                                 "text's first line")
    outlet: Optional[str] = Field(None, description="Publication, from sources.yml, front matter, the web page, or "
                                  "the masthead line")
    author: Optional[str] = Field(None, description="Byline, from sources.yml, front matter, the web page, or the "
                                  "text")
    url: Optional[str] = Field(None, description="Original URL (sources.yml, front matter, the page's canonical "
                               "link, or the URL it was fetched from)")
    published: Optional[str] = Field(None, description="Publication date (YYYY-MM or YYYY-MM-DD)")
    published_from: Optional[Literal["metadata", "page", "text"]] = Field(
        None, description="Where the date came from: metadata (sources.yml, front matter, a date header), page (the "
        "web page's own metadata), text (a date the body gives)")
    language: str = Field("fr", description="Language of the text (ISO 639-1)")
    text: str = Field(min_length=1, description="Clean body without site furniture; offsets in other tables index "
                      "into it")
    raw_text: str = Field(description="The file as it was read (decoded, nothing removed; a web page's HTML)")
    word_count: int = Field(ge=0, description="Words in the clean body")
    sha256: str = Field(description="SHA-256 of the clean body; identical texts under two names are kept once")
    source_file: str = Field(description="File the article was read from, or the URL it was fetched from")


class RejectedFile(Record):
    path: str = Field(description="The file, from the folder given (names that are not UTF-8 escaped)")
    reason: str = Field(description="Why the build could not use it")


class ActorMention(Span):
    """A person or organisation named in an article, before merging across articles."""

    id: str
    surface: str = Field(description="The actor as written")
    kind: ActorKind = Field(description="person or organisation")
    name: str = Field(description="The fullest form of this actor the article gives (surname -> full name, acronym "
                      "-> long form)")
    role: Optional[str] = Field(None, description="Role or title the text gives (\"porte-parole\")")
    acronym: Optional[str] = Field(None, description="Acronym the text pairs with the name (\"... (ONU)\")")
    actor_id: Optional[str] = Field(None, description="The actor, after merging across articles")


class Actor(Record):
    id: str
    name: str
    kind: ActorKind
    role: Optional[str] = Field(None, description="Role or title the text gives")
    aliases: list[str] = Field([], description="Every spelling seen (JSON list)")
    mention_count: int = Field(0, description="Mentions across all articles")
    claim_count: int = Field(0, description="Claims this actor is the speaker of")
    figure_count: int = Field(0, description="Figures attributed to this actor")
    stances: Optional[str] = Field(None, description="Stances of this actor's claims")


class ActorMerge(Span):
    """Two actors found to be one, after the merge by spelling: which rule, how sure, and the evidence. The span
    is the merged actor's first mention (the one the rule read)."""

    id: str
    actor_id: str = Field(description="The actor kept")
    merged_name: str = Field(description="The name the merged actor had")
    merged_actor_id: str = Field(description="The id the merged actor had")
    rule: Literal["description", "short_name", "transliteration", "acronym", "speaks_as", "translation", "title",
                  "correction", "bracket", "spokesperson"]
    confidence: float = Field(ge=0, le=1, description="1.0 for a correction; 0.6 to 0.9 for the rules")
    evidence: str = Field(description="Why, in words")
    mention_id: str
    surface: str


class PlaceMention(Span):
    id: str
    surface: str = Field(description="The place as written")
    place_id: str = Field(description="The place (places.id)")
    claim_id: Optional[str] = Field(None, description="The claim whose sentence names the place")


class Place(Record):
    id: str
    name: str
    kind: PlaceKind
    country_code: Optional[str] = None
    latitude: Optional[float] = Field(default=None, ge=-90, le=90)
    longitude: Optional[float] = Field(default=None, ge=-180, le=180)
    geonames_id: Optional[int] = Field(None, description="GeoNames id (https://www.geonames.org/ID)")
    population: Optional[int] = None
    aliases: list[str] = Field([], description="Every spelling seen (JSON list)")


class Claim(Record):
    """An attributed assertion: who said what, how (verb or 'selon'), and with which stance."""

    id: str
    article_id: str
    speaker_mention_id: Optional[str] = None  # ActorMention.id, resolved to actor_id later
    speaker_text: Optional[str] = Field(None, description="The speaker as written")
    actor_id: Optional[str] = Field(None, description="The speaker")
    text: str = Field(description="The sentence that carries the claim")
    verb: Optional[str] = Field(None, description="Lemma of the reporting verb, or \"selon\"")
    stance: Stance = Field(description="asserts, denies, cannot_confirm or reported (conditional, anonymous "
                           "sources)")
    quote: Optional[str] = Field(None, description="Direct quotation, when there is one")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    # Whom the speaker cites, when the article says ("Le Monde, citant l'AFP, a rapporté"): the mention, or
    # the words when no actor is named ("citant des sources militaires"); resolved to original_source_id, which
    # is the speaker's own actor when the speaker cites nobody.
    original_mention_id: Optional[str] = Field(None, description="The mention of the original source the article "
                                               "cites")
    original_source_text: Optional[str] = Field(None, description="The original source as written")
    original_source_id: Optional[str] = Field(None, description="Whom the speaker cites (\"Le Monde, citant "
                                              "l'AFP\" -> the AFP); the speaker when it cites nobody")


class Figure(Span):
    id: str
    start: int = Field(ge=0, description="Offset of the figure in articles.text (0-based, inclusive)")
    end: int = Field(ge=0, description="Offset of the end of the figure in articles.text (exclusive)")
    sentence: str = Field(description="Sentence the figure comes from")
    claim_id: Optional[str] = Field(None, description="The claim that carries the figure")
    text: str = Field(description="The figure as written, with its qualifier (\"près de 3 000\")")
    # the point value; None only for vague quantities without a centre
    value: Optional[float] = Field(None, description="The number stated")
    value_low: Optional[float] = Field(None, description="Lowest value the qualifier allows (null = unbounded)")
    value_high: Optional[float] = Field(None, description="Highest value the qualifier allows (null = unbounded)")
    qualifier: Qualifier = Field(description="exact, approx, at_least, at_most, range or vague")
    # "plus de 6 millions" is > 6e6, "au moins" is >=
    strict: bool = Field(False, description="1 when the open bound excludes the value (\"plus de\", \"moins de\")")
    object: Optional[str] = Field(None, description="Lemma of the thing counted (\"soldat\")")
    object_text: Optional[str] = Field(None, description="The thing counted as written")
    kind: FigureKind = Field("count", description="count, amount, percent or measure (calibres and other "
                             "measurements are not counts)")
    # money is compared in one unit per topic: "24 milliards CFP" is read in euros (frame_currency.py)
    unit: Optional[str] = Field(None, description="The unit the figure is compared in: an amount's currency (a "
                                "currency pegged to another, such as the CFP franc, is compared in that other: "
                                "\"euro\"), \"%\" for a percentage, null for a count")
    unit_rate: Optional[float] = Field(None, description="How many of the currency written make one of `unit` "
                                       "(119.33 for francs CFP read in euros): value / unit_rate is the value "
                                       "compared; null when the figure is compared as written")
    predicate: Optional[str] = Field(None, description="What happened to the counted things, as a verb lemma "
                                     "(\"tuer\" in \"34 personnes tuées\")")
    topic: Optional[str] = Field(None, description="Groups figures measuring the same quantity across articles")
    source_mention_id: Optional[str] = Field(None, description="The mention of the source in the article")
    source_text: Optional[str] = Field(None, description="The source as written (\"selon le ministère\", \"des "
                                       "sources anonymes\")")
    source_actor_id: Optional[str] = Field(None, description="Actor the article attributes the figure to (null "
                                           "when the article states it itself)")
    # What the source cites, as on its claim: the immediate source keeps the figure, the original is whom it
    # comes from ("citant l'AFP" -> the AFP); without a citation the original is the immediate source.
    original_mention_id: Optional[str] = Field(None, description="The mention of the original source the article "
                                               "cites")
    original_source_text: Optional[str] = Field(None, description="The original source as written (\"l'AFP\" in "
                                                "\"citant l'AFP\", \"des sources militaires\")")
    original_source_id: Optional[str] = Field(None, description="Actor the figure comes from originally (whom its "
                                              "source cites; the body its source heads, when the dossier names it: "
                                              "a minister's count is the ministry's; its source when it cites "
                                              "nobody)")
    # The quantity frame (recoupe/frames.py): what exactly is counted, what is said of it, how sure, where, when
    entity: Optional[str] = Field(
        default=None, description="What is counted, as a lemma (\"soldat\"; \"personne\" for a demonym used as a noun "
        "or a toll)")
    entity_group: Optional[str] = Field(
        default=None, description="The group the counted belong to, as a demonym (\"sud-africain\")")
    event: Optional[str] = Field(
        default=None, description="Lemma of what is said of the counted things (envoyer, se trouver, tuer, manifester)")
    event_class: Optional[str] = Field(
        default=None, description="The event's class in recoupe/lexicons/fr/events.yml (presence, gathering, "
        "killed...)")
    modality: Literal["actual", "planned", "possible"] = Field(
        default="actual", description="actual, planned (\"prévoit d'envoyer\", \"devrait\") or possible "
        "(\"pourrait\")")
    hedged: int = Field(
        default=0, ge=0, le=1, description="1 when reported as uncertain (conditional, anonymous or unconfirmed "
        "source)")
    first: int = Field(
        default=0, ge=0, le=1, description="1 when the figure counts a first batch (\"un premier groupe de\")")
    share: int = Field(
        default=0, ge=0, le=1, description="1 when the figure is a part of the one before it, introduced by \"dont\"")
    scope: Optional[str] = Field(
        default=None, description="Where the count holds, as written (\"dans la région de Bretagne\", \"à Paris\")")
    scope_place_id: Optional[str] = Field(default=None, description="The place the scope names")
    scope_key: Optional[str] = Field(
        default=None, description="The scope topics compare (place:ID, country:CC, noun:front)")
    as_of: Optional[str] = Field(
        default=None, description="ISO date the figure is about (a date in its sentence, a weekday resolved against "
        "the article's date, else the article's date)")
    as_of_from: Optional[Literal["sentence", "weekday", "context", "article", "year", "revised"]] = Field(
        default=None, description="Where as_of comes from (sentence, weekday, context, article; year: a past year "
        "its sentence puts the figure in; revised: an earlier count its sentence says was revised, or the value of an "
        "earlier time it names but no day of the dossier dates: 'contre 11 % le mois dernier')")
    in_conflict: int = Field(
        default=0, ge=0, le=1, description="1 when the figure conflicts with another of its topic about the same "
        "moment")


class Topic(Record):
    """One real-world quantity: the figures whose frames are compatible, and the verdict on them."""

    id: str
    label: str = Field(description="A French label for the quantity")
    entity: Optional[str] = None
    entity_group: Optional[str] = None
    event_class: Optional[str] = None
    modality: str = "actual"
    scope_key: Optional[str] = None
    first: int = 0
    share: int = 0
    verdict: Literal["agree", "close", "differ", "contradict"] = Field(
        description="agree: one value fits every figure of each window; close: within 10 %; differ: less than twice "
        "apart; contradict: twice apart or more")
    factor: Optional[float] = Field(default=None, description="max/min of the values in the worst window")
    windows: int = Field(1, description="How many windows of dates the figures fall in")
    worst_window: Optional[str] = Field(default=None, description="First and last as_of of the worst window")
    explained: Optional[str] = Field(default=None, description="Why figures about one moment that differ are still "
                                     "no conflict (the count grew, one source updated its own count...)")


class ArticleExtraction(Record):
    """Everything extracted from one article, before cross-article resolution. Cached by content hash."""

    article: Article
    figures: list[Figure] = []
    actor_mentions: list[ActorMention] = []
    places: list[Place] = []
    place_mentions: list[PlaceMention] = []
    claims: list[Claim] = []


class ActorPlace(Span):
    """An actor and a place named inside that actor's claims, with how many claims and articles, derived by
    resolve; its span and sentence are the first such claim's (by publication date)."""

    id: str
    actor_id: str
    place_id: str
    actor: str
    place: str
    kind: PlaceKind
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    claims: int = Field(ge=1)
    articles: int = Field(ge=1)
    claim_id: str


class Dossier(Record):
    """Every table's records for one build, after resolution across articles."""

    articles: list[Article] = []
    figures: list[Figure] = []
    claims: list[Claim] = []
    actors: list[Actor] = []
    actor_mentions: list[ActorMention] = []
    actor_merges: list[ActorMerge] = []
    places: list[Place] = []
    place_mentions: list[PlaceMention] = []
    actor_places: list[ActorPlace] = []
    topics: list[Topic] = []
    rejected: list[RejectedFile] = []


# --- columns only the store computes (recoupe/store.py): each table's model, when it has more than the record ------


class InSentence(Record):
    sentence_start: Optional[int] = Field(
        None, description="Offset of the sentence in articles.text (the piece is sentence[start - sentence_start:end "
        "- sentence_start])")


class ArticleRow(Article):
    label: str = Field(description="How the article is named on every page; its title, or its outlet, date and "
                       "first words")
    figure_count: int = Field(description="Figures extracted from the article")
    claim_count: int = Field(description="Claims extracted from the article")
    place_count: int = Field(description="Distinct places the article names")
    actor_count: int = Field(description="Distinct actors the article names")


class PlaceRow(Place):
    mention_count: int = Field(description="Mentions across all articles")
    article_count: int = Field(description="Articles that name the place")
    popup: str = Field(description="What the map shows for this place (JSON)")


class ActorMentionRow(ActorMention, InSentence):
    pass


class PlaceMentionRow(PlaceMention, InSentence):
    pass


class FigureRow(Figure, InSentence):
    pass


class ActorPlaceRow(ActorPlace, InSentence):
    pass
