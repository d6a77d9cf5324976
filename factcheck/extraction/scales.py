"""Read the scale words of a quantity: "3,5 milliards", "60 thousand million", "three and a
half million", "7 millions et demi", "630 mille 697 dollars"; and, for French billion and
trillion, the long or the short scale.

A mixin of ``QuantityReader`` (extraction/quantity.py): the methods read ``self.atoms`` from
the atom after the figure and return the index of the last atom they took.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extraction.amount import Quantity
from factcheck.extraction.lexer import CUR, NUM, SCALE, SCUR, Atom
from factcheck.lang.data import NumberWords, alternatives

HYPHEN = re.compile(r"[-\u2011]")
PLAUSIBLE_MONEY = Decimal("1e15")
HALF, THOUSAND = Decimal("0.5"), Decimal(1000)
REMAINDER = re.compile(r"\d{1,3}")


class ScaleReader:
    """The scale-word half of ``QuantityReader``."""

    def read_scale(self, quantity: Quantity, k: int, prefix: Atom | None) -> int:
        k = self.read_and_a_half(quantity, k)
        nxt = self.read_one_scale(quantity, k, prefix)
        if nxt == k:
            return k
        nxt = self.read_second_scale(quantity, nxt)
        return self.read_scale_remainder(quantity, nxt)

    def scale_joined(self, k: int, nxt: int) -> bool:
        """A scale word next to the figure: spaced, glued, or hyphenated when it is a word
        ("$500-million loan", "150-million-crown campaign"), not an abbreviation ("5-m"), or
        after a word of ``scale_infix`` ("50 autres milliards")."""
        if nxt >= len(self.atoms):
            return False
        scale = self.atoms[nxt].sense(SCALE)
        if self.tight(k, nxt) or scale is None or scale.glued_only:
            return self.tight(k, nxt)
        gap = self.gap(self.atoms[k], self.atoms[nxt])
        return HYPHEN.fullmatch(gap) is not None or bool(self.scale_infix and self.scale_infix.fullmatch(gap))

    def read_and_a_half(self, quantity: Quantity, k: int) -> int:
        """"three and a half million": the half before the scale word adds 0.5."""
        match = self.half_before.match(self.text, quantity.end) if self.half_before else None
        nxt = self.atom_at(match.end(), k) if match else None
        if nxt is None or not self.atoms[nxt].has(SCALE) or quantity.number % 1:
            return k
        quantity.number += HALF
        quantity.extra["fraction_digits"] = 1
        return nxt - 1

    def atom_at(self, position: int, after: int) -> int | None:
        return next((j for j in range(after + 1, min(after + 4, len(self.atoms)))
                     if self.atoms[j].start == position), None)

    def read_second_scale(self, quantity: Quantity, k: int) -> int:
        """Two scale words multiply: "60 thousand million Euros" is 60 billion."""
        nxt = k + 1
        if not self.atoms[k].has(SCALE) or not self.scale_joined(k, nxt):
            return k
        scale = self.atoms[nxt].sense(SCALE)
        if scale is None or scale.glued_only or scale.short_value or quantity.short_scale:
            return k
        quantity.scale *= scale.value
        quantity.scale_word = self.text[self.atoms[k].start:self.atoms[nxt].end]
        quantity.end = self.atoms[nxt].end
        return nxt

    def read_scale_remainder(self, quantity: Quantity, k: int) -> int:
        """What follows the scale word inside the figure: "7 millions et demi de dollars",
        "630 mille 697 dollars" (a remainder under a thousand, then the unit)."""
        half = self.half_after.match(self.text, quantity.end) if self.half_after else None
        if half and not quantity.number % 1:
            quantity.number += HALF
            quantity.extra["fraction_digits"] = 1
            quantity.end = half.end()
            return k
        nxt = k + 1
        if quantity.scale != THOUSAND or quantity.extra.get("unit_done") or nxt + 1 >= len(self.atoms) or not self.tight(k, nxt) \
                or not self.atoms[nxt].has(NUM) or not self.atoms[nxt + 1].has(CUR) \
                or not self.tight(nxt, nxt + 1) or not REMAINDER.fullmatch(self.atoms[nxt].text):
            return k
        quantity.number += Decimal(self.atoms[nxt].text) / THOUSAND
        quantity.extra["fraction_digits"] = 3
        quantity.end = self.atoms[nxt].end
        return nxt

    def read_one_scale(self, quantity: Quantity, k: int, prefix: Atom | None) -> int:
        atoms = self.atoms
        nxt = k + 1
        if nxt >= len(atoms) or not self.scale_joined(k, nxt):
            return k
        if atoms[nxt].has(CUR) and nxt + 1 < len(atoms) and atoms[nxt + 1].has(SCALE) \
                and self.tight(nxt, nxt + 1) and quantity.currency is None:
            quantity.currency, quantity.kind = atoms[nxt].sense(CUR).code or None, "money"
            nxt += 1  # the unit before the scale word in translated copy: "42,000 euros million"
        atom = atoms[nxt]
        scur = atom.sense(SCUR)
        if scur is not None and quantity.currency in (None, scur.code) and quantity.scale is None:
            quantity.scale, quantity.scale_word = scur.value, atom.text
            quantity.currency, quantity.kind, quantity.end = scur.code, "money", atom.end
            quantity.extra["unit_done"] = True
            return nxt
        scale = atom.sense(SCALE)
        if scale is None or quantity.scale is not None:
            return k
        glued = self.gap(atoms[nxt - 1], atom) == ""
        currency_next = nxt + 1 < len(atoms) and atoms[nxt + 1].has(CUR) and self.tight(nxt, nxt + 1)
        if scale.glued_only and not (glued or prefix is not None or currency_next):
            return k
        if quantity.weak and quantity.extra.get("article") and not glued:
            quantity.weak = False  # "a billion": the article is a one here
        quantity.scale, quantity.short_scale = scale.value, scale.short_value
        quantity.scale_word, quantity.end = atom.text, atom.end
        quantity.weak = False
        return nxt

    def pick_reading(self, quantity: Quantity) -> str:
        """French billion/trillion: long scale unless the text plainly means the English one."""
        if quantity.prefix_symbol:
            return "short"  # "$7 trillions": English typography, English meaning
        if quantity.kind == "money" and quantity.value >= PLAUSIBLE_MONEY:
            return "short"
        return "long"


def half_patterns(words: NumberWords) -> dict:
    """The half said around a scale word, from the language data: "three and a half million"
    (``half_before``), "7 millions et demi" (``half_after``); None when the language has none."""
    spaced = r"[ \u00a0\u202f]+"
    return {
        "half_before": re.compile(rf"{spaced}(?:{alternatives(words.half_before_scale)}){spaced}", re.I)
        if words.half_before_scale else None,
        "half_after": re.compile(rf"{spaced}(?:{alternatives(words.half_after_scale)})(?![^\W\d_])", re.I)
        if words.half_after_scale else None,
    }
