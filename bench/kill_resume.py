"""Kill `factcheck batch` with SIGKILL at random moments, resume each time, and compare the
final file with an uninterrupted run: every document exactly once, identical lines.

    .venv/bin/python bench/kill_resume.py [--kills 20] [--documents 3000] [--workers 2] [--seed 3]

Prints each kill (when, how many complete lines were on disk, whether a half line was
left), then the verdict. Exit 0 when the files are identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEWLINE = b"\n"
SENTENCES = [
    "Les ventes mondiales de puces devraient atteindre 588,4 milliards de dollars en 2024.",
    "Nvidia détient environ 80 % du marché des puces d'IA, selon Reuters.",
    "Le budget de la ville atteint 1,2 milliard d'euros, en hausse de 3,5 %.",
    "Le chiffre de $7 trillions provient du Wall Street Journal.",
    "Aucun chiffre dans cette phrase, seulement le 7 février 2024.",
]


def write_corpus(path: Path, documents: int, rng: random.Random) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(documents):
            text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(5, 40)))
            handle.write(json.dumps({"id": f"doc{number:05d}", "text": text, "lang": "fr"}) + "\n")


def run(corpus: Path, kills: int, workers: int, seed: int, log=print) -> bool:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reference, killed = folder / "reference.jsonl", folder / "killed.jsonl"
        command = [sys.executable, "-m", "factcheck.cli", "batch", str(corpus), "--workers",
                   str(workers), "--quiet"]
        started = time.perf_counter()
        subprocess.run(command + ["--out", str(reference)], check=False)
        full = time.perf_counter() - started
        log(f"uninterrupted run: {full:.1f} s, {sum(1 for _ in open(reference))} lines")
        for number in range(1, kills + 1):
            flags = ["--resume"] if killed.exists() else []
            process = subprocess.Popen(command + ["--out", str(killed)] + flags)
            delay = rng.uniform(0.3, 1.0 + 1.5 * full / kills)  # spread the kills over the run
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait()
            data = killed.read_bytes() if killed.exists() else b""
            lines, half = data.count(NEWLINE), bool(data) and not data.endswith(NEWLINE)
            log(f"kill {number:2d} after {delay:4.2f} s: {lines} complete lines, half line left: {half}")
        subprocess.run(command + ["--out", str(killed), "--resume"], check=False)
        same = killed.read_bytes() == reference.read_bytes()
        ids = [json.loads(line)["id"] for line in killed.read_text(encoding="utf-8").splitlines()]
        log(f"final: {len(ids)} lines, {len(set(ids))} distinct ids, identical to the "
            f"uninterrupted run: {same}")
        return same and len(ids) == len(set(ids))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.documents, random.Random(args.seed))
        ok = run(corpus, args.kills, args.workers, args.seed)
    print(f"rerun: {sys.executable} bench/kill_resume.py --kills {args.kills} --documents "
          f"{args.documents} --workers {args.workers} --seed {args.seed}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
