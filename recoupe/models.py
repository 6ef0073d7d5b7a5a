"""Pydantic models: the contract between the pipeline's stages and the tables they fill.

Data flows one way: ingest -> nlp -> (numbers, entities, places) -> attribution -> resolve -> store.
Every record passes through one of these models before it is written; a record that fails
validation is a bug, never a row dropped in silence.

Offsets (`start`, `end`) always index into `Article.text` (the clean body), so that
`text[start:end] == surface`.
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

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"end {self.end} before start {self.start}")
        return self


class Article(Record):
    id: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # ISO date, YYYY-MM or YYYY-MM-DD
    # where `published` came from: "metadata" (sources.yml, front matter, a date header), "page" (a web page's
    # own metadata), "text" (a date the body gives); None when there is no date
    published_from: Optional[Literal["metadata", "page", "text"]] = None
    language: str = "fr"
    text: str = Field(min_length=1)
    raw_text: str
    word_count: int = Field(ge=0)
    sha256: str
    source_file: str


class RejectedFile(Record):
    path: str
    reason: str


class ActorMention(Span):
    """A person or organisation named in an article, before merging across articles."""

    id: str
    surface: str
    kind: ActorKind
    name: str  # the fullest form of this actor the article gives (surname -> full name, acronym -> long form)
    role: Optional[str] = None  # title the text gives: "lieutenant-général", "porte-parole"
    acronym: Optional[str] = None  # acronym the text pairs with the name: "... (NIS)"
    actor_id: Optional[str] = None  # filled by resolve


class Actor(Record):
    id: str
    name: str
    kind: ActorKind
    role: Optional[str] = None
    aliases: list[str] = []
    mention_count: int = 0
    claim_count: int = 0  # claims this actor is the speaker of (filled by resolve)
    figure_count: int = 0  # figures attributed to this actor
    stances: Optional[str] = None  # the stances of those claims, comma-separated


class ActorMerge(Span):
    """Two actors found to be one, after the merge by spelling: which rule, how sure, and the evidence. The span
    is the merged actor's first mention (the one the rule read)."""

    id: str
    actor_id: str  # the actor kept
    merged_name: str  # the name the merged actor had
    merged_actor_id: str  # the id it had
    rule: Literal["description", "short_name", "transliteration", "acronym", "speaks_as", "correction"]
    confidence: float = Field(ge=0, le=1)
    evidence: str  # for a person: why, in words
    mention_id: str
    surface: str


class PlaceMention(Span):
    id: str
    surface: str
    place_id: str
    claim_id: Optional[str] = None  # the claim whose sentence names the place


class Place(Record):
    id: str
    name: str
    kind: PlaceKind
    country_code: Optional[str] = None
    latitude: Optional[float] = Field(default=None, ge=-90, le=90)
    longitude: Optional[float] = Field(default=None, ge=-180, le=180)
    geonames_id: Optional[int] = None
    population: Optional[int] = None
    aliases: list[str] = []


class Claim(Record):
    """An attributed assertion: who said what, how (verb or 'selon'), and with which stance."""

    id: str
    article_id: str
    speaker_mention_id: Optional[str] = None  # ActorMention.id, resolved to actor_id later
    speaker_text: Optional[str] = None  # the speaker as written ("le NIS", "des sources anonymes")
    actor_id: Optional[str] = None
    text: str  # the sentence that carries the claim
    verb: Optional[str] = None  # lemma of the reporting verb, or "selon"
    stance: Stance
    quote: Optional[str] = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    # Whom the speaker cites, when the article says ("Le Monde, citant l'AFP, a rapporté"): the mention, or
    # the words when no actor is named ("citant des sources militaires"); resolved to original_source_id, which
    # is the speaker's own actor when the speaker cites nobody.
    original_mention_id: Optional[str] = None
    original_source_text: Optional[str] = None
    original_source_id: Optional[str] = None


class Figure(Span):
    id: str
    claim_id: Optional[str] = None
    text: str  # the surface of the number with its qualifier: "près de 11 000"
    value: Optional[float] = None  # the point value; None only for vague quantities without a centre
    value_low: Optional[float] = None
    value_high: Optional[float] = None
    qualifier: Qualifier
    strict: bool = False  # the open bound excludes the value: "plus de 8 millions" is > 8e6, "au moins" is >=
    object: Optional[str] = None  # lemma of the thing counted: "soldat"
    object_text: Optional[str] = None  # surface phrase: "soldats d'infanterie nord-coréens"
    kind: FigureKind = "count"
    predicate: Optional[str] = None  # what happened to the counted things: "tuer" in "34 personnes tuées"
    topic: Optional[str] = None
    source_mention_id: Optional[str] = None  # ActorMention.id of whoever the article attributes it to
    source_text: Optional[str] = None
    source_actor_id: Optional[str] = None
    # What the source cites, as on its claim: the immediate source keeps the figure, the original is whom it
    # comes from ("citant l'AFP" -> the AFP); without a citation the original is the immediate source.
    original_mention_id: Optional[str] = None
    original_source_text: Optional[str] = None
    original_source_id: Optional[str] = None
    # The quantity frame (recoupe/frames.py): what exactly is counted, what is said of it, how sure, where, when
    entity: Optional[str] = Field(default=None, description="What is counted, as a lemma: 'soldat'; 'personne' for a "
                                  "demonym used as a noun ('9 000 Nord-Coréens') or a toll ('59 morts')")
    entity_group: Optional[str] = Field(default=None, description="The group the counted belong to, as a demonym: "
                                        "'nord-coréen' for 'soldats nord-coréens'")
    event: Optional[str] = Field(default=None, description="Lemma of what is said of the counted things: envoyer, "
                                 "se trouver, tuer, manifester")
    event_class: Optional[str] = Field(default=None, description="The event's class in lexicons/fr/events.yml "
                                       "(presence, gathering, killed...)")
    modality: Literal["actual", "planned", "possible"] = Field(default="actual", description="actual; planned "
                                                              "('prévoit d'envoyer', 'devrait'); possible ('pourrait')")
    hedged: int = Field(default=0, ge=0, le=1, description="1 when reported as uncertain: conditional "
                        "('arriverait'), anonymous or unconfirmed source")
    first: int = Field(default=0, ge=0, le=1, description="1 when the figure counts a first batch ('un premier "
                       "contingent de')")
    share: int = Field(default=0, ge=0, le=1, description="1 when the figure is a part of the one before it, "
                       "introduced by 'dont' ('26 CRS blessés, dont deux grièvement') and counted nowhere else")
    scope: Optional[str] = Field(default=None, description="Where the count holds, as written: 'dans la région de "
                                 "Koursk', 'sur le front', 'à Paris'")
    scope_place_id: Optional[str] = Field(default=None, description="The place the scope names (places.id)")
    scope_key: Optional[str] = Field(default=None, description="The scope topics compare: 'place:ID' for a town or "
                                     "region the count is in, 'country:CC' for a country or a place only pointed "
                                     "at ('vers', 'près de', 'l'est de'), 'noun:front' for a place that is no name")
    as_of: Optional[str] = Field(default=None, description="ISO date the figure is about: a date in its sentence, a "
                                 "weekday resolved against the article's date, else the article's date")
    as_of_from: Optional[Literal["sentence", "weekday", "context", "article"]] = Field(
        default=None, description="Where as_of comes from: sentence (a calendar date), weekday ('jeudi', 'hier'), "
        "context (the same one-day event dated earlier in the article), article (its date); null: unknown")
    in_conflict: int = Field(default=0, ge=0, le=1, description="1 when the figure conflicts with another of its "
                             "topic about the same moment (verdict differ or contradict)")


class Topic(Record):
    """One real-world quantity: the figures whose frames are compatible, and the verdict on them."""

    id: str
    label: str = Field(description="A French label: 'soldats nord-coréens envoyés ou présents en Russie'")
    entity: Optional[str] = None
    entity_group: Optional[str] = None
    event_class: Optional[str] = None
    modality: str = "actual"
    scope_key: Optional[str] = None
    first: int = 0
    share: int = 0
    verdict: Literal["agree", "close", "differ", "contradict"] = Field(
        description="agree: one value fits every figure of each window; close: within 10 %; differ: otherwise, less "
        "than twice apart; contradict: twice apart or more")
    factor: Optional[float] = Field(default=None, description="max/min of the values in the worst window")
    windows: int = 1
    worst_window: Optional[str] = Field(default=None, description="First and last as_of of the worst window")


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
