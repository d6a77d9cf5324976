"""Figures written in the counterpart text that the extractor did not make claims of
("163 billion crowns": no currency it knows), read as bare numbers with an optional scale
word, so that a lone claim can still be compared with what the other side writes.

>>> [(str(f.value), f.scale_word) for f in bare_figures("a deficit of 163 billion crowns", "en")]
[('163000000000', 'billion')]
>>> [int(f.value) for f in bare_figures("un déficit de 1,5 billion", "fr")]
[1500000000000]
>>> [(int(f.value), f.currency) for f in bare_figures("fines of 1,000 crowns and USD 5 million", "en")]
[(1000, 'crowns'), (5000000, 'dollars')]

Numbers in words too ("deux mille couronnes", "eleven percent"), read with text2num:

>>> [(f.text, int(f.value), f.currency) for f in bare_figures("payer deux mille couronnes ou vingt et un euros", "fr")]
[('deux mille couronnes', 2000, 'crowns'), ('vingt et un euros', 21, 'euros')]
>>> [int(f.value) for f in bare_figures("une hausse de huit pour cent", "fr")]
[8]
>>> [f.text for f in bare_figures("for well under nine thousand a year, twenty-one dollars", "en")]
['nine thousand', 'twenty-one dollars']
>>> [int(f.value) for f in bare_figures("de presque -cinquante pourcent, soit -3 en 2010-2011", "fr")]
[-50, -3, 2010, 2011]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from decimal import Decimal

from factcheck.extraction.numbers import NumeralError, parse_number_words, parse_numeral
from factcheck.lang.data import load

SCALES = {"thousand": 3, "mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9,
          "billion": 9, "billions": 9, "bn": 9, "trillion": 12, "trillions": 12}
LONG_SCALE = {"billion": 12, "billions": 12, "trillion": 18, "trillions": 18}
# currency words and codes, both languages, to the family a reader tells apart: "crowns"
# covers the Czech, Swedish, Danish and Norwegian ones (wire copy says "crowns" for all)
CURRENCY_WORDS = {
    "euro": "euros", "euros": "euros", "eur": "euros", "€": "euros",
    "dollar": "dollars", "dollars": "dollars", "usd": "dollars", "$": "dollars",
    "pound": "pounds", "pounds": "pounds", "livre": "pounds", "livres": "pounds", "sterling": "pounds",
    "gbp": "pounds", "£": "pounds", "crown": "crowns", "crowns": "crowns", "couronne": "crowns",
    "couronnes": "crowns", "koruna": "crowns", "korun": "crowns", "kč": "crowns", "czk": "crowns",
    "sek": "crowns", "dkk": "crowns", "nok": "crowns", "kronor": "crowns", "kroner": "crowns",
    "forint": "forints", "forints": "forints", "huf": "forints", "yen": "yen", "yens": "yen",
    "jpy": "yen", "¥": "yen", "yuan": "yuan", "yuans": "yuan", "cny": "yuan", "renminbi": "yuan",
    "franc": "francs", "francs": "francs", "chf": "francs", "zloty": "zlotys", "zlotys": "zlotys",
    "pln": "zlotys", "rouble": "roubles", "roubles": "roubles", "ruble": "roubles", "rubles": "roubles",
    "rub": "roubles",
}
ISO_FAMILY = {"EUR": "euros", "USD": "dollars", "CAD": "dollars", "AUD": "dollars", "NZD": "dollars",
              "HKD": "dollars", "SGD": "dollars", "GBP": "pounds", "CZK": "crowns", "SEK": "crowns",
              "DKK": "crowns", "NOK": "crowns", "ISK": "crowns", "HUF": "forints", "JPY": "yen",
              "CNY": "yuan", "CHF": "francs", "XOF": "francs", "XAF": "francs", "FRF": "francs",
              "PLN": "zlotys", "RUB": "roubles"}
_MONEY = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS if w.isalpha()), key=len, reverse=True))
FIGURE = re.compile(r"(?:(?<![\w])(\$|€|£|¥|USD|EUR|GBP|HUF|CZK)\s?)?"
                    r"(?<![\w.,])(\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)"
                    r"(?:[\s-]*(thousand|mille|millions?|milliards?|billions?|bn|trillions?)\b)?"
                    rf"(?:[\s-]+(?:(?:de|d['’])\s*)?({_MONEY}|Kč)(?!\w))?", re.I)
_TAIL = (r"(?:[\s-]*(millions?|milliards?|billions?|bn|trillions?)\b)?"
         rf"(?:[\s-]+(?:(?:de|d['’]|of)\s*)?({_MONEY}|Kč)(?!\w))?")
MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−]$")  # "-350", "(-5": not "2010-2011" nor "quatre-vingt"
WRITTEN_MONEY = re.compile(rf"(?<!\w)({_MONEY}|Kč)(?!\w)|[$€£¥]", re.I)


def currency_family(code: str | None) -> str | None:
    """The family of an ISO code or a currency word ("CZK", "couronnes" -> "crowns").

    >>> currency_family("SEK"), currency_family("couronnes"), currency_family("ounces")
    ('crowns', 'crowns', None)
    """
    if not code:
        return None
    return ISO_FAMILY.get(code) or CURRENCY_WORDS.get(code.lower())


def written_currency(text: str) -> str | None:
    """The family of the one currency word or sign written in ``text`` (None if none or several).

    >>> written_currency("13.3 billion crowns"), written_currency("200 million more")
    ('crowns', None)
    """
    families = {currency_family(m.group()) for m in WRITTEN_MONEY.finditer(text)}
    return families.pop() if len(families) == 1 else None


@dataclass(frozen=True)
class BareFigure:
    start: int
    end: int
    text: str
    value: Decimal
    scale_word: str | None
    currency: str | None = None


def bare_figures(text: str, lang: str) -> list[BareFigure]:
    """Every number of ``text``, scaled as a reader of ``lang`` reads its scale word."""
    found = []
    for match in FIGURE.finditer(text):
        number = _numeral(match.group(2), lang)
        if number is None:
            continue
        found.append(_figure(match, number, match.group(1) or match.group(4), match.group(3), lang))
    for match in _word_figure(lang).finditer(text):
        number = _words_value(match.group(1), lang)
        if number is not None and (match.group(2) or match.group(3) or not _weak_only(match.group(1), lang)):
            found.append(_figure(match, number, match.group(3), match.group(2), lang))
    return sorted(found, key=lambda f: f.start)


def _numeral(text: str, lang: str) -> Decimal | None:
    """A numeral as ``lang`` reads it; one that mixes separators ("4,700 000") read the
    way its reader would, the first decimal mark of ``lang`` as the decimal point.

    >>> _numeral("4,700 000", "fr"), _numeral("4.700 000", "en"), _numeral("1 500", "fr")
    (Decimal('4.700000'), Decimal('4.700000'), Decimal('1500'))
    """
    try:
        return parse_numeral(text, lang)
    except (NumeralError, ValueError):
        pass
    mark = load(lang).decimal_mark
    if mark not in text:
        return None
    whole, _, rest = text.partition(mark)
    return Decimal(re.sub(r"\D", "", whole) + "." + re.sub(r"\D", "", rest))


def scale_powers(text: str, lang: str) -> set[int]:
    """The powers of ten of the scale words of ``text``, as a reader of ``lang`` reads them.

    >>> sorted(scale_powers("the trillion crown limit", "en")), sorted(scale_powers("un billion", "fr"))
    ([12], [12])
    """
    words = re.findall(r"(?<!\w)(?:" + "|".join(SCALES) + r")(?!\w)", text, re.I)
    return {(LONG_SCALE.get(w.lower()) if lang == "fr" else None) or SCALES[w.lower()] for w in words}


def _figure(match: re.Match, number: Decimal, money: str | None, scale: str | None, lang: str) -> BareFigure:
    word = (scale or "").lower() or None
    power = (LONG_SCALE.get(word) if lang == "fr" else None) or SCALES.get(word or "", 0)
    sign = -1 if MINUS.search(match.string, 0, match.start()) else 1
    return BareFigure(match.start(), match.end(), match.group(), sign * number * Decimal(10) ** power, word,
                      currency_family(money))


@cache
def _word_figure(lang: str) -> re.Pattern:
    """A run of number words ("quatre-vingt-dix", "vingt et un", "two hundred and five"),
    then an optional scale word and currency."""
    data = load(lang)

    def either(words) -> str:
        return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    word = either(data.number_words.words)
    strong = either(w for w in data.number_words.words if w not in data.number_words.weak)
    joiner = either(["and", *data.cues.number_and])
    # "un"/"one"/"a" inside a run only after a hyphen or "et"/"and": "nine thousand a year" stops
    following = rf"(?:-(?:{word})|\s+(?:{strong})|[\s-]+(?:{joiner})[\s-]+(?:{word}))"
    return re.compile(rf"(?<![\w'’])(?<!\w-)(?<!pour )(?<!pour\u00a0)((?:{word}){following}*)(?![\w'’])" + _TAIL, re.I)


def _weak_only(words: str, lang: str) -> bool:
    """Only "un"/"one"/"a": a number only before a scale word or a currency."""
    weak = set(load(lang).number_words.weak)
    return all(w in weak for w in re.split(r"[\s-]+", words.lower()))


def _words_value(words: str, lang: str) -> Decimal | None:
    """The value of a run of number words, a leading "a"/"un" dropped if it does not read.

    >>> _words_value("a hundred", "en"), _words_value("quatre-vingt-dix", "fr"), _words_value("a", "en")
    (Decimal('100'), Decimal('90'), None)
    """
    parts = re.split(r"[\s-]+", words)
    weak = set(load(lang).number_words.weak)
    for start in range(min(2, len(parts))):
        if start and parts[0].lower() not in weak:
            break
        try:
            return parse_number_words(" ".join(parts[start:]), lang)
        except NumeralError:
            continue
    return None
