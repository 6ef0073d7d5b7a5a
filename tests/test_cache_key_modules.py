"""The extraction cache key holds exactly the code the extraction runs (extraction_cache.EXTRACTION_ENTRIES and every
module they import, at the top or inside a function): editing a module only the resolution or the store runs
(topics, verdicts, topic labels...) keeps every article's extraction. The imports are read from the import
statements' lines; here they are read from each module's syntax tree as well, and the two must agree."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from recoupe import extraction_cache, resolve
from recoupe.extraction_cache import (EXTRACTION_ENTRIES, PACKAGE_DIR, ExtractionCache, ResultMemo, extraction_modules,
                                      key_files, package_imports, reached)


def imports_by_syntax(name: str, package: Path = PACKAGE_DIR) -> set[str]:
    """What `name` imports of the package, read from its syntax tree."""
    found = set()
    for node in ast.walk(ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.level == 1 or node.module == package.name):
            found.update([node.module.split(".")[0]] if node.level and node.module else [a.name for a in node.names])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{package.name}."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith(f"{package.name}."))
    return {m for m in found if (package / f"{m}.py").exists()}


def test_the_import_lines_say_what_the_syntax_tree_says_for_every_module():
    for module in sorted(PACKAGE_DIR.glob("*.py")):
        assert package_imports(module.stem) == imports_by_syntax(module.stem), module.name


def test_the_key_is_exactly_the_extractions_modules_and_the_lexicons():
    extraction = {path.stem for path in key_files() if path.suffix == ".py"}
    assert extraction == set(extraction_modules()) == reached(EXTRACTION_ENTRIES)
    assert {"numbers", "frames", "frame_events", "claims", "dates", "published_dates", "ingest", "extraction"} <= \
        extraction
    assert not {"topics", "verdicts", "topic_labels", "resolve", "resolve_actors", "store", "views", "pipeline",
                "executors", "extraction_cache"} & extraction
    assert [path for path in key_files() if path.suffix == ".yml"]


def test_results_of_code_outside_the_key_are_kept_by_that_code(tmp_path, monkeypatch):
    """resolve.py is no extraction code, yet the results memo keeps what its `_dated_headings` gives: the memo's key
    holds a digest of resolve.py and of what it reaches outside the extraction, so editing them computes again."""
    calls = []

    @functools.wraps(resolve._dated_headings)
    def headings(*args):
        calls.append(args)
        return resolve._dated_headings(*args)

    text = "Mardi 9 mai\n\nLa police a compté 300 personnes.\n\nMercredi 10 mai\n\nPuis 500."
    for code in ("before", "before", "after"):
        monkeypatch.setattr(extraction_cache, "code_outside_key", lambda module, code=code: code)
        memo = ResultMemo(ExtractionCache(tmp_path))
        found = memo.call(headings, text, "2024-05-12", 2024, "fr")
        assert [list(heading) for heading in found] == [[0, "2024-05-09"], [48, "2024-05-10"]]
        memo.save()
    assert len(calls) == 2  # the second build took it from the memo; the third, after an edit, computed it again


def test_code_outside_the_key_is_what_the_extraction_does_not_run():
    assert extraction_cache.code_outside_key("recoupe.dates") == ""
    assert len(extraction_cache.code_outside_key("recoupe.resolve")) == 16
    with pytest.raises(ValueError, match="not a module of recoupe"):
        extraction_cache.code_outside_key("tests.support")


def test_the_import_walk_follows_relative_lazy_and_absolute_imports(tmp_path):
    """A made-up package: a stage importing modules at the top, inside a function, by full name, in brackets over
    several lines, under another name; an import in a comment or of another package is none of them."""
    package = tmp_path / "recoupe"
    package.mkdir()
    (package / "stages.py").write_text(
        "from . import a\nfrom .b import x\n\ndef f():\n    from .c import y\n    import recoupe.d as dee\n"
        "from recoupe import e  # and f in this comment\nfrom . import (\n    g,  # one\n    h as aitch,\n)\n"
        "from elsewhere import i\n# from . import j\nimport os, recoupe.k\n", encoding="utf-8")
    for name in "abcdefghijk":
        (package / f"{name}.py").write_text("", encoding="utf-8")
    expected = {"a", "b", "c", "d", "e", "g", "h", "k"}
    assert package_imports("stages", package) == imports_by_syntax("stages", package) == expected
    assert reached(["stages"], package) == expected | {"stages"}
