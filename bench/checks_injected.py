"""Injected errors in our checks corpus: does ``check`` find them (issue 11)?

Each altered copy in ``corpora/checks/altered/`` carries one error (value, scale, period,
currency, attribution, role) that ``INDEX.jsonl`` describes: the altered span and the
figure it now contradicts. A copy counts as found when a warning or error finding falls on
a claim that overlaps the altered span or, for a period or attribution change (whose span
is words, not the figure), on a claim of the same sentence. Prints the share found per
kind and overall (target ≥ 90 %), and the command to rerun.

    python bench/checks_injected.py [corpora/checks] [--dates]

``--dates`` checks each copy with its article's date from ``SOURCES.md`` (as ``--date`` would).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections import Counter
from pathlib import Path

from checks_verdicts import article_dates
from factcheck import Checker
from factcheck.text.sentences import index_of, split


def found_in(result, text: str, start: int, end: int) -> bool:
    sentences = split(text)
    own = sentences[index_of(sentences, start)] if sentences else None
    for finding in result.findings:
        if finding.severity.value == "info":
            continue
        claim = result.claims[finding.claim]
        if claim.start < end and start < claim.end:
            return True
        if own is not None and own.start <= claim.start < own.end:
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("corpora/checks"))
    parser.add_argument("--show", type=int, default=15, help="list this many misses")
    parser.add_argument("--dates", action="store_true", help="check each copy with its article's date")
    args = parser.parse_args()
    dates = article_dates(args.folder) if args.dates else {}
    copies = [json.loads(line) for line in (args.folder / "altered" / "INDEX.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    checkers: dict[str, Checker] = {}
    total, hits, misses = Counter(), Counter(), []
    for copy in copies:
        table = copy["table"]
        if table not in checkers:
            checkers[table] = Checker(reference=str(args.folder / "tables" / table))
        text = (args.folder / "altered" / f"{copy['copy']}.txt").read_text(encoding="utf-8")
        result = checkers[table].check(text, id=copy["copy"], date=dates.get(copy["article"]))
        total[copy["kind"]] += 1
        if found_in(result, text, copy["start"], copy["end"]):
            hits[copy["kind"]] += 1
        else:
            misses.append((copy["copy"], copy["original_span"], copy["altered_span"]))
    for kind in sorted(total):
        print(f"{kind:12} {hits[kind]:3d}/{total[kind]:<3d} {hits[kind] / total[kind]:.1%}")
    print(f"{'overall':12} {sum(hits.values()):3d}/{sum(total.values()):<3d} "
          f"{sum(hits.values()) / max(sum(total.values()), 1):.1%}   (target >= 90 %)")
    for miss in misses[:args.show]:
        print(f"  missed {miss[0]}: {miss[1]!r} -> {miss[2]!r}")
    print(f"rerun: python bench/checks_injected.py {shlex.join(sys.argv[1:])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
