"""Ingest: find article files, decode them, clean the body and infer title, outlet, author, date and language.

A file that cannot become an article raises IngestError with a reason a person understands;
the pipeline records it in `rejected_files` and goes on with the others.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

import yaml

from .models import Article, RejectedFile, stable_id

MAX_BYTES = 5 * 1024 * 1024  # a news article is a few tens of kB; 5 MB is a dump, not an article
MIN_WORDS = 5
SIDECAR_NAMES = ("sources.yml", "sources.yaml")
TEXT_SUFFIXES = {".txt", ".text", ""}

MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
WEEKDAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

# Spaces that news sites put in numbers and around punctuation; the body uses plain spaces.
SPACE_CHARS = "\u00a0\u202f\u2007\u2009\u2008\u200a\u2002\u2003\u2004\u2005\u2006\u3000\t"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

# Lines that are site furniture, not article text (generic newsroom boilerplate, French and English).
BOILERPLATE_LINE = re.compile(
    r"^(?:for latest updates.*|follow us on .*|related news\s*:?|(?:prev|next)\b.*|partager(?: sur \w+)?"
    r"|share(?: on \w+)?|publicité|advertisement|abonnez-vous.*|newsletter.*|à lire aussi\s*:?"
    r"|lire aussi\s*:.*|read more\s*:.*|voir aussi\s*:.*)$",
    re.IGNORECASE,
)
# Lines that introduce a teaser: drop them and the link text that follows.
TEASER_INTRO = re.compile(
    r"^(?:lire aussi|à lire aussi|voir aussi|suivez la couverture complète|read more|see also)\s*:?$", re.IGNORECASE
)
LINK_ARTEFACTS = re.compile(r"\s*\((?:nouvelle fenêtre|new window|s'ouvre dans un nouvel onglet)\)", re.IGNORECASE)
HTML_ATTRIBUTE = re.compile(r"""\b[\w-]+=["'][^"']*["']""")
PAGE_CODE = re.compile(r"^[\w-]*\d[\w-]*$")  # "fr-02": a lone token with digits, a page or template code
DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}(?:-\d{2})?)\s*", re.IGNORECASE)
HTML_PAGE = re.compile(r"^\s*(?:<!doctype html|<html\b)", re.IGNORECASE)
FULL_DATE = re.compile(
    rf"\b(?:(?:{WEEKDAYS_FR})\s+)?(1er|\d{{1,2}})\s+({'|'.join(MONTHS_FR)})\s+((?:19|20)\d{{2}})\b", re.IGNORECASE
)
FRENCH_WORDS = {"le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour", "a", "en"}
ENGLISH_WORDS = {"the", "of", "and", "to", "is", "in", "that", "for", "was", "with", "on", "by", "said"}


class IngestError(Exception):
    """A file that cannot become an article; the message is the reason shown to the user."""


# --- finding files ---------------------------------------------------------------------------


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[RejectedFile]]:
    """Article files under the given paths (files or folders), in a stable order, and paths that cannot be read."""
    found: list[Path] = []
    rejected: list[RejectedFile] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            _walk(path, found, rejected)
        elif path.is_file():
            found.append(path)
        else:
            rejected.append(RejectedFile(path=str(path), reason=_missing_reason(path)))
    return sorted(dict.fromkeys(found), key=str), rejected


def _walk(folder: Path, found: list[Path], rejected: list[RejectedFile]) -> None:
    seen_dirs: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:  # a symlink loop brings us back to a folder already read
            rejected.append(RejectedFile(path=dirpath, reason="symbolic link loop: folder already read, skipped"))
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name in SIDECAR_NAMES:
                continue
            file = Path(dirpath) / name
            if file.is_file():
                found.append(file)
            else:
                rejected.append(RejectedFile(path=str(file), reason=_missing_reason(file)))


def _missing_reason(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == 40:  # ELOOP
            return "symbolic link loop: the link points back to itself"
        if err.errno == 2:
            return "no such file or folder" if not os.path.islink(path) else "broken symbolic link"
        return f"cannot read: {err.strerror}"
    return "not a regular file"


def load_sidecar(folder: Path) -> dict[str, dict]:
    """Metadata a user supplies in sources.yml beside the articles, keyed by file name."""
    for name in SIDECAR_NAMES:
        file = folder / name
        if file.is_file():
            data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
            if not isinstance(data, dict):
                raise IngestError(f"{file}: expected a mapping of file name to metadata")
            return {str(k): (v or {}) for k, v in data.items()}
    return {}


# --- decoding --------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with. Legacy encodings are detected explicitly, never guessed silently."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise IngestError(f"declares UTF-16 with a byte-order mark but does not decode: {err.reason}") from err
    if b"\x00" in data:
        raise IngestError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    # Not UTF-8: cp1252 is what French legacy text is in practice (Latin-1 plus curly quotes and the euro sign).
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if _control_ratio(text) > 0.01:
        raise IngestError(
            f"neither UTF-8 (invalid byte at {utf8_error.start}) nor Latin-1/cp1252 text: looks binary"
        )
    return text, "cp1252"


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / max(len(text), 1)


# --- cleaning --------------------------------------------------------------------------------


def normalize_whitespace(text: str) -> str:
    """NFC, LF line ends, plain spaces (no-break and narrow no-break included), no zero-width characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate({ord(c): " " for c in SPACE_CHARS})
    text = text.translate({ord(c): None for c in ZERO_WIDTH})
    return text


def fold(text: str) -> str:
    """Lower case without accents or punctuation: the key that finds repeated lines."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", letters).strip()


def clean_lines(text: str) -> list[str]:
    """Body lines without site furniture, markup debris, teasers, page codes and repeated lines."""
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    kept: list[str] = []
    seen: set[str] = set()
    skip_teaser = False
    for line in lines:
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if skip_teaser:
            skip_teaser = False
            if not line.endswith((".", "»", "”", '"')) and len(line) < 200:
                continue
        if TEASER_INTRO.match(line):
            skip_teaser = True
            continue
        if BOILERPLATE_LINE.match(line) or _is_markup_debris(line) or PAGE_CODE.match(line):
            continue
        line = LINK_ARTEFACTS.sub("", line)
        key = fold(line)
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return kept


def _is_markup_debris(line: str) -> bool:
    """A line of HTML attributes left over by a scraper (type="image/avif" class="...">)."""
    attributes = HTML_ATTRIBUTE.findall(line)
    if len(attributes) < 2:
        return False
    rest = HTML_ATTRIBUTE.sub("", line)
    return len(re.findall(r"[^\W\d_]{3,}", rest)) < len(attributes)


# --- metadata inference ----------------------------------------------------------------------


def split_date_header(text: str) -> tuple[Optional[str], str]:
    """A leading `date 2024-10` header, and the text without it."""
    match = DATE_HEADER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]


def find_published(text: str) -> Optional[str]:
    """The latest full date the text gives ("vendredi 18 octobre 2024"), as ISO; None when it gives none."""
    dates = []
    for day, month, year in FULL_DATE.findall(text):
        try:
            dates.append(date(int(year), MONTHS_FR[month.lower()], 1 if day.lower() == "1er" else int(day)))
        except ValueError:
            continue
    return max(dates).isoformat() if dates else None


def looks_like_outlet(line: str) -> bool:
    """A short masthead line: a few capitalised words, no digits, no sentence punctuation."""
    words = line.split()
    return (
        1 <= len(words) <= 4
        and not re.search(r"[\d.,;:!?«»\"“”]", line)
        and all(w[0].isupper() for w in words)
    )


def looks_like_title(line: str) -> bool:
    return 2 <= len(line.split()) <= 25 and not line.endswith((".", ":", ";", ",")) and len(line) < 250


def looks_like_byline(line: str) -> bool:
    """A closing line that is only a name: two or three capitalised words ("Zoé SAMIN")."""
    line = re.sub(r"^(?:par|by)\s+", "", line, flags=re.IGNORECASE)
    words = line.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÀ-Ý][\w'’-]*", w) for w in words)


def detect_language(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    french = sum(w in FRENCH_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    return "en" if english > french else "fr"


def _title_case_name(line: str) -> str:
    line = re.sub(r"^(?:par|by)\s+", "", line, flags=re.IGNORECASE)
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in line.split())


# --- articles --------------------------------------------------------------------------------


def article_from_text(raw_text: str, source_file: str, metadata: Optional[dict] = None) -> Article:
    """An Article from decoded text: clean body plus inferred (or supplied) metadata."""
    metadata = metadata or {}
    header_date, body = split_date_header(normalize_whitespace(raw_text))
    lines = clean_lines(body)
    outlet = author = title = None
    content = [line for line in lines if line]
    if len(content) > 2 and looks_like_outlet(content[0]):
        outlet = content[0]
        lines.remove(outlet)
        while lines and lines[0] == "":
            lines.pop(0)
        content = content[1:]
    if len(content) > 2 and looks_like_byline(content[-1]):
        author = _title_case_name(content[-1])
        while lines and lines[-1] in ("", content[-1]):
            lines.pop()
    if len(content) > 1 and looks_like_title(content[0]):
        title = content[0]
    text = "\n".join(lines).strip()
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < MIN_WORDS:
        raise IngestError(
            f"no sentence of text: {len(words)} word(s) after cleaning" if text else "empty after cleaning"
        )
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    fields = {
        "title": title,
        "outlet": outlet,
        "author": author,
        "url": None,
        "published": header_date or find_published(text),
        "language": detect_language(text),
    }
    fields.update({k: _as_text(v) for k, v in metadata.items() if k in fields and v is not None})
    return Article(
        id=stable_id(sha256, length=12),
        text=text,
        raw_text=raw_text,
        word_count=len(re.findall(r"\w+(?:[’'-]\w+)*", text)),
        sha256=sha256,
        source_file=source_file,
        **fields,
    )


def _as_text(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def read_article(path: Path, metadata: Optional[dict] = None, source_file: Optional[str] = None) -> Article:
    """Read one article file; raises IngestError with the reason when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"too large for an article: {size / 1e6:.1f} MB (limit {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except PermissionError as err:
        raise IngestError("permission denied: the file cannot be read") from err
    except OSError as err:
        raise IngestError(f"cannot read: {err.strerror or err}") from err
    if not data.strip():
        raise IngestError("empty file" if not data else "only whitespace, no text")
    text, _encoding = decode(data)
    if not text.strip():
        raise IngestError("only whitespace, no text")
    if HTML_PAGE.match(text):
        raise IngestError("an HTML page, not article text: save the article's text as a .txt file")
    return article_from_text(text, source_file=source_file or str(path), metadata=metadata)
