"""The unit a bare figure takes from around it: the amount before it ("900 euros à Milan,
700 à Florence"), the row label of its table cell, the currency a rate is quoted against, the
currency the article writes ("le déficit atteindra 34 milliards"); and the story's reading of
ambiguous names ("couronnes", "dollars") and of bare sub-units ("50 centimes").

A mixin of ``Combiner`` (extraction/combine.py): the methods read ``self.text``, ``self.data``
and the readers the combiner builds once per text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING
from decimal import Decimal

from factcheck.extraction.amount import Quantity
from factcheck.extraction.elided import ElidedUnit
from factcheck.extraction.implied import ImpliedCurrency
from factcheck.extraction.local import StoryCurrency, local_currencies
from factcheck.extraction.readings import grouped_thousands, quoted_currency
from factcheck.extraction.table import TableCells

if TYPE_CHECKING:
    from factcheck.extraction.combine import Mention

WORDS = re.compile(r"[^\W\d_]+")
YEAR = (Decimal(1900), Decimal(2100))
UNCLEAR = ""  # a currency written whose code is unclear (bare "couronnes"), for ImpliedCurrency


class BareUnits:
    """The bare-figure half of ``Combiner``."""

    def opens_bare_range(self, items: list[Quantity], i: int) -> bool:
        """"for 2,000-3,000 workers": the figure is the low end of a range of bare figures, so
        what follows it is the range's end, not the noun that says what it counts."""
        return i + 1 < len(items) and items[i + 1].kind is None \
            and self.range_gap.fullmatch(self.gap(items[i], items[i + 1])) is not None

    def elided_money(self, bare: Quantity, previous: Mention, range_end: int | None = None) -> Quantity:
        """"900 euros à Milan, 700 à Florence", "5.2 percent from an earlier 4.7": a bare figure
        after an amount or a rate of its size (either end of a range) takes its unit and scale
        word (extraction/elided.py). ``range_end``: the bare figure opens a bare range ending
        there ("for 5,000-15,000"), and what follows the range decides."""
        unit = previous.high or previous.quantity
        sized = any(same_magnitude(bare.number, q.number) for q in (previous.quantity, previous.high) if q)
        if (previous.kind == "money" and not unit.currency) or not sized \
                or looks_like_year(bare, unit) or (previous.kind == "percent" and bare.words):
            return bare
        if self.elided is None:
            self.elided = ElidedUnit(self.text, self.data)
        if not self.elided.follows(bare.start, range_end or bare.end, previous.end):
            return bare
        if bare.words and len(WORDS.findall(self.text, previous.end, bare.start)) < 2:
            return bare  # "c $ 100 and fifty": a word figure right after the amount is no list item
        return replace(bare, kind=unit.kind, currency=unit.currency, scale=unit.scale, short_scale=unit.short_scale,
                       scale_word=unit.scale_word, scale_reading=unit.scale_reading, factor=unit.factor,
                       points=unit.points, extra={**bare.extra, "elided": True})

    def quoted_rate(self, bare: Quantity) -> Quantity:
        """"at 1.08215 versus the US dollar": a price in dollars (readings.quoted_currency)."""
        currency = quoted_currency(self.text, bare, self.quoted)
        return bare if currency is None else replace(bare, kind="money", currency=currency)

    def table_cell(self, bare: Quantity) -> Quantity:
        """A figure alone in a table cell whose row label names the unit: "Résultat net (G$)"."""
        if self.cells is None:
            self.cells = TableCells(self.text, self.data.lang)
        unit = self.cells.unit_of(bare.start, bare.end)
        if unit is None:
            return bare
        currency, scale = unit
        return replace(bare, kind="money", currency=currency, scale=scale,
                       extra={**bare.extra, "currency_inferred": True})

    def read_subunit_currency(self, quantities: list[Quantity]) -> None:
        """"50 centimes par litre" in a story priced in euros: a sub-unit with no currency of its
        own takes the one the article writes (as an implied currency: same sentence, else
        before, else after), marked ``currency_inferred``."""
        bare_cents = [q for q in quantities if q.kind == "money" and q.currency is None and q.extra.get("subunit")]
        if not bare_cents:
            return
        written = [(q.start, q.currency) for q in quantities if q.kind == "money" and q.currency]
        if not written:
            return
        reader = ImpliedCurrency(self.text, self.data, written)
        for quantity in bare_cents:
            quantity.currency = reader.nearest_currency(quantity.start, None)
            quantity.extra["currency_inferred"] = True

    def read_local_names(self, quantities: list[Quantity]) -> None:
        """Bare "couronnes" in a Czech story, "dollars" in a sentence about Quebec."""
        local = local_currencies(self.data.lang)
        if not local.by_name:
            return
        story = None
        for quantity in quantities:
            written = quantity.extra.get("suffix") or quantity.extra.get("prefix")
            if quantity.kind != "money" or not written or " ".join(written.split()).casefold() not in local.by_name:
                continue
            story = story or StoryCurrency(self.text, local)
            quantity.currency = story.currency_for(quantity.start, written) or quantity.currency

    def implied_reader(self, quantities: list[Quantity]) -> ImpliedCurrency:
        """The article's implied-currency reader, built once: the currencies written with an
        amount, and those a sentence names as the unit of its figures (``self.named``). A name
        written whose currency is unclear (bare "couronnes") counts as ``UNCLEAR``: in "dix
        milliards de couronnes …, six milliards l'an prochain" both are in crowns, which ones
        unsaid, and the second is money with no currency, as the first."""
        if self.implied is None:
            written = [(q.start, q.currency or UNCLEAR, q.value) for q in quantities if q.kind == "money"
                       and (q.currency or q.extra.get("suffix") or q.extra.get("prefix"))]
            self.implied = ImpliedCurrency(self.text, self.data, written, self.named)
        return self.implied

    def implied_money(self, bare: Quantity, quantities: list[Quantity]) -> Quantity:
        """A bare scaled amount the article implies is money ("le déficit atteindra 34
        milliards"), with the currency written nearest to it; else the bare number as it is."""
        currency = self.implied_reader(quantities).currency_for(bare.start, bare.end, bare.value)
        if currency is None:
            return bare
        return replace(bare, kind="money", currency=currency or None, extra={**bare.extra, "currency_inferred": True})

    def implied_plain_range(self, low: Quantity, high: Quantity, quantities: list[Quantity]) -> Quantity:
        """Two bare figures of whole thousands joined as a range after a money word ("each
        parent gets a sum from 150,000 to 250,000, …"): the high end read as ``implied_plain``
        (the range then shares its currency); either end not grouped leaves both bare."""
        if not (grouped_thousands(self.text, low) and grouped_thousands(self.text, high)):
            return high
        return self.implied_plain(high, quantities)

    def implied_plain(self, bare: Quantity, quantities: list[Quantity]) -> Quantity:
        """A bare figure of whole thousands written with groups after a money word ("costs
        at least 385,400"): money of the currency written nearest (extraction/implied.py)."""
        if bare.number != bare.number.to_integral_value() or bare.scale is not None:
            return bare
        currency = self.implied_reader(quantities).currency_for_plain(bare.start, bare.end)
        if currency is None:
            return bare
        return replace(bare, kind="money", currency=currency or None, extra={**bare.extra, "currency_inferred": True})


def same_magnitude(a: Decimal, b: Decimal) -> bool:
    a, b = abs(a), abs(b)
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= 10


def looks_like_year(bare: Quantity, unit: Quantity) -> bool:
    """A bare whole number between 1900 and 2100 next to an amount of another size."""
    if bare.kind is not None or bare.number != bare.number.to_integral_value():
        return False
    return YEAR[0] <= bare.number <= YEAR[1] and not (YEAR[0] <= unit.number <= YEAR[1])
