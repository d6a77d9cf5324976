"""Join neighbouring quantities: "15 dollars et 15 cents", "entre $5 et $7 trillions",
"600, 700 voire 800 euros". Bare numbers that nothing joins are dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from decimal import Decimal

from factcheck.extraction.amount import Quantity
from factcheck.extraction.bare import BareUnits, looks_like_year, same_magnitude
from factcheck.extraction.elided import ElidedUnit
from factcheck.extraction.implied import ImpliedCurrency
from factcheck.extraction.readings import (THOUSAND, either_low, grouped_thousands, margin_start, quoted_against,
                                           thousands_elided)
from factcheck.extraction.sign import written_sign
from factcheck.extraction.table import TableCells
from factcheck.lang.data import LanguageData, alternatives, load

SPACES = r"[ \u00a0\u202f]*"
CENTS_END = re.compile(r"[ \u00a0\u202f]*(?:$|[.,;:!?)\]\"»\n])")


@dataclass
class Mention:
    """A claim's quantities before the claim is built: one quantity, or a range of two."""

    start: int
    end: int
    kind: str
    quantity: Quantity
    high: Quantity | None = None  # set for a range; ``quantity`` is then the low end
    low_sign: int = 1  # the signs written on each end of a range: "de -5 à -3 %"
    high_sign: int = 1
    changes_previous: bool = False  # the new value of a change whose old value is the mention before


@cache
def _joins(lang: str) -> dict:
    """The join patterns of a language, compiled once per process (not once per text)."""
    cues = load(lang).cues
    return {
        "compound_gap": re.compile(rf"{SPACES}(?:(?:{alternatives(cues.compound_join)}){SPACES})?", re.I),
        "list_gap": re.compile(rf"{SPACES}(?:{alternatives(cues.list_join)}){SPACES}", re.I),
        "pairs": {(o.casefold(), j.casefold()) for o, j in cues.range_pairs},
        "range_from": {w.casefold() for w in cues.range_from},
        "change_to": {w.casefold() for w in cues.change_to},
        "range_between": {w.casefold() for w in cues.range_between},
        "either": re.compile(rf"[ \u00a0\u202f]+(?:{alternatives(cues.either)})[ \u00a0\u202f]+", re.I)
        if cues.either else None,
        "range_gap": re.compile(rf"{SPACES}({alternatives(cues.range_join)}){SPACES}([-\u2212\u2013+]?)", re.I),
        "opener": re.compile(rf"(?:^|(?<=[\s(\"'«“‘]))({alternatives(cues.range_open)}){SPACES}$", re.I),
        "quoted": quoted_against(load(lang)),
        "change": re.compile(rf"(?:^|\W)(?:{alternatives(cues.change_verbs)})\W+$", re.I),
        # "a augmenté cette année de 1,7 à 123,3 milliards", "a porté sa part dans la société
        # d'autoroutes qu'il détient avec X de 8 pour cent à 12,5 pour cent" (a stake raised, as in
        # dev/parallel news-test2008-2036/fr): up to ten words of the clause between the verb and "de"
        "change_far": re.compile(rf"(?:^|\W)(?:{alternatives(cues.change_verbs)})"
                                 rf"(?:[ \u00a0'’-]+[^\W\d_]+){{1,10}}[ \u00a0]+$", re.I),
    }


class Combiner(BareUnits):
    """Joins the quantities of one text into mentions (a bare figure's unit: extraction/bare.py)."""

    def __init__(self, text: str, data: LanguageData, named: list[tuple[int, str]] = ()):
        self.text = text
        self.data = data
        self.named = list(named)  # currencies named as a sentence's unit: implied.named_units
        self.implied: ImpliedCurrency | None = None  # built on the first bare scaled amount
        self.cells: TableCells | None = None  # built on the first bare unscaled number
        self.elided: ElidedUnit | None = None
        self.__dict__.update(_joins(data.lang))  # compound_gap, list_gap, pairs, range_gap, opener, change…

    def gap(self, left: Quantity, right: Quantity) -> str:
        return self.text[left.end:right.start]

    def combine(self, quantities: list[Quantity]) -> list[Mention]:
        merged = self.compounds(quantities)
        self.read_local_names(merged)
        self.read_subunit_currency(merged)
        claims: list[Mention] = []
        i = 0
        while i < len(merged):
            if claims and i + 1 < len(merged) and merged[i].kind is None and merged[i + 1].kind is None \
                    and merged[i].scale is None and not merged[i].words:
                # "900 euros, et de 370 à 500", "50,000 euros to 100,000, or for 5,000-15,000"
                ends_range = claims[-1].kind == "money" and merged[i].number < merged[i + 1].number \
                    and self.range_gap.fullmatch(self.gap(merged[i], merged[i + 1])) is not None
                merged[i] = self.elided_money(merged[i], claims[-1], merged[i + 1].end if ends_range else None)
            if i + 1 < len(merged) and merged[i].kind is None and merged[i + 1].kind is None \
                    and merged[i + 1].scale is not None and not merged[i + 1].weak:
                merged[i + 1] = self.implied_money(merged[i + 1], merged)  # "dix à quinze milliards"
            taken = self.either_at(merged, i) or self.range_at(merged, i) or self.list_at(merged, i)
            if taken:
                new_claims, i = taken
                claims.extend(new_claims)
                continue
            quantity = merged[i]
            if quantity.kind is None and not quantity.weak and quantity.scale is not None:
                quantity = self.implied_money(quantity, merged)
            elif quantity.kind is None and not quantity.weak:
                quantity = quantity if quantity.words else self.table_cell(quantity)
                if quantity.kind is None and claims:
                    quantity = self.elided_money(quantity, claims[-1])  # "… nine thousand a year ago"
                if quantity.kind is None:
                    quantity = self.quoted_rate(quantity)
                if quantity.kind is None and grouped_thousands(self.text, quantity) and not self.opens_bare_range(merged, i):
                    quantity = self.implied_plain(quantity, merged)
            if quantity.kind is not None and not quantity.weak:
                claims.append(self.single(quantity))
            i += 1
        return claims

    def single(self, quantity: Quantity) -> Mention:
        """One figure; a margin written before it ("+/-0,3 point", "±2 %") makes it the range
        from minus to plus that figure."""
        margin = margin_start(self.text, quantity.start)
        if margin is None:
            return Mention(quantity.start, quantity.end, quantity.kind, quantity)
        return Mention(margin, quantity.end, quantity.kind, quantity, quantity, low_sign=-1)

    # -- "15 dollars et 15 cents", "$20 43" ----------------------------------------------
    def compounds(self, quantities: list[Quantity]) -> list[Quantity]:
        out: list[Quantity] = []
        for quantity in quantities:
            main = out[-1] if out else None
            if main is not None and self.is_cents_of(main, quantity):
                cents = quantity.number * (quantity.factor if quantity.kind else Decimal("0.01"))
                main.number += cents / (main.factor * (main.scale or 1))
                main.end = quantity.end
                main.extra["compound"] = True
                continue
            out.append(quantity)
        return out

    def is_cents_of(self, main: Quantity, part: Quantity) -> bool:
        if main.kind != "money" or main.scale or main.factor != 1 or main.extra.get("compound"):
            return False
        if main.number != main.number.to_integral_value() or main.extra.get("fraction_digits"):
            return False
        if not (0 < part.number < 100 and part.number == part.number.to_integral_value()):
            return False
        if self.compound_gap.fullmatch(self.gap(main, part)) is None:
            return False
        if part.kind == "money" and part.factor == Decimal("0.01") and not part.extra.get("prefix"):
            return part.currency in (None, main.currency)
        if part.kind is None and part.scale is None:
            # "2 euros 50": bare cents only after a currency word written after the number,
            # as French prices are written; never after a symbol ("$20 43" is two numbers)
            suffix = main.extra.get("suffix", "")
            return any(ch.isalpha() for ch in suffix) and CENTS_END.match(self.text, part.end) is not None
        return False

    # -- ranges ---------------------------------------------------------------------------
    def range_at(self, items: list[Quantity], i: int):
        if i + 1 >= len(items):
            return None
        low, high = items[i], items[i + 1]
        join = self.range_gap.fullmatch(self.gap(low, high))
        if join is None or low.weak or high.weak:
            return None
        written = written_sign(self.text, low.start)
        low_sign = written.value
        opener_end = low.start if written.at is None else written.at
        opener = self.opener.search(self.text, max(0, opener_end - 12), opener_end)
        opener_word = opener.group(1).casefold().replace("\u2019", "'") if opener else ""
        join_word = join.group(1).casefold()
        if (opener_word, join_word) not in self.pairs:
            if (("", join_word)) not in self.pairs:
                return None
            opener, opener_word = None, ""
        if opener is None and low.kind is None and join_word.isalpha() and _after_name(self.text, low.start):
            return None  # "Antenne 3 à 4,5 %", "March 3 to 4%": a name or a date, then a figure
        before = self.text[max(0, (opener.start() if opener else low.start) - 30):
                           opener.start() if opener else low.start]
        changed = self.change.search(before) is not None
        from_to = opener_word in self.range_from and (changed or self.change_far.search(
            self.text, max(0, opener.start() - 100), opener.start()) is not None)  # "passé de 5,5 % à 7 %": old, then new
        if _level_after_own_unit(low, high) and not (from_to and _may_share(high, low)):
            return None  # "a gagné 1,2 % à 7 500 points", "progresse de 5 % à 1,2 milliard"
        if low.kind is None and high.kind is None:
            high = self.implied_plain_range(low, high, items)  # "a sum from 150,000 to 250,000, …"
        unit = self.shared_unit(low, high)
        if unit is None or looks_like_year(items[i], items[i + 1]):
            return None
        high_sign = -1 if join.group(2) in ("-", "\u2212", "\u2013") else 1
        if from_to:
            return self.change_pair(low, high, *unit, linked=True), i + 2
        if changed and opener_word == "" and join_word in self.change_to:  # "rose $2.30 to $85.40"
            return self.change_pair(low, high, *unit, linked=False), i + 2
        shared_low, shared_high = unit
        if low_sign * shared_low.value > high_sign * shared_high.value and opener_word in self.range_between:
            shared_low, shared_high = shared_high, shared_low  # "entre 7 et 5 milliards", written downwards
            low_sign, high_sign = high_sign, low_sign
        elif low_sign * shared_low.value > high_sign * shared_high.value:
            return self.change_pair(low, high, *unit, linked=False), i + 2
        start = opener.start(1) if opener else opener_end  # a written sign belongs to the range
        end = items[i + 1].end
        return [Mention(start, end, shared_high.kind, shared_low, shared_high, low_sign, high_sign)], i + 2

    @staticmethod
    def change_pair(low: Quantity, high: Quantity, shared_low: Quantity, shared_high: Quantity,
                    linked: bool) -> list[Mention]:
        """Two claims, not a range: each end keeps its own unit, and takes the other's only
        when it has none ("de 6 à 6,25 %": 6 %; but "de 0,3 point à 7,5 %" keeps 7,5 % a rate)."""
        first = low if low.kind is not None else shared_low
        second = high if high.kind is not None else shared_high
        return [Mention(first.start, first.end, first.kind, first),
                Mention(second.start, second.end, second.kind, second, changes_previous=linked)]

    def shared_unit(self, low: Quantity, high: Quantity):
        """Give the end without a unit the unit (and scale) of the other one."""
        if high.kind is None and low.kind is None:
            return None
        if low.kind and high.kind and (low.kind != high.kind or low.points != high.points
                                       or low.factor != high.factor or
                                       (low.currency and high.currency and low.currency != high.currency)):
            return None  # "rose 0.2 percentage points to 4.1 per cent": a change, then a level
        low, high = replace(low), replace(high)
        kind = high.kind or low.kind
        currency = high.currency or low.currency
        inferred = any(q.extra.get("currency_inferred") and q.currency == currency for q in (low, high))
        for q in (low, high):
            q.kind, q.currency = kind, currency
            if inferred:
                q.extra = {**q.extra, "currency_inferred": True}  # "et de 380 à 520": the range's currency is inferred
        if low.scale is None and high.scale is not None and abs(low.number) < 1000:
            # "entre 5 et 7 milliards", "entre 7 et 5 milliards"; not "entre 500 000 et 2 millions"
            low.scale, low.short_scale, low.scale_reading = high.scale, high.short_scale, high.scale_reading
        if thousands_elided(low, high):
            low.number *= THOUSAND  # "300 à 450 000 couronnes": 300 000 to 450 000
        if high.scale is None and low.scale is not None and not high.extra.get("unit_done"):
            high.scale, high.short_scale = low.scale, low.short_scale
            high.scale_word, high.scale_reading = low.scale_word, low.scale_reading
        if low.factor == 1 and high.factor != 1:
            low.factor = high.factor
        low.points = high.points = low.points or high.points
        return low, high

    def either_at(self, items: list[Quantity], i: int):
        """"three or four thousand crowns": one approximate range (readings.either_low)."""
        if i + 1 >= len(items):
            return None
        low, high = items[i], items[i + 1]
        number = either_low(low, high, self.gap(low, high), self.either)
        if number is None:
            return None
        first = replace(low, kind=high.kind, currency=high.currency, number=number)
        return [Mention(low.start, high.end, high.kind, first, high)], i + 2

    # -- "600, 700 voire 800 euros" -----------------------------------------------------
    def list_at(self, items: list[Quantity], i: int):
        j = i
        while j + 1 < len(items) and items[j].kind is None and not items[j].weak and \
                self.list_gap.fullmatch(self.gap(items[j], items[j + 1])):
            j += 1
        if j == i or items[j].kind is None:
            return None
        unit = items[j]
        claims = []
        for bare in items[i:j]:
            if not same_magnitude(bare.number, unit.number) or looks_like_year(bare, unit):
                return None
            q = replace(bare, kind=unit.kind, currency=unit.currency, factor=unit.factor,
                        points=unit.points)
            if q.scale is None and unit.scale is not None:
                q.scale, q.short_scale = unit.scale, unit.short_scale
                q.scale_word, q.scale_reading = unit.scale_word, unit.scale_reading
            claims.append(Mention(q.start, q.end, q.kind, q))
        claims.append(Mention(unit.start, unit.end, unit.kind, unit))
        return claims, j + 1


NAME_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*[ \u00a0]$")
SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n:\"«“(])[\s'’]*$")


def _after_name(text: str, start: int) -> bool:
    """A capitalised word right before the figure, inside a sentence ("Antenne 3", "France 2",
    "March 3"): the figure belongs to the name.

    >>> _after_name("le profit d'Antenne 3 à 4,5 %", 20), _after_name("Entre 3 et 4 %", 6)
    (True, False)
    """
    name = NAME_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and SENTENCE_OPEN.search(text, max(0, name.start() - 40), name.start()) is None


def _level_after_own_unit(low: Quantity, high: Quantity) -> bool:
    """A figure with its own unit written after it, then a bare number: the level reached
    ("1,2 % à 7 500 points", "1,4 % à 16h35", "5 % à 1,2 milliard"), not the top of a range.
    A symbol written before the first number is shared ("$5-7bn" is a range), and so is a
    currency after an amount when the bare end is the same kind of number ("50 000 euros à
    100 000" is a range; "5 000 euros à 1,2 milliard" is not)."""
    if low.kind is None or low.prefix_symbol or high.kind is not None:
        return False
    return low.kind == "percent" or (high.scale is not None and low.scale is None)


def _may_share(bare: Quantity, other: Quantity) -> bool:
    """Whether a bare number can take the other figure's unit in a change: "de 8,72 euros à
    9,06" yes; "de 5 % à 1,2 milliard" no (a scale word of its own says it is another amount)."""
    return bare.scale is None or other.scale is not None and other.kind == "money"
