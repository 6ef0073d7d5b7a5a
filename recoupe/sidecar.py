"""Metadata a user supplies for an article: `sources.yml` beside the articles, keyed by file name.

    001_article.txt:
      url: https://example.org/article
      outlet: Example News
      published: 2024-10-18

Each entry is checked by a pydantic model (`SourceMetadata`): known keys only, text where text is expected, a
real date, an http(s) URL, a language code. A bad value or an unknown key is reported with the file, the line,
the entry and the key, and only that value is left out: the entry's other keys and the other entries are kept.
The file is bounded (size, and how far its YAML aliases expand), and dates stay text while it is read, so one
impossible date (`2024-13-45`) cannot make the whole file unreadable.

`validate_metadata` checks one metadata mapping from any origin (a sidecar entry, a page's front matter, an
HTML page's meta tags) the same way.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

MAX_BYTES = 1_000_000  # a line per article, a few hundred articles: tens of kB
MAX_VALUES = 100_000  # values the YAML may expand to once every alias is followed
MAX_TEXT = 2_000  # characters of a title, outlet, author or URL
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})?")


class SidecarError(ValueError):
    """The whole metadata file cannot be used (not YAML, too large, not a mapping); the message says why."""


class SourceMetadata(BaseModel):
    """What a user may say about one article; every field is optional and overrides what the text suggests."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None  # YYYY, YYYY-MM or YYYY-MM-DD
    language: Optional[str] = None  # "fr", "en", "pt-br"

    @field_validator("url", "title", "outlet", "author", "published", "language", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        """Text, or a number or a date written without quotes (`title: 1984`); never a list or a mapping."""
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (date, datetime)):
            return value.isoformat()[:10]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        raise ValueError(f"expected text, got {_kind(value)}")

    @field_validator("url", "title", "outlet", "author")
    @classmethod
    def _length(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and len(value) > MAX_TEXT:
            raise ValueError(f"longer than {MAX_TEXT} characters")
        return value or None

    @field_validator("url")
    @classmethod
    def _url(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and not re.fullmatch(r"https?://[^\s<>\"]+", value, re.IGNORECASE):
            raise ValueError("expected an http:// or https:// address")
        return value

    @field_validator("published")
    @classmethod
    def _date(cls, value: Optional[str]) -> Optional[str]:
        if value is None:
            return None
        if not ISO_DATE.fullmatch(value):
            raise ValueError(f"expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {value[:40]!r}")
        year, month, day = (value.split("-") + ["01", "01"])[:3]
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"no such date: {value}") from None
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and not LANGUAGE.fullmatch(value.lower()):
            raise ValueError(f"expected a language code such as fr or en, got {value[:20]!r}")
        return value.lower() if value else None


FIELDS = list(SourceMetadata.model_fields)


def validate_metadata(mapping: Any, where: str = "", lines: Optional[dict[str, int]] = None,
                      line: Optional[int] = None) -> tuple[dict, list[str]]:
    """The valid part of one metadata mapping, as text, and a message for each problem.

    `where` names the origin in the messages ("sources.yml, 001.txt"); `lines` gives the line of each key and
    `line` the mapping's own, when the origin has lines. A bad value or an unknown key is left out, with a
    message; the other keys are kept.
    """
    def at(number: Optional[int]) -> str:
        place = ", ".join(part for part in (where, f"line {number}" if number else "") if part)
        return f"{place}: " if place else ""

    if mapping is None:  # "001.txt:" with nothing under it
        return {}, []
    if not isinstance(mapping, dict):
        return {}, [f"{at(line)}expected a mapping of keys ({', '.join(FIELDS)}) to values, got {_kind(mapping)}"]
    lines = lines or {}
    problems: list[str] = []
    good: dict[str, Any] = {}
    for key, value in mapping.items():
        here = at(lines.get(key, line))
        if key not in SourceMetadata.model_fields:
            problems.append(f"{here}unknown key {str(key)[:40]!r} (known: {', '.join(FIELDS)})")
            continue
        try:
            checked = SourceMetadata.model_validate({key: value})
        except ValidationError as err:
            reason = err.errors()[0]["msg"].removeprefix("Value error, ")
            problems.append(f"{here}{key}: {reason}")
            continue
        if getattr(checked, key) is not None:
            good[key] = getattr(checked, key)
    return good, problems


# --- reading sources.yml ----------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """YAML's safe loader, with dates left as text: a date is checked per entry, where an impossible one
    (`2024-13-45`) costs that one value, not the whole file."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(file: Path) -> tuple[dict[str, dict], list[str]]:
    """Metadata per file name from a sources.yml, and a message per problem (file, line, entry, key).

    Raises SidecarError when nothing in the file can be used."""
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise SidecarError(f"too large for a metadata file: {size / 1e6:.1f} MB (limit {MAX_BYTES / 1e6:.0f} MB)")
        text = file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SidecarError("not UTF-8 text") from err
    return parse(text, file.name)


def parse(text: str, name: str = "sources.yml") -> tuple[dict[str, dict], list[str]]:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is not None and _expanded_size(root, {}) > MAX_VALUES:
            raise SidecarError(f"its aliases (*name) expand to more than {MAX_VALUES:,} values: refused, "
                               "as a YAML bomb would be")
    except yaml.YAMLError as err:
        raise SidecarError(f"not valid YAML: {' '.join(str(err).split())[:300]}") from err
    except RecursionError as err:
        raise SidecarError("nested too deeply to be metadata") from err
    if root is None:
        return {}, []
    if not isinstance(root, yaml.MappingNode):
        raise SidecarError("expected a mapping of file name to metadata")
    entries: dict[str, dict] = {}
    problems: list[str] = []
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 1
        try:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
        except yaml.YAMLError as err:
            problems.append(f"{name}, line {line}: {' '.join(str(err).split())[:200]}")
            continue
        if not isinstance(key, (str, int, float)) or isinstance(key, bool):
            problems.append(f"{name}, line {line}: expected a file name, got {_kind(key)}")
            continue
        key_lines = {}
        if isinstance(value_node, yaml.MappingNode):
            for sub_key, _ in value_node.value:
                if isinstance(sub_key, yaml.ScalarNode):
                    key_lines.setdefault(sub_key.value, sub_key.start_mark.line + 1)
        good, found = validate_metadata(value, f"{name}, {str(key)[:80]}", key_lines, line)
        problems += found
        entries[str(key)] = good
    return entries, problems


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """How many values the node stands for once every alias is followed (aliases share nodes: memoized)."""
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = MAX_VALUES + 1  # a node inside itself (a recursive alias) expands forever
    if isinstance(node, yaml.ScalarNode):
        size = 1
    elif isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_expanded_size(child, memo) for child in node.value)
    else:
        size = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    memo[id(node)] = min(size, MAX_VALUES + 1)
    return memo[id(node)]


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple, set)):
        return "a list"
    if isinstance(value, bool):
        return "yes/no"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {str(value)[:40]!r}"
