"""A French news corpus for the speed benches, from the shared parallel set: each source
document's French lines, in order, joined into one text (real copy of every topic, not only
figures; measured with, never shipped).

    python bench/news_corpus.py ../shared/dev/parallel/sentences-fr-en.jsonl [--out bench/out/corpus-fr-news.jsonl]

Then ``python bench/speed_batch.py --corpus bench/out/corpus-fr-news.jsonl --big-mb 0 --frames``
or ``PYTHONPATH=. python bench/speed_frames.py bench/out/corpus-fr-news.jsonl``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out" / "corpus-fr-news.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path, help="sentences-fr-en.jsonl of the shared parallel set")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    documents: dict[str, list[str]] = {}
    for line in args.sentences.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            documents.setdefault(row.get("doc") or row["id"], []).append(row["fr"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for number, (doc, lines) in enumerate(documents.items()):
            out.write(json.dumps({"id": f"news-{number:04d}", "source": doc, "text": "\n".join(lines), "lang": "fr"},
                                 ensure_ascii=False) + "\n")
    chars = sum(len("\n".join(lines)) for lines in documents.values())
    print(f"{len(documents)} documents, {chars:,} characters -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
