"""Check audit/story3/gold.yml against its article files (no recoupe involved).

Usage: check_gold.py [-v]   (from anywhere)

- every figure's `text` occurs in its file, and its `occurrence`-th plain match exists (the scorer's locate rule);
- conflicts: each listed figure is a gold figure of the conflict's quantity and as_of;
- agreements: each listed figure is a gold figure of the agreement's quantity;
- every source/original_source is an actor's name;
- with -v, prints each figure in its context (to read by eye).
"""
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
gold = yaml.safe_load((ROOT / "gold.yml").read_text(encoding="utf-8"))
errors = []
key = {}
names = {a["name"] for a in gold["actors"]}


def finds(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


for g in gold["figures"]:
    text = (ROOT / g["file"]).read_text(encoding="utf-8")
    pos = finds(text, g["text"])
    if len(pos) < g["occurrence"]:
        errors.append(f"{g['file']}: {g['text']!r} occurrence {g['occurrence']} not found")
        continue
    p = pos[g["occurrence"] - 1]
    assert text[p:p + len(g["text"])] == g["text"]
    key[(g["file"], g["text"], g["occurrence"])] = g
    for k in ("source", "original_source"):
        if g[k] is not None and g[k] not in names:
            errors.append(f"{g['file']}: {g['text']!r}: {k} {g[k]!r} is not an actor")
    if g["quantity"] is not None and g["quantity"] not in gold["quantities"]:
        errors.append(f"{g['file']}: {g['text']!r}: unknown quantity {g['quantity']}")
    if "-v" in sys.argv:
        ctx = text[max(0, p - 50):p + len(g["text"]) + 30].replace("\n", " / ")
        print(f"{g['file'][9:12]} {g['quantity'] or '-':22} {str(g['as_of']):10} {str(g['source'])[:22]:22} [{g['text']}]  …{ctx}…")

for kind in ("conflicts", "agreements"):
    for c in gold[kind]:
        for f in c["figures"]:
            g = key.get(tuple(f))
            if g is None:
                errors.append(f"{kind}: {f} is not a gold figure")
                continue
            if g["quantity"] != c["quantity"]:
                errors.append(f"{kind}: {f} has quantity {g['quantity']}, not {c['quantity']}")
            if kind == "conflicts" and str(g["as_of"]) != str(c["as_of"]):
                errors.append(f"conflicts: {f} has as_of {g['as_of']}, not {c['as_of']}")

print(f"{len(gold['figures'])} figures, {len(gold['conflicts'])} conflicts, {len(gold['agreements'])} agreements, "
      f"{len(gold['actors'])} actors: {'OK' if not errors else str(len(errors)) + ' error(s)'}")
print("\n".join(errors))
sys.exit(1 if errors else 0)
