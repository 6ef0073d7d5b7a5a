"""Highlight, in every `sentence` cell, the figure, place or actor the row belongs to."""

from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape

# For each table with a sentence column, the column holding the piece of the sentence to mark.
SURFACE_COLUMN = {"figures": "text", "place_mentions": "surface", "actor_mentions": "surface"}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column != "sentence" or table not in SURFACE_COLUMN or not isinstance(value, str):
        return None
    surface = row[SURFACE_COLUMN[table]] if SURFACE_COLUMN[table] in row.keys() else None
    if not surface or surface not in value:
        return None
    before, _, after = value.partition(surface)
    return Markup(f"{escape(before)}<mark>{escape(surface)}</mark>{escape(after)}")
