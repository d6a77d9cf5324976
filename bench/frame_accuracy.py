"""Frame accuracy per field against hand annotations (corpora/frames/frames-*.jsonl).

    python bench/frame_accuracy.py                          # every corpora/frames/frames-*.jsonl
    python bench/frame_accuracy.py tests/frame/gold-mini.jsonl --shared ../shared/dev

Each gold line names one claim (doc, claim span) and its entity, metric, period and role
(format: plans/frames.md). The doc is read (``checks/...`` relative to ``--shared``,
``corpora/...`` or ``tests/...`` relative to the repository), claims are extracted and framed
with the line's ``article_date``, and the claim overlapping the gold span is scored:
entity/metric by span overlap (both null counts as right), period by equal ``value`` (both
null right), role and per_unit by equality. A gold claim the extractor misses counts wrong
on every field. Prints accuracy per field; exit 0 (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.extraction.finder import find_claims  # noqa: E402
from factcheck.frame.build import add_frames  # noqa: E402

FIELDS = ("entity", "metric", "period", "role", "per_unit")


def overlaps(gold: dict | None, found) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    return gold["start"] < found.end and found.start < gold["end"]


def field_right(field: str, gold: dict, frame) -> bool:
    found = getattr(frame, field) if frame else None
    if field in ("entity", "metric"):
        return overlaps(gold.get(field), found)
    if field == "period":
        want = (gold.get("period") or {}).get("value")
        return want == (found.value if found else None)
    return gold.get(field) == found


def doc_path(doc: str, shared: Path) -> Path:
    return REPO / doc if doc.startswith(("corpora/", "tests/")) else shared / doc


def score(lines: list[dict], shared: Path) -> tuple[Counter, int, list[str]]:
    right, misses, framed_docs = Counter(), [], {}
    for gold in lines:
        key = (gold["doc"], gold.get("article_date"))
        if key not in framed_docs:
            text = doc_path(gold["doc"], shared).read_text(encoding="utf-8")
            framed_docs[key] = add_frames(text, gold["lang"], find_claims(text, gold["lang"]),
                                          gold.get("article_date"))
        span = gold["claim"]
        claim = next((c for c in framed_docs[key] if c.start < span["end"] and span["start"] < c.end), None)
        for field in FIELDS:
            if claim is not None and field_right(field, gold, claim.frame):
                right[field] += 1
            elif len(misses) < 30:
                got = getattr(claim.frame, field) if claim and claim.frame else "(no claim)"
                misses.append(f"{gold['doc']}:{span['start']} {span['text']!r} {field}: gold "
                              f"{gold.get(field)!r} got {got!r}")
    return right, len(lines), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="gold frame files (default corpora/frames/frames-*.jsonl)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "dev",
                        help="folder the checks/... doc ids are relative to")
    parser.add_argument("--misses", action="store_true", help="print up to 30 wrong fields")
    args = parser.parse_args(argv)
    files = args.files or sorted((REPO / "corpora" / "frames").glob("frames-*.jsonl"))
    if not files:
        print("no gold frame files (corpora/frames/frames-*.jsonl)")
        return 0
    lines = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    right, total, misses = score(lines, args.shared)
    print(f"frame accuracy on {total} gold claims from {len(files)} file(s)")
    for field in FIELDS:
        print(f"  {field:<9} {right[field] / max(total, 1):.3f}  ({right[field]}/{total})")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
