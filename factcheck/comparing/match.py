"""Compare one claim of the original with one claim of the translation.

Each side is read as its own reader reads it: a French "billion"/"trillion" in its long
scale (10^12, 10^18), everything else at its value. Then, in order: the same value (or
the translator's visible rounding), and on top of it a currency, points or sign change;
else a scale error (the value matches only under the other scale reading, or off by a
power of 1000 with a scale word involved), a separator misread (the same digits, off by a
power of 1000, a digit group written with "," or "."), or a changed value.

>>> from factcheck.extraction.finder import find_claims
>>> en = find_claims("a loss of $1.5 billion", "en")[0]
>>> fr = find_claims("une perte de 1,5 milliard de dollars", "fr")[0]
>>> diagnose(en, fr).code is None
True
>>> diagnose(en, find_claims("une perte de 1,5 billion de dollars", "fr")[0]).code
<CompareCode.scale_error: 'scale_error'>
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.comparing.bare import currency_family, written_currency
from factcheck.lang.data import load
from factcheck.models import Claim, CompareCode

GROUPED = re.compile(r"\d[.,]\d{3}(?!\d)")
THOUSAND_POWERS = {Decimal(1000) ** k for k in (1, 2, 3)}
RANK_SAME, RANK_ROUNDED, RANK_QUALIFIED, RANK_CHANGED, RANK_UNRELATED = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class Diagnosis:
    """What differs between two claims: ``code`` None for the same figure."""

    code: CompareCode | None
    rank: int
    original_value: Decimal | None = None
    translation_value: Decimal | None = None
    original_reading: str | None = None
    translation_reading: str | None = None
    factor: Decimal | None = None
    tolerance: Decimal | None = None


def bounds(claim: Claim, reading: str | None = None) -> tuple[Decimal, Decimal] | None:
    """(low, high) of a claim under a scale reading; a single value gives (v, v)."""
    if reading and claim.scale_readings and reading in claim.scale_readings:
        read = claim.scale_readings[reading]
        low, high = (read.value, read.value) if read.value is not None else (read.low, read.high)
    else:
        low, high = (claim.value, claim.value) if claim.value is not None else (claim.low, claim.high)
    if low is None or high is None:
        return None
    return low, high


def readings(claim: Claim) -> list[str | None]:
    """The reading a reader of the claim's language gives first (French: long scale), then
    the other one."""
    if claim.scale_readings:
        return ["long", "short"]
    return [None]


def _magnitude(pair: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal]:
    return abs(pair[0]), abs(pair[1])


def _within(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal], tol: Decimal) -> bool:
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


def _polarity(claim: Claim) -> int:
    pair = bounds(claim)
    if pair and pair[1] < 0:
        return -2  # a written minus
    return {"down": -1, "up": 1}.get(claim.direction or "", 0)


def sign_flipped(original: Claim, translation: Claim) -> bool:
    """Opposite directions (up/down), or a written minus against a figure that has none
    and no direction."""
    po, pt = _polarity(original), _polarity(translation)
    if po * pt < 0 and not (po == -2 and pt == -1) and not (po == -1 and pt == -2):
        return True
    return (po == -2 and pt == 0) or (pt == -2 and po == 0)


def diagnose(original: Claim, translation: Claim, target_lang: str | None = None) -> Diagnosis:
    """How the translation's claim renders the original's (same kind assumed); with
    ``target_lang``, a figure its reader misreads is told too (``grouped_with_decimal_mark``)."""
    tol_rounding = (translation.precision or Decimal(0)) / 2
    coarser = (translation.precision or 0) > (original.precision or 0)
    first = True
    for t_read in readings(translation):
        for o_read in readings(original):
            o, t = bounds(original, o_read), bounds(translation, t_read)
            if o is None or t is None:
                continue
            native = first
            first = False
            same = _magnitude(o) == _magnitude(t)
            rounded = not same and coarser and _within(_magnitude(o), _magnitude(t), tol_rounding)
            if not (same or rounded):
                continue
            facts = dict(original_value=o[1], translation_value=t[1], original_reading=o_read,
                         translation_reading=t_read, tolerance=tol_rounding if rounded else None)
            if not native:
                return Diagnosis(CompareCode.scale_error, RANK_QUALIFIED, **_native_facts(original, translation),
                                 factor=_factor(original, translation))
            return _qualified(original, translation, RANK_ROUNDED if rounded else RANK_SAME, facts, target_lang)
    return _unmatched(original, translation)


def _qualified(original: Claim, translation: Claim, rank: int, facts: dict,
               target_lang: str | None = None) -> Diagnosis:
    """The value agrees: is anything else about it changed?"""
    if _decimal_mark_swapped(original, translation):
        facts = dict(facts, original_value=facts["original_value"] * 1000)  # the original meant thousands
        return Diagnosis(CompareCode.separator_misread, RANK_QUALIFIED, **facts, factor=Decimal("0.001"))
    if target_lang is not None and grouped_with_decimal_mark(translation, target_lang):
        facts = dict(facts, translation_value=facts["translation_value"] / 1000)  # what its reader sees
        return Diagnosis(CompareCode.separator_misread, RANK_QUALIFIED, **facts, factor=Decimal("0.001"))
    if currency_changed(original, translation):
        return Diagnosis(CompareCode.currency_changed, RANK_QUALIFIED, **facts)
    if original.kind == "percent" and original.points != translation.points:
        return Diagnosis(CompareCode.points_changed, RANK_QUALIFIED, **facts)
    if sign_flipped(original, translation):
        return Diagnosis(CompareCode.sign_flipped, RANK_QUALIFIED, **facts)
    code = CompareCode.rounded if rank == RANK_ROUNDED else None
    return Diagnosis(code, rank, **facts)


def _family(claim: Claim) -> str | None:
    """The claim's currency family: its code, else a currency word written in its text
    ("13.3 billion crowns": the extractor knows no code for it)."""
    return currency_family(claim.currency) or written_currency(claim.text) if claim.kind == "money" else None


def currency_changed(original: Claim, translation: Claim) -> bool:
    """Both sides write a currency (code or word) and not the same family; an implied
    currency never counts.

    >>> from factcheck.extraction.finder import find_claims
    >>> en = find_claims("a loss of 13.3 billion crowns", "en")[0]
    >>> currency_changed(en, find_claims("une perte de 13,3 milliards d'euros", "fr")[0])
    True
    """
    if original.currency_inferred or translation.currency_inferred:
        return False
    co, ct = _family(original), _family(translation)
    return bool(co and ct and co != ct) or bool(
        original.currency and translation.currency and original.currency != translation.currency
        and co == ct is None)


def _factor(original: Claim, translation: Claim) -> Decimal | None:
    o, t = bounds(original, readings(original)[0]), bounds(translation, readings(translation)[0])
    if not o or not t or o[1] == 0 or t[1] == 0:
        return None
    return abs(t[1]) / abs(o[1])


def _native_facts(original: Claim, translation: Claim) -> dict:
    """The values each side's own reader gives."""
    o, t = bounds(original, readings(original)[0]), bounds(translation, readings(translation)[0])
    return dict(original_value=o[1] if o else None, translation_value=t[1] if t else None,
                original_reading=readings(original)[0], translation_reading=readings(translation)[0])


def _unmatched(original: Claim, translation: Claim) -> Diagnosis:
    facts = _native_facts(original, translation)
    o, t = bounds(original, readings(original)[0]), bounds(translation, readings(translation)[0])
    if o and t and (o[0] == o[1]) != (t[0] == t[1]) and ({o[0], o[1]} & {t[0], t[1]}):
        if currency_changed(original, translation):  # "de 1,7 milliard d'euros à 123,3 milliards"
            return Diagnosis(CompareCode.currency_changed, RANK_QUALIFIED, **facts)
        if original.kind == "percent" and original.points != translation.points:  # "de 0,25 % à 5,25 %"
            return Diagnosis(CompareCode.points_changed, RANK_QUALIFIED, **facts)
        return Diagnosis(None, RANK_ROUNDED, **facts)  # a range and one of its ends: no accusation
    if (original.kind == "money" and original.currency and translation.currency
            and original.currency != translation.currency):
        return Diagnosis(CompareCode.value_changed, RANK_UNRELATED, **facts)  # two different figures
    factor = _factor(original, translation)
    power = factor is not None and (factor in THOUSAND_POWERS or (1 / factor) in THOUSAND_POWERS)
    if power and _same_digits(_digit_text(original), _digit_text(translation)) and (
            GROUPED.search(original.text) or GROUPED.search(translation.text)):
        if original.kind == "percent" and max(abs(o[1]), abs(t[1])) >= 1000:
            return Diagnosis(None, RANK_ROUNDED, **facts)  # "5,829%": the original itself is ambiguous
        if _decimals_for_thousands(original, factor):
            return _qualified(original, translation, RANK_SAME, facts)
        return Diagnosis(CompareCode.separator_misread, RANK_QUALIFIED, **facts, factor=factor)
    misread = _range_misread(original, translation, o, t)
    if misread is not None:
        return Diagnosis(CompareCode.separator_misread, RANK_QUALIFIED, **facts, factor=misread)
    if power and (original.scale_word or translation.scale_word):
        return Diagnosis(CompareCode.scale_error, RANK_QUALIFIED, **facts, factor=factor)
    return Diagnosis(CompareCode.value_changed, RANK_CHANGED, **facts, factor=factor)


def _decimals_for_thousands(original: Claim, factor: Decimal) -> bool:
    """An amount of the original read with three decimals ("HUF 350.000" in English copy
    that groups thousands with a dot) that the translation writes a thousand times larger:
    the original's own separator is the ambiguous one, and the translator resolved it.

    >>> from factcheck.extraction.finder import find_claims
    >>> _decimals_for_thousands(find_claims("a price of 12.500 dollars a litre", "en")[0], Decimal(1000))
    True
    >>> _decimals_for_thousands(find_claims("a fine of 1,500 euros", "en")[0], Decimal("0.001"))
    False
    """
    return _dot_thousands(original) and factor > 1


def _dot_thousands(claim: Claim) -> bool:
    """An amount of ten or more read with three decimals: in money, a thousands group
    ("HUF 350.000"); a price per litre ("1.459 euros") stays under ten."""
    value = claim.value if claim.value is not None else claim.high
    return (claim.kind == "money" and claim.precision == Decimal("0.001") and value is not None
            and abs(value) >= 10)


def grouped_with_decimal_mark(claim: Claim, lang: str) -> bool:
    """An amount of a thousand or more whose digits are grouped with the decimal mark of
    ``lang`` ("£480,000" kept in French copy, "1.500 euros" in English): read right by the
    extractor from the story, but its reader sees 480 or 1.5.

    >>> from factcheck.extraction.finder import find_claims
    >>> grouped_with_decimal_mark(find_claims("une valeur de £480,000", "fr")[0], "fr")
    True
    >>> grouped_with_decimal_mark(find_claims("une valeur de 480 000 livres", "fr")[0], "fr")
    False
    >>> grouped_with_decimal_mark(find_claims("un taux de 5,829 %", "fr")[0], "fr")
    False
    """
    value = claim.value if claim.value is not None else claim.high
    if claim.kind != "money" or value is None or abs(value) < 1000:
        return False
    mark = load(lang).decimal_mark
    return re.search(rf"\d{re.escape(mark)}\d{{3}}(?!\d)", claim.text) is not None


def _decimal_mark_swapped(original: Claim, translation: Claim) -> bool:
    """Both sides read a three-digit group as decimals, with the other mark ("HUF 500.000" /
    "500,000 HUF"): the original's group was thousands, the translation's reader sees a
    decimal part.

    >>> from factcheck.extraction.finder import find_claims
    >>> en = find_claims("sold at 12.500 dollars a litre", "en")[0]
    >>> _decimal_mark_swapped(en, find_claims("vendu à 12,500 dollars le litre", "fr")[0])
    True
    >>> _decimal_mark_swapped(find_claims("petrol at 1.459 euros", "en")[0], find_claims("l'essence à 1,459 euro", "fr")[0])
    False
    """
    marks = [m.group(1) for m in (re.search(r"\d([.,])\d{3}(?!\d)", c.text) for c in (original, translation)) if m]
    return (_dot_thousands(original) and _dot_thousands(translation) and len(marks) == 2
            and marks[0] != marks[1])


def _range_misread(original: Claim, translation: Claim, o, t) -> Decimal | None:
    """Two ranges whose ends agree but one (or both) off by a power of 1000 with the same
    digits, a digit group written with "," or "." ("de 2,200 à 2.700 euros" for
    "2,200 to 2,700 euros"): the factor of the first misread end.

    >>> from factcheck.extraction.finder import find_claims
    >>> en = find_claims("between 20,000 and 30,000 euros", "en")[0]
    >>> _range_misread(en, find_claims("entre 20,000 et 30 000 euros", "fr")[0], bounds(en),
    ...                bounds(find_claims("entre 20,000 et 30 000 euros", "fr")[0]))
    Decimal('0.001')
    """
    if not o or not t or o[0] == o[1] or t[0] == t[1]:
        return None
    if not (GROUPED.search(original.text) or GROUPED.search(translation.text)):
        return None
    factors = []
    for left, right in zip(o, t):
        if left == right:
            continue
        if not left or not right or not _same_digits(format(left, "f"), format(right, "f")):
            return None
        factor = abs(right) / abs(left)
        if factor not in THOUSAND_POWERS and (1 / factor) not in THOUSAND_POWERS:
            return None
        factors.append(factor)
    return factors[0] if factors else None


def _digit_text(claim: Claim) -> str:
    """The claim's text, or its value when the text has no digits ("a thousand-crown")."""
    if re.search(r"\d", claim.text) or claim.value is None:
        return claim.text
    return format(claim.value, "f")


def _same_digits(left: str, right: str) -> bool:
    """The same significant digits ("1,500" and "1.5")."""
    def digits(text: str) -> str:
        return re.sub(r"\D", "", text).strip("0")
    return digits(left) == digits(right) != ""
