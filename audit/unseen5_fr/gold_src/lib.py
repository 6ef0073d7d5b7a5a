import json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # audit/unseen4_fr

def whole_token_positions(body, text):
    out, i = [], body.find(text)
    while i != -1:
        ok = True
        L = body[i - 1] if i > 0 else " "
        j = i + len(text)
        R = body[j] if j < len(body) else " "
        if text[0].isalnum() and L.isalnum():
            ok = False
        if text[0].isdigit() and L in ".,'’" and i > 1 and body[i - 2].isdigit():
            ok = False
        if text[-1].isalnum() and R.isalnum():
            ok = False
        if text[-1].isdigit() and R in ".,'’" and j + 1 < len(body) and body[j + 1].isdigit():
            ok = False
        if ok:
            out.append(i)
        i = body.find(text, i + 1)
    return out

def locate(rows, keyname):
    cursors, errors = {}, []
    for r in rows:
        body = (ROOT / r["file"]).read_text(encoding="utf-8")
        cur = cursors.get(r["file"], 0)
        pos = whole_token_positions(body, r["text"])
        after = [p for p in pos if p >= cur]
        if not after:
            errors.append(f"{keyname}: {r['file']}: {r['text']!r} not found after {cur}")
            continue
        p = after[0]
        r["occurrence"] = pos.index(p) + 1
        r["start"], r["end"] = p, p + len(r["text"])
        cursors[r["file"]] = p + len(r["text"])
    return errors

def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False)

def emit(key_order, rows):
    out = []
    for r in rows:
        first = True
        for k in key_order:
            if k not in r:
                continue
            v = r[k]
            pre = "- " if first else "  "
            first = False
            if isinstance(v, list):
                out.append(f"{pre}{k}:")
                for x in v:
                    out.append(f"  - {q(x)}")
            else:
                out.append(f"{pre}{k}: {q(v)}")
    return out
