"""Check audit/story4/gold.yml by itself (no recoupe): it loads; every figure's `text` has its `occurrence`-th
plain match in its article and that match is a whole token (no letter or digit glued on either side, no
thousands group continuing it); every conflict and agreement names gold figures of its own quantity and as_of
(agreements may mix as_of only when they say so); every source is a listed actor.

Usage: python audit/story4/gold_src/check_gold.py [audit/story4]"""
import sys
from pathlib import Path
import yaml

root = Path(sys.argv[1] if len(sys.argv) > 1 else "audit/story4")
g = yaml.safe_load((root / "gold.yml").read_text(encoding="utf-8"))
names = {a["name"] for a in g["actors"]}
errors, key = [], {}
for x in g["figures"]:
    t = (root / x["file"]).read_text(encoding="utf-8")
    p = -1
    for _ in range(x["occurrence"]):
        p = t.find(x["text"], p + 1)
    if p < 0:
        errors.append(f"{x['file']}: {x['text']!r} #{x['occurrence']} not found")
        continue
    e = p + len(x["text"])
    left, right = t[p - 1] if p else " ", t[e] if e < len(t) else " "
    nxt = t[e + 1] if e + 1 < len(t) else " "
    glued = left.isalnum() or right.isalnum()
    # a thousands group continuing the number ("2 000" inside "2 000 000", "1.2" inside "1.200")
    continued = x["text"][-1].isdigit() and right in ".,’' " and t[e + 1:e + 4].isdigit() and (
        right != " " or len(t[e + 1:e + 5]) < 4 or not t[e + 1:e + 5].isdigit())
    if glued or continued:
        errors.append(f"{x['file']}: {x['text']!r} #{x['occurrence']} at {p} is not a whole token: "
                      f"{t[max(0, p - 10):e + 10]!r}")
    for s in (x["source"], x["original_source"]):
        if s is not None and s not in names:
            errors.append(f"{x['file']}: {x['text']!r}: source {s!r} is not an actor")
    key[(x["file"], x["text"], x["occurrence"])] = x
for kind in ("conflicts", "agreements"):
    for c in g[kind]:
        for f in c["figures"]:
            x = key.get(tuple(f))
            if x is None:
                errors.append(f"{kind}: {f} is not a gold figure")
            elif x["quantity"] != c["quantity"] or str(x["as_of"]) != str(c["as_of"]):
                errors.append(f"{kind}: {f} is {x['quantity']} {x['as_of']}, the entry says {c['quantity']} {c['as_of']}")
print("\n".join(errors) if errors else
      f"ok: {len(g['figures'])} figures located as whole tokens, {len(g['conflicts'])} conflicts and "
      f"{len(g['agreements'])} agreements consistent, {len(names)} actors")
sys.exit(1 if errors else 0)
