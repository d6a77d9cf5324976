"""Compare a claim with a reference figure and say so in one sentence.

Tolerance follows the precision the text states: half a unit of its last digit
("595,3 milliards" must agree within 0.05 milliard, "2 milliards" within 0.5 milliard,
"1 500 000 €" within 50 000 € since trailing zeros read as rounding). A hedged figure
("environ 80 %", "près de 2 milliards") gets at least a 10 % band.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.decimals import group_digits
from factcheck.reference.index import SCALE_FACTORS
from factcheck.decimals import format_decimal
from factcheck.reference.table import Figure

APPROX_BAND = Decimal("0.10")
SCALE_NAMES = {Decimal(1000) ** k: name for k, name in
               ((1, "thousand"), (2, "million"), (3, "billion"))}


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

    def as_tuple(self) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        return self.value, self.low, self.high

    @property
    def middle(self) -> Decimal:
        return self.value if self.value is not None else (self.low + self.high) / 2


@dataclass
class Verdict:
    code: str
    severity: str
    reading: Reading
    tolerance: Decimal
    difference: Decimal | None = None
    factor: Decimal | None = None


def readings(claim: dict) -> list[Reading]:
    dec = lambda v: None if v is None else Decimal(v)  # noqa: E731
    chosen = Reading(dec(claim["value"]), dec(claim["low"]), dec(claim["high"]),
                     claim.get("scale_reading") or "")
    found = [chosen]
    for label, other in (claim.get("scale_readings") or {}).items():
        if label != claim.get("scale_reading"):
            found.append(Reading(dec(other.get("value")), dec(other.get("low")), dec(other.get("high")), label))
    return found


def tolerance(claim: dict, reading: Reading) -> Decimal:
    precision = Decimal(claim.get("precision") or 0)
    tol = precision / 2
    if claim.get("approx"):
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


def judge(claim: dict, figure: Figure, period_conflict: bool) -> Verdict:
    options = readings(claim)
    for reading in options:
        tol = tolerance(claim, reading)
        ok, diff = agrees(reading, figure, tol)
        if ok:
            if period_conflict:
                return Verdict("period_mismatch", "warning", reading, tol, diff)
            return Verdict("consistent", "info", reading, tol, diff)
    chosen = options[0]
    tol = tolerance(claim, chosen)
    for factor in SCALE_FACTORS:
        ok, _ = agrees(chosen.scaled(factor), figure, tol * factor)
        if ok:
            _, diff = agrees(chosen, figure, tol)
            return Verdict("scale_mismatch", "error", chosen, tol, diff, factor)
    _, diff = agrees(chosen, figure, tol)
    return Verdict("value_mismatch", "error", chosen, tol, diff)


def amount(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "?"
    text = group_digits(format_decimal(value))
    return f"{text} %" if unit == "%" else f"{text} {unit}"


def span_amount(value: Decimal | None, low: Decimal | None, high: Decimal | None, unit: str) -> str:
    """One value, or a range "low to high", with its unit."""
    if value is not None:
        return amount(value, unit)
    return f"{amount(low, unit)} to {amount(high, unit)}"


def figure_amount(figure: Figure) -> str:
    return span_amount(figure.value, figure.low, figure.high, figure.unit)


def figure_middle(figure: Figure) -> Decimal:
    return figure.value if figure.value is not None else (figure.low + figure.high) / 2


def describe(figure: Figure, source_name: str) -> str:
    period = f" {figure.period}" if figure.period else ""
    return f"{figure.entity}, {figure.metric.replace('_', ' ')}{period} ({source_name})"


def message(claim: dict, figure: Figure, verdict: Verdict, source_name: str) -> str:
    unit = figure.unit
    reading = verdict.reading
    said = f"'{claim['text']}' ({span_amount(reading.value, reading.low, reading.high, unit)})"
    ref = f"{figure_amount(figure)} for {describe(figure, source_name)}"
    tol = amount(verdict.tolerance, unit)
    if verdict.code == "consistent":
        other = f", read on the {verdict.reading.label} scale" if verdict.reading.label and \
            verdict.reading.label != claim.get("scale_reading") else ""
        return f"{said} agrees with the reference {ref} within ±{tol}{other}."
    if verdict.code == "period_mismatch":
        return (f"{said} matches the value of {ref}, but the years named around it do not match "
                f"the reference period: check which year the figure is for.")
    diff = amount(abs(verdict.difference), unit) if verdict.difference is not None else "?"
    if verdict.code == "scale_mismatch":
        factor = verdict.factor
        size = SCALE_NAMES.get(factor if factor > 1 else 1 / factor, str(factor))
        way = "too small" if factor > 1 else "too large"
        return (f"{said} is a {size} times {way} for {ref}: check the scale word "
                f"(e.g. milliard vs million, billion vs trillion).")
    share = ""
    middle = verdict.reading.middle
    reference = figure_middle(figure)
    if reference:
        share = f" ({abs(middle - reference) / abs(reference) * 100:.1f} %)"
    return (f"{said} differs from the reference {ref} by {diff}{share}, more than the ±{tol} "
            f"its stated precision allows.")
