"""Corrections a reporter writes in corrections.yml beside the articles, applied by every build after resolution.

Six kinds of entries (the format, with an example, is in the README):
  merge_actors   {into: ACTOR, actors: [ACTOR, ...]}          several actors are one source
  split_actors   {actor: ACTOR, alias: SPELLING, name: NAME}    the mentions spelt SPELLING are another source
  rename_topics  {topic: KEY, to: KEY}
  merge_topics   {into: KEY, topics: [KEY, ...]}
  drop_figures   {FIGURE, reason: TEXT}                         a number that is no count
  set_sources    {FIGURE, source: ACTOR, original_source: ACTOR}
An ACTOR is an actor's name, one of its aliases or its id (case and accents do not matter); a FIGURE is
`figure: ID`, or `article: FILE NAME, text: THE FIGURE AS WRITTEN` with `occurrence: N` for the N-th time that
text occurs in the article (1 by default). Each entry is checked on its own: one that is malformed or names nothing is
reported (file, entry, what was not found) and skipped, and the others are applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .folding import strip_accents
from .models import Actor, ActorMention, ActorMerge, Article, Figure, stable_id

NAMES = ("corrections.yml", "corrections.yaml")


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MergeActors(Entry):
    into: str
    actors: list[str] = Field(min_length=1)


class SplitActor(Entry):
    actor: str
    alias: str
    name: Optional[str] = None


class RenameTopic(Entry):
    topic: str
    to: str


class MergeTopics(Entry):
    into: str
    topics: list[str] = Field(min_length=1)


class FigureRef(Entry):
    figure: Optional[str] = None
    article: Optional[str] = None
    text: Optional[str] = None
    occurrence: int = Field(default=1, ge=1)

    @model_validator(mode="after")
    def _addressed(self) -> "FigureRef":
        if self.figure is None and (self.article is None or self.text is None):
            raise ValueError("name the figure by `figure: ID`, or by `article:` and `text:`")
        return self

    def describe(self) -> str:
        if self.figure:
            return f"figure {self.figure}"
        nth = f" (occurrence {self.occurrence})" if self.occurrence > 1 else ""
        return f"'{self.text}' in {self.article}{nth}"


class DropFigure(FigureRef):
    reason: Optional[str] = None


class SetSource(FigureRef):
    source: Optional[str] = None
    original_source: Optional[str] = None

    @model_validator(mode="after")
    def _something(self) -> "SetSource":
        if self.source is None and self.original_source is None:
            raise ValueError("give `source:`, `original_source:` or both")
        return self


KINDS: dict[str, type[Entry]] = {
    "merge_actors": MergeActors, "split_actors": SplitActor, "rename_topics": RenameTopic,
    "merge_topics": MergeTopics, "drop_figures": DropFigure, "set_sources": SetSource,
}


@dataclass
class Corrections:
    """The valid entries of every corrections file, each with where it comes from, and what became of them."""

    entries: dict[str, list[tuple[str, Entry]]] = field(default_factory=lambda: {k: [] for k in KINDS})
    applied: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def of(self, kind: str) -> list[tuple[str, Entry]]:
        return self.entries[kind]


def find(folders: Iterable[Path]) -> list[Path]:
    found = []
    for folder in dict.fromkeys(Path(f) for f in folders):
        path = next((folder / n for n in NAMES if (folder / n).is_file()), None)
        if path is not None:
            found.append(path)
    return found


def load(paths: Iterable[Path]) -> Corrections:
    corrections = Corrections()
    for path in paths:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
            corrections.rejected.append(f"{path}: not read ({str(err).splitlines()[0]}); none of its corrections applied")
            continue
        if data is None:
            continue
        if not isinstance(data, dict):
            corrections.rejected.append(f"{path}: expected a mapping of {', '.join(KINDS)}; nothing applied")
            continue
        for kind, items in data.items():
            if kind not in KINDS:
                corrections.rejected.append(f"{path}: {kind}: unknown kind of correction (known: {', '.join(KINDS)})")
                continue
            if not isinstance(items, list):
                corrections.rejected.append(f"{path}: {kind}: expected a list of entries")
                continue
            for i, item in enumerate(items):
                where = f"{path}: {kind}[{i}]"
                try:
                    corrections.entries[kind].append((where, KINDS[kind].model_validate(item)))
                except ValidationError as err:
                    problems = "; ".join(
                        f"{'.'.join(str(p) for p in e['loc']) or 'entry'}: {e['msg']}" for e in err.errors())
                    corrections.rejected.append(f"{where}: invalid ({problems})")
    return corrections


# --- looking things up by what a reporter can read ---------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(strip_accents(text.casefold().replace("’", "'")).split())


class NotFound(Exception):
    pass


def actor_named(name: str, actors: list[Actor]) -> Actor:
    wanted = _fold(name)
    exact = [a for a in actors if a.id == name or _fold(a.name) == wanted]
    if len(exact) == 1:
        return exact[0]
    by_alias = [a for a in actors if any(_fold(alias) == wanted for alias in a.aliases)]
    if len(by_alias) == 1:
        return by_alias[0]
    if len(exact) + len(by_alias) > 1:
        names = sorted({a.name for a in exact + by_alias})
        raise NotFound(f"'{name}' names several actors ({'; '.join(names)}): give the actor's id")
    raise NotFound(f"no actor named '{name}' (not a name, alias or id of any actor)")


def figure_named(ref: FigureRef, figures: list[Figure], articles: list[Article]) -> Figure:
    if ref.figure is not None:
        found = [f for f in figures if f.id == ref.figure]
        if not found:
            raise NotFound(f"no figure with id '{ref.figure}'")
        return found[0]
    article = _article_named(ref.article, articles)
    starts, at = [], article.text.find(ref.text)
    while at >= 0:
        starts.append(at)
        at = article.text.find(ref.text, at + 1)
    if not starts:
        raise NotFound(f"no figure '{ref.text}' in {ref.article} (the text does not occur in it)")
    if ref.occurrence > len(starts):
        raise NotFound(f"'{ref.text}' occurs {len(starts)} time(s) in {ref.article}, not {ref.occurrence}")
    start = starts[ref.occurrence - 1]
    end = start + len(ref.text)
    found = [f for f in figures if f.article_id == article.id and f.start < end and start < f.end]
    if not found:
        raise NotFound(f"'{ref.text}' (occurrence {ref.occurrence}) in {ref.article} is no figure of the dossier")
    return min(found, key=lambda f: (abs(f.start - start), f.start))


def _article_named(name: str, articles: list[Article]) -> Article:
    for article in articles:
        source = Path(article.source_file)
        if name in (article.id, source.name, article.source_file) or article.source_file.endswith("/" + name):
            return article
    raise NotFound(f"no article file '{name}'")


def _each(corrections: Corrections, kind: str, apply: Callable[[str, Entry], str]) -> None:
    for where, entry in corrections.of(kind):
        try:
            corrections.applied.append(f"{where}: {apply(where, entry)}")
        except NotFound as err:
            corrections.rejected.append(f"{where}: {err}; entry skipped")


# --- applying them -------------------------------------------------------------------------------------------


def apply_to_actors(corrections: Corrections, actors: list[Actor], mentions: list[ActorMention],
                    merges: list[ActorMerge]) -> tuple[list[Actor], list[ActorMention], list[ActorMerge]]:
    """Splits, then merges (a merge may name an actor a split made)."""
    from .entities import _clean_aliases
    from .resolve_actors import apply_merges

    def split(where: str, entry: SplitActor) -> str:
        nonlocal actors, mentions
        actor = actor_named(entry.actor, actors)
        alias = _fold(entry.alias)
        moved = [m for m in mentions if m.actor_id == actor.id and alias in (_fold(m.surface), _fold(m.name))]
        if not moved:
            raise NotFound(f"actor '{actor.name}' has no mention spelt '{entry.alias}'")
        kept = [m for m in mentions if m.actor_id == actor.id and m not in moved]
        if not kept:
            raise NotFound(f"every mention of '{actor.name}' is spelt '{entry.alias}': nothing to split off")
        new_id = stable_id("actor", "split", actor.id, alias)
        new = Actor(id=new_id, name=entry.name or entry.alias, kind=actor.kind, mention_count=len(moved),
                    aliases=_clean_aliases({m.surface for m in moved} | {m.name for m in moved}))
        rest = actor.model_copy(update={"mention_count": len(kept), "aliases": _clean_aliases(
            {m.surface for m in kept} | {m.name for m in kept} | {m.acronym for m in kept if m.acronym})})
        actors = [rest if a.id == actor.id else a for a in actors] + [new]
        moved_ids = {m.id for m in moved}
        mentions = [m.model_copy(update={"actor_id": new_id}) if m.id in moved_ids else m for m in mentions]
        return f"split {len(moved)} mention(s) spelt '{entry.alias}' off '{actor.name}' as '{new.name}'"

    _each(corrections, "split_actors", split)
    found = []

    def merge(where: str, entry: MergeActors) -> str:
        target = actor_named(entry.into, actors)
        others = [actor_named(name, actors) for name in entry.actors]
        for other in others:
            if other.id != target.id:
                found.append((other.id, target.id, "correction", 1.0, f"{where}"))
        return f"merged {', '.join(repr(o.name) for o in others)} into '{target.name}'"

    _each(corrections, "merge_actors", merge)
    if found:
        group_of: dict[str, list[ActorMention]] = {}
        for m in sorted(mentions, key=lambda m: (m.article_id, m.start, m.end)):
            group_of.setdefault(m.actor_id, []).append(m)
        actors, mentions, more = apply_merges({a.id: a for a in actors}, mentions, group_of, found)
        merges = sorted([r.model_copy(update={"actor_id": _final(r.actor_id, more)}) for r in merges] + more,
                        key=lambda r: r.id)
    return actors, mentions, merges


def _final(actor_id: str, merges: list[ActorMerge]) -> str:
    into = {r.merged_actor_id: r.actor_id for r in merges}
    while actor_id in into:
        actor_id = into[actor_id]
    return actor_id


def apply_to_figures(corrections: Corrections, figures: list[Figure], actors: list[Actor],
                     articles: list[Article]) -> list[Figure]:
    """Drops, then sources."""
    dropped: set[str] = set()

    def drop(where: str, entry: DropFigure) -> str:
        figure = figure_named(entry, figures, articles)
        dropped.add(figure.id)
        return f"dropped {entry.describe()} ({figure.id})" + (f": {entry.reason}" if entry.reason else "")

    _each(corrections, "drop_figures", drop)
    figures = [f for f in figures if f.id not in dropped]
    changed: dict[str, Figure] = {}

    def source(where: str, entry: SetSource) -> str:
        figure = changed.get(figure_named(entry, figures, articles).id) or figure_named(entry, figures, articles)
        update: dict = {}
        said = []
        if entry.source is not None:
            actor = actor_named(entry.source, actors)
            update.update(source_actor_id=actor.id, source_text=actor.name, source_mention_id=None)
            said.append(f"source '{actor.name}'")
            if entry.original_source is None and figure.original_source_id in (None, figure.source_actor_id):
                update.update(original_source_id=actor.id, original_source_text=None, original_mention_id=None)
        if entry.original_source is not None:
            actor = actor_named(entry.original_source, actors)
            update.update(original_source_id=actor.id, original_source_text=actor.name, original_mention_id=None)
            said.append(f"original source '{actor.name}'")
        changed[figure.id] = figure.model_copy(update=update)
        return f"{entry.describe()} ({figure.id}): {' and '.join(said)}"

    _each(corrections, "set_sources", source)
    return [changed.get(f.id, f) for f in figures]


def apply_to_topics(corrections: Corrections, figures: list[Figure]) -> list[Figure]:
    """Renames, then merges: run after topics are assigned, so that they hold whatever the rules decide."""
    topic_of = {f.id: f.topic for f in figures}

    def present(topic: str) -> None:
        if topic not in set(topic_of.values()):
            raise NotFound(f"no figure has the topic '{topic}'")

    def rename(where: str, entry: RenameTopic) -> str:
        present(entry.topic)
        moved = [i for i, t in topic_of.items() if t == entry.topic]
        for i in moved:
            topic_of[i] = entry.to
        return f"renamed topic '{entry.topic}' to '{entry.to}' ({len(moved)} figure(s))"

    def merge(where: str, entry: MergeTopics) -> str:
        for topic in entry.topics:
            present(topic)
        moved = [i for i, t in topic_of.items() if t in entry.topics]
        for i in moved:
            topic_of[i] = entry.into
        return f"merged topics {', '.join(repr(t) for t in entry.topics)} into '{entry.into}' ({len(moved)} figure(s))"

    _each(corrections, "rename_topics", rename)
    _each(corrections, "merge_topics", merge)
    return [f if f.topic == topic_of[f.id] else f.model_copy(update={"topic": topic_of[f.id]}) for f in figures]
