"""Build an English single-article set's gold.yml from the hand-written rows in its gold_src/rows.py.
Usage: python audit/gold_tools/build_en_gold.py audit/unseen5_en
Only locates surfaces: occurrence (whole-token matches), start/end; checks sentence_start uniqueness. A row is
matched to the first whole-token match of its surface after the previous row's, or to its `occ`-th one when given."""
import sys, yaml
from pathlib import Path
ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "gold_src"))
import rows

def whole(text, i, s):
    j = i + len(s)
    L = text[i-1] if i else " "
    R = text[j] if j < len(text) else " "
    if L.isalnum() or R.isalnum():
        return False
    if s[0].isdigit() and L in ".,’'" and i >= 2 and text[i-2].isdigit():
        return False
    if s[-1].isdigit() and R in ".," and j + 1 < len(text) and text[j+1].isdigit():
        return False
    return True

def starts(text, s):
    out, i = [], text.find(s)
    while i != -1:
        if whole(text, i, s):
            out.append(i)
        i = text.find(s, i + 1)
    return out

texts = {}
def T(f):
    if f not in texts:
        texts[f] = (ROOT / f).read_text(encoding="utf-8")
    return texts[f]

errors = []
def locate(table):
    cursor = {}
    out = []
    for r in getattr(rows, table):
        f = r["file"]; text = T(f)
        if table == "claims":
            s = r["sentence_start"]
            n = text.count(s)
            if n != 1:
                errors.append(f"claim {f} {s!r} found {n} times")
                continue
            i = text.find(s)
            row = {"file": f, "sentence_start": s, "start": i}
            row.update({k: v for k, v in r.items() if k not in ("file", "sentence_start")})
            out.append(row)
            continue
        s = r["text"]
        cands = starts(text, s)
        after = [c for c in cands if c >= cursor.get(f, 0)]
        if "occ" in r:  # the surface's n-th whole-token match, when an earlier one is not this row's (e.g. inside a name)
            after = [c for c in after if c == (cands[r["occ"] - 1] if r["occ"] <= len(cands) else -1)]
        if not after:
            errors.append(f"{table} {f} {s!r} not found after {cursor.get(f, 0)} (all: {cands})")
            continue
        i = after[0]
        cursor[f] = i + 1
        row = {"file": f, "text": s, "occurrence": cands.index(i) + 1, "start": i, "end": i + len(s)}
        row.update({k: v for k, v in r.items() if k not in ("file", "text", "occ")})
        out.append(row)
    return out

gold = {"figures": locate("figures"), "claims": locate("claims"), "places": locate("places")}
if errors:
    print("\n".join(errors)); sys.exit(1)

class D(yaml.SafeDumper):
    pass
def str_rep(d, s):
    return d.represent_scalar("tag:yaml.org,2002:str", s, style='"' if any(c in s for c in ":#'\"") or s.strip() != s or s in ("null","yes","no","true","false") or s[:1].isdigit() or s[:1] in "-?[]{}&*!|>%@`“‘" else None)
D.add_representer(str, str_rep)
head = rows.HEADER
body = yaml.dump(gold, Dumper=D, allow_unicode=True, sort_keys=False, width=200)
(ROOT / "gold.yml").write_text(head + body, encoding="utf-8")
for t in gold:
    print(t, len(gold[t]))
