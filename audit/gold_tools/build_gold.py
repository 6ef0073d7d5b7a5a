"""Turn the compact hand annotation of a dossier (DOSSIER/gold_src/figures.txt + meta.yml) into DOSSIER/gold.yml.

Usage: build_gold.py DOSSIER (audit/retraites, audit/derna).

This only formats what was written by hand: it computes `occurrence` from the position of each
figure (figures are listed in text order, so the n-th listed surface is looked for after the
previous one) and checks that every surface exists in its file. Nothing here reads the tool.

figures.txt: `## <folder>/<file>` starts a file; each figure line is
  text | value[..high] | qualifier | counted | quantity | as_of | source | original_source | kind | note
'-' means null; an empty original_source means "same as source"; kind is main (default),
duration (a length of time) or minor (a small cardinal counting discourse entities: "les deux motions").
"""
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else "audit/retraites").resolve()
HERE = ROOT / "gold_src"
META = yaml.safe_load((HERE / "meta.yml").read_text(encoding="utf-8"))
# Short codes of figures.txt's source columns -> the actor's name as the text gives it
ACTORS = META["actor_codes"]
# Whether the next listed figure may stand inside the previous one (retraites was numbered that way)
OVERLAP = META.get("figures_may_overlap", False)



def num(s):
    s = s.strip()
    return float(s) if ("." in s or "e" in s) else int(s)


def occurrences(text, surface):
    out, i = [], text.find(surface)
    while i != -1:
        out.append(i)
        i = text.find(surface, i + 1)
    return out


def main():
    figures, errors = [], []
    cur, body, cursor = None, None, 0
    for ln, line in enumerate((HERE / "figures.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("## "):
            cur = line[3:].strip()
            body = (ROOT / cur).read_text(encoding="utf-8")
            cursor = 0
            continue
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (10 - len(parts))
        text, value, qual, counted, quantity, as_of, source, orig, kind, note = parts[:10]
        # position: first match at/after cursor whose left neighbour is not a digit/letter
        pos = -1
        for p in occurrences(body, text):
            if p < cursor:
                continue
            left = body[p - 1] if p else " "
            right = body[p + len(text)] if p + len(text) < len(body) else " "
            if (text[0].isalnum() and left.isalnum()) or (text[-1].isdigit() and (right.isdigit() or (right in ".,’'" and p + len(text) + 1 < len(body) and body[p + len(text) + 1].isdigit()))):
                continue
            pos = p
            break
        if pos < 0:
            errors.append(f"line {ln}: {cur}: {text!r} not found after offset {cursor}")
            continue
        occ = occurrences(body, text).index(pos) + 1
        cursor = pos + 1 if OVERLAP else pos + len(text)  # else the next figure starts after this one
        if ".." in value:
            lo, hi = value.split("..")
            v, high = num(lo), num(hi)
        else:
            v, high = num(value), None
        src = None if source in ("-", "") else ACTORS[source]
        osrc = src if orig == "" else (None if orig == "-" else ACTORS[orig])
        f = {"file": cur, "text": text, "occurrence": occ, "value": v}
        if high is not None:
            f["high"] = high
        f.update({"qualifier": qual, "counted": counted,
                  "quantity": None if quantity == "-" else quantity,
                  "as_of": as_of if as_of != "-" else None,
                  "source": src, "original_source": osrc})
        if kind and kind != "main":
            f["kind"] = kind
        if note:
            f["note"] = note
        figures.append(f)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    meta = yaml.safe_load((HERE / "meta.yml").read_text(encoding="utf-8"))
    qids = set(meta["quantities"])
    missing = sorted({f["quantity"] for f in figures if f["quantity"] and f["quantity"] not in qids})
    if missing:
        print("quantities without a definition:", missing, file=sys.stderr)
        sys.exit(1)
    for key in ("conflicts", "agreements"):
        for c in meta.get(key) or []:
            for fig in c["figures"]:
                if not any(f["file"] == fig[0] and f["text"] == fig[1] and f["occurrence"] == fig[2] for f in figures):
                    cands = [f["occurrence"] for f in figures if f["file"] == fig[0] and f["text"] == fig[1]]
                    errors.append(f"{key}: {fig} is not a gold figure (gold occurrences of that text: {cands})")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    gold = {"quantities": meta["quantities"], "figures": figures,
            "conflicts": meta.get("conflicts") or [], "agreements": meta.get("agreements") or [],
            "actors": meta["actors"]}
    header = META["gold_header"]
    out = ROOT / "gold.yml"
    out.write_text(header + yaml.safe_dump(gold, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(f"{len(figures)} figures, {len(meta['quantities'])} quantities, {len(gold['conflicts'])} conflicts -> {out}")


if __name__ == "__main__":
    main()
