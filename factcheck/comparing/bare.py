"""Figures written in the counterpart text that the extractor did not make claims of
("163 billion crowns": no currency it knows), read as bare numbers with an optional scale
word, so that a lone claim can still be compared with what the other side writes.

>>> [(str(f.value), f.scale_word) for f in bare_figures("a deficit of 163 billion crowns", "en")]
[('163000000000', 'billion')]
>>> [int(f.value) for f in bare_figures("un déficit de 1,5 billion", "fr")]
[1500000000000]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extraction.numbers import NumeralError, parse_numeral

SCALES = {"thousand": 3, "mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9,
          "billion": 9, "billions": 9, "bn": 9, "trillion": 12, "trillions": 12}
LONG_SCALE = {"billion": 12, "billions": 12, "trillion": 18, "trillions": 18}
FIGURE = re.compile(r"(?<![\w.,])(\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)"
                    r"(?:[\s-]*(thousand|mille|millions?|milliards?|billions?|bn|trillions?)\b)?", re.I)


@dataclass(frozen=True)
class BareFigure:
    start: int
    end: int
    text: str
    value: Decimal
    scale_word: str | None


def bare_figures(text: str, lang: str) -> list[BareFigure]:
    """Every number of ``text``, scaled as a reader of ``lang`` reads its scale word."""
    found = []
    for match in FIGURE.finditer(text):
        try:
            number = parse_numeral(match.group(1), lang)
        except (NumeralError, ValueError):
            continue
        word = (match.group(2) or "").lower() or None
        power = (LONG_SCALE.get(word) if lang == "fr" else None) or SCALES.get(word or "", 0)
        found.append(BareFigure(match.start(), match.end(), match.group(), number * Decimal(10) ** power, word))
    return found
