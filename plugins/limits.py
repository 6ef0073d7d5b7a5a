"""Limits for a public, read-only server: no query may exhaust its memory, and no error may stall it.

Datasette's one-second SQL time limit is checked every thousand SQLite instructions, and one instruction can
build a value of any size (`select zeroblob(200000000)` answered after 21 s with 1.2 GB). So:

- SQLite's own limits, set on every connection: no string or blob longer than the largest article the dossier
  holds (at least 1 MB), short SQL, shallow expressions, few compound selects, parameters and columns, short
  LIKE patterns;
- `printf` and `format` refuse (give NULL, as SQLite does past its length limit) a width or precision above
  MAX_WIDTH: `printf('%.*c', 2000000000, 'x')` is one instruction that runs for 27 s whatever the limits;
- a budget per query on what it returns: past RESULT_BYTES of text and blobs the query stops with an error
  (a 400 for `?sql=`), so that 1,000 rows of the longest values never reach the page renderer;
- Datasette's error handler prints a `rich` traceback with every local variable when `rich` is installed
  (spaCy pulls it in): synchronously, on the request path, about 0.35 s per error, and it fails outside an
  `except:` block, which turned every 404 into a 500. The handler is told `rich` is not there.

The settings that go with these (max_returned_rows, max_csv_mb, num_sql_threads) are on the serve line of the
Makefile and in the README's publish commands.
"""

from __future__ import annotations

import re
import sqlite3
import weakref

import datasette.handle_exception
from datasette import hookimpl

datasette.handle_exception.rich = None  # plain tracebacks for 500s (traceback.print_exc), none for 4xx

MIN_LENGTH = 1_000_000  # bytes: a news article is tens of kB; a value this long is already no sentence
RESULT_BYTES = 16_000_000  # text and blobs one query may return (the 1,000 longest sentences are ~1 MB)
LIMITS = {
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 20_000,  # bytes; the longest canned query is under 1 kB
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 100,  # default 1,000
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 20,  # default 500; the views use none
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 250,  # default 32,766; Datasette's filters use a few
    sqlite3.SQLITE_LIMIT_COLUMN: 100,  # default 2,000; the widest table has 20
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 32,  # default 127
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,  # default 50,000
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,  # attaching is refused anyway (read-only); nothing to attach
}
MAX_WIDTH = 100_000  # characters a printf width or precision may ask for
# A printf conversion: flags, width (digits or *), precision (digits or *), conversion letter.
CONVERSION = re.compile(r"%[-+ 0#,!]*(\*|\d+)?(?:\.(\*|\d+))?([a-zA-Z%])")
_longest: dict[str, int] = {}  # database name -> bytes of its longest stored article


def length_limit(conn: sqlite3.Connection, database: str) -> int:
    """The longest string or blob a query may make: never less than a stored article, so every row can be read."""
    if database not in _longest:
        try:
            longest = conn.execute(
                "select max(max(length(cast(text as blob))), max(length(cast(raw_text as blob)))) from articles"
            ).fetchone()[0] or 0
        except sqlite3.Error:  # not a dossier (Datasette's own databases)
            longest = 0
        _longest[database] = longest
    return max(MIN_LENGTH, 2 * _longest[database])


class ResultTooLarge(sqlite3.OperationalError):
    pass


def budgeted_rows(row_factory=sqlite3.Row, budget: int = RESULT_BYTES):
    """A row factory that counts the text and blob bytes each cursor has returned and stops it past `budget`."""
    spent: "weakref.WeakKeyDictionary[sqlite3.Cursor, int]" = weakref.WeakKeyDictionary()

    def factory(cursor, row):
        size = spent.get(cursor, 0) + sum(len(v) for v in row if isinstance(v, (str, bytes)))
        if size > budget:
            raise ResultTooLarge(f"the result is larger than {budget // 1_000_000} MB: select fewer rows or "
                                 "shorter columns (substr, length)")
        spent[cursor] = size
        return row_factory(cursor, row)

    return factory


def bounded_printf(length: int = MIN_LENGTH):
    """SQLite's own printf, through a private in-memory connection, for formats whose every width and precision
    (written, or given by a `*` argument) is at most MAX_WIDTH; NULL otherwise."""
    helper = sqlite3.connect(":memory:", check_same_thread=False)
    helper.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, length)

    def printf(*args):
        if not args:
            return None
        rest = iter(args[1:])
        for match in CONVERSION.finditer(args[0] if isinstance(args[0], str) else ""):
            for part in match.group(1, 2):
                size = next(rest, 0) if part == "*" else part
                try:
                    if part is not None and abs(int(size or 0)) > MAX_WIDTH:
                        return None
                except (TypeError, ValueError):
                    pass
            if match.group(3) != "%":
                next(rest, None)
        return helper.execute(f"select printf({', '.join('?' * len(args))})", args).fetchone()[0]

    return printf


@hookimpl
def prepare_connection(conn, database, datasette):
    length = length_limit(conn, database)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, length)
    for category, value in LIMITS.items():
        conn.setlimit(category, value)
    conn.row_factory = budgeted_rows(conn.row_factory or sqlite3.Row)
    printf = bounded_printf(length)
    for name in ("printf", "format"):
        conn.create_function(name, -1, printf, deterministic=True)
