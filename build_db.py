#!/usr/bin/env python3
"""Build the dossier: turn a folder of news articles into a normalized SQLite database for Datasette.

A thin command line over recoupe.pipeline.build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from recoupe.budget import FILE_SECONDS
from recoupe.executors import ExecutorError, check_executor
from recoupe.ingest import TEXT_SUFFIXES
from recoupe.pipeline import BuildLocked, EmptyBuild, build
from recoupe.store import StoreError


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default="dossier.db", show_default=True, type=click.Path(path_type=Path),
              help="Database to write. It is replaced only once the new one is complete.")
@click.option("--cache", "cache_dir", default=".cache/recoupe", show_default=True, type=click.Path(path_type=Path),
              help="Folder of per-article extractions, keyed by content hash and extractor version: "
                   "unchanged articles are not processed again.")
@click.option("--full", is_flag=True,
              help="Process every article again, ignoring what the cache holds (and refresh it).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for extraction; each loads spaCy once.")
@click.option("--executor", default="local", show_default=True, metavar="local|dask://HOST:PORT",
              callback=lambda ctx, param, value: _checked_executor(value),
              help="Where extraction runs: here (with --workers processes), or on the Dask cluster whose scheduler "
                   "is at HOST:PORT (its workers need recoupe and the same model installed). Reading the cache, "
                   "merging and writing the database stay here.")
@click.option("--strict", is_flag=True,
              help="Exit with status 1 if any file was rejected (the database is still written).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no list of rejected files (unless --strict).")
@click.option("--urls", "urls", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="A file of links, one a line (# comments): each page is fetched (politely: robots.txt, a delay "
                   "per host), kept in the cache folder, and read as a saved web page. Later builds read the "
                   "cached copy; --full fetches again.")
@click.option("--delay", "fetch_delay", default=2.0, show_default=True, type=click.FloatRange(0, 600),
              help="Seconds between two requests to the same host when fetching --urls.")
@click.option("--suffix", "suffixes", multiple=True, metavar="SUFFIX",
              help="Also read files ending in SUFFIX (e.g. --suffix .log) as plain-text articles; by default only "
                   + ", ".join(s or "no suffix" for s in TEXT_SUFFIXES) + ". Repeat for several.")
@click.option("--time-limit", "file_seconds", default=FILE_SECONDS, show_default=True, type=click.FloatRange(min=0),
              help="Seconds one file may take to be read, and again to be extracted; a file over it is rejected "
                   "(0: no limit).")
def main(paths, db_path, cache_dir, full, workers, executor, strict, quiet, urls, fetch_delay, suffixes,
         file_seconds):
    """Build DB (default dossier.db) from article files or folders PATHS (default: seeds/, unless --urls).

    Articles are plain text (.txt, .text, .md or no suffix; UTF-8, UTF-8 with BOM, UTF-16 with BOM or
    Latin-1/cp1252) with optional front matter (url, title, date, author, outlet, language lines on top), saved
    web pages (.html, .htm) or Word documents (.docx). A sources.yml beside them, keyed by file name (url, outlet,
    title, published, author, language), overrides what the build reads or infers; what it gets wrong is reported
    with its line. Files and folders that cannot be read become rows of `rejected_files` with the reason, and are
    named on stderr (names escaped); the other articles go in regardless. Exit status: 1 with --strict and a
    rejected file, 2 when no article could be read, 3 when another build is writing DB, 4 when DB cannot be
    written (a full disk); the previous DB is left intact in each case but the first.

    The tables: articles, figures, claims, actors, actor_mentions, places, place_mentions, topics,
    rejected_files; the views figure_comparison, topic_spread, disagreements and timeline. Serve with:

      datasette serve -i dossier.db -m metadata.yml --plugins-dir plugins --setting sql_time_limit_ms 1000
    """
    paths = list(paths) or ([] if urls else [Path("seeds")])
    show_progress = not quiet and sys.stderr.isatty()

    def progress_bar(total: int):
        return click.progressbar(length=total, label="Extracting", file=sys.stderr)

    try:
        report = build(
            paths,
            db_path,
            cache_dir=cache_dir,
            workers=workers,
            executor=executor,
            progress_factory=progress_bar if show_progress else None,
            full=full,
            allow_empty=False,
            urls=urls,
            fetch_delay=fetch_delay,
            file_seconds=file_seconds or None,
            suffixes=TEXT_SUFFIXES + tuple(s if s.startswith(".") else f".{s}" for s in suffixes),
        )
    except ExecutorError as err:
        click.echo(f"error: {err}; {db_path} left as it was", err=True)
        sys.exit(2)
    except EmptyBuild as err:
        _name_rejected(err.rejected)
        click.echo(f"error: {err}; {db_path} left as it was", err=True)
        sys.exit(2)
    except BuildLocked as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(3)
    except StoreError as err:
        click.echo(f"error: {err}; {db_path} left as it was, no temporary file left", err=True)
        sys.exit(4)
    if not quiet or strict:
        _name_rejected(report.rejected)
    for line in report.corrections_applied:
        if not quiet:
            click.echo(f"correction applied: {line}", err=True)
    for line in report.corrections_rejected:
        click.echo(f"correction rejected: {line}", err=True)
    if not quiet:
        for item in report.warnings:
            click.echo(f"warning: {item.path}: {_one_line(item.reason)}", err=True)
    click.echo(f"{db_path}: {report.summary()}")
    if strict and report.rejected:
        click.echo(f"--strict: {len(report.rejected)} file(s) rejected", err=True)
        sys.exit(1)


def _checked_executor(executor: str) -> str:
    try:
        return check_executor(executor)
    except ExecutorError as err:
        raise click.BadParameter(str(err)) from err


def _name_rejected(rejected) -> None:
    # Paths come printable (escaped) from the build: a line feed in a file name cannot start a forged line.
    for item in rejected:
        click.echo(f"rejected: {item.path}: {_one_line(item.reason)}", err=True)


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def exit_without_teardown(command=main) -> None:
    """Run the command, then leave at once with its status: the dossier is written and moved into place when it
    returns, and the interpreter's own exit would only free every object of the build one by one (2 s of CPU for
    a 600-article dossier, growing with it). Output is flushed first; an error's traceback exits as usual."""
    try:
        command()
        status = 0
    except SystemExit as done:  # click ends with sys.exit, its status or message in `code`
        status = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
        if not isinstance(done.code, (int, type(None))):
            print(done.code, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    exit_without_teardown()
