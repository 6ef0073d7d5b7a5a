"""corrections.yml beside the articles: applied by every build after resolution, entry by entry."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from recoupe import corrections
from recoupe.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

CORRECTIONS = """
split_actors:
  - actor: NIS
    alias: agence sud-coréenne
    name: agence sud-coréenne (à vérifier)
merge_actors:
  - into: NIS
    actors: [autorités sud-coréennes]
  - into: Personne de ce nom
    actors: [NIS]
rename_topics:
  - topic: "conteneur:presence:cumul@Russie"
    to: conteneurs expédiés
  - topic: licorne
    to: x
merge_topics:
  - into: obus livrés
    topics: ["obus:presence@Russie"]
drop_figures:
  - article: 002_073be19748641bf7.txt
    text: "1,28 million"
    reason: l'armée nord-coréenne, pas un contingent
  - article: 002_073be19748641bf7.txt
    text: "999"
  - text: sans article
set_sources:
  - article: 004_97458b054b6302ec.txt
    text: "12 000"
    original_source: Yonhap
  - article: 002_073be19748641bf7.txt
    text: "1.500"
    occurrence: 3
    source: Yonhap
kind_unknown: []
"""


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    (folder / "corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    cache = tmp_path_factory.mktemp("cache")
    db = folder.parent / "corrected.db"
    report = build([folder], db, cache_dir=cache)
    return folder, cache, db, report


def query(db, sql, *args):
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, args).fetchall()


def test_the_file_is_no_article(corrected):
    _, _, db, report = corrected
    assert report.articles == 5 and not report.rejected


def test_every_valid_entry_is_applied_and_said(corrected):
    _, _, _, report = corrected
    applied = "\n".join(report.corrections_applied)
    assert len(report.corrections_applied) == 7, applied
    assert "split_actors[0]: split 2 mention(s) spelt 'agence sud-coréenne'" in applied
    assert "merge_actors[0]: merged 'autorités sud-coréennes' into 'Service national de renseignement sud-coréen'" in applied
    assert "drop_figures[0]: dropped '1,28 million' in 002_073be19748641bf7.txt" in applied
    assert "set_sources[1]: '1.500' in 002_073be19748641bf7.txt (occurrence 3)" in applied


def test_an_entry_that_names_nothing_is_rejected_with_file_entry_and_what(corrected):
    folder, _, _, report = corrected
    rejected = report.corrections_rejected
    where = f"{folder / 'corrections.yml'}: "
    assert f"{where}merge_actors[1]: no actor named 'Personne de ce nom' (not a name, alias or id of any actor); entry skipped" in rejected
    assert f"{where}rename_topics[1]: no figure has the topic 'licorne'; entry skipped" in rejected
    assert f"{where}drop_figures[1]: no figure '999' in 002_073be19748641bf7.txt (the text does not occur in it); entry skipped" in rejected
    assert any(r.startswith(f"{where}drop_figures[2]: invalid (") and "article:" in r for r in rejected)
    assert any(r.startswith(f"{where}kind_unknown: unknown kind of correction") for r in rejected)
    assert len(rejected) == 5


def test_actors_split_and_merged(corrected):
    _, _, db, _ = corrected
    (split,) = query(db, "select * from actors where name = 'agence sud-coréenne (à vérifier)'")
    assert split["mention_count"] == 2
    (nis,) = query(db, "select * from actors where name = 'Service national de renseignement sud-coréen'")
    aliases = json.loads(nis["aliases"])
    assert "autorités sud-coréennes" in aliases and "agence sud-coréenne" not in aliases
    merge = query(db, "select * from actor_merges where rule = 'correction'")
    assert [(m["merged_name"], m["actor_id"], m["confidence"]) for m in merge] == [("autorités sud-coréennes", nis["id"], 1.0)]
    assert "merge_actors[0]" in merge[0]["evidence"]


def test_topics_renamed_and_merged(corrected):
    _, _, db, _ = corrected
    topics = {r["topic"] for r in query(db, "select distinct topic from figures")}
    assert "conteneurs expédiés" in topics and "obus livrés" in topics
    assert "conteneur:presence:cumul@Russie" not in topics and "obus:presence@Russie" not in topics


def test_figures_dropped_and_sourced(corrected):
    _, _, db, _ = corrected
    assert not query(db, "select * from figures where text = '1,28 million'")
    (yonhap,) = query(db, "select id from actors where name = 'Yonhap'")
    (figure,) = query(db, "select * from figures f join articles a on a.id = f.article_id "
                          "where a.source_file like '%004_97458b054b6302ec.txt' and f.text = '12 000'")
    assert figure["original_source_id"] == yonhap["id"] and figure["source_text"] == "Les médias sud-coréens"
    found = query(db, "select f.* from figures f join articles a on a.id = f.article_id "
                      "where a.source_file like '%002_073be19748641bf7.txt' and f.text like '%1.500' order by f.start")
    # the third time "1.500" occurs in the article: its last figure, now Yonhap's (its original source too, as it
    # cited nobody); the others keep theirs
    assert [f["source_actor_id"] == yonhap["id"] for f in found] == [False, False, True]
    assert found[2]["original_source_id"] == yonhap["id"]


def test_corrections_survive_a_rebuild_from_the_cache(corrected):
    folder, cache, db, first = corrected
    again = build([folder], db, cache_dir=cache)
    assert again.reused == 5 and again.corrections_applied == first.corrections_applied


def test_the_command_line_prints_what_it_applied_and_rejected(corrected, tmp_path):
    folder, cache, _, _ = corrected
    run = subprocess.run([sys.executable, str(ROOT / "build_db.py"), str(folder), "--db", str(tmp_path / "d.db"),
                          "--cache", str(cache)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("correction applied: ") == 7
    assert run.stderr.count("correction rejected: ") == 5


def test_a_file_that_is_no_mapping_applies_nothing(tmp_path):
    (tmp_path / "corrections.yml").write_text("- just\n- a list\n", encoding="utf-8")
    loaded = corrections.load(corrections.find([tmp_path]))
    assert loaded.rejected == [f"{tmp_path / 'corrections.yml'}: expected a mapping of merge_actors, split_actors, "
                               "rename_topics, merge_topics, drop_figures, set_sources; nothing applied"]
    (tmp_path / "corrections.yml").write_text("merge_actors: [\n", encoding="utf-8")
    assert "not read" in corrections.load(corrections.find([tmp_path])).rejected[0]


def test_an_actor_named_twice_asks_for_its_id():
    from recoupe.models import Actor

    actors = [Actor(id="a", name="police", kind="organisation"), Actor(id="b", name="Police", kind="organisation")]
    with pytest.raises(corrections.NotFound, match="names several actors"):
        corrections.actor_named("police", actors)
    assert corrections.actor_named("b", actors).id == "b"
