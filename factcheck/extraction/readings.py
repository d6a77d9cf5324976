"""Readings of a figure by its neighbours, for combine.py: a margin either way ("+/-0,3
point"), "n or n+1 thousand" as one range, thousands said once for a range ("300 à 450 000"),
a rate quoted against a currency ("1.16468 versus the US dollar"), a bare figure written in
groups of thousands ("410,900").
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extraction.amount import Quantity
from factcheck.lang.data import LanguageData, alternatives

SPACES = r"[ \u00a0\u202f]*"
THOUSAND = Decimal(1000)
GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+")
MARGIN = re.compile(r"(?:\+/[-\u2212]|\u00b1)[ \u00a0\u202f]?$")


def margin_start(text: str, start: int) -> int | None:
    """Where a margin written before the figure at ``start`` begins ("+/-0,3 point", "± 2 %").

    >>> margin_start("marge de +/-0,3 point", 12), margin_start("hausse de +0,3 point", 11) is None
    (9, True)
    """
    margin = MARGIN.search(text, max(0, start - 5), start)
    return margin.start() if margin else None


def grouped_thousands(text: str, quantity: Quantity) -> bool:
    """A figure written in groups of thousands ("410,900", "200.000", "385 400")."""
    return GROUPED_THOUSANDS.fullmatch(text, quantity.start, quantity.end) is not None


def either_low(low: Quantity, high: Quantity, gap: str, either: re.Pattern[str] | None) -> Decimal | None:
    """"three or four thousand crowns", "deux ou trois millions d'euros", "trois quatre mille
    couronnes": a bare count, then the next count with a scale of a thousand or more and a
    unit, is one approximate range (3 000 to 4 000), not two amounts; the low end's value.
    ``either`` matches the gap of "or"/"ou" (language data: ``cues.either``).

    >>> q = lambda n, kind=None: Quantity(0, 1, Decimal(n), kind=kind)
    >>> either = re.compile(" or ")
    >>> either_low(q(3), q(4000, "money"), " or ", either), either_low(q(3), q(5000, "money"), " or ", either)
    (Decimal('3000'), None)
    """
    if low.kind is not None or low.scale is not None or high.kind is None or low.weak:
        return None
    if not (either and either.fullmatch(gap) or (low.words and high.words and gap == " ")):
        return None
    count = low.number
    if count != count.to_integral_value() or not 1 <= count < 100:
        return None
    step = high.number * (high.scale or 1) / (count + 1)
    if step < THOUSAND or step != Decimal(10) ** step.adjusted() or high.factor != 1:
        return None
    return count * step


def thousands_elided(low: Quantity, high: Quantity) -> bool:
    """"300 à 450 000 couronnes", "de 5 à 10 000 euros": a low end in hundreds before a high
    end in whole thousands, which it reaches within a factor of three once read as thousands,
    says its thousands once for both ends; "de 900 à 1 000 euros" and "de 1 à 10 000" do not.

    >>> q = lambda n: Quantity(0, 1, Decimal(n))
    >>> thousands_elided(q(300), q(450000)), thousands_elided(q(900), q(1000)), thousands_elided(q(1), q(10000))
    (True, False, False)
    """
    if low.scale is not None or high.scale is not None or low.words or high.words or low.extra.get("fraction_digits"):
        return False  # "entre 20,000 et 30 000": a low end with a separator is no elision
    small, big = low.number, high.number
    if small != small.to_integral_value() or not 2 <= small < THOUSAND or big % THOUSAND or big < THOUSAND:
        return False
    return big <= 3 * small * THOUSAND < 3 * big


def quoted_against(data: LanguageData):
    """The pattern of "versus the US dollar", "face au dollar" after a rate, and the code of
    each currency word it may name."""
    against = data.implied_currency.quoted_against
    codes = {" ".join(w.split()).casefold(): c.code for c in data.currency if c.code for w in c.words}
    if not against:
        return None, codes
    return re.compile(rf"{SPACES}(?:{alternatives(against)})[ \u00a0\u202f]*({alternatives(list(codes))})(?![^\W\d_])",
                      re.I), codes




def quoted_currency(text: str, bare: Quantity, quoted) -> str | None:
    """The currency a bare rate is quoted against: "the euro traded at 1.16468 versus the US
    dollar" is a price in dollars; a rate is written with two decimals or more."""
    pattern, codes = quoted
    if pattern is None or bare.extra.get("fraction_digits", 0) < 2:
        return None
    match = pattern.match(text, bare.end)
    return codes[" ".join(match.group(1).split()).casefold()] if match else None
