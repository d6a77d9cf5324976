"""Slips of form in the parallel pairs: both sides mean the same figure, but one side writes it in
a way its own reader misreads (read from our gold, ``corpora/gold/parallel-*.jsonl``).

- French written with English separators ("£480,000" is 480 to a French reader);
- English written with French separators ("5,829%", "1,2 and 1,4 milliards euros", "HUF 350.000");
- a scale word or digit left out or mistyped (the gold note says so: "$7.3" for 7.3 million);
- gold values a little off between the two sides (within the 0.5 % agreement allows).

The data's README lists such lines among the known defects of the reference translations.
``bench/parallel_agreement.py`` sets them aside with the pairs whose gold sides differ, and
lists them in ``corpora/gold/translation-differences.md``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

DOC_PREFIX = "parallel/pairs-fr-en.jsonl#"
FIGURE = re.compile(r"\d[\d,.]*\d|\d")
SCALES = (("milliard", Decimal(10) ** 9), ("million", Decimal(10) ** 6))
SLIP_NOTE = re.compile(r"left out|missing|typo", re.I)


def readings(text: str) -> tuple[Decimal, Decimal] | None:
    """The first figure of ``text`` (times its scale word) read with English separators (comma
    groups, decimal point) and read the French way, or None.

    >>> readings("5,829 %")
    (Decimal('5829'), Decimal('5.829'))
    """
    found = FIGURE.search(text)
    if found is None:
        return None
    scale = next((size for word, size in SCALES if word in text.lower()), Decimal(1))
    digits = found.group()
    try:
        return (Decimal(digits.replace(",", "")) * scale,
                Decimal(digits.replace(".", "").replace(",", ".")) * scale)
    except ArithmeticError:
        return None


def english_separators(text: str, value: str | None) -> bool:
    """Whether a French claim is written the English way: its digits mean ``value`` read with
    English separators (comma groups, decimal point) and something else read the French way.

    >>> english_separators("£480,000", "480000"), english_separators("5,829 %", "5.829")
    (True, False)
    >>> english_separators("$ 1.4 milliard", "1400000000"), english_separators("42.000 millions", "42000000000")
    (True, False)
    """
    read = readings(text) if value is not None else None
    return read is not None and read[0] != read[1] and read[0] == Decimal(value)


def french_separators(text: str, value: str | None) -> bool:
    """Whether an English claim is written the French way (the mirror of ``english_separators``).

    >>> french_separators("5,829%", "5.829"), french_separators("1.779 million", "1779000000")
    (True, True)
    >>> french_separators("$480,000", "480000"), french_separators("2.5 percent", "2.5")
    (False, False)
    """
    read = readings(text) if value is not None else None
    return read is not None and read[0] != read[1] and read[1] == Decimal(value)


def slips_of_form(folder: Path, listed: set[str]) -> list[tuple[str, str]]:
    """Pairs whose two sides mean the same figures but one side writes one wrong, from the gold:
    a claim written with the other language's separators, one whose note says a scale word or
    digit is missing or mistyped, or gold values that differ by less than the 0.5 % agreement
    allows; the pairs in ``listed`` (gold sides differ) are left out."""
    raw: dict[str, dict[str, list[dict]]] = {}
    files = sorted(folder.rglob("*.jsonl")) if folder.is_dir() else [folder]
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if DOC_PREFIX in line:
                case = json.loads(line)
                pair_id, _, side = case["doc"].removeprefix(DOC_PREFIX).rpartition("/")
                raw.setdefault(pair_id, {})[side] = case["expected"]
    found = []
    for pair_id, sides in sorted(raw.items()):
        if pair_id in listed or set(sides) != {"fr", "en"}:
            continue
        why = []
        for side, misread, other in (("fr", english_separators, "English"), ("en", french_separators, "French")):
            for claim in sides[side]:
                figure = claim.get("value") or f"{claim.get('low')}–{claim.get('high')}"
                if misread(claim.get("text") or "", claim.get("value") or claim.get("low")):
                    why.append(f"{side} {figure} written with {other} separators")
                elif SLIP_NOTE.search(claim.get("note") or ""):
                    why.append(f"{side} {figure}: scale word or digits missing or mistyped")
        values = {side: sorted(Decimal(c["value"]) for c in sides[side] if c.get("value")) for side in sides}
        if not why and len(values["fr"]) == len(values["en"]) and values["fr"] != values["en"]:
            why.append("fr " + ", ".join(map(str, values["fr"])) + " vs en " + ", ".join(map(str, values["en"])))
        if why:
            found.append((pair_id, "; ".join(why)))
    return found


