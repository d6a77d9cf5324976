"""Verdicts on real, unaltered articles checked against hand-written tables (issue 11).

Every article of a checks set is checked against every table of it (as
``../shared/dev/checks/README.md`` asks), and the script prints:

- the error and warning findings: on unaltered published copy each one is a false alarm,
  except the true errors the set lists (``--true-errors``, article:claim text);
- the covered claims (``covered.jsonl``: a claim a table covers exactly) that come out
  ``consistent`` with the right figure, and those that do not;
- the command to rerun.

    python bench/checks_verdicts.py ../shared/dev/checks
    python bench/checks_verdicts.py corpora/checks                   # our own set (its tables/ folder)
    python bench/checks_verdicts.py corpora/checks --dates           # each article checked with its date

``--dates`` gives each article its date from the set's ``SOURCES.md`` (as ``--date`` would), so
that "this year" and "l'an dernier" are placed; without it the text alone says when.

It reads and measures; it copies no text.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

from factcheck import Checker

TRUE_ERRORS = ("en-fashionunited-lvmh-2023:38.6 billion euros", "en-fashionunited-lvmh-2023:7,722 million euros",
               "en-fashionunited-lvmh-2023:10.8 billion euros")


def tables_of(folder: Path, sub: str | None) -> list[Path]:
    if sub is None and not any(p.name.startswith("ref-") for p in folder.iterdir()) and (folder / "tables").is_dir():
        sub = "tables"
    base = folder / sub if sub else folder
    return sorted(p for p in base.iterdir() if p.is_dir() and (p / "figures.csv").exists()
                  and (sub or p.name.startswith("ref-")))


DATE = r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)"


def article_dates(folder: Path) -> dict[str, str]:
    """Each article's date as SOURCES.md gives it: a "- date:" line under its "## `id`" heading,
    or the date cell of its table row."""
    path = folder / "SOURCES.md"
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    dates = {m.group(1): m.group(2) for m in re.finditer(r"^## `([^`]+)`\s*\n+- date: " + DATE, text, re.MULTILINE)}
    for row in re.finditer(r"^\| `([^`]+)` \|(.*)$", text, re.MULTILINE):
        cell = next((c.strip() for c in row.group(2).split("|") if re.match(DATE, c.strip())), None)
        if cell and row.group(1) not in dates:
            dates[row.group(1)] = re.match(DATE, cell).group(1)
    return dates


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a checks set: articles/, tables, covered.jsonl")
    parser.add_argument("--tables", default=None, help="sub-folder holding the tables (default: ref-* folders)")
    parser.add_argument("--true-errors", nargs="*", default=list(TRUE_ERRORS),
                        help="ARTICLE:CLAIM TEXT of the errors the set's articles really contain")
    parser.add_argument("--show", type=int, default=20, help="list this many false alarms")
    parser.add_argument("--dates", action="store_true", help="check each article with its date from SOURCES.md")
    args = parser.parse_args()
    dates = article_dates(args.folder) if args.dates else {}

    articles = sorted((args.folder / "articles").glob("*.txt"))
    covered = [json.loads(line) for line in (args.folder / "covered.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()] if (args.folder / "covered.jsonl").exists() else []
    codes, alarms, true_found, covered_ok, covered_wrong = Counter(), [], set(), 0, []
    for table in tables_of(args.folder, args.tables):
        checker = Checker(reference=str(table))
        for path in articles:
            result = checker.check(path.read_text(encoding="utf-8"), id=path.stem, date=dates.get(path.stem))
            for finding in result.findings:
                claim = result.claims[finding.claim]
                if finding.severity in ("error", "warning"):
                    codes[(finding.severity.value, finding.code.value)] += 1
                    key = f"{path.stem}:{claim.text}"
                    if finding.severity == "error" and key in args.true_errors:
                        true_found.add(key)
                    else:
                        alarms.append((table.name, key, finding.code.value))
            for want in (c for c in covered if c["article"] == path.stem and c["table"] == table.name):
                value = next((f for f in result.findings if f.code.value in ("consistent", "value_mismatch",
                              "scale_mismatch", "currency_mismatch", "period_mismatch", "unverified")
                              and result.claims[f.claim].start < want["end"]
                              and want["start"] < result.claims[f.claim].end), None)
                if value is not None and value.code.value == "consistent" and value.reference \
                        and value.reference.id == want["figure_id"]:
                    covered_ok += 1
                else:
                    covered_wrong.append((want["article"], want["claim_text"], want["figure_id"],
                                          value.code.value if value else "no claim",
                                          value.reference.id if value and value.reference else None))
    present = [key for key in args.true_errors if key.split(":")[0] in {p.stem for p in articles}]
    print(f"{len(articles)} articles x {len(tables_of(args.folder, args.tables))} tables"
          + (f", {len(dates)} article dates" if args.dates else ""))
    for (severity, code), n in sorted(codes.items()):
        print(f"  {severity:8} {code:22} {n}")
    print(f"false alarms (errors and warnings on correct copy): {len(alarms)}")
    print(f"true errors found: {len(true_found)} of {len(present)}")
    if covered:
        print(f"covered claims consistent with the right figure: {covered_ok}/{len(covered)} = "
              f"{covered_ok / len(covered):.1%}")
    for table, key, code in alarms[:args.show]:
        print(f"  false alarm  {table:24} {key}  {code}")
    for item in covered_wrong[:args.show]:
        print(f"  covered, not consistent with it: {item}")
    print(f"rerun: python bench/checks_verdicts.py {shlex.join(sys.argv[1:])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
