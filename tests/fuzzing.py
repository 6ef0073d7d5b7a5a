"""Pathological inputs for regular expressions and ingest functions, from a seeded generator.

Every pattern recoupe applies to article text is collected two ways: compiled patterns held by a module
(constants, or inside a module-level dict, list or tuple), and pattern literals written in a call
(`re.search(r"...", text)`) found by reading the source. Each one gets inputs shaped to make a backtracking
engine blow up: a prefix, a unit pumped thousands of times, and a suffix that makes the match fail at the
end (the classic ReDoS shape), with units cut from the pattern's own literal text, plus plain random text.

Each input runs under a CPU-time alarm (SIGVTALRM; Python's regular expression engine checks for signals),
so a pattern that would take minutes is reported with its input instead of hanging the test run.
"""

from __future__ import annotations

import ast
import importlib
import random
import re
import signal
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
# Every module of the package: a module added later (a split, a new stage) is fuzzed without being listed here
MODULES = sorted(path.stem for path in (ROOT / "recoupe").glob("*.py") if path.stem != "__init__")
# Patterns compiled from the lexicons (recoupe/lexicons/<language>/*.yml) by a module's function, per language
FROM_LEXICONS = [("number_words", "words"), ("place_candidates", "place_words")]
LANGUAGES = ("fr", "en")
RE_CALLS = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2, "sub": 4,
            "subn": 4, "split": 3}
# Characters every input may use besides the pattern's own: letters, digits, spaces and the punctuation
# articles are made of, and the markup characters scrapers leave.
BASE = list("aZé7 \n-'’.,:;«»\"<>=/!?()_") + ["\u00a0", "\t", "—", "€", "%"]


class Overtime(BaseException):
    """An input ran past its time bound."""


@contextmanager
def alarm(seconds: float) -> Iterator[None]:
    """Overtime once this process has spent `seconds` of CPU: processor time, not wall-clock time, so that a
    machine busy with other work does not make a fast pattern look slow."""
    def ring(signum, frame):
        raise Overtime()

    previous = signal.signal(signal.SIGVTALRM, ring)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


@dataclass(frozen=True)
class Found:
    pattern: re.Pattern
    where: str  # module:line or module.NAME

    def __str__(self) -> str:
        return f"{self.where} /{self.pattern.pattern[:80]}/"


def _module(name: str):
    try:
        return importlib.import_module(f"recoupe.{name}")
    except ModuleNotFoundError:
        return None


def _held(value, depth: int = 0) -> Iterator[re.Pattern]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _held(item, depth + 1)
    elif depth < 2 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _held(item, depth + 1)


def patterns() -> list[Found]:
    """Every regular expression recoupe's modules hold or write in a call, once each."""
    found: dict[tuple, Found] = {}
    for name in MODULES:
        module = _module(name)
        if module is None:
            continue
        for attr, value in vars(module).items():
            for pattern in _held(value):
                found.setdefault((pattern.pattern, pattern.flags), Found(pattern, f"{name}.{attr}"))
        source = Path(module.__file__).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            pattern = _literal_pattern(node, vars(module))
            if pattern is not None:
                found.setdefault((pattern.pattern, pattern.flags), Found(pattern, f"{name}:{node.lineno}"))
    for name, function in FROM_LEXICONS:
        module = _module(name)
        for language in LANGUAGES:
            for attr, value in vars(getattr(module, function)(language)).items():
                for pattern in _held(value):
                    found.setdefault((pattern.pattern, pattern.flags), Found(pattern, f"{name}.{function}({language}).{attr}"))
    return sorted(found.values(), key=lambda f: f.where)


def _literal_pattern(node: ast.AST, namespace: dict) -> Optional[re.Pattern]:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.func.attr in RE_CALLS and node.args):
        return None
    try:  # module-level names and constants only: a pattern built from a local variable is skipped
        source = eval(compile(ast.Expression(node.args[0]), "<pattern>", "eval"), {"re": re, **namespace})
        flags_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
        position = RE_CALLS[node.func.attr]
        if flags_node is None and len(node.args) > position:
            flags_node = node.args[position]
        flags = eval(compile(ast.Expression(flags_node), "<flags>", "eval"), {"re": re}) if flags_node else 0
        return re.compile(source, flags) if isinstance(source, (str, bytes)) else None
    except Exception:
        return None


# --- inputs ----------------------------------------------------------------------------------

METACHARS = set("\\[](){}|*+?^$.")
ESCAPES = {"d": "7", "w": "x", "s": " ", "W": ",", "D": "a", "S": "b"}


def fragments(source: str) -> list[str]:
    """Pieces of literal text in a pattern (`<!--`, `-->`, `millions`), and characters from its classes."""
    pieces: list[str] = []
    current = ""
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            current += ESCAPES.get(nxt, nxt if not nxt.isalnum() else "")
            i += 2
            continue
        if ch in METACHARS:
            if current:
                pieces.append(current)
            current = ""
        else:
            current += ch
        i += 1
    if current:
        pieces.append(current)
    chars = {c for piece in pieces for c in piece}
    return [p[:30] for p in pieces if p.strip()] + sorted(chars)


FIRST_LENGTHS = [60_000, 40, 20_000, 200, 60_000, 1_000, 20_000, 5_000]


def length(i: int, rng: random.Random) -> int:
    """Quadratic behaviour shows at 10,000 characters and up, exponential already at 40: the first inputs of
    every run have both lengths (so a short run is no weaker), later ones are mostly short with one in twenty
    long (so a long run goes through many more shapes in the same time)."""
    if i < len(FIRST_LENGTHS):
        return FIRST_LENGTHS[i]
    roll = rng.random()
    if roll < 0.05:
        return 60_000 if roll < 0.025 else 20_000
    return rng.choice([40, 40, 200, 200, 1_000, 1_000, 5_000])


def inputs(source: str, count: int, seed: int) -> Iterator[str]:
    rng = random.Random(f"{seed}:{source}")
    pieces = fragments(source) or ["a"]
    alphabet = BASE + [p for p in pieces if len(p) == 1]
    for i in range(count):
        size = length(i, rng)
        kind = i % 4
        if kind == 3:  # random text over the pattern's characters and ordinary ones
            yield "".join(rng.choice(alphabet) for _ in range(min(size, 5_000)))
            continue
        unit = "".join(rng.choice(pieces if rng.random() < 0.7 else alphabet) for _ in range(rng.randint(1, 3)))
        if kind == 1:  # separated by a space or a line break, the way words and lines repeat
            unit += rng.choice([" ", "\n", "  ", " a "])
        prefix = rng.choice(["", rng.choice(pieces), " ", "\n"])
        suffix = rng.choice(["", "!", "\x01", rng.choice(alphabet), rng.choice(pieces)])
        yield prefix + unit * max(1, size // max(len(unit), 1)) + suffix


def article_like(text: str) -> str:
    """The text as the extractors receive it (`Article.text`): the cleaner leaves single spaces, no space at a
    line's ends and at most one blank line in a row, so a run of whitespace is never longer than two."""
    from recoupe.ingest import MULTIPLE_SPACES, normalize_whitespace

    lines = [MULTIPLE_SPACES.sub(" ", line).strip() for line in normalize_whitespace(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def run_pattern(pattern: re.Pattern, text: str) -> None:
    subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    for _ in pattern.finditer(subject):
        pass
    pattern.match(subject)
    pattern.fullmatch(subject)


def timed(function: Callable[[], object], bound: float) -> float:
    """CPU seconds `function` took; float('inf') when it ran past `bound` (it is interrupted there)."""
    start = time.process_time()
    try:
        with alarm(bound):
            function()
    except Overtime:
        return float("inf")
    except Exception:  # an input a function rightly refuses (IngestError, ValueError) took its time all the same
        pass
    return time.process_time() - start
