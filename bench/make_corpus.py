"""Build a deterministic French news corpus for the speed benchmark (derived text).

    python bench/make_corpus.py                       # ~1.2 MB -> bench/out/corpus-fr.jsonl
    python bench/make_corpus.py --peer-suites ../shared/peer-suites --size-mb 2

Output: one JSON object a line, ``{"id", "text", "lang": "fr"}``, each document a few KB,
plus a sidecar ``<out>.meta.json`` (seed, sources, sizes, sha256) that the benchmark prints.

Sources (see bench/README.md for provenance and licences):
- the paragraphs of the bundled article ``corpora/articles/altman-7-trillions.fr.txt``;
- spaCy's French example sentences (``spacy.lang.fr.examples.sentences``);
- with ``--peer-suites DIR``: the ``text`` of every French case in
  ``DIR/recognizers-text/fr-*.jsonl`` and ``DIR/duckling/fr-money.jsonl``.

Each document is a shuffled mix of article paragraphs and paragraphs made of short
sentences; every number gets new random digits of the same shape (separators kept,
4-digit years 19xx/20xx kept), so no two documents are copies of each other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shlex
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
ARTICLE = REPO_DIR / "corpora" / "articles" / "altman-7-trillions.fr.txt"
DEFAULT_OUT = BENCH_DIR / "out" / "corpus-fr.jsonl"
DEFAULT_SIZE_MB = 1.2
DEFAULT_SEED = 20240209
DOC_CHARS = (2500, 6000)  # target length range of one document, in characters
SENTENCES_PER_PARAGRAPH = (3, 8)
ARTICLE_SHARE = 0.5  # chance that the next paragraph is an article paragraph

# A number: digit runs joined by decimal/thousands separators (no plain space: "en 2024 13 %"
# must stay two numbers). Plain-space thousands ("3 000") are handled group by group.
NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
YEAR = re.compile(r"(?:19|20)\d\d")


def article_paragraphs(path: Path = ARTICLE) -> list[str]:
    """The non-empty lines (paragraphs) of the bundled article."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def spacy_sentences() -> list[str]:
    from spacy.lang.fr.examples import sentences

    return list(sentences)


def peer_suite_texts(peer_dir: Path) -> list[str]:
    """The distinct French ``text`` fields of the Recognizers-Text and Duckling suites."""
    files = sorted((peer_dir / "recognizers-text").glob("fr-*.jsonl"))
    files.append(peer_dir / "duckling" / "fr-money.jsonl")
    texts: dict[str, None] = {}
    for file in files:
        if not file.is_file():
            raise SystemExit(f"make_corpus: missing peer-suite file {file}")
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("lang", "fr") == "fr" and case.get("text", "").strip():
                    texts[case["text"].strip()] = None
    return list(texts)


def vary_digits(text: str, rng: random.Random) -> str:
    """Replace the digits of every number by random digits of the same shape.

    Separators are kept; a multi-digit number does not get a leading zero; a bare
    4-digit year 19xx/20xx is kept unchanged.
    """

    def replace(match: re.Match[str]) -> str:
        number = match.group()
        if YEAR.fullmatch(number):
            return number
        out = []
        for i, char in enumerate(number):
            if not char.isdigit():
                out.append(char)
            elif i == 0 and len(number) > 1 and number[1].isdigit():
                out.append(str(rng.randint(1, 9)))
            else:
                out.append(str(rng.randint(0, 9)))
        return "".join(out)

    return NUMBER.sub(replace, text)


def _as_sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text[-1] in ".!?…" else text + "."


def build_documents(size_chars: int, seed: int, article: list[str],
                    sentences: list[str]) -> list[str]:
    """Documents of DOC_CHARS characters until ``size_chars`` characters are reached."""
    rng = random.Random(seed)
    sentences = [_as_sentence(s) for s in sentences]
    article_pool: list[str] = []
    sentence_pool: list[str] = []
    documents: list[str] = []
    total = 0
    while total < size_chars:
        target = rng.randint(*DOC_CHARS)
        paragraphs: list[str] = []
        length = 0
        while length < target:
            if rng.random() < ARTICLE_SHARE or not sentences:
                if not article_pool:  # deal the article paragraphs again, reshuffled
                    article_pool = rng.sample(article, len(article))
                paragraph = article_pool.pop()
            else:
                count = rng.randint(*SENTENCES_PER_PARAGRAPH)
                picked = []
                for _ in range(count):
                    if not sentence_pool:
                        sentence_pool = rng.sample(sentences, len(sentences))
                    picked.append(sentence_pool.pop())
                paragraph = " ".join(picked)
            paragraph = vary_digits(paragraph, rng)
            paragraphs.append(paragraph)
            length += len(paragraph) + 1
        document = "\n".join(paragraphs)
        documents.append(document)
        total += len(document)
    return documents


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_DIR))
    except ValueError:
        return str(path)


def corpus_command(out: Path, size_mb: float, seed: int, peer_suites: Path | None) -> str:
    """The command line that rebuilds this corpus (run from the repository root)."""
    parts = ["python", "bench/make_corpus.py", "--out", _display_path(Path(out)),
             "--size-mb", f"{size_mb:g}", "--seed", str(seed)]
    if peer_suites is not None:
        parts += ["--peer-suites", str(peer_suites)]
    return " ".join(shlex.quote(p) for p in parts)


def make_corpus(out: Path = DEFAULT_OUT, size_mb: float = DEFAULT_SIZE_MB,
                seed: int = DEFAULT_SEED, peer_suites: Path | None = None) -> dict:
    """Write the corpus and its ``.meta.json``; return the metadata."""
    article = article_paragraphs()
    sentences = spacy_sentences()
    sources = {
        "article": str(ARTICLE.relative_to(REPO_DIR)),
        "article_paragraphs": len(article),
        "spacy_examples": len(sentences),
    }
    if peer_suites is not None:
        peer = peer_suite_texts(Path(peer_suites))
        sources["peer_suites"] = str(peer_suites)
        sources["peer_suite_texts"] = len(peer)
        sentences += peer
    size_chars = int(size_mb * 1_000_000)
    documents = build_documents(size_chars, seed, article, sentences)

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"bench-fr-{i:04d}", "text": text, "lang": "fr"},
                        ensure_ascii=False) for i, text in enumerate(documents)]
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    out.write_bytes(payload)
    meta = {
        "path": _display_path(out),
        "seed": seed,
        "size_mb_requested": size_mb,
        "documents": len(documents),
        "chars": sum(len(d) for d in documents),
        "text_bytes_utf8": sum(len(d.encode("utf-8")) for d in documents),
        "file_bytes": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "sources": sources,
        "command": corpus_command(out, size_mb, seed, peer_suites),
    }
    Path(str(out) + ".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"output JSONL (default {DEFAULT_OUT.relative_to(REPO_DIR)})")
    parser.add_argument("--size-mb", type=float, default=DEFAULT_SIZE_MB,
                        help="minimum text size in millions of characters (default 1.2)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--peer-suites", type=Path, default=None,
                        help="peer-suites folder (e.g. ../shared/peer-suites) to add its French texts")
    args = parser.parse_args(argv)
    meta = make_corpus(args.out, args.size_mb, args.seed, args.peer_suites)
    print(f"wrote {meta['path']}: {meta['documents']} docs, {meta['chars']:,} chars, "
          f"{meta['text_bytes_utf8']:,} UTF-8 bytes of text, sha256 {meta['sha256'][:12]}",
          file=sys.stderr)
    return 0


def load_corpus(path: Path, peer_suites: Path | None) -> tuple[list[dict], dict | None, bool]:
    """The corpus documents and its .meta.json (if any); builds the corpus when missing."""
    built = False
    if not path.exists():
        print(f"corpus {path} missing: building it with make_corpus defaults"
              + (f" + --peer-suites {peer_suites}" if peer_suites else ""), flush=True)
        make_corpus(out=path, peer_suites=peer_suites)
        built = True
    documents = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    meta_path = Path(str(path) + ".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None
    return documents, meta, built



def print_footer(wall_start: float, rerun: str, meta: dict | None) -> None:
    """The closing lines every bench prints: wall time, how to rerun, how the corpus was made."""
    import time

    print()
    print(f"total wall time {time.perf_counter() - wall_start:.1f} s")
    print(f"rerun: {rerun}")
    if meta and meta.get("command"):
        print(f"corpus rebuilt by: {meta['command']}")


if __name__ == "__main__":
    sys.exit(main())
