"""Score every dossier of a folder built by audit/build_sets.sh, one line per set, and the pooled lines of issue 17.

    python audit/score_sets.py DBDIR [BASEDIR]

An unseen set (DBDIR/unseen*.db) is scored by audit/score_extraction.py against audit/<set>/gold.yml; a story
(story*, derna, retraites) by audit/retraites/score.py --dossier audit/<set>. With BASEDIR (an earlier build of the
same sets), each changed number is printed as "base -> now" and the sets that did not change are counted only.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

AUDIT = Path(__file__).resolve().parent
sys.path.insert(0, str(AUDIT))
import score_extraction  # noqa: E402


def unseen_line(db: Path) -> dict:
    result = score_extraction.score(str(db), AUDIT / db.stem / "gold.yml")
    a = result["all"]
    places = result["places"]
    return {"lang": result["language"],
            "fig": (a["figures"]["matched"], a["figures"]["gold"], a["figures"]["dossier"]),
            "qual": (a["figures"]["qualifier_right"], a["figures"]["matched"]),
            "attr": (a["attribution"]["right"], a["attribution"]["gold"]),
            "places": (places["resolved_right"], places["gold"]),
            "dates": (len(result["dates_codes"]),)}


STORY_PATTERNS = {"topicsF1": r"topics \(pairs.*\n\s+precision \S+\s+recall \S+\s+F1 (\S+)",
                  "conflicts": r"found\s+(\d+)/(\d+)",
                  "flagged": r"flagged topics (\d+): (\d+) hold a gold conflict, (\d+) false alarms",
                  "merges": r"merge precision (\S+)\s+recall (\S+)",
                  "sources": r"credited to the right source .*? (\d+)/(\d+)"}


def story_line(db: Path) -> dict:
    dossier = AUDIT / db.stem
    output = subprocess.run([sys.executable, str(AUDIT / "retraites" / "score.py"), str(db), "--dossier", str(dossier)],
                            capture_output=True, text=True).stdout
    line = {}
    for name, pattern in STORY_PATTERNS.items():
        match = re.search(pattern, output)
        line[name] = tuple(match.groups()) if match else ("?",)
    return line


def lines_of(folder: Path) -> dict:
    lines = {}
    for db in sorted(folder.glob("*.db")):
        if not (AUDIT / db.stem).is_dir():
            continue
        lines[db.stem] = unseen_line(db) if db.stem.startswith("unseen") else story_line(db)
    return lines


def pooled(lines: dict) -> dict:
    pools = {}
    for line in lines.values():
        if "lang" not in line:
            continue
        pool = pools.setdefault(line["lang"], {})
        for key in ("fig", "qual", "attr", "places", "dates"):
            values = line[key]
            total = pool.get(key, (0,) * len(values))
            pool[key] = tuple(x + y for x, y in zip(total, values))
    return {f"pooled_{lang}": pool for lang, pool in pools.items()}


def show(values) -> str:
    if isinstance(values, str):
        return values
    if len(values) == 2 and all(isinstance(v, int) for v in values):
        return f"{values[0]}/{values[1]}={values[0] / values[1]:.3f}" if values[1] else f"{values[0]}/0"
    if len(values) == 3 and all(isinstance(v, int) for v in values):
        matched, gold, dossier = values
        f1 = 2 * matched / (gold + dossier) if gold + dossier else float("nan")
        return f"{matched}/{gold}/{dossier} F1={f1:.3f}"
    return "/".join(str(v) for v in values)


def main(argv: list[str]) -> None:
    now = lines_of(Path(argv[0]))
    now.update(pooled(now))
    base = None
    if len(argv) > 1:
        base = lines_of(Path(argv[1]))
        base.update(pooled(base))
    same = 0
    for name, line in now.items():
        cells = []
        changed = False
        for key, values in line.items():
            old = base.get(name, {}).get(key) if base else None
            if base and old is not None and old != values:
                changed = True
                cells.append(f"{key}={show(old)} -> {show(values)}")
            else:
                cells.append(f"{key}={show(values)}")
        if base and not changed and name in base:
            same += 1
            continue
        print(f"{name:14} " + "  ".join(cells))
    if base:
        print(f"({same} sets unchanged)")


if __name__ == "__main__":
    main(sys.argv[1:])
