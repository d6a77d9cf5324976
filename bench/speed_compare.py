"""Speed of ``factcheck compare`` (issue 13): one 5,000-word article pair, and a batch of pairs
against a bare ``fr_core_news_sm`` pass over the same French text.

    .venv/bin/python bench/speed_compare.py [PAIRS] [--words 5000] [--repeat 5] \
                                            [--per-article 25] [--rounds 3] [--copies 1]

PAIRS (default ``../shared/dev/parallel/pairs-fr-en.jsonl``) is read, never copied into the
repository; the derived files go to ``bench/out/`` (git-ignored). English is the original,
French the translation; the pairs are joined in file order, one sentence pair a line ("\\n").

(a) The first consecutive pairs until the English side reaches ``--words`` words make one
    article pair. In this process: one warm-up ``compare()`` (printed apart: it loads the
    language data), then ``--repeat`` timed calls, median. Target: under 1 s. For
    information, the ``factcheck compare EN FR --format json`` command on the same two
    files (a new process: start-up included), once.
(b) All the pairs, ``--per-article`` to an article, written as a batch JSONL
    ``{"id", "original", "translation"}`` (``--copies`` times, new ids, to spread the start-up
    over more text). Each round runs, each in its own process and one after the other:
    (1) bare ``spacy.load("fr_core_news_sm")`` + ``nlp.pipe(batch_size=32)`` over the French
    sides (load and one warm-up call not timed); (2) ``factcheck batch FILE --out OUT --workers 1 --quiet`` and
    (3) ``--workers 2`` (wall time of the subprocess, start-up included); (0) the same command
    on a one-line file of one short pair, the start-up cost. Medians over ``--rounds``.
    Printed: French chars/s of each, (2)/(1) (target >= 3x), (3)/(1), and the same ratios
    with the start-up (0) taken off, for information.
A benchmark, not a test: exit 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))
from make_corpus import print_footer  # noqa: E402  (bench scripts share it)

DEFAULT_PAIRS = REPO_DIR.parent / "shared" / "dev" / "parallel" / "pairs-fr-en.jsonl"
TARGET_SECONDS = 1.0
TARGET_RATIO = 3.0
BARE = (
    "import json, sys, time, spacy\n"
    "texts = [json.loads(l)['translation'] for l in open(sys.argv[1], encoding='utf-8')]\n"
    "nlp = spacy.load('fr_core_news_sm'); nlp(texts[0])\n"
    "t = time.perf_counter()\n"
    "for _ in nlp.pipe(texts, batch_size=32): pass\n"
    "print(json.dumps({'seconds': time.perf_counter() - t, 'chars': sum(map(len, texts))}))\n"
)


def load_pairs(path: Path) -> list[dict]:
    """The sentence pairs of the parallel file, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def words(text: str) -> int:
    return len(text.split())


def article_pair(pairs: list[dict], min_words: int) -> tuple[str, str, int]:
    """(English, French, pairs used): consecutive pairs until the English reaches min_words."""
    english, french = [], []
    for pair in pairs:
        english.append(pair["en"])
        french.append(pair["fr"])
        if words("\n".join(english)) >= min_words:
            break
    return "\n".join(english), "\n".join(french), len(english)


def batch_lines(pairs: list[dict], per_article: int, copies: int) -> list[dict]:
    """Batch records of ``per_article`` consecutive pairs each, all pairs used, ``copies`` times."""
    records = []
    for copy in range(copies):
        for start in range(0, len(pairs), per_article):
            chunk = pairs[start:start + per_article]
            records.append({"id": f"compare-bench-{copy}-{start // per_article:03d}",
                            "original": "\n".join(p["en"] for p in chunk),
                            "translation": "\n".join(p["fr"] for p in chunk)})
    return records


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def time_article(english: str, french: str, repeat: int) -> tuple[float, list[float], object]:
    """Warm-up seconds, timed seconds of ``repeat`` calls, and the last result."""
    from factcheck import compare

    start = time.perf_counter()
    result = compare(english, french)
    warm_up = time.perf_counter() - start
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = compare(english, french)
        seconds.append(time.perf_counter() - start)
    return warm_up, seconds, result


def wall(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, exit code and stdout of a command run from the repository root."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_DIR)
    return time.perf_counter() - start, done.returncode, done.stdout


def report_article(args, pairs: list[dict]) -> None:
    english, french, used = article_pair(pairs, args.words)
    print(f"(a) article pair: first {used} pairs of {args.pairs.name} joined; English (original) "
          f"{words(english):,} words, {len(english):,} chars; French (translation) "
          f"{words(french):,} words, {len(french):,} chars")
    warm_up, seconds, result = time_article(english, french, args.repeat)
    median = statistics.median(seconds)
    print(f"    warm-up compare() {warm_up:.3f} s (loads the language data; not counted)")
    print(f"    compare() x{args.repeat}: median {median:.3f} s, best {min(seconds):.3f} s "
          f"[{', '.join(f'{s:.3f}' for s in seconds)}]   target < {TARGET_SECONDS:g} s   "
          f"{'PASS' if median < TARGET_SECONDS else 'FAIL'}")
    print(f"    = {len(french) / median:,.0f} French chars/s in-process ({len(english) + len(french):,} chars "
          f"of both sides: {(len(english) + len(french)) / median:,.0f} chars/s)")
    print(f"    {len(result.original_claims)} + {len(result.translation_claims)} claims, "
          f"{len(result.findings)} findings, alignment {result.alignment.verdict} "
          f"(coverage {result.alignment.coverage:.3f})")
    en_path, fr_path = args.out / "compare-article.en.txt", args.out / "compare-article.fr.txt"
    en_path.write_text(english, encoding="utf-8")
    fr_path.write_text(french, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck.cli", "compare", str(en_path), str(fr_path),
               "--format", "json", "--out", str(args.out / "compare-article.json"), "--fail-on", "never"]
    seconds, code, _ = wall(command)
    print(f"    factcheck compare CLI, new process (start-up included): {seconds:.2f} s [exit {code}]\n"
          f"    $ {shlex.join(command)}")


def batch_command(path: Path, out: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "factcheck.cli", "batch", str(path), "--out", str(out),
            "--workers", str(workers), "--quiet"]


def one_round(args, batch_file: Path, tiny_file: Path) -> dict[str, float]:
    """Seconds of (1) bare, (2) 1 worker, (3) 2 workers, (0) start-up, one after the other."""
    seconds, code, stdout = wall([sys.executable, "-c", BARE, str(batch_file)])
    if code:
        raise SystemExit(f"speed_compare: the bare pipeline failed (exit {code})")
    times = {"bare": json.loads(stdout.strip().splitlines()[-1])["seconds"]}
    for workers in (1, 2):
        out = args.out / f"compare-batch-out-{workers}.jsonl"
        times[f"w{workers}"], code, _ = wall(batch_command(batch_file, out, workers))
        if code:
            print(f"    factcheck batch --workers {workers}: exit {code}")
    times["startup"], _, _ = wall(batch_command(tiny_file, args.out / "compare-batch-tiny-out.jsonl", 1))
    return times


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:>10,.0f} chars/s ({seconds:.2f} s)"


def report_batch(args, pairs: list[dict]) -> None:
    records = batch_lines(pairs, args.per_article, args.copies)
    batch_file = args.out / "compare-batch.jsonl"
    tiny_file = args.out / "compare-batch-tiny.jsonl"
    write_jsonl(batch_file, records)
    write_jsonl(tiny_file, [{"id": "tiny", "original": "Revenue rose 3%.", "translation": "Le chiffre a crû de 3 %."}])
    chars = sum(len(r["translation"]) for r in records)
    print(f"\n(b) batch: {len(records)} articles of <= {args.per_article} pairs ({len(pairs)} pairs"
          f"{f' x {args.copies} copies' if args.copies > 1 else ''}), French {chars:,} chars, "
          f"{sum(words(r['translation']) for r in records):,} words; English "
          f"{sum(len(r['original']) for r in records):,} chars -> {batch_file.relative_to(REPO_DIR)}")
    rounds = []
    for number in range(args.rounds):
        rounds.append(one_round(args, batch_file, tiny_file))
        print(f"    round {number + 1}: " + ", ".join(f"{k} {v:.2f} s" for k, v in rounds[-1].items()), flush=True)
    median = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    print(f"    medians over {args.rounds} round(s), French characters:")
    print(f"    (1) bare fr_core_news_sm nlp.pipe      {rate(chars, median['bare'])}  (load + warm-up not timed)")
    print(f"    (2) factcheck batch --workers 1        {rate(chars, median['w1'])}  (whole process)")
    print(f"    (3) factcheck batch --workers 2        {rate(chars, median['w2'])}")
    print(f"    (0) start-up: batch of one short pair  {median['startup']:.2f} s")
    for label, key in (("(2)/(1)", "w1"), ("(3)/(1)", "w2")):
        ratio = median["bare"] / median[key]
        net = median["bare"] / max(median[key] - median["startup"], 1e-9)
        print(f"    {label} {ratio:5.2f}x   target >= {TARGET_RATIO:g}x   {'PASS' if ratio >= TARGET_RATIO else 'FAIL'}"
              f"   (start-up taken off: {net:.1f}x)")
    print(f"    (3)/(2) {median['w1'] / median['w2']:.2f}x;  $ {shlex.join(batch_command(batch_file, args.out / 'OUT.jsonl', 1))}")
    same = (args.out / "compare-batch-out-1.jsonl").read_bytes() == (args.out / "compare-batch-out-2.jsonl").read_bytes()
    print(f"    output of 1 and 2 workers identical: {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--words", type=int, default=5000, help="English words of the article pair (a)")
    parser.add_argument("--repeat", type=int, default=5, help="timed compare() calls in (a)")
    parser.add_argument("--per-article", type=int, default=25, help="sentence pairs per batch article (b)")
    parser.add_argument("--copies", type=int, default=1, help="write the batch articles this many times (b)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of (1), (2), (3), (0) in (b)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    args = parser.parse_args()
    if not args.pairs.is_file():
        parser.error(f"no pairs file {args.pairs}")
    args.out.mkdir(parents=True, exist_ok=True)
    pairs = load_pairs(args.pairs)
    report_article(args, pairs)
    report_batch(args, pairs)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print_footer(started, shlex.join([sys.executable, *sys.argv]), None)
