"""The modules left out of the extraction cache key (extraction_cache.NOT_EXTRACTION_CODE) are ones the extraction
never runs: no module reached by imports from the per-article stages, ingest or the model loader is among them.
A module split off an extraction module (issue 11, item 6) enters the key through the *.py glob; one split off a
module left out (views.py, off store.py) is left out with it, and this test says so if it is reached."""

from __future__ import annotations

import ast
from pathlib import Path

from recoupe.extraction_cache import NOT_EXTRACTION_CODE, PACKAGE_DIR

EXTRACTION_ENTRIES = ("stages", "ingest", "nlp")  # the per-article stages, ingest and the models they run under


def package_imports(name: str, package: Path = PACKAGE_DIR) -> set[str]:
    """The package's modules `name` imports anywhere (at the top or inside a function), relatively or by name."""
    found = set()
    for node in ast.walk(ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{package.name}."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith(f"{package.name}."))
    return {m for m in found if (package / f"{m}.py").exists()}


def reached(entries, package: Path = PACKAGE_DIR) -> set[str]:
    seen, todo = set(), list(entries)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += package_imports(name, package)
    return seen


def test_no_module_the_extraction_runs_is_left_out_of_the_cache_key():
    extraction = reached(EXTRACTION_ENTRIES)
    assert {"numbers", "frames", "frame_events", "claims", "dates", "published_dates"} <= extraction
    assert sorted(f"{m}.py" for m in extraction if f"{m}.py" in NOT_EXTRACTION_CODE) == []


def test_the_modules_left_out_exist():
    assert all((PACKAGE_DIR / name).exists() for name in NOT_EXTRACTION_CODE)


def test_the_import_walk_follows_relative_lazy_and_absolute_imports(tmp_path):
    """A made-up package: a stage importing one module at the top, one inside a function, one by its full name."""
    package = tmp_path / "recoupe"
    package.mkdir()
    (package / "stages.py").write_text("from . import a\nfrom .b import x\n\ndef f():\n    from .c import y\n"
                                       "import recoupe.d\n", encoding="utf-8")
    for name in "abcde":
        (package / f"{name}.py").write_text("", encoding="utf-8")
    assert reached(["stages"], package) == {"stages", "a", "b", "c", "d"}
