"""Compare a claim with a reference figure and say so in one sentence.

Tolerance follows the precision the text states: half a unit of its last digit
("595,3 milliards" must agree within 0.05 milliard, "2 milliards" within 0.5 milliard,
"1 500 000 €" within 50 000 € since trailing zeros read as rounding). A hedged figure
("environ 80 %", "près de 2 milliards") gets at least a 10 % band.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.models import Claim, FindingCode, Severity
from factcheck.reference.index import SCALE_FACTORS
from factcheck.reference.table import Figure

APPROX_BAND = Decimal("0.10")
SIGNED = "signed by its direction"


@dataclass
class Reading:
    """One way to read the claim: its value or range, in the chosen or the other scale."""

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    label: str = ""

    def scaled(self, factor: Decimal) -> "Reading":
        times = lambda v: None if v is None else v * factor  # noqa: E731
        return Reading(times(self.value), times(self.low), times(self.high), self.label)

    def relabelled(self, label: str) -> "Reading":
        return Reading(self.value, self.low, self.high, label)

    def as_tuple(self) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        return self.value, self.low, self.high

    @property
    def middle(self) -> Decimal:
        return self.value if self.value is not None else (self.low + self.high) / 2


@dataclass
class Verdict:
    code: FindingCode
    severity: Severity
    reading: Reading
    tolerance: Decimal
    difference: Decimal | None = None
    factor: Decimal | None = None


def readings(claim: Claim) -> list[Reading]:
    """The chosen reading first, then the other scale reading of a French billion/trillion,
    then, for a fall said in words ("en baisse de 17 %", "fell 17%"), the same value signed
    (a table writes that change as -17)."""
    found = [Reading(claim.value, claim.low, claim.high, claim.scale_reading or "")]
    for label, other in (claim.scale_readings or {}).items():
        if label != claim.scale_reading:
            found.append(Reading(other.value, other.low, other.high, label))
    if claim.direction == "down" and all(v is None or v > 0 for v in (claim.value, claim.low, claim.high)):
        found += [reading.scaled(Decimal(-1)).relabelled(SIGNED) for reading in list(found)]
    return found


def tolerance(claim: Claim, reading: Reading) -> Decimal:
    tol = (claim.precision or Decimal(0)) / 2
    if claim.approx:
        tol = max(tol, abs(reading.middle) * APPROX_BAND)
    return tol


def agrees(reading: Reading, figure: Figure, tol: Decimal) -> tuple[bool, Decimal]:
    """Whether the reading agrees with the figure, and the signed difference."""
    if reading.value is not None and figure.value is not None:
        diff = reading.value - figure.value
        return abs(diff) <= tol, diff
    if reading.value is not None:  # a figure that is a range
        inside = figure.low - tol <= reading.value <= figure.high + tol
        diff = reading.value - (figure.high if reading.value > figure.high else figure.low)
        return inside, Decimal(0) if inside else diff
    if figure.value is not None:  # a claimed range around one figure
        inside = reading.low - tol <= figure.value <= reading.high + tol
        diff = (reading.low if figure.value < reading.low else reading.high) - figure.value
        return inside, Decimal(0) if inside else diff
    diff = max(abs(reading.low - figure.low), abs(reading.high - figure.high))
    return diff <= tol, diff


def judge(claim: Claim, figure: Figure, period_conflict: bool) -> Verdict:
    options = readings(claim)
    for reading in options:
        tol = tolerance(claim, reading)
        ok, diff = agrees(reading, figure, tol)
        if ok:
            if period_conflict:
                return Verdict(FindingCode.period_mismatch, Severity.warning, reading, tol, diff)
            return Verdict(FindingCode.consistent, Severity.info, reading, tol, diff)
    chosen = options[0]
    tol = tolerance(claim, chosen)
    for factor in SCALE_FACTORS if claim.kind == "money" and chosen.middle != 0 else ():  # no scale to a percentage
        ok, _ = agrees(chosen.scaled(factor), figure, tol * factor)
        if ok:
            _, diff = agrees(chosen, figure, tol)
            return Verdict(FindingCode.scale_mismatch, Severity.error, chosen, tol, diff, factor)
    _, diff = agrees(chosen, figure, tol)
    return Verdict(FindingCode.value_mismatch, Severity.error, chosen, tol, diff)


def figure_middle(figure: Figure) -> Decimal:
    return figure.value if figure.value is not None else (figure.low + figure.high) / 2
