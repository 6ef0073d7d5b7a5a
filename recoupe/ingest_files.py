"""Finding article files (ingest's first job): the files under the paths given, the paths that cannot be read with
the reason, and the printable name each file is published under. recoupe/ingest.py reads what this finds.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from pathlib import Path
from typing import Iterable, Optional

from . import formats
from .models import RejectedFile

SIDECAR_NAMES = ("sources.yml", "sources.yaml")
# Files beside the articles that are no article: their metadata, and the reporter's corrections (corrections.py)
NOT_ARTICLES = SIDECAR_NAMES + ("corrections.yml", "corrections.yaml")
# Suffixes of the files a folder's articles are read from ("" for none): text, Markdown, saved pages, Word
# documents (recoupe/formats.py). A spreadsheet or a notes file beside them is rejected by its name, before its
# bytes can pass for an article (build_db.py --suffix adds one); a PDF is refused with how to convert it.
TEXT_SUFFIXES = tuple(sorted(formats.SUFFIXES))


def discover(paths: Iterable[Path], suffixes: Iterable[str] = TEXT_SUFFIXES) -> tuple[list[Path], list[RejectedFile]]:
    """Article files under the given paths (files or folders), in a stable order, and paths that cannot be read.

    Only files whose suffix is in `suffixes` are read ("" for none); the others are rejected with the reason.
    Every folder the build cannot list or enter is rejected too: its articles never vanish without a word.
    """
    suffixes = {s.lower() for s in suffixes}
    found: list[Path] = []
    rejected: list[RejectedFile] = []
    for path in paths:
        path = Path(path)
        mode = _mode_or_rejected(path, rejected)
        if mode is None:
            continue
        if stat.S_ISDIR(mode):
            _walk(path, found, rejected, suffixes)
        elif stat.S_ISREG(mode):
            if path.name not in NOT_ARTICLES:
                _add_file(path, found, rejected, suffixes)
        else:
            rejected.append(RejectedFile(path=str(path), reason=_kind_reason(mode)))
    return sorted(dict.fromkeys(found), key=str), rejected


def _mode_or_rejected(path: Path, rejected: list[RejectedFile]) -> Optional[int]:
    """The path's mode (following links), or None with the reason it cannot be read added to `rejected`."""
    try:
        return os.stat(path).st_mode
    except OSError as err:
        rejected.append(RejectedFile(path=str(path), reason=_os_error_reason(path, err)))
        return None


def _add_file(file: Path, found: list[Path], rejected: list[RejectedFile], suffixes: set[str]) -> None:
    if file.suffix.lower() in suffixes or formats.suffix_of(file.name) in formats.CONVERT:
        found.append(file)  # a PDF or a .doc is read only to be refused with how to convert it
    else:
        known = ", ".join(s or "no suffix" for s in sorted(suffixes))
        reason = f"not an article file: {printable(file.suffix)} is not a text suffix the build reads ({known}; " \
                 "--suffix adds one)"
        rejected.append(RejectedFile(path=str(file), reason=reason))


def _walk(folder: Path, found: list[Path], rejected: list[RejectedFile], suffixes: set[str]) -> None:
    seen_dirs: set[str] = set()

    def cannot_list(err: OSError) -> None:
        where = Path(err.filename) if err.filename else folder
        reason = _os_error_reason(where, err, "folder")
        rejected.append(RejectedFile(path=str(where), reason=f"{reason}, so none of its files is read"))

    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True, onerror=cannot_list):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:  # a symlink loop (or a second link) brings us back to a folder already read
            rejected.append(
                RejectedFile(path=dirpath, reason="symbolic link to a folder already read: skipped, "
                                                  "so that a link loop does not repeat articles forever")
            )
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        try:  # listed is not entered: without search ("x") permission no file in it can be opened
            os.stat(os.path.join(dirpath, "."))
        except OSError as err:
            reason = ("permission denied: the folder can be listed but not entered (no search permission)"
                      if isinstance(err, PermissionError) else _os_error_reason(Path(dirpath), err, "folder"))
            rejected.append(RejectedFile(path=dirpath, reason=f"{reason}, so none of its files is read"))
            dirnames[:] = []
            continue
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not formats.page_assets(d, filenames))
        for name in sorted(filenames):
            if name.startswith(".") or name in NOT_ARTICLES:
                continue
            file = Path(dirpath) / name
            mode = _mode_or_rejected(file, rejected)
            if mode is None:
                continue
            if stat.S_ISREG(mode):
                _add_file(file, found, rejected, suffixes)
            else:
                rejected.append(RejectedFile(path=str(file), reason=_kind_reason(mode)))


def printable(name: str) -> str:
    """A path as text that any database, terminal or log takes, with nothing lost: bytes that are not UTF-8
    (which Python keeps as lone surrogates) become \\xff, control and format characters (a line feed that
    would start a forged "rejected:" line, a right-to-left override) become escapes, and a backslash \\\\."""
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch == "\\":
            out.append("\\\\")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(ch.encode("unicode_escape").decode("ascii") if code > 0xFF or ch in "\n\r\t"
                       else f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)


def published_names(paths: Iterable[Path]):
    """A function giving the name a file found under `paths` is published as: its path from the folder that was
    given, under that folder's own name (`seeds/001.txt`; a file given by itself is its name), made printable.
    The build machine's absolute paths stay on the build machine."""
    roots = []
    for path in paths:
        path = Path(path)
        shown = path.name or Path(os.path.abspath(path)).name  # "" for "/": its files are "/etc/…"
        roots.append((os.path.abspath(path), shown))
    roots.sort(key=lambda root: len(root[0]), reverse=True)

    def name(local) -> str:
        local = os.path.abspath(local)
        for root, shown in roots:
            if local == root:
                return printable(shown or "/")
            if local.startswith(root.rstrip(os.sep) + os.sep):
                return printable(f"{shown}/{local[len(root.rstrip(os.sep)) + 1:]}")
        return printable(Path(local).name)

    return name


def _os_error_reason(path: Path, err: OSError, what: str = "file") -> str:
    """Why a path could not be opened, for a person: link loops, broken links, permissions."""
    if err.errno == errno.ELOOP:
        return "symbolic link loop: the link points back to itself"
    if err.errno == errno.ENOENT:
        if os.path.islink(path):
            return "broken symbolic link: its target does not exist"
        return "no such file or folder"
    if isinstance(err, PermissionError) or err.errno == errno.EACCES:
        return f"permission denied: the {what} cannot be read"
    return f"cannot read: {err.strerror or err}"


def _kind_reason(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file: not read"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file: not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file: not read"
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    return "not a regular file: not read"
