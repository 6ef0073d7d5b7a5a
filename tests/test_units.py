"""Units on the pages: money in a currency pegged to another is compared, and shown, in that other with what the
source wrote beside it; a percentage shows "%"; a vague quantity is shown in its words, never as the low bound the
verdicts give it ("des milliers" is no "2 000"). Through the real pipeline, the real store and Datasette's client."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from datasette.app import Datasette
from datasette.utils import tilde_encode

from recoupe.store import write_dossier
from support import dossier

ROOT = Path(__file__).resolve().parent.parent


def serve(db_path, metadata):
    return Datasette(immutables=[str(db_path)], metadata=metadata, plugins_dir=str(ROOT / "plugins"),
                     template_dir=str(ROOT / "templates"), static_mounts=[("assets", str(ROOT / "static"))])


async def page(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.text


def words(html: str) -> str:
    """The page's text, tags and drawings out, spaces collapsed."""
    html = re.sub(r"<svg.*?</svg>", " ", html, flags=re.S)
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'").replace("&#34;", '"')


async def test_pegged_money_is_shown_in_the_unit_compared_with_what_was_written(nlp, tmp_path, metadata):
    result = dossier(nlp, "Selon la chambre de commerce, les dégâts sont évalués à 24 milliards de francs CFP.",
                     "Les dégâts atteignent 200 millions d'euros, selon le gouvernement.",
                     "Le chômage touche 12 % des actifs, selon l'institut.",
                     published=["2025-03-04", "2025-03-04", "2025-03-04"])
    damage = next(f for f in result.figures if f.text == "24 milliards")
    assert (damage.unit, round(damage.unit_rate, 2)) == ("euro", 119.33)
    assert next(f for f in result.figures if f.text == "200 millions").unit == "euro"
    assert next(f for f in result.figures if f.kind == "percent").unit == "%"
    db_path = tmp_path / "dossier.db"
    write_dossier(result, db_path)
    with sqlite3.connect(db_path) as conn:
        low, high, unit = conn.execute("select min, max, unit from topic_spread where topic = ?",
                                       [damage.topic]).fetchone()
        assert unit == "euro" and 200e6 <= high < 202e6 and low == 200e6  # not 24 billion
        timeline = conn.execute("select value, written_in from timeline where figure_id = ?", [damage.id]).fetchone()
        assert 200e6 < timeline[0] < 202e6 and timeline[1] == "franc cfp"
    ds = serve(db_path, metadata)
    story = words(await page(ds, "/-/story"))
    assert "200 million\u202f\u20ac \u2013 201 million\u202f\u20ac" in story  # the quantity's range, in euros
    assert "201 million\u202f\u20ac (\u00ab 24 milliards \u00bb F\u202fCFP)" in story  # what the chamber wrote
    assert "12%" in story
    compare = words(await page(ds, "/-/compare/" + tilde_encode(damage.topic)))
    assert "from 200 million\u202f\u20ac to 201 million\u202f\u20ac" in compare


async def test_a_vague_quantity_is_shown_in_its_words(nlp, tmp_path, metadata):
    result = dossier(nlp, "Des milliers de manifestants ont défilé à Lyon, selon le syndicat.",
                     "Selon la préfecture, 5 000 manifestants ont défilé à Lyon.",
                     published=["2025-03-04", "2025-03-04"])
    vague = next(f for f in result.figures if f.qualifier == "vague")
    assert vague.topic == next(f for f in result.figures if f.text == "5 000").topic
    db_path = tmp_path / "dossier.db"
    write_dossier(result, db_path)
    story = words(await page(serve(db_path, metadata), "/-/story"))
    assert re.search(r"syndicat : Des milliers", story), story
    assert "2\u202f000" not in story
