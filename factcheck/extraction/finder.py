"""Find the money and percentage claims of a text, as typed ``Claim`` objects.

This is the one extraction routine: ``factcheck.extract`` and the spaCy component both
call ``find_claims``. It works on character offsets (so "3 000" with a no-break space
is one number whatever a tokenizer does) and needs no statistical model.

>>> [c.text for c in find_claims("visant à obtenir entre $5 et $7 trillions.", "fr")]
['entre $5 et $7 trillions']
>>> find_claims("en 2024, le 7 février, article 49.3", "fr")
[]
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from factcheck.extraction.combine import Combiner, Mention
from factcheck.extraction.cues import ClaimCues, cue_reader
from factcheck.extraction.implied import named_units
from factcheck.extraction.lexer import lexicon
from factcheck.extraction.quantity import Quantity, QuantityReader
from factcheck.lang.data import load
from factcheck.models import Claim, ScaleReading

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


def find_claims(text: str, lang: str) -> list[Claim]:
    """Every money and percentage claim in ``text``, in reading order."""
    lex = lexicon(lang)
    atoms = lex.atoms(text)
    if not atoms:
        return []
    mark = document_decimal_mark(text) or load(lang).decimal_mark
    quantities = QuantityReader(text, atoms, lex, mark).read_all()
    named = named_units(text, atoms, [(q.start, q.end) for q in quantities], load(lang))
    mentions = Combiner(text, load(lang), named).combine(quantities)
    cues = cue_reader(lang)
    old_values = {number - 1 for number, mention in enumerate(mentions) if mention.changes_previous}
    return [_claim(mention, text, cues.read(text, mention.start, mention.kind),
                   number - 1 if mention.changes_previous else None, number in old_values)
            for number, mention in enumerate(mentions)]


def _claim(mention: Mention, text: str, cues: ClaimCues, change_of: int | None,
           old_value: bool = False) -> Claim:
    """``old_value``: the first figure of "progresse de 14 % à 17 %", a level the change starts
    from: the verb before it says the move, not that this figure is a rise."""
    low, high = mention.quantity, mention.high
    if high is None and low.extra.get("collective"):  # "une centaine de milliards": about
        word = text[low.start:text.index(" ", low.start) if " " in text[low.start:low.end] else low.end]
        cues = replace(cues, hedge=cues.hedge or word)
    sign = cues.sign if high is None else 1
    last = high or low
    reading = last.scale_reading
    start = mention.start
    if high is None and cues.sign_at is not None and cues.sign_at < start:
        start = cues.sign_at  # "-0,2 %": the written sign is part of what the text says
    return Claim(
        kind=mention.kind,
        text=text[start:mention.end],
        start=start,
        end=mention.end,
        value=None if high else sign * low.value,
        low=mention.low_sign * low.value if high else None,
        high=mention.high_sign * high.value if high else None,
        currency=last.currency if mention.kind == "money" else None,
        currency_inferred=mention.kind == "money" and last.extra.get("currency_inferred", False),
        approx=cues.hedge is not None,
        hedge=cues.hedge,
        bound=cues.bound,
        bound_text=cues.bound_text if cues.bound else None,
        direction=None if old_value else cues.direction,
        scale_word=last.scale_word or low.scale_word,  # "entre 7 et 5 milliards": written once
        points=last.points,
        precision=min(low.precision, high.precision) if high else low.precision,
        change_of=change_of,
        scale_reading=reading,
        scale_readings=_readings(mention, sign) if reading else None,
    )


def _readings(mention: Mention, sign: int) -> dict[str, ScaleReading]:
    """Both values of a French billion/trillion claim: long scale and short scale."""
    low, high = mention.quantity, mention.high
    readings = {}
    for which in ("long", "short"):
        if high is None:
            readings[which] = ScaleReading(value=sign * _value_read(low, which))
        else:
            readings[which] = ScaleReading(low=mention.low_sign * _value_read(low, which),
                                           high=mention.high_sign * _value_read(high, which))
    return readings


def _value_read(quantity: Quantity, which: str) -> Decimal:
    """``scale`` holds the chosen reading, ``short_scale`` the other one."""
    chosen = which == quantity.scale_reading or quantity.short_scale is None
    scale = quantity.scale if chosen else quantity.short_scale
    return quantity.number * (scale or 1) * quantity.factor


__all__ = ["find_claims", "document_decimal_mark"]
