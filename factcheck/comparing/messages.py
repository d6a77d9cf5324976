"""Every sentence a compare finding says, one function per code, in English, naming both
spans with the value each side's reader gives.

>>> value_changed("'3.1 percent'", "'3,7 %'", Decimal("3.1"), Decimal("3.7"), "%")
"The original's '3.1 percent' (3.1 %) is '3,7 %' (3.7 %) in the translation."
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.checking.messages import amount

RULE_SAME_READING = "each side read as its reader reads it (French billion/trillion: long scale)"


def _said(span: str, value: Decimal | None, unit: str) -> str:
    return f"{span} ({amount(value, unit)})"


def value_changed(original: str, translation: str, vo, vt, unit: str) -> str:
    return (f"The original's {_said(original, vo, unit)} is {_said(translation, vt, unit)} "
            "in the translation.")


def scale_error(original: str, translation: str, vo, vt, unit: str, reading: str | None) -> str:
    note = (" (a French reader reads 'billion' as 10^12 and 'trillion' as 10^18)"
            if reading == "long" else "")
    return (f"Scale error: the original's {_said(original, vo, unit)} became "
            f"{_said(translation, vt, unit)}, off by a power of 1000{note}.")


def currency_changed(original: str, translation: str, co: str, ct: str) -> str:
    return f"The amount {original} in {co} became {translation} in {ct}: the currency changed."


def points_changed(original: str, translation: str, points_first: bool) -> str:
    was, now = ("percentage points", "percent") if points_first else ("percent", "percentage points")
    return f"The original's {original} is in {was}, the translation's {translation} in {now}."


def separator_misread(original: str, translation: str, vo, vt, unit: str) -> str:
    return (f"Separator misread: the original's {_said(original, vo, unit)} was written "
            f"{_said(translation, vt, unit)} in the translation, a thousands separator read as a "
            "decimal mark or the other way round.")


def sign_flipped(original: str, translation: str) -> str:
    return f"The direction or sign of the original's {original} is reversed in the translation's {translation}."


def figure_dropped(original: str) -> str:
    return f"The original's {original} has no counterpart in the translation."


def figure_added(translation: str) -> str:
    return f"The translation's {translation} has no counterpart in the original."


def attribution_changed(original: str, translation: str, said_o: str, said_t: str) -> str:
    return (f"The original attributes {original} to '{said_o}', the translation attributes "
            f"{translation} to '{said_t}', which is not the same source.")


def rounded(original: str, translation: str, tolerance) -> str:
    return (f"The translator rounded the original's {original} to {translation} "
            f"(within ±{tolerance} of its stated precision).")


def alignment_weak(reason: str, aligned: int, total: int, coverage: float) -> str:
    """``aligned`` sentence pairs were found; ``coverage`` is the share of the original's
    ``total`` sentences they cover (a pair may hold two sentences of one side)."""
    covered = round(coverage * total)
    return (f"The two texts align poorly ({reason}): {covered} of {total} original sentences "
            f"aligned ({coverage:.0%}, in {aligned} sentence pairs); no figure-level finding is given.")
