"""Run a batch on one of three engines and write the lines in input order.

- in-process (``workers=1``), or a pool of ``workers`` processes, each building its Checker
  once (``engine="local"``);
- a Dask distributed cluster (``engine="dask"``): the scheduler at ``scheduler``, or a
  ``LocalCluster`` started for the run; each worker builds its Checker once.

At most a bounded window of chunks is in flight, so memory stays flat however long the
input. Each output line is written whole and flushed; ``resume`` drops a half-written last
line (a run killed mid-write) and skips the ids already complete.
"""

from __future__ import annotations

import json
import os
import signal
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from factcheck.lang.detect import warm as warm_detector
from factcheck.batch.inputs import Document, Outcome, get_checker, process_many

CHUNK = 16
WINDOW_PER_WORKER = 4


@dataclass
class Summary:
    documents: int = 0
    claims: int = 0
    findings: Counter = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.claims += outcome.claims
        self.findings.update(outcome.codes)
        if outcome.failure:
            self.failed.append(outcome.failure)


def completed_ids(path: str) -> set[str]:
    """The ids already written to ``path``; a half-written last line is cut off first."""
    if not os.path.exists(path):
        return set()
    ids, complete = set(), 0
    with open(path, "rb+") as handle:
        for line in handle:  # streamed: only the ids are kept
            if not line.endswith(b"\n"):
                break
            complete += len(line)
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue
        handle.truncate(complete)  # a half-written last line is dropped
    return ids


def chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ordered(submit: Callable, wait: Callable, documents: Iterable[Document], window: int) -> Iterator[Outcome]:
    """Submit chunks, keep at most ``window`` in flight, yield lines in input order."""
    pending: deque = deque()
    for chunk in chunks(documents, CHUNK):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from wait(pending.popleft())
    while pending:
        yield from wait(pending.popleft())


def _warm(reference: str | None, lang: str, frames: bool = False) -> None:
    get_checker(reference, lang, frames)
    if lang == "auto":
        warm_detector()  # build the language model once per worker, not on its first document


def _worker_start(parent: int, reference: str | None, lang: str, frames: bool = False) -> None:
    """In a pool worker: die with the parent (a killed batch leaves no orphans), then warm up."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    _warm(reference, lang, frames)


def local_lines(documents, reference, lang, workers, frames: bool = False) -> Iterator[Outcome]:
    if workers <= 1:
        for chunk in chunks(documents, CHUNK):
            yield from process_many(chunk, reference, lang, frames)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start,
                             initargs=(os.getpid(), reference, lang, frames)) as pool:
        yield from ordered(lambda chunk: pool.submit(process_many, chunk, reference, lang, frames),
                           lambda future: future.result(), documents, workers * WINDOW_PER_WORKER)


def dask_lines(documents, reference, lang, workers, scheduler, frames: bool = False) -> Iterator[Outcome]:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(_warm, reference, lang, frames)
        yield from ordered(lambda chunk: client.submit(process_many, chunk, reference, lang, frames, pure=False),
                           lambda future: future.result(), documents,
                           max(1, len(client.scheduler_info()["workers"])) * WINDOW_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(documents: Iterable[Document], write: Callable[[str], None], *, reference: str | None,
        lang: str, workers: int, engine: str = "local", scheduler: str | None = None,
        on_line: Callable[[], None] | None = None, frames: bool = False) -> Summary:
    summary = Summary()
    if engine == "dask":
        lines = dask_lines(documents, reference, lang, workers, scheduler, frames)
    else:
        lines = local_lines(documents, reference, lang, workers, frames)
    for outcome in lines:
        write(outcome.line + "\n")
        summary.add(outcome)
        if on_line is not None:
            on_line()
    return summary
