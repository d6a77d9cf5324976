"""French or English on short lines: the old stopword detector, py3langid, and ``detect``.

    python bench/langid_short_lines.py                     # ../shared/dev/parallel/sentences-fr-en.jsonl
    python bench/langid_short_lines.py PATH --max-words 12 --show-errors 50

Every line of the parallel file gives two sides whose language is known (``fr``, ``en``).
For each detector, on the sides of at most ``--max-words`` words (headlines, bylines, list
numbers, names) and on all sides, prints the accuracy per language and overall, the number of
errors, how many of them fall on lines written identically in both languages (``1.``, names:
no detector can get both sides right), and the speed in lines/s (model load not timed).
Detectors: ``detect_by_stopwords`` (the old detector), py3langid restricted to fr/en alone,
the final ``detect``, and lingua-language-detector (fr/en) if it happens to be installed.
Then the cost of one ``detect`` call: model build, a 5 000-character article, a headline.
A benchmark, not a test: exit 0 whatever the numbers; 2 for a bad path.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
sys.path.insert(0, str(REPO_DIR))

from factcheck.lang import detect as detection  # noqa: E402

DEFAULT_PATH = REPO_DIR / ".." / "shared" / "dev" / "parallel" / "sentences-fr-en.jsonl"
LANGS = ("fr", "en")
HEADLINE = "Oil prices jump after OPEC cuts output"
ARTICLE_CHARS = 5_000


class Side(NamedTuple):
    text: str
    lang: str
    line_id: str
    same_in_both: bool  # the French and English lines are identical


def read_sides(path: Path) -> tuple[list[Side], list[dict]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sides = [Side(row[lang], lang, row["id"], row["fr"] == row["en"]) for row in rows for lang in LANGS]
    return sides, rows


def lingua_detector() -> Callable[[str], str] | None:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    model = LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH).build()
    codes = {Language.FRENCH: "fr", Language.ENGLISH: "en"}
    return lambda text: codes.get(model.detect_language_of(text), detection.DEFAULT)


def detectors() -> dict[str, Callable[[str], str]]:
    found = {
        "stopwords (old)": detection.detect_by_stopwords,
        "py3langid fr/en": lambda text: detection.detect_by_langid(text)[0],
        "detect (final)": detection.detect,
    }
    lingua = lingua_detector()
    if lingua is not None:
        found["lingua fr/en"] = lingua
    return found


def score(detector: Callable[[str], str], sides: list[Side]) -> tuple[list[Side], float]:
    """The sides it gets wrong, and its speed in lines/s."""
    detector(sides[0].text)  # warm-up: model and word lists built outside the timing
    start = time.perf_counter()
    answers = [detector(side.text) for side in sides]
    elapsed = time.perf_counter() - start
    return [side for side, answer in zip(sides, answers) if answer != side.lang], len(sides) / elapsed


def report(name: str, sides: list[Side], errors: list[Side], speed: float) -> None:
    per_lang = []
    for lang in LANGS:
        total = sum(side.lang == lang for side in sides)
        wrong = sum(side.lang == lang for side in errors)
        per_lang.append(f"{lang} {100 * (total - wrong) / total:6.2f}% of {total}")
    overall = 100 * (len(sides) - len(errors)) / len(sides)
    same = sum(side.same_in_both for side in errors)
    print(f"  {name:17} {'  '.join(per_lang)}  overall {overall:6.2f}%  errors {len(errors):4}"
          f" ({same} on identical lines)  {speed:9,.0f} lines/s")


def per_call_us(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def articles(rows: list[dict]) -> dict[str, str]:
    """The first ARTICLE_CHARS characters of the first document long enough, per language."""
    found: dict[str, str] = {}
    for _, group in itertools.groupby(rows, key=lambda row: (row["id"].rsplit("-", 1)[0], row["doc"])):
        group = list(group)
        for lang in LANGS:
            text = "\n".join(row[lang] for row in group)
            if len(text) >= ARTICLE_CHARS and lang not in found:
                found[lang] = text[:ARTICLE_CHARS]
    return found


def costs(rows: list[dict]) -> None:
    detection._identifier.cache_clear()
    start = time.perf_counter()
    detection.detect("warm up")
    print(f"\nmodel build (first call): {time.perf_counter() - start:.2f} s")
    for lang, text in articles(rows).items():
        print(f"detect, {len(text)}-character {lang} article: {per_call_us(lambda: detection.detect(text), 200):7.0f} µs"
              f"   (old stopwords: {per_call_us(lambda: detection.detect_by_stopwords(text), 200):.0f} µs)")
    print(f"detect, headline ({len(HEADLINE)} characters):   {per_call_us(lambda: detection.detect(HEADLINE), 5000):7.1f} µs"
          f"   (old stopwords: {per_call_us(lambda: detection.detect_by_stopwords(HEADLINE), 5000):.1f} µs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--max-words", type=int, default=12)
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="print the first N errors of the final detect on the short lines")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"no such file: {args.path}", file=sys.stderr)
        return 2
    sides, rows = read_sides(args.path)
    short = [side for side in sides if len(side.text.split()) <= args.max_words]
    subsets = {f"short (<= {args.max_words} words)": short, "all lengths": sides}
    found = detectors()
    if "lingua fr/en" not in found:
        print("lingua-language-detector not installed: skipped")
    final_errors: list[Side] = []
    for label, subset in subsets.items():
        print(f"\n{label}: {len(subset)} sides ({sum(s.same_in_both for s in subset)} on identical lines)")
        for name, detector in found.items():
            errors, speed = score(detector, subset)
            report(name, subset, errors, speed)
            if name == "detect (final)" and subset is short:
                final_errors = errors
    for side in final_errors[:args.show_errors]:
        print(f"  {side.line_id} {side.lang}: {side.text[:70]!r}")
    costs(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
