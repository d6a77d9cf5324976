"""Language of whole documents from their common words alone, against the known language.

``detect`` lets the common words decide a long text (``sure_by_stopwords``) and builds
py3langid's model only for what they leave open. This prints, on whole documents, how many
the common words decide and how many of those they get wrong: the documents of the FR-EN
parallel set (each side, sentences joined; language known), the articles of a checks set
(language from the file name), and our own corpora (language from py3langid).

    python bench/langid_long_texts.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from factcheck.lang.detect import SAMPLE, WORD, detect_by_langid, sure_by_stopwords, without_names

ROOT = Path(__file__).resolve().parent.parent


def documents(shared: Path) -> list[tuple[str, str | None, str]]:
    """(origin, known language or None, text) of every document."""
    found: list[tuple[str, str | None, str]] = []
    sentences = shared / "dev" / "parallel" / "sentences-fr-en.jsonl"
    if sentences.is_file():
        joined: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"fr": [], "en": []})
        for line in sentences.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for lang in ("fr", "en"):
                joined[row["doc"]][lang].append(row[lang])
        for sides in joined.values():
            found += [("parallel", lang, " ".join(lines)) for lang, lines in sides.items()]
    for path in sorted((shared / "dev" / "checks" / "articles").glob("*.txt")):
        found.append(("dev checks", path.name[:2], path.read_text(encoding="utf-8")))
    for pattern in ("corpora/checks/articles/*.txt", "corpora/pairs/*.txt", "corpora/articles/*.txt"):
        found += [("our corpora", None, p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob(pattern))]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # documents, decided, wrong
    for origin, known, text in documents(args.shared):
        total = totals[origin]
        total[0] += 1
        sure = sure_by_stopwords(text)
        if sure is None:
            continue
        total[1] += 1
        truth = known or detect_by_langid(without_names(text[:SAMPLE]))[0]
        if sure != truth:
            total[2] += 1
            words = " ".join(WORD.findall(text[:200])[:12])
            print(f"  wrong: {origin}, read {sure}, is {truth}: {words} …")
    print(f"{'documents':<14}{'n':>6}{'decided':>9}{'wrong':>7}")
    for origin, (count, decided, wrong) in totals.items():
        print(f"{origin:<14}{count:>6}{decided:>9}{wrong:>7}")
    print("rerun: python bench/langid_long_texts.py --shared ../shared")


if __name__ == "__main__":
    main()
