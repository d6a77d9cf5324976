"""A bounded load on the HTTP API, on loopback only.

    .venv/bin/python bench/load_api.py                              # 500 POST /check, 8 at a time
    .venv/bin/python bench/load_api.py --duration 60 --concurrency 16 --mix

Starts ``factcheck serve`` on 127.0.0.1 (a free port) in a child process, sends requests
from threads, stops by itself (a request count or a duration, whichever comes first), and
prints requests served, errors by status, p50/p95 latency and the server's RSS at start
and end. ``--mix`` sends, besides the bundled article, oversized bodies (expect 413) and
malformed JSON (expect 422); anything else, and any 5xx, counts as an error.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "corpora" / "articles" / "altman-7-trillions.fr.txt"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def post(url: str, body: bytes) -> tuple[int, float]:
    started = time.perf_counter()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        status = f"connection error: {type(error).__name__}"
    return status, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--duration", type=float, default=600.0, help="seconds, at most")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--mix", action="store_true", help="add oversized and malformed requests")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=64,
                        help="requests (sent --concurrency at a time) before the start RSS")
    args = parser.parse_args()
    if args.mix and args.requests == 500:
        args.requests = 10**9  # the duration bounds a mixed run
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "factcheck.cli", "serve", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/health", timeout=2).read()
            break
        except OSError:
            time.sleep(0.2)
    article = json.dumps({"text": ARTICLE.read_text(encoding="utf-8"), "lang": "fr"}).encode()
    # caches fill and the server's thread pool grows on the first requests: warm up at the
    # same concurrency, then take the start RSS
    warm = [threading.Thread(target=lambda: [post(base + "/check", article)
                                             for _ in range(max(1, args.warmup // args.concurrency))])
            for _ in range(args.concurrency)]
    for thread in warm:
        thread.start()
    for thread in warm:
        thread.join()
    rss_start = rss_mb(server.pid)
    kinds = {"valid": (article, 200), "oversized": (json.dumps({"text": "x" * 1_100_000}).encode(), 413),
             "malformed": (b'{"text": "3 \xe2\x82\xac", ', 422)}
    rng = random.Random(args.seed)
    lock = threading.Lock()
    results: list[tuple[str, object, float]] = []
    budget = [args.requests]
    stop_at = time.time() + args.duration

    def worker() -> None:
        while time.time() < stop_at:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
                kind = "valid" if not args.mix else rng.choices(list(kinds), weights=[8, 1, 1])[0]
            body, _ = kinds[kind]
            status, seconds = post(base + "/check", body)
            with lock:
                results.append((kind, status, seconds))

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    rss_end = rss_mb(server.pid)
    server.terminate()
    server.wait(timeout=30)

    statuses = Counter((kind, status) for kind, status, _ in results)
    errors = {f"{kind} -> {status}": n for (kind, status), n in statuses.items()
              if status != kinds[kind][1]}
    valid = sorted(s for kind, status, s in results if kind == "valid" and status == 200)
    print(f"requests: {len(results)} in {elapsed:.1f} s ({len(results) / elapsed:.1f}/s), "
          f"concurrency {args.concurrency}, mix {'on' if args.mix else 'off'}")
    print("by kind and status: " + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(statuses.items(), key=str)))
    if valid:
        print(f"POST /check (bundled article) latency: p50 {statistics.median(valid) * 1000:.1f} ms, "
              f"p95 {valid[int(len(valid) * 0.95) - 1] * 1000:.1f} ms, max {valid[-1] * 1000:.1f} ms")
    five = sum(n for (_, s), n in statuses.items() if isinstance(s, int) and s >= 500)
    print(f"errors (unexpected status): {sum(errors.values())} {errors or ''}; 5xx: {five}")
    growth = (rss_end - rss_start) / rss_start * 100 if rss_start else 0.0
    print(f"server RSS: start {rss_start:.0f} MB (after {args.warmup} warm-up requests, "
          f"{args.concurrency} at a time), "
          f"end {rss_end:.0f} MB ({growth:+.1f} %)")
    extra = f" --duration {args.duration:g} --concurrency {args.concurrency} --mix" if args.mix else \
        f" --requests {args.requests} --concurrency {args.concurrency}"
    print(f"rerun: {sys.executable} bench/load_api.py{extra}")


if __name__ == "__main__":
    main()
