"""What a file holds, by its suffix and content: the text to treat as the article's body, and the metadata the file
itself gives (front matter, a saved page's metadata).

- plain text (.txt, no suffix): the body, after an optional front matter block (`---` YAML, or `key: value` lines
  before the first blank line) whose keys are those of sources.yml;
- Markdown (.md): the same, with the markup taken out (headings, emphasis, links keep their words);
- a saved web page (.html, .htm, or a text file holding one): the article's body, title, author, outlet, date,
  language and canonical URL, by trafilatura (boilerplate, menus, comments and related links left out);
- Word (.docx): the paragraphs of the document, read with the standard library (a .docx is a zip of XML);
- PDF and older office formats: refused, with how to convert them.

A file that cannot become an article raises NotAnArticle with the reason; ingest turns it into a rejected file.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass, field
from itertools import islice
from typing import Optional
from urllib.parse import urlsplit
from xml.etree import ElementTree

import yaml

from . import dates, lexicon

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
DOCX_SUFFIXES = {".docx"}
# Formats a newsroom has that recoupe does not read, and how to turn them into one it does.
CONVERT = {
    ".pdf": "a PDF, which recoupe does not read (its columns, hyphens and running heads garble the text): convert it "
            "to text with `pdftotext -layout FILE.pdf` (poppler-utils), or save the article's web page as .html",
    ".doc": "an old Word document (.doc): save it as .docx or .txt (`libreoffice --headless --convert-to docx FILE`)",
    ".odt": "an OpenDocument text (.odt): save it as .docx or .txt (`libreoffice --headless --convert-to docx FILE`)",
    ".rtf": "an RTF document: save it as .docx or .txt (`libreoffice --headless --convert-to docx FILE`)",
    ".mht": "a web archive (.mht): save the page again as 'Web page, HTML only' (.html)",
    ".mhtml": "a web archive (.mhtml): save the page again as 'Web page, HTML only' (.html)",
    ".webarchive": "a Safari web archive: save the page again as 'Page Source' (.html)",
}
# Every suffix read as an article; CONVERT's are refused with a reason (a suffix allowlist takes both from here).
SUFFIXES = {".txt", ".text", ""} | HTML_SUFFIXES | MARKDOWN_SUFFIXES | DOCX_SUFFIXES
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
# Saved news pages have 100 to 2,100 elements (30 pages from 30 sites measured); trafilatura's time grows faster
# than linearly with them (a 50,000-link page takes 14 s), so a page ten times larger than any article is refused.
MAX_PAGE_ELEMENTS = 20_000
MIN_PAGE_WORDS = 30  # fewer words than this in a page's main text: a teaser, a caption or a JavaScript shell
DOCX_MAX_XML = 10 * 1024 * 1024  # a document.xml larger than this, unpacked, is a zip bomb or not an article

# The keys front matter and sources.yml share, and the other names front matter gives them.
KEYS = {
    "url": "url", "link": "url", "source_url": "url", "canonical": "url",
    "title": "title", "titre": "title", "headline": "title",
    "published": "published", "date": "published", "pubdate": "published", "published_at": "published",
    "author": "author", "authors": "author", "auteur": "author", "byline": "author", "by": "author",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publication": "outlet", "publisher": "outlet",
    "média": "outlet", "media": "outlet", "journal": "outlet",
    "language": "language", "lang": "language", "langue": "language",
}
HEADER_LINE = re.compile(r"([A-Za-zé_]{1,20})[ \t]*:[ \t]*(\S.{0,1999})")
YAML_FENCE = re.compile(r"---[ \t]*\n")
YAML_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
WORD = re.compile(r"[^\W\d_]{2,}")
MAX_FRONT_MATTER = 20_000  # characters: a block longer than this is the text itself, not its metadata


class NotAnArticle(Exception):
    """The file's content cannot become an article; the message is the reason shown to the user."""


@dataclass
class Page:
    """What a file gives: the text the body is cleaned from, and metadata (sources.yml's keys) it states."""

    body: str
    metadata: dict = field(default_factory=dict)
    metadata_from: str = "metadata"  # "metadata": front matter a person wrote; "page": a web page's own
    guess_layout: bool = True  # plain text: masthead, headline and byline are guessed from its first and last lines


def suffix_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def refuse_unreadable(name: str, data: bytes) -> None:
    """Raise NotAnArticle, saying how to convert it, for a format recoupe does not read (by suffix or content)."""
    suffix = suffix_of(name)
    if data.startswith(PDF_MAGIC):
        suffix = ".pdf"
    if suffix in CONVERT:
        raise NotAnArticle(CONVERT[suffix])


def is_binary_document(name: str, data: bytes) -> bool:
    """A format read from bytes rather than decoded text (today: .docx)."""
    return suffix_of(name) in DOCX_SUFFIXES or (data.startswith(ZIP_MAGIC) and b"word/document.xml" in data[:65536])


def page_assets(folder: str, files_beside: list[str]) -> bool:
    """The folder a browser's "Web page, complete" save puts beside the page (images, scripts: NAME_files)."""
    if not folder.endswith("_files"):
        return False
    stem = folder[: -len("_files")]
    return any(name == stem + suffix for name in files_beside for suffix in HTML_SUFFIXES)


# --- front matter ----------------------------------------------------------------------------


def split_front_matter(text: str) -> tuple[dict, str]:
    """Metadata a text file states above its body, and the body.

    Either a YAML block between `---` lines at the very top, or `key: value` lines before the first blank line, every
    one of them with a key sources.yml knows (url, title, date/published, author, outlet, lang/language) or one of
    their other names. Anything else is body: a first line "Selon l'armée: ..." stays text.
    """
    fence = YAML_FENCE.match(text)
    if fence:
        end = YAML_END.search(text, fence.end(), fence.end() + MAX_FRONT_MATTER)
        if end is not None:
            try:
                data = yaml.safe_load(text[fence.end() : end.start()])
            except yaml.YAMLError:
                data = None
            if isinstance(data, dict):
                return _known(data), text[end.end() :].lstrip("\n")
        return {}, text
    head, blank, rest = text.partition("\n\n")
    lines = [line.strip() for line in head.split("\n")] if len(head) < MAX_FRONT_MATTER else []
    pairs = [HEADER_LINE.fullmatch(line) for line in lines]
    if not lines or not all(pairs) or not all(p.group(1).lower() in KEYS for p in pairs):
        return {}, text
    if not blank:  # header lines and nothing else: no body under them
        return _known({p.group(1): p.group(2) for p in pairs}), ""
    return _known({p.group(1): p.group(2) for p in pairs}), rest


def _known(data: dict) -> dict:
    """sources.yml's keys with usable values; a date in any common form becomes ISO."""
    found: dict = {}
    for key, value in data.items():
        name = KEYS.get(str(key).strip().lower())
        if name is None or value is None or name in found:
            continue
        if name == "published":
            value = dates.iso_date(value)
        elif name == "author" and isinstance(value, list):  # [Ana Silva, Tom Weber]
            value = ", ".join(v.strip() for v in value[:20] if isinstance(v, str))
        elif isinstance(value, str):
            value = value.strip().strip("\"'").strip()
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        else:  # a mapping, a list, an alias to one: no metadata value (and never printed whole)
            continue
        if value:
            found[name] = value
    return found


def text_page(text: str) -> Page:
    metadata, body = split_front_matter(text)
    return Page(body=body, metadata=metadata)


# --- Markdown --------------------------------------------------------------------------------

# Markup is characters, not words: these stay regular expressions. Each pattern stops at the next character that
# could open or close it ("[" for links, "*" for emphasis), so a file full of unclosed markup is read in linear time.
MD_RULES = [
    (re.compile(r"^```[^\n]*$", re.MULTILINE), ""),  # code fences (their content stays: it is rare in articles)
    (re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)"), ""),  # images
    (re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)"), r"\1"),  # links keep their words
    (re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,200}\]"), r"\1"),  # reference links
    (re.compile(r"^\[[^\[\]\n]{1,200}\]:[^\n]*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"<(https?://[^<>\s]{1,2000})>"), r"\1"),  # autolinks
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+|(?<![ \t])[ \t]+#+[ \t]*$", re.MULTILINE), ""),  # ATX headings
    (re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # thematic breaks
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE), ""),  # list bullets
    (re.compile(r"\*\*(?=[^\s*])([^*\n]{0,299}[^\s*])\*\*"), r"\1"),  # strong
    (re.compile(r"__(?=[^\s_])([^_\n]{0,299}[^\s_])__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{0,299}[^\s*])\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{0,299}[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]{1,2000})`"), r"\1"),  # inline code
    (re.compile(r"^[=-]{3,}[ \t]*$", re.MULTILINE), ""),  # setext heading underlines
]


def markdown_page(text: str) -> Page:
    """A Markdown file: front matter as for text, and the body without its markup."""
    metadata, body = split_front_matter(text)
    for pattern, replacement in MD_RULES:
        body = pattern.sub(replacement, body)
    return Page(body=body, metadata=metadata)


# --- saved web pages -------------------------------------------------------------------------

# Lines trafilatura keeps that are a page's furniture rather than its article: photo credits, teaser links, photo
# galleries, a copyright line under the article ("© Thomson Reuters 2020"). Their words are every language's
# (lexicons/<language>/ingest.yml: the page's language is not known yet); a line is dropped as a whole, so they stay
# a regular expression. Ingest's own patterns (recoupe/ingest.py) read the same list.
FURNITURE = [lexicon.load("ingest", language) for language in lexicon.languages_with("ingest")]


def _alternation(key: str) -> str:
    return "|".join(dict.fromkeys(word for lex in FURNITURE for word in lex.get(key, []))) or "(?!)"


PAGE_FURNITURE = re.compile(
    rf"^\(?(?:{_alternation('credit_labels')})\s*:.{{0,200}}$"
    r"|^©.{0,150}$"
    rf"|^(?:{_alternation('related_starts')})\b.{{0,300}}$"
    rf"|^.{{0,60}}\b(?:{_alternation('gallery_ends')})$|^(?:{_alternation('gallery_starts')})\b.{{0,60}}$"
    rf"|^(?:{_alternation('gallery_links')})\b.{{0,30}}$",
    re.IGNORECASE,
)
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•]\s+")
NO_AUTHOR = {word for lex in FURNITURE for word in lex.get("no_author", [])}


def html_page(html: str, url: Optional[str] = None) -> Page:
    """A saved web page's article: body and metadata, by trafilatura (which dates pages with htmldate).

    Raises NotAnArticle for a page with no article body (a home page, a list of links, a JavaScript shell).
    """
    import trafilatura  # loaded only when a page is read: a build of text files does not pay for it
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise NotAnArticle("an HTML page that cannot be parsed")
    elements = sum(1 for _ in islice(tree.iter(), MAX_PAGE_ELEMENTS + 1))
    if elements > MAX_PAGE_ELEMENTS:
        raise NotAnArticle(
            f"a web page of more than {MAX_PAGE_ELEMENTS:,} elements: an archive or a listing, not one article page "
            "(save the article's own page, or copy its text into a .txt file)"
        )
    language = _page_language(tree)
    headlines = _headlines(tree)  # read before trafilatura prunes the tree
    try:
        document = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            favor_precision=True, deduplicate=False,
        )
    except Exception as err:  # trafilatura's own failure on a strange page: that page's reason, not the build's end
        raise NotAnArticle(f"a web page trafilatura could not read ({type(err).__name__}: {err})") from err
    text = document.text if document is not None and document.text else ""
    body = "\n".join(line for line in text.split("\n") if not PAGE_FURNITURE.match(line.strip()))
    words = len(WORD.findall(body))
    if words < MIN_PAGE_WORDS:
        found = f"{words} word(s) of main text" if words else "no main text"
        raise NotAnArticle(
            f"a web page with no article body ({found}): a home page, a list of links, or a page that loads its "
            "article with JavaScript; open the article itself, and save it once its text shows (or copy the text "
            "into a .txt file)"
        )
    outlet = _clean(document.sitename) or _hostname(document.url or url)
    metadata = {
        "title": _title(document, headlines, outlet),
        "author": _author(document.author, outlet),
        "outlet": outlet,
        "url": _clean(document.url) or url,
        "published": dates.iso_date(document.date),
        # A page's declared language is its template's (a French magazine's says "en"): the text decides between
        # the languages recoupe reads, the declaration says which other one a page is in.
        "language": language if language not in ("fr", "en") else None,
    }
    return Page(
        body=body,
        metadata={k: v for k, v in metadata.items() if v},
        metadata_from="page",
        guess_layout=False,
    )


CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def declared_text(data: bytes) -> Optional[str]:
    """A page's text in the encoding its <meta charset> declares, when that is not UTF-8 (which the usual decoding
    reads) and the bytes decode in it; None otherwise."""
    match = CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
        if encoding == "utf-8" or encoding.startswith(("utf-16", "utf-32")):  # a byte page cannot be UTF-16
            return None
        # As browsers do (WHATWG Encoding): a page that says Latin-1 or ASCII is read as windows-1252.
        return data.decode("cp1252" if encoding in ("latin-1", "iso8859-1", "ascii") else encoding)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def _clean(value: Optional[str]) -> Optional[str]:
    return " ".join(value.split()) or None if value else None


def _hostname(url: Optional[str]) -> Optional[str]:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def _page_language(tree) -> Optional[str]:
    """The page's language as it declares it (<html lang>, Content-Language, og:locale): "fr", "en"..."""
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not declared:
        for meta in tree.iter("meta"):
            name = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
            if name in ("content-language", "og:locale", "language", "dc.language"):
                declared = meta.get("content")
                break
    match = re.match(r"\s*([A-Za-z]{2,3})\b", declared or "")
    return match.group(1).lower() if match else None


def _headlines(tree) -> list[str]:
    """The page's other statements of its headline: og:title, twitter:title, the first <h1>."""
    found = []
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            found.append(meta.get("content") or "")
    for h1 in tree.iter("h1"):
        found.append(h1.text_content())
        break
    return [" ".join(f.split()) for f in found if f and f.strip()]


def _title(document, headlines: list[str], outlet: Optional[str]) -> Optional[str]:
    """trafilatura's title without the site's name; another headline of the page when that one is a lone word
    (a content system's name, "escenic")."""
    for candidate in [document.title, *headlines]:
        title = _title_without_site(_clean(candidate), outlet, document.hostname)
        if title and len(title.split()) >= 2:
            return title
    return None


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _is_site(part: str, outlet: Optional[str], hostname: Optional[str]) -> bool:
    """A title segment that names the site: the outlet, its host name, or a date stamp ("23.05.2011")."""
    key = _fold(part)
    if not key:
        return True
    names = {_fold(outlet or ""), _fold((hostname or "").removeprefix("www."))}
    host_label = (hostname or "").removeprefix("www.").split(".")[0]
    names.add(_fold(host_label))
    if key in names or any(n and (key.startswith(n) or n.startswith(key)) and len(key) >= 2 for n in names):
        return True
    return bool(re.fullmatch(r"[\d./-]+", part.strip()))


def _title_without_site(title: Optional[str], outlet: Optional[str], hostname: Optional[str]) -> Optional[str]:
    """ "Le titre - Gala" -> "Le titre"; "Le titre | DW | 23.05.2011" -> "Le titre"."""
    if not title:
        return None
    parts = TITLE_SEPARATOR.split(title)
    separators = TITLE_SEPARATOR.findall(title)
    while len(parts) > 1 and _is_site(parts[-1], outlet, hostname):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and _is_site(parts[0], outlet, hostname):
        parts.pop(0)
        separators.pop(0)
    kept = parts[0]
    for separator, part in zip(separators, parts[1:]):
        kept += separator + part
    return kept.strip() or None


def _author(value: Optional[str], outlet: Optional[str]) -> Optional[str]:
    """The page's author(s), without the outlet's own name and placeholders ("No Author")."""
    if not value:
        return None
    names = [" ".join(n.split()) for n in re.split(r"[;|]", value)]
    kept = [n for n in names if n and n.casefold() not in NO_AUTHOR and _fold(n) != _fold(outlet or "")]
    return ", ".join(dict.fromkeys(kept)) or None


# --- Word documents --------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"


def docx_page(data: bytes) -> Page:
    """A .docx file's paragraphs as lines of text, and its title (document properties) when it has one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        document = _zip_xml(archive, "word/document.xml")
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, EOFError) as err:
        raise NotAnArticle(f"not a readable Word document (.docx): {err}") from err
    paragraphs = []
    for paragraph in document.iter(f"{W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{W}tab":
                parts.append(" ")
            elif node.tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts))
    metadata: dict = {}
    try:
        core = _zip_xml(archive, "docProps/core.xml")
        title = core.find(f"{DC}title")
        if title is not None and title.text and title.text.strip():
            metadata["title"] = title.text.strip()
    except (KeyError, ElementTree.ParseError, NotAnArticle):
        pass
    return Page(body="\n\n".join(paragraphs), metadata=metadata)


def _zip_xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    info = archive.getinfo(name)
    if info.file_size > DOCX_MAX_XML:
        raise NotAnArticle(f"a Word document whose text unpacks to {info.file_size / 1e6:.0f} MB: not an article")
    return ElementTree.fromstring(archive.read(info))
