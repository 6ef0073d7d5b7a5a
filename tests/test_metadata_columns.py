"""The tables' columns come from the pydantic models (recoupe/models.py): their names, order and types make the
SQLite schema (recoupe/schema.py), their `Field(description=...)` the column descriptions of metadata.yml, which
`python -m recoupe.store metadata.yml` writes and this test keeps up to date."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Literal, Optional

import pytest
import yaml
from pydantic import Field

from recoupe import models, store

ROOT = Path(__file__).resolve().parent.parent


def test_metadata_yml_says_what_the_models_say():
    text = (ROOT / "metadata.yml").read_text(encoding="utf-8")
    assert store.metadata_with_columns(text) == text, "write it again: python -m recoupe.store metadata.yml"
    tables = yaml.safe_load(text)["databases"]["dossier"]["tables"]
    for name, described in store.column_descriptions().items():
        assert tables[name]["columns"] == described


def test_the_check_command_fails_on_a_stale_file(tmp_path):
    stale = tmp_path / "metadata.yml"
    stale.write_text((ROOT / "metadata.yml").read_text(encoding="utf-8").replace(
        "          value: The number stated\n", "          value: Something else\n"), encoding="utf-8")
    run = [sys.executable, "-m", "recoupe.store", str(stale)]
    checked = subprocess.run(run + ["--check"], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode != 0 and "python -m recoupe.store" in checked.stderr
    subprocess.run(run, cwd=ROOT, check=True)
    assert yaml.safe_load(stale.read_text(encoding="utf-8"))["databases"]["dossier"]["tables"]["figures"][
        "columns"]["value"] == "The number stated"


def test_a_written_dossier_has_the_models_columns_in_order(tmp_path):
    db = tmp_path / "dossier.db"
    store.write_dossier(models.Dossier(), db)
    with sqlite3.connect(db) as conn:
        for name, (model, _, _) in store.TABLE_MODELS.items():
            written = [(row[1], row[2]) for row in conn.execute(f"pragma table_info([{name}])")]
            affinity = {str: ("TEXT",), int: ("INTEGER",), float: ("FLOAT", "REAL")}
            assert [column for column, _ in written] == list(store.table_columns(name))
            assert all(kind in affinity[store.table_columns(name)[column]] for column, kind in written)
            assert {column for column, _ in written} == set(model.model_fields)  # every field, nothing else


def test_column_types_follow_the_annotations():
    assert store.column_type(Optional[str]) is str
    assert store.column_type(Optional[Literal["a", "b"]]) is str
    assert store.column_type(bool) is int and store.column_type(int | None) is int
    assert store.column_type(list[str]) is str  # stored as JSON
    assert store.column_type(Optional[float]) is float
    with pytest.raises(TypeError):
        store.column_type(dict)


def test_a_new_field_is_a_new_column_with_its_description(monkeypatch):
    class Wider(models.FigureRow):
        confidence_note: Optional[str] = Field(None, description="How sure the build is, in words")

    monkeypatch.setitem(store.TABLE_MODELS, "figures", (Wider, "id", []))
    columns = store.table_columns("figures")
    assert list(columns)[-1] == "confidence_note" and columns["confidence_note"] is str
    assert list(columns)[:3] == ["id", "article_id", "claim_id"]  # the order the dossiers have had
    assert store.column_descriptions()["figures"]["confidence_note"] == "How sure the build is, in words"
    text = (ROOT / "metadata.yml").read_text(encoding="utf-8")
    figures = yaml.safe_load(store.metadata_with_columns(text))["databases"]["dossier"]["tables"]["figures"]
    assert figures["columns"]["confidence_note"] == "How sure the build is, in words"


def test_a_table_without_a_columns_block_gets_one_and_the_rest_is_kept():
    text = (ROOT / "metadata.yml").read_text(encoding="utf-8")
    lines = text.split("\n")
    start = lines.index("      actor_places:")
    columns = next(i for i in range(start, len(lines)) if lines[i] == "        columns:")
    end = columns + 1
    while lines[end].startswith("          "):
        end += 1
    without = "\n".join(lines[:columns] + lines[end:])
    assert store.metadata_with_columns(without) == text
    assert "# The order the home and database pages list the tables in" in store.metadata_with_columns(without)


def test_descriptions_quote_what_yaml_would_misread():
    assert store._yaml_scalar("Offset (0-based)") == "Offset (0-based)"
    for text in ["agree: one value fits", '"quoted" at the start', "a # not a comment", "yes"]:
        assert yaml.safe_load(f"k: {store._yaml_scalar(text)}") == {"k": text}
