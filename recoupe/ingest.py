"""Ingest: decode article files, clean the body and infer title, outlet, author, date and language (the files are
found by recoupe/ingest_files.py; the text is repaired by recoupe/repair.py).

A file that cannot become an article raises IngestError with a reason a person understands;
the pipeline records it in `rejected_files` and goes on with the others.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
from collections import Counter
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Optional

from . import dates, formats, lexicon, sidecar
from .folding import strip_accents
from .repair import repair
from .models import Article, stable_id
from .ingest_files import (  # noqa: F401  (finding files; these names stay importable from here)
    NOT_ARTICLES, SIDECAR_NAMES, TEXT_SUFFIXES, _kind_reason, _os_error_reason, discover, printable, published_names,
)

MAX_BYTES = 5 * 1024 * 1024  # a news article is a few tens of kB; 5 MB is a dump, not an article
MIN_WORDS = 5

# Spaces that news sites put in numbers and around punctuation; the body uses plain spaces.
# Every Unicode space but the line feed (str.isspace), so that the body's only whitespace is " " and "\n".
SPACE_CHARS = "\u00a0\u202f\u2007\u2009\u2008\u200a\u2002\u2003\u2004\u2005\u2006\u3000\t\u1680\u2000\u2001\u205f"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
LINE_BREAKS = "\u2028\u2029\u0085\x0b\x0c"
LINE_BREAK_RE = re.compile(f"[{LINE_BREAKS}]")
SPACE_RE = re.compile(f"[{SPACE_CHARS}]")
# Zero-width characters, and control characters other than the line feed (stray bytes from legacy files).
DELETED_RE = re.compile(f"[{ZERO_WIDTH}\x00-\x09\x0b-\x1f\x7f-\x9f]")
MULTIPLE_SPACES = re.compile(r" {2,}")
NON_WORD = re.compile(r"[\W_]+")
WORD = re.compile(r"[^\W\d_]+")
LONG_WORD = re.compile(r"[^\W\d_]{2,}")

# The words of page furniture (lexicons/<language>/ingest.yml), every language's at once: the language is not known
# yet. Patterns match a whole cleaned line. They stay regular expressions, not spaCy Matchers: ingest runs before
# the article is parsed (there is no Doc yet), and a line is kept or dropped as a whole.
FURNITURE = formats.FURNITURE  # one copy of the lists, loaded by formats.py (which ingest imports)


def _words(key: str, escape: bool = False) -> str:
    return "|".join(re.escape(w) if escape else w for lex in FURNITURE for w in lex.get(key, []))


# Lines that are site furniture, not article text (generic newsroom boilerplate).
BOILERPLATE_LINE = re.compile(rf"^(?:{_words('boilerplate_lines')})$", re.IGNORECASE)
# Lines that introduce a teaser: drop them and the link text that follows.
TEASER_INTRO = re.compile(rf"^(?:{_words('teaser_intros', escape=True)})\s*:?$", re.IGNORECASE)
# Applied to a cleaned line, whose spaces are single: " ?" rather than "\s*", which would rescan a run of spaces
# from each of its positions.
LINK_ARTEFACTS = re.compile(rf" ?\((?:{_words('link_artefacts', escape=True)})\) ?", re.IGNORECASE)
HTML_ATTRIBUTE = re.compile(r"""(?<![\w-])[\w-]+=["'][^"']*["']""")  # a name from its start, not from each letter
# Every pattern here runs on untrusted text, so each is written to take linear time: no two quantifiers that
# can share the same characters (the first of each kind hung the build on 509 bytes; tests/test_fuzz.py).
# "fr-02": a lone token with digits, a page or template code (the letters before the first digit, then the rest).
PAGE_CODE = re.compile(r"^(?:[^\W\d]|-)*\d[\w-]*$")
DATE_HEADER = re.compile(r"^\s*date\s*(?::\s*)?(\d{4}-\d{2}(?:-\d{2})?)\s*", re.IGNORECASE)
# What a saved page starts with, after an XML declaration and comments (skipped by looks_like_html, not a pattern).
HTML_START = re.compile(r"<!doctype html|<html\b|<head\b|<body\b", re.IGNORECASE)
XML_DECLARATION = re.compile(r"<\?xml[^<>]*>", re.IGNORECASE)
# A tag never holds a "<": stopping there keeps 180 kB of "<a " from being scanned once per "<a ".
HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|script|style|meta|link|li|ul|table|tr|td|img|h[1-6]|section|article)\b[^<>]*>",
    re.IGNORECASE,
)
# A well-formed multi-byte UTF-8 sequence, and a high byte that is not part of one (how Latin-1 accents look).
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
LONE_HIGH_BYTE = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")
# Each language's commonest words, French first (it wins a tie)
COMMON_WORDS = {language: frozenset(lex["common_words"])
                for language, lex in zip(lexicon.languages_with("ingest"), FURNITURE)}


class IngestError(Exception):
    """A file that cannot become an article; the message is the reason shown to the user."""


# --- finding files: recoupe/ingest_files.py (discover, published_names, printable) --------------


def load_sidecar(folder: Path) -> dict[str, dict]:
    """Metadata a user supplies in sources.yml beside the articles, keyed by file name (recoupe.sidecar checks
    it; the pipeline also reports what it left out)."""
    file = sidecar_path(folder)
    if file is None:
        return {}
    try:
        return sidecar.load(file)[0]
    except sidecar.SidecarError as err:
        raise IngestError(str(err)) from err


def sidecar_path(folder: Path) -> Optional[Path]:
    return next((folder / n for n in SIDECAR_NAMES if (folder / n).is_file()), None)


# --- decoding --------------------------------------------------------------------------------


# A few NUL bytes in text are a glitch (a bad copy, a stray keystroke); more than one in a thousand is binary.
MAX_STRAY_NULS = 0.001


def decode(data: bytes, notes: Optional[list[str]] = None) -> tuple[str, str]:
    """Text and the encoding it was read with. Legacy encodings are detected explicitly, never guessed silently.

    A few stray NUL bytes in otherwise good text are removed, with a line in `notes` saying so."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise IngestError(
                f"declares UTF-8 with a byte-order mark but has an invalid byte at {err.start + 3}"
            ) from err
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise IngestError(f"declares UTF-16 with a byte-order mark but does not decode: {err.reason}") from err
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        nuls = data.count(0)
        if nuls > max(1, MAX_STRAY_NULS * len(data)):
            raise IngestError("binary file (contains NUL bytes), not text")
        try:
            text, encoding = decode(data.replace(b"\x00", b""))
        except IngestError as err:
            raise IngestError(f"binary file (contains NUL bytes), not text: without them, {err}") from err
        if _control_ratio(text) > 0.01:
            raise IngestError("binary file (contains NUL bytes and control characters), not text")
        if notes is not None:
            notes.append(f"{nuls} NUL byte(s) removed from otherwise good text")
        return text, encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    if len(UTF8_SEQUENCE.findall(data)) > len(LONE_HIGH_BYTE.findall(data)):
        # Mostly valid UTF-8 accents with a few broken bytes: reading it as Latin-1 would garble every accent.
        raise IngestError(
            f"invalid UTF-8: byte 0x{data[utf8_error.start]:02x} at position {utf8_error.start} is not valid "
            "in an otherwise UTF-8 file (truncated or corrupted?); re-save the file as UTF-8"
        )
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


def _utf16_without_bom(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-16 saved without a byte-order mark: every other byte of Latin text is NUL."""
    if len(data) % 2 or len(data) < 4:
        return None
    for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zeros.count(0) > 0.7 * len(zeros):  # Latin script: most high bytes are 0
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return (text, encoding) if _control_ratio(text) <= 0.01 else None
    return None


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / max(len(text), 1)


# --- cleaning --------------------------------------------------------------------------------


def normalize_whitespace(text: str) -> str:
    """NFC, LF line ends, plain spaces (no-break and narrow no-break included), no zero-width characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Regular expressions rather than str.translate: they skip the (usual) text with nothing to replace fast.
    text = LINE_BREAK_RE.sub("\n", text)
    text = SPACE_RE.sub(" ", text)
    return DELETED_RE.sub("", text)


def fold(text: str) -> str:
    """Lower case without accents or punctuation: the key that finds repeated lines."""
    letters = strip_accents(text.casefold())
    return NON_WORD.sub(" ", letters).strip()


def clean_lines(text: str) -> list[str]:
    """Body lines without site furniture, markup debris, teasers, page codes and repeated lines."""
    lines = [MULTIPLE_SPACES.sub(" ", line).strip() for line in text.split("\n")]
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
        line = LINK_ARTEFACTS.sub(" ", line).strip()
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
    if '="' not in line and "='" not in line:
        return False
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


BYLINE_PREFIX = re.compile(rf"^(?:{_words('byline_prefixes', escape=True)})\s+", re.IGNORECASE)


def looks_like_byline(line: str) -> bool:
    """A closing line that is only a name: two or three capitalised words ("Zoé SAMIN")."""
    line = BYLINE_PREFIX.sub("", line)
    words = line.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÀ-Ý][\w'’-]*", w) for w in words)


def detect_language(text: str) -> str:
    """The language whose commonest words the text uses most (lexicons/<language>/ingest.yml); French on a tie."""
    counts = Counter(WORD.findall(text.lower()))
    uses = {language: sum(counts[w] for w in words) for language, words in COMMON_WORDS.items()}
    return max(uses, key=uses.get)


def _title_case_name(line: str) -> str:
    line = BYLINE_PREFIX.sub("", line)
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in line.split())


# --- articles --------------------------------------------------------------------------------


def article_from_text(
    raw_text: str, source_file: str, metadata: Optional[dict] = None, page: Optional[formats.Page] = None
) -> Article:
    """An Article from decoded text: clean body plus inferred (or supplied) metadata.

    `page` is what the file gave (formats): its body and metadata; by default, `raw_text` read as plain text with
    optional front matter. Metadata wins over what is inferred: sources.yml's (`metadata`) over the page's.
    """
    metadata = metadata or {}
    if page is None:
        page = formats.text_page(normalize_whitespace(raw_text))
    body = normalize_whitespace(page.body)
    header_date = None
    if page.guess_layout:
        header_date, body = split_date_header(body)
    lines = clean_lines(body)
    outlet = author = title = None
    if page.guess_layout:
        outlet, author, title = _layout(lines)
    text = "\n".join(lines).strip()
    words = len(list(islice(LONG_WORD.finditer(text), MIN_WORDS)))  # enough words is all that matters here
    if words < MIN_WORDS:
        raise IngestError(
            f"no sentence of text: {words} word(s) after cleaning" if text else "empty after cleaning"
        )
    # Repaired once, here: every offset downstream is into the repaired text, the stored body (recoupe/repair.py)
    given_language = metadata.get("language") or page.metadata.get("language")
    language = re.split(r"[-_]", str(given_language) if given_language else detect_language(text))[0].lower()
    text = repair(text, language)
    title = repair(title, language) if title else title  # still the text's first line
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    # a date the page's metadata or sources.yml gives wins below: the text is not read for one then
    dated = bool(page.metadata.get("published")) or metadata.get("published") is not None
    fields = {
        "title": title,
        "outlet": outlet,
        "author": author,
        "url": None,
        "published": header_date or (None if dated else dates.published_in_text(text)),
        "language": detect_language(text),
    }
    published_from = ("metadata" if header_date else "text") if fields["published"] else None
    fields.update({k: v for k, v in page.metadata.items() if k in fields and v})
    if page.metadata.get("published"):
        published_from = page.metadata_from
    given = {k: _as_text(v) for k, v in metadata.items() if k in fields and v is not None}
    if "published" in given:
        given["published"] = dates.iso_date(metadata["published"]) or given["published"]
        published_from = "metadata"
    fields.update(given)
    return Article(
        id=stable_id(sha256, length=12),
        text=text,
        raw_text=raw_text,
        word_count=len(re.findall(r"\w+(?:[’'-]\w+)*", text)),
        sha256=sha256,
        source_file=source_file,
        published_from=published_from,
        **fields,
    )


def _layout(lines: list[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Outlet, author and title a plain text gives by its layout: a masthead line on top, a byline at the end (or
    "Par X" under the headline), the headline first. The outlet and byline lines are taken out of `lines`."""
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
    else:
        # "Par Claire Dubois" under the headline: only with its "Par", which a masthead line never has
        top_byline = next((line for line in content[1:4] if BYLINE_PREFIX.match(line) and looks_like_byline(line)), None)
        if top_byline is not None:
            author = _title_case_name(top_byline)
            at = lines.index(top_byline)
            del lines[at : at + (2 if at + 1 < len(lines) and lines[at + 1] == "" else 1)]
            content.remove(top_byline)
    if len(content) > 1 and looks_like_title(content[0]):
        title = content[0]
    return outlet, author, title


def _as_text(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def read_article(
    path: Path, metadata: Optional[dict] = None, source_file: Optional[str] = None, url: Optional[str] = None,
    notes: Optional[list[str]] = None,
) -> Article:
    """Read one article file (text, Markdown, a saved web page, a Word document: see formats); raises IngestError
    with the reason when it cannot be used. `url` is where a page was fetched from. What was repaired on the way
    (stray NUL bytes removed) is added to `notes`."""
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise IngestError("empty file" if not data else "only whitespace, no text")
    shown = source_file or printable(str(path))
    try:
        formats.refuse_unreadable(path.name, data)
        if formats.is_binary_document(path.name, data):
            page = formats.docx_page(data)
            return article_from_text(page.body, source_file=shown, metadata=metadata, page=page)
        suffix = formats.suffix_of(path.name)
        text = (formats.declared_text(data) if suffix in formats.HTML_SUFFIXES else None) or decode(data, notes)[0]
        if not text.strip():
            raise IngestError("only whitespace, no text")
        if suffix in formats.HTML_SUFFIXES or looks_like_html(text):
            page = formats.html_page(text, url=url)
        elif suffix in formats.MARKDOWN_SUFFIXES:
            page = formats.markdown_page(normalize_whitespace(text))
        else:
            page = None
    except formats.NotAnArticle as err:
        raise IngestError(str(err)) from err
    return article_from_text(text, source_file=shown, metadata=metadata, page=page)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file and what is too large to be an article."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(_kind_reason(info.st_mode))
        if info.st_size > MAX_BYTES:
            raise IngestError(_too_large(info.st_size))
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise IngestError(_os_error_reason(path, err)) from err
    if len(data) > MAX_BYTES:  # grew while being read, or a file whose size the system does not report
        raise IngestError(_too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return f"too large for an article: {size / 1e6:.1f} MB (limit {MAX_BYTES / 1e6:.0f} MB)"


def _after_prologue(text: str) -> str:
    """The text after leading spaces, an XML declaration and comments: where a saved page's first tag is.
    A loop rather than a pattern: a pattern for "any number of comments" backtracks exponentially."""
    at = len(text) - len(text.lstrip())
    declaration = XML_DECLARATION.match(text, at)
    if declaration:
        at = declaration.end()
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if not text.startswith("<!--", at):
            return text[at:at + 64]
        end = text.find("-->", at + 4)
        if end < 0:
            return ""
        at = end + 3


def looks_like_html(text: str) -> bool:
    """A saved web page or a fragment of markup, rather than the article's text."""
    if HTML_START.match(_after_prologue(text)):
        return True
    tags = HTML_TAG.findall(text)
    return len(tags) >= 5 and sum(map(len, tags)) > 0.05 * len(text)
