"""One quantity read from the text: a number with what the text writes around it (scale
word, currency, sub-unit, percent), before it becomes a claim. Read by ``quantity.py``,
joined by ``combine.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Quantity:
    start: int
    end: int
    number: Decimal
    kind: str | None = None  # "money", "percent", or None for a bare number
    currency: str | None = None
    scale: Decimal | None = None
    short_scale: Decimal | None = None
    scale_word: str | None = None
    scale_reading: str | None = None  # "long" or "short" for French billion/trillion
    factor: Decimal = Decimal(1)
    points: bool = False
    weak: bool = False  # "one", "un": a number only next to a unit
    prefix_symbol: bool = False
    words: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def value(self) -> Decimal:
        return self.number * (self.scale or 1) * self.factor

    @property
    def precision(self) -> Decimal:
        """The unit of the last digit the text states, fully scaled: "595,3 milliards" -> 10^8,
        "1 500 000" -> 10^5 (trailing zeros are read as rounding)."""
        digits = self.extra.get("fraction_digits", 0)
        if digits or self.words:
            step = Decimal(1).scaleb(-digits)
        else:
            whole = str(abs(self.number.to_integral_value()))
            step = Decimal(1).scaleb(len(whole) - len(whole.rstrip("0"))) if whole != "0" else Decimal(1)
        return step * (self.scale or 1) * self.factor
