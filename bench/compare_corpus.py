"""``factcheck compare`` on our own article pairs (corpora/pairs/, issue 13): per pair and
overall, the expected differences found, missed, the extra error/warning findings, the
clean renderings flagged by an extra finding, and for the clean pairs any finding at all.

    python bench/compare_corpus.py [corpora/pairs] [--verbose]

A finding counts for an expected difference when it has the same kind and its span
overlaps the expected one on either side (``en`` in the original, ``fr`` in the
translation); for ``attribution_changed`` the finding points at the claim, so a finding in
the same sentence as the expected attribution counts. Both bounds of a range count against
its one entry. Extra: an error or warning finding that counts for no expected difference.

A benchmark: prints numbers, exit 0 whatever they are; 2 for a bad path.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.comparing import compare  # noqa: E402
from factcheck.models import CompareFinding, Severity  # noqa: E402
from factcheck.text.sentences import index_of, split  # noqa: E402

PAIRS = Path(__file__).resolve().parent.parent / "corpora" / "pairs"


@dataclass
class PairScore:
    name: str
    clean_pair: bool
    expected: int = 0
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[CompareFinding] = field(default_factory=list)
    clean_flagged: list[str] = field(default_factory=list)
    any_finding: int = 0


def _span(text: str, part: str | None) -> tuple[int, int] | None:
    if not part or part not in text:
        return None
    start = text.index(part)
    return start, start + len(part)


def _overlaps(span, finding_span) -> bool:
    return bool(span and finding_span and span[0] < finding_span.end and finding_span.start < span[1])


def _same_sentence(text: str, span, finding_span) -> bool:
    if not span or not finding_span:
        return False
    sentences = split(text)
    return index_of(sentences, span[0]) == index_of(sentences, finding_span.start)


def counts_for(finding: CompareFinding, kind: str, en: str, fr: str, o_span, t_span) -> bool:
    """Does ``finding`` report the expected difference (same kind, overlapping span)?"""
    if finding.code.value != kind:
        return False
    if _overlaps(o_span, finding.original_span) or _overlaps(t_span, finding.translation_span):
        return True
    return kind == "attribution_changed" and (_same_sentence(en, o_span, finding.original_span)
                                              or _same_sentence(fr, t_span, finding.translation_span))


def score_pair(name: str, en: str, fr: str, expected: dict) -> PairScore:
    """Run compare on one pair and score it against its expected differences."""
    result = compare(en, fr, source_lang="en", target_lang="fr")
    score = PairScore(name, not expected["differences"], expected=len(expected["differences"]))
    alarms = [f for f in result.findings if f.severity is not Severity.info]
    used: set[int] = set()
    for diff in expected["differences"]:
        o_span, t_span = _span(en, diff["en"]), _span(fr, diff["fr"])
        hits = [k for k, f in enumerate(result.findings)
                if counts_for(f, diff["kind"], en, fr, o_span, t_span)]
        used.update(hits)
        label = f"{diff['kind']}: {diff['en']!r} -> {diff['fr']!r}"
        (score.found if hits else score.missed).append(label)
    score.extra = [f for k, f in enumerate(result.findings) if k not in used and f in alarms]
    for clean in expected.get("clean", []):
        o_span, t_span = _span(en, clean["en"]), _span(fr, clean["fr"])
        if any(_overlaps(o_span, f.original_span) or _overlaps(t_span, f.translation_span) for f in score.extra):
            score.clean_flagged.append(f"{clean['en']!r} -> {clean['fr']!r}")
    score.any_finding = len(result.findings)
    return score


def score_corpus(folder: Path = PAIRS) -> list[PairScore]:
    scores = []
    for path in sorted(folder.glob("*.expected.json")):
        name = path.name.removesuffix(".expected.json")
        en = (folder / f"{name}.en.txt").read_text(encoding="utf-8")
        fr = (folder / f"{name}.fr.txt").read_text(encoding="utf-8")
        scores.append(score_pair(name, en, fr, json.loads(path.read_text(encoding="utf-8"))))
    return scores


def report(scores: list[PairScore], verbose: bool) -> None:
    print(f"{'pair':24} {'expected':>8} {'found':>6} {'missed':>7} {'extra':>6} {'clean hit':>9}")
    for s in scores:
        note = f"  (clean pair: {s.any_finding} findings of any severity)" if s.clean_pair else ""
        print(f"{s.name:24} {s.expected:8d} {len(s.found):6d} {len(s.missed):7d} {len(s.extra):6d} "
              f"{len(s.clean_flagged):9d}{note}")
        if verbose:
            for label in s.missed:
                print(f"    missed  {label}")
            for f in s.extra:
                print(f"    extra   {f.code.value}: {f.message}")
            for label in s.clean_flagged:
                print(f"    clean flagged {label}")
    expected = sum(s.expected for s in scores)
    found = sum(len(s.found) for s in scores)
    print(f"{'overall':24} {expected:8d} {found:6d} {expected - found:7d} {sum(len(s.extra) for s in scores):6d} "
          f"{sum(len(s.clean_flagged) for s in scores):9d}")
    print(f"found {found}/{expected} = {found / max(expected, 1):.1%}")
    kinds: dict[str, list[int]] = {}
    for s in scores:
        for label, hit in [(x, 1) for x in s.found] + [(x, 0) for x in s.missed]:
            kinds.setdefault(label.split(":")[0], []).append(hit)
    for kind, hits in sorted(kinds.items()):
        print(f"  {kind:22} {sum(hits)}/{len(hits)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(PAIRS))
    parser.add_argument("--verbose", action="store_true", help="list misses, extras, clean renderings flagged")
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"no such folder: {folder}", file=sys.stderr)
        return 2
    report(score_corpus(folder), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
