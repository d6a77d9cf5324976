"""Wall time of one-shot ``factcheck`` commands, start-up included (issue 13).

    .venv/bin/python bench/speed_cli.py [PAIRS] [--words 5000] [--runs 5]

PAIRS (default ``../shared/dev/parallel/pairs-fr-en.jsonl``) is read, never copied into the
repository: its first consecutive pairs, until the English side reaches ``--words`` words,
are joined one sentence a line into ``bench/out/cli-article.en.txt`` (the original) and
``bench/out/cli-article.fr.txt`` (its translation), as ``speed_compare.py`` does.

Each command runs ``--runs`` times in a new process (``python -m factcheck.cli``), one after
the other; printed: the median, the best and every run. The commands: ``--version`` (start-up
alone), ``extract`` and ``check`` of the French side (language detected, then given), and
``compare EN FR`` with ``--from en --to fr`` (target: under 1 s) and without (detected).
Output goes to ``bench/out/``; ``--fail-on never`` so that findings do not change the exit code.
A benchmark, not a test: exit 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
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
from speed_compare import DEFAULT_PAIRS, article_pair, load_pairs, words  # noqa: E402

TARGET_SECONDS = 1.0
CLI = [sys.executable, "-m", "factcheck.cli"]


def commands(en: Path, fr: Path, out: Path) -> list[tuple[str, list[str]]]:
    """(label, argv) of every timed command."""
    def to(name: str) -> list[str]:
        return ["--out", str(out / name), "--quiet"]

    return [
        ("--version (start-up alone)", ["--version"]),
        ("extract FR (detected)", ["extract", str(fr), "--format", "json", *to("cli-extract.json")]),
        ("extract FR --lang fr", ["extract", str(fr), "--lang", "fr", "--format", "json", *to("cli-extract.json")]),
        ("check FR (detected)", ["check", str(fr), "--format", "json", "--fail-on", "never", *to("cli-check.json")]),
        ("check FR --lang fr", ["check", str(fr), "--lang", "fr", "--format", "json", "--fail-on", "never",
                                *to("cli-check.json")]),
        ("compare EN FR --from en --to fr", ["compare", str(en), str(fr), "--from", "en", "--to", "fr",
                                             "--format", "json", "--fail-on", "never", *to("cli-compare.json")]),
        ("compare EN FR (detected)", ["compare", str(en), str(fr), "--format", "json", "--fail-on", "never",
                                      *to("cli-compare.json")]),
    ]


def wall(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and exit code of one run, from the repository root."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=REPO_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        print(f"    exit {done.returncode}: {done.stderr.strip()[-300:]}")
    return seconds, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--words", type=int, default=5000, help="English words of the article pair")
    parser.add_argument("--runs", type=int, default=5, help="new processes per command")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    args = parser.parse_args()
    if not args.pairs.is_file():
        parser.error(f"no pairs file {args.pairs}")
    args.out.mkdir(parents=True, exist_ok=True)
    english, french, used = article_pair(load_pairs(args.pairs), args.words)
    en, fr = args.out / "cli-article.en.txt", args.out / "cli-article.fr.txt"
    en.write_text(english, encoding="utf-8")
    fr.write_text(french, encoding="utf-8")
    print(f"article pair: first {used} pairs of {args.pairs.name}; English {words(english):,} words, "
          f"French {words(french):,} words -> {en}, {fr}")
    print(f"{args.runs} runs of each command, each in a new process; wall seconds:")
    for label, argv in commands(en, fr, args.out):
        seconds = [wall(CLI + argv)[0] for _ in range(args.runs)]
        median = statistics.median(seconds)
        verdict = ""
        if label.startswith("compare"):
            verdict = f"   target < {TARGET_SECONDS:g} s   {'PASS' if median < TARGET_SECONDS else 'FAIL'}"
        print(f"  {label:34s} median {median:.2f}  best {min(seconds):.2f}  "
              f"[{', '.join(f'{s:.2f}' for s in seconds)}]{verdict}", flush=True)
        print(f"    $ {shlex.join(['factcheck', *argv])}")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print_footer(started, shlex.join([sys.executable, *sys.argv]), None)
