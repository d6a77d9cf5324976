"""Find the money and percentage claims of a text, as plain data.

This is the one extraction routine: ``factcheck.extract`` and the spaCy component both
call ``find_claims``. It works on character offsets (so "3 000" with a no-break space
is one number whatever a tokenizer does) and needs no statistical model.

>>> [c["text"] for c in find_claims("visant à obtenir entre $5 et $7 trillions.", "fr")]
['entre $5 et $7 trillions']
>>> find_claims("en 2024, le 7 février, article 49.3", "fr")
[]
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extraction.combine import Claim, Combiner
from factcheck.extraction.cues import cue_reader
from factcheck.lang.data import load
from factcheck.extraction.lexer import lexicon
from factcheck.decimals import format_decimal
from factcheck.extraction.quantity import Quantity, QuantityReader

COMMA_DECIMAL = re.compile(r"\d,(?:\d{1,2}|\d{4,})(?![\d,.])")
POINT_DECIMAL = re.compile(r"\d\.(?:\d{1,2}|\d{4,})(?![\d,.])")


def document_decimal_mark(text: str) -> str | None:
    """The decimal mark the document itself uses where it is unambiguous, if any.

    >>> document_decimal_mark("1,72 trillion et 13,1 %")
    ','
    >>> document_decimal_mark("$1.5 billion and 2.25%") is None
    False
    >>> document_decimal_mark("3 000 euros") is None
    True
    """
    commas = len(COMMA_DECIMAL.findall(text))
    points = len(POINT_DECIMAL.findall(text))
    if commas > 2 * points:
        return ","
    if points > 2 * commas:
        return "."
    return None


def find_claims(text: str, lang: str) -> list[dict]:
    """Every money and percentage claim in ``text``, in reading order, as plain dicts."""
    lex = lexicon(lang)
    atoms = lex.atoms(text)
    if not atoms:
        return []
    mark = document_decimal_mark(text) or load(lang).decimal_mark
    quantities = QuantityReader(text, atoms, lex, mark).read_all()
    claims = Combiner(text, load(lang)).combine(quantities)
    cues = cue_reader(lang)
    return [_as_dict(claim, text, cues.read(text, claim.start), lang) for claim in claims]


def _as_dict(claim: Claim, text: str, cues, lang: str) -> dict:
    low, high = claim.quantity, claim.high
    sign = cues.sign if high is None else 1
    out = {
        "kind": claim.kind,
        "text": text[claim.start:claim.end],
        "start": claim.start,
        "end": claim.end,
        "value": None if high else format_decimal(sign * low.value),
        "low": format_decimal(claim.low_sign * low.value) if high else None,
        "high": format_decimal(claim.high_sign * high.value) if high else None,
        "currency": (high or low).currency if claim.kind == "money" else None,
        "approx": cues.hedge is not None,
        "scale_word": (high or low).scale_word,
        "points": (high or low).points,
        "precision": format_decimal(min(low.precision, high.precision) if high else low.precision),
    }
    if cues.hedge:
        out["hedge"] = cues.hedge
    if cues.bound:
        out["bound"], out["bound_text"] = cues.bound, cues.bound_text
    if cues.direction:
        out["direction"] = cues.direction
    reading = (high or low).scale_reading
    if reading:
        out["scale_reading"] = reading
        out["scale_readings"] = _readings(claim, sign)
    return out


def _readings(claim: Claim, sign: int) -> dict:
    """Both values of a French billion/trillion claim: long scale and short scale."""
    low, high = claim.quantity, claim.high
    readings = {}
    for which in ("long", "short"):
        if high is None:
            readings[which] = {"value": format_decimal(sign * _value_read(low, which))}
        else:
            readings[which] = {"low": format_decimal(claim.low_sign * _value_read(low, which)),
                               "high": format_decimal(claim.high_sign * _value_read(high, which))}
    return readings


def _value_read(quantity: Quantity, which: str) -> Decimal:
    """``scale`` holds the chosen reading, ``short_scale`` the other one."""
    chosen = which == quantity.scale_reading or quantity.short_scale is None
    scale = quantity.scale if chosen else quantity.short_scale
    return quantity.number * (scale or 1) * quantity.factor


__all__ = ["find_claims", "document_decimal_mark"]
