"""Claim agreement between the French and English sides of the parallel news pairs (issue 12).

    python bench/parallel_agreement.py
    python bench/parallel_agreement.py --pairs ../shared/dev/parallel/pairs-fr-en.jsonl \
        --gold corpora/gold --out-differences corpora/gold/translation-differences.md

For each pair, ``factcheck.extract`` reads the French side (lang fr) and the English side
(lang en); their claims are matched one to one (a maximum bipartite matching) when they have
the same kind, the same value within 0.5 % relative (a range matches a range, both ends) and a
compatible currency. A pair agrees when every claim of both sides is matched (two empty sides
agree). The same is computed on our hand gold of both sides (corpora/gold/parallel-*.jsonl):
the pairs whose GOLD sides differ are genuine translation differences and are set aside, and so
are the slips of form (one side misrenders a figure both sides mean: bench/parallel_slips.py);
the figure with the slips kept in is printed too.

``--context line`` (the default) reads each side alone; ``--context article`` reads it in its
news article (every line of its WMT document, from ``sentences-fr-en.jsonl``) and keeps the
claims of the line, as ``factcheck evaluate`` scores the gold and as the annotators read it (a
currency written two sentences before).

Null currency, two variants, both reported:
- ``lenient``: a null currency matches any currency (null says "not written / unclear",
  e.g. bare "couronnes", or a percentage);
- ``strict``: a null currency matches only a null currency (a side that writes "USD" and a
  side that writes no currency disagree).
Each variant uses its own rule everywhere: for the extractor, for the gold, and for the
pairs it sets aside.

A benchmark: prints numbers, exit 0 whatever they are; 2 for a bad path.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
sys.path.insert(0, str(REPO_DIR))

from factcheck.api import extract  # noqa: E402
from factcheck.evaluate.gold import GoldCase, _article_of_line  # noqa: E402
from parallel_slips import DOC_PREFIX, slips_of_form  # noqa: E402  (bench/ is the script's folder)

TOLERANCE = Decimal("0.005")
DEFAULT_PAIRS = "../shared/dev/parallel/pairs-fr-en.jsonl"
VARIANTS = ("lenient", "strict")
SHOW_FIRST = 30


class Item(NamedTuple):
    """What agreement compares of a claim: kind, value or range, currency."""

    kind: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    currency: str | None


def item_of(claim) -> Item:
    """The compared fields of an extracted ``Claim`` or a ``GoldClaim``."""
    def dec(x):
        return None if x is None else Decimal(str(x))
    return Item(claim.kind, dec(claim.value), dec(claim.low), dec(claim.high), claim.currency)


def close(a: Decimal | None, b: Decimal | None) -> bool:
    """Equal within 0.5 % of the larger magnitude; both missing counts as equal.

    >>> close(Decimal("31100000"), Decimal("31250000")), close(Decimal("47"), Decimal("43"))
    (True, False)
    """
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(abs(a), abs(b)) * TOLERANCE


def same_value(a: Item, b: Item) -> bool:
    """Same single value, or the same range by both ends (a range never matches a value)."""
    return close(a.value, b.value) and close(a.low, b.low) and close(a.high, b.high)


def currency_ok(a: str | None, b: str | None, variant: str) -> bool:
    """``lenient``: null matches anything; ``strict``: null matches only null."""
    if a is None or b is None:
        return variant == "lenient" or a == b
    return a == b


def agree(a: Item, b: Item, variant: str) -> bool:
    return a.kind == b.kind and same_value(a, b) and currency_ok(a.currency, b.currency, variant)


def match(left: list[Item], right: list[Item], variant: str) -> dict[int, int]:
    """A maximum one-to-one matching (augmenting paths): left index -> right index."""
    owner: dict[int, int] = {}  # right index -> left index

    def augment(i: int, seen: set[int]) -> bool:
        for j, candidate in enumerate(right):
            if j in seen or not agree(left[i], candidate, variant):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def leftovers(left: list[Item], right: list[Item], variant: str) -> tuple[list[Item], list[Item]]:
    """The claims of each side that the matching leaves unmatched."""
    pairs = match(left, right, variant)
    used = set(pairs.values())
    return ([x for i, x in enumerate(left) if i not in pairs],
            [y for j, y in enumerate(right) if j not in used])


def explain(missed: list[Item], extra: list[Item], variant: str) -> list[str]:
    """Name the differences between a side's gold (``missed``) and its extraction (``extra``):
    a same-kind pair is 'value differs' or 'currency differs'; the rest 'missed' / 'extra'."""
    reasons, extra = [], list(extra)
    for gold in missed:
        twin = next((e for e in extra if e.kind == gold.kind and same_value(gold, e)), None)
        label = "currency differs"
        if twin is None:
            twin = next((e for e in extra if e.kind == gold.kind
                         and currency_ok(gold.currency, e.currency, variant)), None)
            label = "value differs"
        if twin is None:
            reasons.append("missed")
        else:
            extra.remove(twin)
            reasons.append(label)
    return reasons + ["extra"] * len(extra)


def reason(pair: dict, variant: str) -> str:
    """Why the extraction disagrees where the gold agrees, side by side against the gold."""
    parts = []
    for side in ("fr", "en"):
        missed, extra = leftovers(pair["gold"][side], pair["found"][side], variant)
        for label, count in sorted(Counter(explain(missed, extra, variant)).items()):
            parts.append(f"{side} side {label}" + (f" ×{count}" if count > 1 else ""))
    return "; ".join(parts) or "both sides match their gold (tolerance not transitive)"


def load_pairs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_gold(folder: Path, texts: dict[str, dict]) -> dict[tuple[str, str], list[Item]]:
    """(pair id, side) -> gold claims, from every ``*.jsonl`` under ``folder`` whose docs name
    the pairs file; each span is checked against the pair's text."""
    gold: dict[tuple[str, str], list[Item]] = {}
    files = sorted(folder.rglob("*.jsonl")) if folder.is_dir() else [folder]
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if DOC_PREFIX not in line:
                continue
            case = GoldCase.model_validate_json(line)
            pair_id, _, side = case.doc.removeprefix(DOC_PREFIX).rpartition("/")
            text = texts[pair_id][side]
            for claim in case.expected:
                if claim.text is not None and text[claim.start:claim.end] != claim.text:
                    raise SystemExit(f"{path}:{number}: span {claim.start}-{claim.end} is not {claim.text!r}")
            if (pair_id, side) in gold:
                print(f"warning: {pair_id}/{side} annotated twice; {path.name}:{number} kept", file=sys.stderr)
            gold[(pair_id, side)] = [item_of(c) for c in case.expected]
    return gold


def agreement(pairs: list[dict], source: str, variant: str) -> dict:
    """Pairs, agreeing pairs and claim-level agreement (matched claims × 2 / all claims)."""
    total = Counter()
    for pair in pairs:
        fr, en = pair[source]["fr"], pair[source]["en"]
        matched = len(match(fr, en, variant))
        total.update(pairs=1, agreeing=int(matched == len(fr) == len(en)),
                     matched=matched, claims=len(fr) + len(en))
    total["claim_agreement"] = 2 * total["matched"] / total["claims"] if total["claims"] else 1.0
    return total


def pair_agrees(pair: dict, source: str, variant: str) -> bool:
    fr, en = pair[source]["fr"], pair[source]["en"]
    return len(match(fr, en, variant)) == len(fr) == len(en)


def show(item: Item) -> str:
    """A claim as a short text: '31100000 EUR', '47 %', '300–400 EUR', '12 (no currency)'.

    >>> show(Item("money", Decimal("3.1E+7"), None, None, "EUR"))
    '31000000 EUR'
    """
    def num(x: Decimal) -> str:
        return f"{x.normalize():f}"
    figure = num(item.value) if item.value is not None else f"{num(item.low)}–{num(item.high)}"
    if item.kind == "percent":
        return f"{figure} %"
    return f"{figure} {item.currency or '(no currency)'}"


def describe(pair: dict, variant: str) -> str:
    """'fr 31100000 EUR vs en 31400000 EUR', from the gold claims the matching leaves over."""
    fr, en = leftovers(pair["gold"]["fr"], pair["gold"]["en"], variant)
    def side(items):
        return ", ".join(map(show, items)) or "nothing"
    return f"fr {side(fr)} vs en {side(en)}"


def extract_line(record: dict, side: str, shared: Path | None) -> list:
    """The claims of one side of a pair: read alone, or (``shared``: the folder above ``dev/``)
    in its article, keeping those inside the line."""
    text = record[side]
    article, offset = _article_of_line(f"{DOC_PREFIX}{record['id']}/{side}", str(shared)) if shared else (None, 0)
    if article is None:
        return extract(text, side)
    end = offset + len(text)
    return [claim for claim in extract(article, side) if offset <= claim.start and claim.end <= end]


def build(pairs_path: Path, gold_path: Path, shared: Path | None = None) -> tuple[list[dict], int]:
    """Every pair with its extracted and gold claims per side, and how many pairs lack gold;
    ``shared`` set: each side read in its article (``extract_line``)."""
    records = load_pairs(pairs_path)
    texts = {r["id"]: r for r in records}
    gold = load_gold(gold_path, texts)
    pairs = []
    for record in records:
        found = {side: [item_of(c) for c in extract_line(record, side, shared)] for side in ("fr", "en")}
        pairs.append({"id": record["id"], "found": found, "selected_by": record.get("selected_by", {}),
                      "gold": {side: gold.get((record["id"], side)) for side in ("fr", "en")}})
    missing = [p["id"] for p in pairs if None in p["gold"].values()]
    if missing:
        print(f"warning: {len(missing)} pairs lack a gold side (left out of the gold figures): "
              f"{', '.join(missing[:10])}", file=sys.stderr)
    return [p for p in pairs if None not in p["gold"].values()], len(missing)


def line(label: str, total: dict) -> str:
    return (f"  {label:<34} pairs {total['pairs']:>4}  agreeing {total['agreeing']:>4} "
            f"({total['agreeing'] / max(total['pairs'], 1):.4f})  claims {total['claims']:>5}  "
            f"matched {total['matched']:>4}  claim agreement {total['claim_agreement']:.4f}")


def gold_differs(pairs: list[dict], variant: str) -> list[dict]:
    """The pairs whose gold French and gold English claims differ under ``variant``."""
    return [p for p in pairs if not pair_agrees(p, "gold", variant)]


def report_variant(pairs: list[dict], variant: str, slips: set[str]) -> None:
    """Print one variant's figures. Set aside: the pairs whose gold sides differ and the slips
    of form (``slips``: one side misrenders a figure both sides mean; bench/parallel_slips.py)."""
    aside = gold_differs(pairs, variant)
    kept_slips = [p for p in pairs if pair_agrees(p, "gold", variant)]
    kept = [p for p in kept_slips if p["id"] not in slips]
    print(f"\n== null currency: {variant} "
          f"({'null matches anything' if variant == 'lenient' else 'null must match null'})")
    print(line("extractor, all pairs", agreement(pairs, "found", variant)))
    print(line("extractor, differences set aside", agreement(kept, "found", variant)))
    print(f"  set aside: {len(aside)} whose gold fr and en differ, {len(kept_slips) - len(kept)} slips of form")
    print(line("extractor, slips of form kept in", agreement(kept_slips, "found", variant)))
    print(line("gold, all pairs", agreement(pairs, "gold", variant)))
    print(line("gold, differences set aside", agreement(kept, "gold", variant)))
    wrong = [p for p in kept if not pair_agrees(p, "found", variant)]
    reasons = [(p["id"], reason(p, variant)) for p in wrong]
    print(f"  extractor disagrees where the gold agrees: {len(wrong)} pairs")
    categories = Counter(part.split(" ×")[0] for _, text in reasons for part in text.split("; "))
    print("  reasons (a pair may have several): "
          + ", ".join(f"{name} {count}" for name, count in categories.most_common()))
    for pair_id, text in reasons[:SHOW_FIRST]:
        print(f"    {pair_id:<20} {text}")
    both_wrong = [p["id"] for p in kept if pair_agrees(p, "found", variant) and any(
        len(match(p["gold"][s], p["found"][s], variant)) != max(len(p["gold"][s]), len(p["found"][s]))
        for s in ("fr", "en"))]
    print(f"  extractor agrees but a side differs from its gold (agreement is not correctness): "
          f"{len(both_wrong)} pairs, first: {', '.join(both_wrong[:10])}")


def cue_without_claims(pairs: list[dict]) -> None:
    """Pairs selected for a cue where the extractor found nothing on either side."""
    empty = [p for p in pairs if any(p["selected_by"].get(s) for s in ("fr", "en"))
             and not p["found"]["fr"] and not p["found"]["en"]]
    with_gold = [p["id"] for p in empty if p["gold"]["fr"] or p["gold"]["en"]]
    print(f"\npairs with a cue and no claim extracted on either side: {len(empty)}; "
          f"of them with a gold claim: {len(with_gold)} {', '.join(with_gold[:SHOW_FIRST])}")


def write_differences(path: Path, lenient: list[dict], strict: list[dict],
                      slips: list[tuple[str, str]]) -> None:
    """The genuine translation differences, by id, with the gold values that differ."""
    lenient_ids = {p["id"] for p in lenient}
    rows = ["# Genuine translation differences in the parallel pairs", "",
            "Generated by `bench/parallel_agreement.py --out-differences` from our gold "
            "(`corpora/gold/parallel-*.jsonl`): the pairs of `../shared/dev/parallel/pairs-fr-en.jsonl` "
            "whose gold French and gold English claims differ (kind, value within 0.5 %, currency; "
            "each side was annotated as written). Ids and values only, no text. The values listed "
            "are the gold claims left unmatched on each side.", "",
            f"## Null currency matches any currency ({len(lenient)} pairs)", "",
            "| id | difference |", "|---|---|"]
    rows += [f"| {p['id']} | {describe(p, 'lenient')} |" for p in lenient]
    only_strict = [p for p in strict if p["id"] not in lenient_ids]
    rows += ["", f"## Also different when a null currency must match a null currency "
             f"({len(only_strict)} more pairs)", "",
             "One side writes (or implies) a currency the other leaves unclear.", "",
             "| id | difference |", "|---|---|"]
    rows += [f"| {p['id']} | {describe(p, 'strict')} |" for p in only_strict]
    rows += ["", f"## Slips of form: the same figure written wrong on one side ({len(slips)} more pairs)", "",
             "Both sides mean the same figure, so the gold agrees, but one side writes it in a way its "
             "own reader misreads: the other language's separators ('480,000' is 480 in French, "
             "'5,829%' is 5829 % in English), a scale word or digit left out, or a value a little off. "
             "A comparison of the two is right to report them; the agreement figures set them aside "
             "with the pairs above.", "",
             "| id | difference |", "|---|---|"]
    rows += [f"| {pair_id} | {why} |" for pair_id, why in slips]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"\nwrote {path} ({len(lenient)} + {len(only_strict)} + {len(slips)} pairs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", default=DEFAULT_PAIRS)
    parser.add_argument("--gold", default="corpora/gold")
    parser.add_argument("--out-differences", metavar="FILE")
    parser.add_argument("--context", choices=("line", "article"), default="line",
                        help="read each side alone (default) or in its news article")
    args = parser.parse_args(argv)
    pairs_path, gold_path = Path(args.pairs), Path(args.gold)
    for path in (pairs_path, gold_path):
        if not path.exists():
            print(f"not found: {path} (run from the repository root)", file=sys.stderr)
            return 2
    shared = pairs_path.resolve().parent.parent.parent if args.context == "article" else None
    pairs, lacking = build(pairs_path, gold_path, shared)
    print(f"pairs: {len(pairs) + lacking} in {pairs_path}; with gold on both sides: {len(pairs)}; "
          f"each side read {'in its article' if shared else 'alone'}")
    aside = {variant: gold_differs(pairs, variant) for variant in VARIANTS}
    slips = slips_of_form(gold_path, {p["id"] for variant in VARIANTS for p in aside[variant]})
    for variant in VARIANTS:
        report_variant(pairs, variant, {pair_id for pair_id, _ in slips})
    cue_without_claims(pairs)
    if args.out_differences:
        write_differences(Path(args.out_differences), aside["lenient"], aside["strict"], slips)
    command = ["python bench/parallel_agreement.py", f"--pairs {args.pairs}", f"--gold {args.gold}",
               f"--context {args.context}"]
    if args.out_differences:
        command.append(f"--out-differences {args.out_differences}")
    print("\nrerun: " + " ".join(command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
