"""Our correct texts against every table we have: errors and warnings are false alarms.

    PYTHONPATH=. python bench/checks_clean_texts.py [--frames] [--shared ../shared/dev/checks]

The texts: the English sides of our article pairs (corpora/pairs/*.en.txt: the French sides
carry the translation slips compare must find, so they are not correct copy) and the 30
articles of corpora/checks; the tables: the bundled one and the four of corpora/checks. The
seed article (its garbles and the $595,3 milliards error are real) is left out. Prints each
error or warning found and the count; exit 0 whatever it finds (a benchmark).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks_verdicts import tables_of  # noqa: E402  (bench/ is the script's folder)
from factcheck.checking.checker import Checker  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", action="store_true", help="Checker(frames=True)")
    parser.add_argument("--shared", type=Path, help="also the shared checks set (../shared/dev/checks): its "
                        "articles and its tables, every article against every table (its 3 true errors, in "
                        "en-fashionunited-lvmh-2023, are printed with the rest)")
    args = parser.parse_args()
    tables = [None, *map(str, tables_of(ROOT / "corpora" / "checks", None))]
    texts = sorted((ROOT / "corpora" / "pairs").glob("*.en.txt")) + sorted((ROOT / "corpora" / "checks" / "articles").glob("*.txt"))
    if args.shared:
        tables += map(str, tables_of(args.shared, None))
        texts += sorted((args.shared / "articles").glob("*.txt"))
    checks = alarms = errors = 0
    for table in tables:
        checker = Checker(reference=table, frames=args.frames)
        for path in texts:
            result = checker.check(path.read_text(encoding="utf-8"), id=path.name)
            checks += 1
            for finding in result.findings:
                if finding.severity in ("error", "warning"):
                    alarms += 1
                    errors += finding.severity == "error"
                    print(f"  {Path(table).name if table else 'bundled'}  {path.name}  {finding.code}  "
                          f"{result.claims[finding.claim].text!r}")
    print(f"{len(texts)} texts x {len(tables)} tables = {checks} checks: {alarms} errors or warnings "
          f"({errors} errors) on copy taken as correct")
    print(f"rerun: PYTHONPATH=. python bench/checks_clean_texts.py{' --frames' if args.frames else ''}"
          f"{f' --shared {args.shared}' if args.shared else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
