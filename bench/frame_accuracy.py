"""Frame accuracy per field against hand annotations (corpora/frames/frames-*.jsonl).

    python bench/frame_accuracy.py                          # every corpora/frames/frames-*.jsonl
    python bench/frame_accuracy.py tests/frame/gold-mini.jsonl --shared ../shared/dev

Each gold line names one claim (doc, claim span) and its entity, metric, period and role
(format: plans/frames.md). The doc is read (``checks/...`` relative to ``--shared``,
``corpora/...`` or ``tests/...`` relative to the repository), claims are extracted and framed
with the line's ``article_date``, and the claim overlapping the gold span is scored:
entity and metric by ``same_phrase`` (the rule is written in corpora/frames/FRAMES.md, "How
the benchmark scores"; both null counts as right), period by equal ``value`` (both null
right), role and per_unit by equality; a designation or pronoun span that carries ``refers``
("the company", "it") is also right when the frame names the mention it refers to
(``--spans-only`` scores the spans alone). A gold claim the extractor misses counts wrong on
every field in the first table; the second table scores the frames of the claims found only
(extraction recall is measured elsewhere). Prints accuracy per field; exit 0 (a benchmark,
not a test).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.extraction.finder import find_claims  # noqa: E402
from factcheck.frame.build import add_frames  # noqa: E402

FIELDS = ("entity", "metric", "period", "role", "per_unit")


LEADING = re.compile(r"^(?:(?:the|a|an|its|their|la|le|les|du|de|des|sa|son|ses|leur|leurs)\s+|[ld]')+")
ENGLISH_BREAK = re.compile(r"\s(?:of|from|for|in|on|at|to|with|by)\s")


def folded(text: str) -> str:
    """Lower case, no accents, straight apostrophes, no leading article or possessive.

    >>> folded("L’Économie française"), folded("the euro area")
    ('economie francaise', 'euro area')
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return LEADING.sub("", " ".join(text.casefold().split())).strip()


def head_word(text: str, lang: str) -> str:
    """The word a noun phrase is about: the last word before the first preposition in
    English ("public sector budget deficit", "profit from recurring operations"), the first
    word in French ("taux de chômage", "dette publique"); a final plural s or x dropped.

    >>> head_word("the 2025 growth projection", "en"), head_word("Profit from recurring operations", "en")
    ('projection', 'profit')
    >>> head_word("les prix à la consommation", "fr"), head_word("dette publique", "fr")
    ('prix', 'dette')
    """
    words = folded(text)
    if lang == "en":
        words = ENGLISH_BREAK.split(f" {words} ")[0]
    tokens = re.findall(r"[a-z0-9]+", words)
    if not tokens:
        return ""
    word = tokens[-1] if lang == "en" else tokens[0]
    return word[:-1] if len(word) > 3 and word[-1] in "sx" and lang == "en" else word


SMALL_WORDS = {"de", "la", "le", "les", "du", "des", "d", "l", "et", "of", "the", "and", "for"}


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` (in capitals) is made of the initials of ``name``'s words, small
    words left out: "ECB" and "European Central Bank", "BCE" and "Banque centrale européenne".

    >>> spells("ECB", "the European Central Bank"), spells("EU", "euro area")
    (True, False)
    """
    if not acronym.isupper() or not acronym.isalpha():
        return False
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", folded(name)) if w not in SMALL_WORDS)
    return initials == acronym.casefold()


def same_phrase(field: str, gold: dict | None, found, lang: str) -> bool:
    """Whether a found entity or metric span names what the gold span names: the spans
    overlap, or their folded texts are equal (another mention of the same thing: the
    annotator points at one, the frame may carry another), or, for an entity, the shorter
    folded text is a whole-word part of the longer and holds a capital ("TotalEnergies" in
    "TotalEnergies SE") or is an acronym of it ("ECB", "European Central Bank"), or, for a
    metric, both have the same head word ("GDP growth" and
    "growth"; "taux de chômage" and "taux de chômage des jeunes").

    >>> from types import SimpleNamespace as S
    >>> same_phrase("metric", {"start": 0, "end": 10, "text": "GDP growth"}, S(start=40, end=46, text="growth"), "en")
    True
    >>> same_phrase("entity", {"start": 0, "end": 9, "text": "la France"}, S(start=50, end=56, text="France"), "fr")
    True
    >>> same_phrase("entity", {"start": 0, "end": 9, "text": "zone euro"}, S(start=50, end=64, text="Union européenne"), "fr")
    False
    """
    if gold is None or found is None:
        return gold is None and found is None
    if gold["start"] < found.end and found.start < gold["end"]:
        return True
    want, got = folded(gold["text"]), folded(found.text)
    if not want or not got:
        return False
    if want == got:
        return True
    if field == "entity":
        short, long_ = sorted((gold["text"], found.text), key=len)
        return (any(c.isupper() for c in short) and f" {folded(short)} " in f" {folded(long_)} "
                or spells(short, long_))
    return head_word(gold["text"], lang) == head_word(found.text, lang) != ""


def field_right(field: str, gold: dict, frame, referring: bool = True) -> bool:
    """Whether the frame's ``field`` is right; with ``referring``, a designation or pronoun span
    ("the company", "it") is also matched by the mention it refers to (its ``refers``)."""
    found = getattr(frame, field) if frame else None
    if field in ("entity", "metric"):
        span, lang = gold.get(field), gold.get("lang", "fr")
        return same_phrase(field, span, found, lang) or (
            referring and span is not None and "refers" in span and same_phrase(field, span["refers"], found, lang))
    if field == "period":
        want = (gold.get("period") or {}).get("value")
        return want == (found.value if found else None)
    return gold.get(field) == found


def doc_path(doc: str, shared: Path) -> Path:
    """``corpora/...`` and ``tests/...`` in the repository; ``checks/...`` under ``shared``
    (its ``dev/`` folder when ``shared`` is the whole shared tree)."""
    if doc.startswith(("corpora/", "tests/")):
        return REPO / doc
    return shared / doc if (shared / doc).exists() or not (shared / "dev" / doc).exists() else shared / "dev" / doc


def score(lines: list[dict], shared: Path, limit: int = 30,
          referring: bool = True) -> tuple[Counter, int, list[str]]:
    """Right answers per field (``found`` counts the gold claims the extractor found, and
    ``<field>/found`` the right answers among those), the number of gold claims, misses."""
    right, misses, framed_docs, texts = Counter(), [], {}, {}
    for gold in lines:
        key = (gold["doc"], gold.get("article_date"))
        if key not in framed_docs:
            text = doc_path(gold["doc"], shared).read_text(encoding="utf-8")
            framed_docs[key] = add_frames(text, gold["lang"], find_claims(text, gold["lang"]),
                                          gold.get("article_date"))
            texts[gold["doc"]] = text
        for field in ("claim", *FIELDS):  # a long span carries offsets only: its words come from the text
            value = gold.get(field)
            for part in (value, value.get("refers") if isinstance(value, dict) else None):
                if isinstance(part, dict) and "text" not in part:
                    part["text"] = texts[gold["doc"]][part["start"]:part["end"]]
        span = gold["claim"]
        claim = next((c for c in framed_docs[key] if c.start < span["end"] and span["start"] < c.end), None)
        right["found"] += claim is not None
        for field in FIELDS:
            if claim is not None and field_right(field, gold, claim.frame, referring):
                right[field] += 1
                right[f"{field}/found"] += 1
            elif len(misses) < limit:
                got = getattr(claim.frame, field) if claim and claim.frame else "(no claim)"
                misses.append(f"{gold['doc']}:{span['start']} {span['text']!r} {field}: gold "
                              f"{gold.get(field)!r} got {got!r}")
    return right, len(lines), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="gold frame files (default corpora/frames/frames-*.jsonl)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "dev",
                        help="folder the checks/... doc ids are relative to")
    parser.add_argument("--misses", nargs="?", type=int, const=30, default=0,
                        help="print up to N wrong fields (30 when N is not given)")
    parser.add_argument("--spans-only", action="store_true",
                        help="score a designation or pronoun against its own span only, not its referent")
    args = parser.parse_args(argv)
    files = args.files or sorted((REPO / "corpora" / "frames").glob("frames-*.jsonl"))
    if not files:
        print("no gold frame files (corpora/frames/frames-*.jsonl)")
        return 0
    lines = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    right, total, misses = score(lines, args.shared, args.misses, not args.spans_only)
    found = right["found"]
    print(f"frame accuracy on {total} gold claims from {len(files)} file(s); {found} of them extracted")
    print(f"  {'field':<9} {'all gold':>16}   {'extracted only':>16}")
    for field in FIELDS:
        print(f"  {field:<9} {right[field] / max(total, 1):.3f} ({right[field]:>3}/{total})"
              f"   {right[field + '/found'] / max(found, 1):.3f} ({right[field + '/found']:>3}/{found})")
    for lang in sorted({line.get("lang", "fr") for line in lines}):
        some = [line for line in lines if line.get("lang", "fr") == lang]
        part = score(some, args.shared, 0, not args.spans_only)[0]
        print(f"  {lang}: " + ", ".join(f"{field} {part[field] / len(some):.3f}" for field in FIELDS)
              + f" ({len(some)} claims)")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
