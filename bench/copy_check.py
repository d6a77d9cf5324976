"""Lines a change adds that repeat ten or more words of a text in ../shared.

Real text is for reading and measuring; what goes into the repository is written by us
and refers to shared texts by id and offsets. This prints each added line (against
``--base``) that shares a run of ``--words`` words with any .txt/.jsonl/.md/.json/.csv file
under ``--shared`` (JSONL read by its values, so escapes do not hide a run).

    python bench/copy_check.py --shared ../shared --base <commit>
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

WORD = re.compile(r"[^\W_]+")
SUFFIXES = {".txt", ".jsonl", ".md", ".json", ".csv"}


def words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def readable(text: str, suffix: str) -> str:
    """JSONL lines as their values joined, other files as they are."""
    if suffix != ".jsonl":
        return text
    try:
        return "\n".join(" ".join(map(str, json.loads(line).values())) for line in text.splitlines() if line.strip())
    except (ValueError, AttributeError):
        return text


def runs(shared: Path, size: int) -> set[int]:
    found: set[int] = set()
    for path in shared.rglob("*"):
        if path.is_file() and path.suffix in SUFFIXES:
            try:
                listed = words(readable(path.read_text(encoding="utf-8"), path.suffix))
            except UnicodeDecodeError:
                continue
            found.update(hash(tuple(listed[i:i + size])) for i in range(len(listed) - size + 1))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--words", type=int, default=10)
    args = parser.parse_args()
    known = runs(args.shared, args.words)
    diff = subprocess.run(["git", "diff", "-U0", args.base], capture_output=True, text=True, check=True).stdout
    name, hits = "", 0
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[6:]
        elif line.startswith("+"):
            added = line[1:]
            if added.lstrip().startswith("{"):
                added = readable(added, ".jsonl") + " " + added
            listed = words(added)
            if any(hash(tuple(listed[i:i + args.words])) in known for i in range(len(listed) - args.words + 1)):
                hits += 1
                print(f"{name}: {line[1:110]}")
    print(f"{hits} added lines repeat {args.words} or more words of {args.shared}")
    print(f"rerun: python bench/copy_check.py --shared {args.shared} --base {args.base}")


if __name__ == "__main__":
    main()
