"""Check an annotated dossier's gold.yml by itself (no recoupe): it loads; every figure's `text` has its
`occurrence`-th plain match in its article (the scorer's locate rule) and that match is a whole token (no letter or
digit glued on either side, no thousands group continuing it); every source and original source is a listed actor;
every quantity is a listed one; every conflict and agreement names gold figures of its own quantity, and a conflict
of its own as_of (an agreement too with --same-day-agreements: audit/story4's convention; audit/derna and
audit/story3 let an agreement span days).

Usage: python audit/gold_tools/check_gold.py audit/story4 [--same-day-agreements] [-v]
(-v prints each figure in its context, to read by eye)"""
import sys
from pathlib import Path

import yaml

from build_gold import occurrences


def whole_token_error(text: str, start: int, surface: str):
    end = start + len(surface)
    left = text[start - 1] if start else " "
    right = text[end] if end < len(text) else " "
    glued = left.isalnum() or right.isalnum()
    # a thousands group continuing the number ("2 000" inside "2 000 000", "1.2" inside "1.200")
    continued = surface[-1].isdigit() and right in ".,’' " and text[end + 1:end + 4].isdigit() and (
        right != " " or len(text[end + 1:end + 5]) < 4 or not text[end + 1:end + 5].isdigit())
    return f"at {start} is not a whole token: {text[max(0, start - 10):end + 10]!r}" if glued or continued else None


def check(root: Path, verbose: bool = False, same_day_agreements: bool = False) -> list[str]:
    gold = yaml.safe_load((root / "gold.yml").read_text(encoding="utf-8"))
    names = {a["name"] for a in gold["actors"]}
    quantities = gold.get("quantities")
    errors, key = [], {}
    for figure in gold["figures"]:
        where = f"{figure['file']}: {figure['text']!r} #{figure['occurrence']}"
        text = (root / figure["file"]).read_text(encoding="utf-8")
        found = occurrences(text, figure["text"])
        if len(found) < figure["occurrence"]:
            errors.append(f"{where} not found")
            continue
        start = found[figure["occurrence"] - 1]
        token_error = whole_token_error(text, start, figure["text"])
        if token_error:
            errors.append(f"{where} {token_error}")
        key[(figure["file"], figure["text"], figure["occurrence"])] = figure
        for field in ("source", "original_source"):
            if figure[field] is not None and figure[field] not in names:
                errors.append(f"{where}: {field} {figure[field]!r} is not an actor")
        if quantities is not None and figure["quantity"] is not None and figure["quantity"] not in quantities:
            errors.append(f"{where}: unknown quantity {figure['quantity']}")
        if verbose:
            context = text[max(0, start - 50):start + len(figure["text"]) + 30].replace("\n", " / ")
            print(f"{figure['file'][9:12]} {figure['quantity'] or '-':22} {str(figure['as_of']):10} "
                  f"{str(figure['source'])[:22]:22} [{figure['text']}]  …{context}…")
    for kind in ("conflicts", "agreements"):
        for entry in gold[kind]:
            for ref in entry["figures"]:
                figure = key.get(tuple(ref))
                if figure is None:
                    errors.append(f"{kind}: {ref} is not a gold figure")
                elif figure["quantity"] != entry["quantity"]:
                    errors.append(f"{kind}: {ref} has quantity {figure['quantity']}, not {entry['quantity']}")
                elif (kind == "conflicts" or same_day_agreements) and str(figure["as_of"]) != str(entry["as_of"]):
                    errors.append(f"{kind}: {ref} has as_of {figure['as_of']}, not {entry['as_of']}")
    print(f"{root}: {len(gold['figures'])} figures, {len(gold['conflicts'])} conflicts, "
          f"{len(gold['agreements'])} agreements, {len(names)} actors: "
          f"{'OK' if not errors else str(len(errors)) + ' error(s)'}")
    return errors


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    problems = check(Path(args[0]), verbose="-v" in sys.argv, same_day_agreements="--same-day-agreements" in sys.argv)
    print("\n".join(problems))
    sys.exit(1 if problems else 0)
