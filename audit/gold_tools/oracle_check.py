"""Build an "oracle" dossier from gold.yml alone (no recoupe run): every gold figure becomes a figures row with
its gold quantity as topic and its gold source as actor. Scoring it must give 100 % everywhere; this checks that
audit/retraites/score.py reads an annotated folder (python audit/gold_tools/oracle_check.py audit/derna
/tmp/oracle.db, then score.py /tmp/oracle.db --dossier audit/derna; the same for audit/story3, audit/story4)."""
import sqlite3, sys, yaml
from pathlib import Path
root = Path(sys.argv[1]); out = sys.argv[2]
g = yaml.safe_load((root / "gold.yml").read_text(encoding="utf-8"))
Path(out).unlink(missing_ok=True)
con = sqlite3.connect(out)
con.execute("CREATE TABLE articles (id TEXT, source_file TEXT, text TEXT)")
con.execute('CREATE TABLE figures (id INTEGER, article_id TEXT, start INT, "end" INT, text TEXT, value REAL, value_low REAL, value_high REAL, qualifier TEXT, topic TEXT, source_actor_id TEXT, original_source_id TEXT)')
con.execute("CREATE TABLE actors (id TEXT, name TEXT, aliases TEXT)")
con.execute("CREATE TABLE topic_spread (topic TEXT, consistent INT)")
texts = {}
for f in sorted({x["file"] for x in g["figures"]}):
    texts[f] = (root / f).read_text(encoding="utf-8")
    con.execute("INSERT INTO articles VALUES (?,?,?)", (f, "/x/" + f, texts[f]))
for i, x in enumerate(g["figures"]):
    p = -1
    for _ in range(x["occurrence"]):
        p = texts[x["file"]].find(x["text"], p + 1)
    lo = x["value"] if x["qualifier"] in ("range", "at_least") else None
    con.execute("INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (i, x["file"], p, p + len(x["text"]), x["text"], x["value"], lo, x.get("high"), x["qualifier"], x["quantity"], x["source"], x["original_source"]))
for a in g["actors"]:
    con.execute("INSERT INTO actors VALUES (?,?,?)", (a["name"], a["name"], "[]"))
for q in {c["quantity"] for c in g["conflicts"]}:
    con.execute("INSERT INTO topic_spread VALUES (?,0)", (q,))
con.commit()
