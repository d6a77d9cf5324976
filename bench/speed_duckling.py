"""Speed of ``factcheck.extract`` against Duckling's amount-of-money, same French text, one run.

    python bench/speed_duckling.py          # builds bench/out/corpus-fr-peer.jsonl if missing
    python bench/speed_duckling.py --corpus bench/out/corpus-fr.jsonl --repeat 5

Duckling (facebook/duckling, Haskell) runs through the ``pyduckling-native`` wheel, which
exists only for CPython <= 3.9, so it lives in its own venv (default ``../duckling-venv``;
install command in bench/README.md). This file is both sides:

- run with the project's Python, it loads the corpus (``make_corpus.py``, built with
  ``--peer-suites ../shared/peer-suites`` when missing), starts a Duckling worker (this
  same file with ``--worker``, under the Duckling venv's Python), sends it the document
  texts once over a pipe, then alternates: one timed pass of ``factcheck.extract(text,
  "fr")`` over every document here, one timed pass of Duckling ``parse(text)`` with the
  amount-of-money dimension (French locale, latent results off) over the same documents
  there, ``--repeat`` times. Neither side runs while the other is timed.
- Duckling's start-up (loading the library, time zones, context) and one warm-up call are
  excluded and printed apart, as is the first ``extract`` call (language data loading).
  The Duckling pass is timed inside the worker, so pipe transfer is not counted either.

Prints chars/s (median and best) of both, the ratio (target >= 1.5x, PASS/FAIL), the money
claims each found, how many of them overlap, and the command to rerun. A benchmark: exit 0
whatever the ratio; 3 if the Duckling worker cannot run (factcheck's figures still printed);
2 for bad arguments.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
from make_corpus import load_corpus, print_footer  # noqa: E402  (bench scripts share it)
REPO_DIR = BENCH_DIR.parent
DEFAULT_CORPUS = BENCH_DIR / "out" / "corpus-fr-peer.jsonl"
DEFAULT_PEER_SUITES = REPO_DIR.parent / "shared" / "peer-suites"
DEFAULT_DUCKLING_PYTHON = REPO_DIR.parent / "duckling-venv" / "bin" / "python"
TARGET_RATIO = 1.5
REFERENCE_TIME = 1707480000  # 2024-02-09 12:00 UTC; amount-of-money does not use it
# Duckling's time-zone loader aborts the process on some Debian zoneinfo files (UTC, MST:
# "no timezone found in OlsonData"), so the worker loads a folder holding only this one.
ZONE = "Europe/Paris"
ZONEINFO = Path("/usr/share/zoneinfo")


# ---------------------------------------------------------------- Duckling worker (Python 3.9)

def worker_main() -> int:
    """Worker loop: read the texts, then answer ``run`` / ``spans`` / ``quit`` lines with JSON."""
    start = time.perf_counter()
    import duckling

    with tempfile.TemporaryDirectory() as zones:
        (Path(zones) / ZONE).parent.mkdir(parents=True)
        shutil.copyfile(ZONEINFO / ZONE, Path(zones) / ZONE)
        time_zones = duckling.load_time_zones(zones)
    context = duckling.Context(duckling.parse_ref_time(time_zones, ZONE, REFERENCE_TIME),
                               duckling.default_locale_lang(duckling.parse_lang("FR")))
    dimensions = duckling.parse_dimensions(["amount-of-money"])
    texts = json.loads(sys.stdin.readline())

    def parse(text: str) -> list:
        return duckling.parse(text, context, dimensions, False)

    parse(texts[0])
    reply({"startup_s": time.perf_counter() - start, "version": duckling.__version__,
           "ghc": duckling.GHC_VERSION, "haskell_duckling": bundled_duckling_version(duckling),
           "python": platform.python_version(),
           "docs": len(texts), "chars": sum(len(t) for t in texts)})
    for command in sys.stdin:
        command = command.strip()
        if command == "run":
            reply(duckling_pass(parse, texts))
        elif command == "spans":
            reply([[[e["start"], e["end"], e["value"].get("type")] for e in parse(t)]
                   for t in texts])
        else:
            break
    return 0


def bundled_duckling_version(module) -> str:
    """The Haskell Duckling version of the library the wheel bundles (from its file name)."""
    import re

    for lib in (Path(module.__file__).parent.parent / "duckling.libs").glob("libHSduckling-*"):
        # auditwheel inserts a hash: libHSduckling-0.b398af77.1.6.1-<id>-ghc8.6.5.so
        match = re.match(r"libHSduckling-(\d+)\.[0-9a-f]{8}\.([\d.]+)-", lib.name)
        if match:
            return f"{match.group(1)}.{match.group(2)}"
    return "unknown"


def duckling_pass(parse, texts: list[str]) -> dict:
    """One timed pass of ``parse`` over every text: wall and CPU seconds, entities found."""
    gc.collect()
    cpu = time.process_time()
    start = time.perf_counter()
    found = sum(len(parse(text)) for text in texts)
    return {"seconds": time.perf_counter() - start, "cpu_s": time.process_time() - cpu,
            "entities": found}


def reply(payload) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


# ---------------------------------------------------------------- main side (project Python)

class DucklingWorker:
    """The Duckling subprocess: started once, fed the texts once, then asked for passes."""

    def __init__(self, python: Path, texts: list[str]):
        self.process = subprocess.Popen(
            [str(python), str(Path(__file__).resolve()), "--worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        try:
            self.send(json.dumps(texts))
        except BrokenPipeError:  # the worker died at start-up: receive() reports its stderr
            pass
        self.info = self.receive()

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def receive(self):
        line = self.process.stdout.readline()
        if not line:
            error = self.process.stderr.read().strip()
            raise RuntimeError(f"Duckling worker ended (exit {self.process.wait()}): {error[-500:]}")
        return json.loads(line)

    def ask(self, command: str):
        self.send(command)
        return self.receive()

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            self.process.wait(timeout=30)


def extract_pass(texts: list[str], keep: list) -> dict:
    """One timed pass of ``factcheck.extract(text, "fr")`` over every text."""
    import factcheck

    keep.clear()
    gc.collect()
    cpu = time.process_time()
    start = time.perf_counter()
    keep.extend(factcheck.extract(text, "fr") for text in texts)
    return {"seconds": time.perf_counter() - start, "cpu_s": time.process_time() - cpu}


def rate_line(label: str, passes: list[dict], chars: int) -> str:
    seconds = [p["seconds"] for p in passes]
    cpu = sum(p["cpu_s"] for p in passes) / sum(seconds)
    return (f"{label:<38} median {chars / statistics.median(seconds):>12,.0f} chars/s"
            f" | best {chars / min(seconds):>12,.0f} chars/s | CPU/wall {cpu:.2f}"
            f" | runs [s]: {', '.join(f'{s:.3f}' for s in seconds)}")


def overlaps(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> int:
    """How many of ``spans`` share at least one character with one of ``others``.

    >>> overlaps([(0, 5), (10, 12), (20, 25)], [(3, 8), (12, 15), (24, 30)])
    2
    """
    return sum(any(start < o_end and o_start < end for o_start, o_end in others)
               for start, end in spans)


def claim_counts(claims_per_doc: list[list], duckling_per_doc: list[list]) -> dict:
    """Money claims of each side, percentages of factcheck, and the overlaps of the two."""
    money = [[(c.start, c.end) for c in claims if c.kind == "money"] for claims in claims_per_doc]
    ducks = [[(e[0], e[1]) for e in doc] for doc in duckling_per_doc]
    return {
        "factcheck_money": sum(map(len, money)),
        "factcheck_percent": sum(c.kind == "percent" for claims in claims_per_doc for c in claims),
        "duckling_money": sum(map(len, ducks)),
        "duckling_intervals": sum(e[2] == "interval" for doc in duckling_per_doc for e in doc),
        "factcheck_overlapped": sum(overlaps(m, d) for m, d in zip(money, ducks)),
        "duckling_overlapped": sum(overlaps(d, m) for m, d in zip(money, ducks)),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="JSONL corpus (default bench/out/corpus-fr-peer.jsonl; built if missing)")
    parser.add_argument("--peer-suites", type=Path, default=DEFAULT_PEER_SUITES,
                        help="only when the corpus is built here (default ../shared/peer-suites; "
                             "'none' for the corpus without them)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes of each side (default 5)")
    parser.add_argument("--duckling-python", type=Path,
                        default=Path(os.environ.get("DUCKLING_PYTHON", DEFAULT_DUCKLING_PYTHON)),
                        help="Python of the venv holding pyduckling-native (default ../duckling-venv)")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be >= 1")
    if str(args.peer_suites).lower() == "none":
        args.peer_suites = None
    return args


def rerun_command(args: argparse.Namespace) -> str:
    python = os.path.relpath(sys.executable) if sys.executable.startswith(str(REPO_DIR)) else sys.executable
    parts = [python, "bench/speed_duckling.py", "--corpus", os.path.relpath(args.corpus, REPO_DIR),
             "--peer-suites", str(args.peer_suites or "none"), "--repeat", str(args.repeat),
             "--duckling-python", str(args.duckling_python)]
    if os.environ.get("PYTHONPATH"):
        parts.insert(0, f"PYTHONPATH={os.environ['PYTHONPATH']}")
    return f"cd {shlex.quote(str(REPO_DIR))} && " + " ".join(shlex.quote(p) for p in parts)


def print_header(args, documents: list[dict], meta: dict | None, built: bool) -> None:
    import factcheck

    texts = [d["text"] for d in documents]
    chars = sum(len(t) for t in texts)
    print("== factcheck extract vs Duckling amount-of-money (French), one run ==")
    print(f"python {platform.python_version()}, factcheck {factcheck.__version__}, "
          f"{os.cpu_count()} CPUs, {platform.platform()}")
    print(f"corpus: {os.path.relpath(args.corpus, REPO_DIR)}{' (just built)' if built else ''}: "
          f"{len(texts)} docs, {chars:,} chars, "
          f"{sum(len(t.encode('utf-8')) for t in texts) / 1e6:.3f} MB UTF-8")
    if meta:
        print(f"  seed {meta.get('seed')}, sha256 {meta.get('sha256', '')[:16]}, "
              f"sources {json.dumps(meta.get('sources'), ensure_ascii=False)}")


def run_passes(texts: list[str], worker: DucklingWorker | None, repeat: int):
    """Alternate extract and Duckling passes; the claims of the last extract pass."""
    extract_passes, duckling_passes, claims = [], [], []
    for _ in range(repeat):
        extract_passes.append(extract_pass(texts, claims))
        if worker is not None:
            duckling_passes.append(worker.ask("run"))
    return extract_passes, duckling_passes, claims


def report(args, chars: int, warmup: float, extract_passes, duckling_passes, worker, counts):
    """Print the rates, the ratio and the claim counts; return the numbers for --json."""
    print(f"warm-up: first extract call {warmup * 1000:.0f} ms (language data; not timed below)")
    print(rate_line(f"(a) factcheck.extract x{args.repeat}", extract_passes, chars))
    numbers = {"extract_seconds": [p["seconds"] for p in extract_passes]}
    extract_rate = chars / statistics.median(numbers["extract_seconds"])
    if worker is None:
        print("(b) Duckling: not run (see the error above); ratio n/a")
        return numbers
    info = worker.info
    print(f"Duckling: pyduckling-native {info['version']} (Haskell Duckling "
          f"{info['haskell_duckling']}, GHC {info['ghc']}) on Python {info['python']}, in a "
          f"subprocess; start-up + one warm-up call {info['startup_s']:.2f} s (not timed below)")
    print(rate_line(f"(b) Duckling amount-of-money x{args.repeat}", duckling_passes, chars))
    numbers["duckling_seconds"] = [p["seconds"] for p in duckling_passes]
    duckling_rate = chars / statistics.median(numbers["duckling_seconds"])
    ratio = extract_rate / duckling_rate
    best = min(numbers["duckling_seconds"]) / min(numbers["extract_seconds"])
    verdict = "PASS" if ratio >= TARGET_RATIO else "FAIL"
    print(f"ratio extract/Duckling (medians): {ratio:.2f}x   (best/best {best:.2f}x)   "
          f"target >= {TARGET_RATIO}x   {verdict}")
    print(f"money claims: factcheck {counts['factcheck_money']:,} (and "
          f"{counts['factcheck_percent']:,} percentages, which Duckling has no dimension for); "
          f"Duckling {counts['duckling_money']:,} ({counts['duckling_intervals']:,} of them intervals)")
    print(f"  overlap (not accuracy: no gold on this corpus): {counts['factcheck_overlapped']:,} "
          f"factcheck money claims share characters with a Duckling entity, "
          f"{counts['duckling_overlapped']:,} Duckling entities with a factcheck money claim")
    numbers.update(extract_chars_per_s=extract_rate, duckling_chars_per_s=duckling_rate,
                   ratio=ratio, target=TARGET_RATIO, verdict=verdict, claims=counts)
    return numbers


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker_main()
    wall_start = time.perf_counter()
    documents, meta, built = load_corpus(args.corpus, args.peer_suites)
    texts = [d["text"] for d in documents]
    chars = sum(len(t) for t in texts)
    print_header(args, documents, meta, built)

    import factcheck

    start = time.perf_counter()
    factcheck.extract(texts[0], "fr")
    warmup = time.perf_counter() - start
    worker = None
    try:
        worker = DucklingWorker(args.duckling_python, texts)
        if worker.info["chars"] != chars or worker.info["docs"] != len(texts):
            raise RuntimeError(f"the worker got other text: {worker.info}")
    except (OSError, RuntimeError, ValueError) as error:
        print(f"Duckling worker could not run ({args.duckling_python}): {error}")
        print("  install: see bench/README.md, section 'speed_duckling.py'")
        worker = None
    extract_passes, duckling_passes, claims = run_passes(texts, worker, args.repeat)
    counts = claim_counts(claims, worker.ask("spans")) if worker else {}
    if worker:
        worker.close()
    print()
    numbers = report(args, chars, warmup, extract_passes, duckling_passes, worker, counts)
    print_footer(wall_start, rerun_command(args), meta)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        numbers.update(corpus={"path": str(args.corpus), "docs": len(texts), "chars": chars,
                               "meta": meta}, duckling=worker.info if worker else None)
        args.json.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")
    return 0 if worker else 3


if __name__ == "__main__":
    sys.exit(main())
