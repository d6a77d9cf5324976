"""Pure number parsing: numerals with separators, number words, decimal formatting.

No spaCy here. Every function takes a string and returns a ``Decimal`` or raises
``NumeralError`` (a ``ValueError``) with a message saying what was wrong.

Separators are decided per numeral, from the numeral itself, the language and the
document's own habit (``decimal_mark``), never by one blind rule:

>>> parse_numeral("1,72", "fr")
Decimal('1.72')
>>> parse_numeral("3\u202f000", "fr")
Decimal('3000')
>>> parse_numeral("1 000 000", "fr")
Decimal('1000000')
>>> parse_numeral("1.234,5", "fr")
Decimal('1234.5')
>>> parse_numeral("1,000,000", "fr")
Decimal('1000000')
>>> parse_numeral("12,345", "fr"), parse_numeral("12,345", "en")
(Decimal('12.345'), Decimal('12345'))
>>> parse_numeral("94.500", "fr"), parse_numeral("94.500", "en")
(Decimal('94500'), Decimal('94.500'))
>>> parse_numeral("12,345", "en", decimal_mark=",")
Decimal('12.345')
>>> parse_numeral("1.000", "fr", decimal_mark="."), parse_numeral("2,000", "en", decimal_mark=",")
(Decimal('1000'), Decimal('2000'))
>>> parse_numeral("12,34,567.89", "en")
Decimal('1234567.89')
>>> parse_numeral("1'000'000", "fr")
Decimal('1000000')
>>> parse_numeral("-33", "fr")
Decimal('-33')
>>> parse_numeral("1 00", "fr")
Traceback (most recent call last):
...
factcheck.extraction.numbers.NumeralError: '1 00': a digit group after a space must have 3 digits
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from factcheck.decimals import format_decimal  # noqa: F401  (re-exported: the number core's writer)

GROUP_SPACES = " \u00a0\u202f\u2009"
GROUP_QUOTES = "'\u2019"
SIGNS = {"-": -1, "\u2212": -1, "\u2013": -1, "+": 1}
MAX_DIGITS = 24  # exact under Decimal's 28-digit precision, whatever the scale

_SEPARATOR = re.compile(r"[ \u00a0\u202f\u2009'\u2019.,]")


class NumeralError(ValueError):
    """A string that is not a numeral we can read, with the reason."""


def parse_numeral(text: str, lang: str, decimal_mark: str | None = None) -> Decimal:
    """Read a numeral written with digits, an optional sign and separators.

    ``decimal_mark`` is the document's own habit ("," or "."), when known; otherwise the
    language's default is used for the one ambiguous shape (one "," or "." followed by
    exactly three digits).
    """
    body = text.strip()
    sign = 1
    if body and body[0] in SIGNS:
        sign = SIGNS[body[0]]
        body = body[1:].lstrip()
    if not body or not body[0].isdigit() or not body[-1].isdigit():
        raise NumeralError(f"{text!r}: a numeral starts and ends with a digit")
    if not all(ch.isdigit() and ch.isascii() or _SEPARATOR.fullmatch(ch) for ch in body):
        raise NumeralError(f"{text!r}: only ASCII digits and separators are allowed")
    groups = _SEPARATOR.split(body)
    seps = _SEPARATOR.findall(body)
    if "" in groups:
        raise NumeralError(f"{text!r}: two separators in a row")
    if sum(len(g) for g in groups) > MAX_DIGITS:
        raise NumeralError(f"{text!r}: more than {MAX_DIGITS} digits")
    decimal_index = _decimal_separator_index(text, groups, seps, lang, decimal_mark)
    integer_groups = groups if decimal_index is None else groups[: decimal_index + 1]
    _check_groups(text, integer_groups, seps[: len(integer_groups) - 1])
    integer = "".join(integer_groups)
    fraction = "" if decimal_index is None else groups[-1]
    try:
        value = Decimal(f"{integer}.{fraction}" if fraction else integer)
    except InvalidOperation as error:  # pragma: no cover - guarded by the checks above
        raise NumeralError(f"{text!r}: not a number") from error
    return sign * value


def _decimal_separator_index(text, groups, seps, lang, decimal_mark):
    """Index of the separator that is the decimal mark, or None for an integer."""
    punct = [(i, s) for i, s in enumerate(seps) if s in ".,"]
    if not punct:
        return None
    last_index, last = punct[-1]
    if last_index != len(seps) - 1:
        raise NumeralError(f"{text!r}: a '.' or ',' can only be followed by digits")
    kinds = {s for _, s in punct}
    if len(kinds) == 2:
        if sum(1 for _, s in punct if s == last) > 1:
            raise NumeralError(f"{text!r}: mixed '.' and ',' in an unreadable order")
        return last_index
    if len(punct) > 1:
        return None  # the same mark several times: digit groups (1,000,000)
    if len(seps) > 1:
        return last_index  # spaces group the digits, so the mark is decimal (1 000,5)
    if len(groups[-1]) != 3 or len(groups[0]) > 3 or groups[0] == "0":
        return last_index
    if groups[-1] == "000" and last != (",", ".")[lang == "en"]:
        return None  # "1.000 euros" in French copy whose other figures use ".": the language's grouping
    mark = decimal_mark or (",", ".")[lang == "en"]
    return last_index if last == mark else None


def _check_groups(text, groups, seps):
    if len(groups) < 2:
        return
    if len(groups[0]) > 3:
        raise NumeralError(f"{text!r}: the first digit group has more than 3 digits")
    indian = seps and all(s == "," for s in seps) and len(groups[-1]) == 3
    for group, sep in zip(groups[1:-1], seps):
        if len(group) != 3 and not (indian and len(group) == 2):
            raise NumeralError(f"{text!r}: a digit group after {sep!r} must have 3 digits")
    if len(groups[-1]) != 3:
        kind = "a space" if seps[-1] in GROUP_SPACES else repr(seps[-1])
        raise NumeralError(f"{text!r}: a digit group after {kind} must have 3 digits")


KEPT_THOUSANDS = re.compile(r"[1-9]\d{0,2}[.,]000")


@cache
def _per_unit(leads: tuple[str, ...]) -> re.Pattern[str]:
    """"/ litre", "le litre", "l'once", "pour un euro": a unit after a price, from ``leads``
    (a lead ending in an apostrophe is glued to the unit)."""
    spaced = r"[ \u00a0\u202f]+"
    forms = [r"/[ \u00a0\u202f]*"]
    for lead in sorted(leads, key=len, reverse=True):
        body = re.escape(lead).replace("'", "['\u2019]").replace(r"\ ", spaced)
        forms.append(body if lead.endswith("'") else body + spaced)
    return re.compile(rf"[ \u00a0\u202f]*(?:{'|'.join(forms)})([^\W\d_]+)", re.IGNORECASE)


def kept_grouping(numeral: str, after: str, per_unit: list[str] = (), time_words: list[str] = ()) -> bool:
    """Whether an amount of money written ``numeral`` (read as a decimal with three places)
    and followed by ``after`` keeps another language's thousands grouping: "20,000 GBP par an"
    in French copy, "HUF 350.000" in English copy. Money is never written to three decimal
    places that are all zero, save a price per unit ("2,000 euros le litre", "1.000 dollar
    for one euro"); a time is no unit ("par an", "a year").

    ``per_unit`` are the words that lead to a unit ("par", "le", "pour un"), ``time_words``
    the times among such units (language data: ``[per_unit]``).

    >>> fr = (["par", "le", "la", "l'", "pour un"], ["an", "mois"])
    >>> kept_grouping("20,000", " par an", *fr), kept_grouping("350.000", ".", *fr)
    (True, True)
    >>> kept_grouping("2,000", " le litre", *fr), kept_grouping("1,459", ".", *fr), kept_grouping("0,000", ".", *fr)
    (False, False, False)
    """
    if not KEPT_THOUSANDS.fullmatch(numeral):
        return False
    per = _per_unit(tuple(per_unit)).match(after)
    return per is None or per.group(1).casefold() in {word.casefold() for word in time_words}


def parse_number_words(words: str, lang: str) -> Decimal:
    """Read a number written in words, with text2num.

    >>> parse_number_words("deux cent quarante", "fr")
    Decimal('240')
    >>> parse_number_words("vingt-deux", "fr")
    Decimal('22')
    >>> parse_number_words("forty five", "en")
    Decimal('45')
    >>> parse_number_words("pomme", "fr")
    Traceback (most recent call last):
    ...
    factcheck.extraction.numbers.NumeralError: 'pomme': not a number in words (fr)
    """
    from text_to_num import text2num

    cleaned = " ".join(words.replace("\u2011", "-").split())
    try:
        return Decimal(text2num(cleaned.lower(), lang))
    except (ValueError, TypeError, OverflowError) as error:
        raise NumeralError(f"{words!r}: not a number in words ({lang})") from error
