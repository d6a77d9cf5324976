"""Periods as reference tables write them, read into the days they cover.

A table's ``period`` cell is one of a closed set of forms, all anchored on the year so that
they sort and compare the same way in every language:

========================  ===================  ==============================================
form                      kind                 covers
========================  ===================  ==============================================
``2024``                  ``year``             the calendar year
``2024-H1``, ``2024-H2``  ``half``             January–June, July–December
``2024-Q3``               ``quarter``          July–September (``Q1``..``Q4``)
``2024-02``               ``month``            the calendar month
``2024-02-29``            ``day``              that day (a real calendar day)
``FY2024``, ``FY2023-24`` ``fiscal_year``      the fiscal year that *ends* in 2024
========================  ===================  ==============================================

A fiscal year is named after the year it ends in (US federal FY2024 runs from October 2023
to September 2024, a UK ``2023-24`` year from April 2023 to March 2024); its months depend on
who keeps the accounts, which a table does not say, so ``start``..``end`` is the envelope of
every twelve-month year ending in 2024 and ``exact`` is False. ``FY2023-24`` is the same
period as ``FY2024`` (the two years must follow each other).

This module sits at the bottom of the package (no imports of ours): reference tables parse
their periods with it and the frame layer compares them.

>>> parse_period("2024-Q3")
Period(text='2024-Q3', kind='quarter', start=datetime.date(2024, 7, 1), end=datetime.date(2024, 9, 30), exact=True)
>>> parse_period("FY2023-24").end, parse_period("FY2023-24") == parse_period("FY2024")
(datetime.date(2024, 12, 31), False)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PERIOD_FORMS = ("YYYY, YYYY-MM or YYYY-MM-DD, nor a quarter (2024-Q3), half-year (2024-H1) "
                "or fiscal year (FY2024, FY2023-24)")
PERIOD_SYNTAX = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])|H(?P<half>[12])))?"
    r"|FY(?:(?P<fy_start>\d{4})-(?P<fy_short>\d{2})|(?P<fy>\d{4}))")
MIN_YEAR = 1000


@dataclass(frozen=True)
class Period:
    """A period: the text as written, its kind, and the first and last day it covers
    (inclusive); ``exact`` is False when those are only bounds (a fiscal year)."""

    text: str
    kind: str
    start: date
    end: date
    exact: bool = True

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        >>> parse_period("2024-Q3").overlaps(parse_period("2024-08"))
        True
        >>> parse_period("2024-H1").overlaps(parse_period("2024-Q3"))
        False
        """
        return self.start <= other.end and other.start <= self.end

    def within(self, other: Period) -> bool:
        """Whether every day of this period is in ``other``.

        >>> parse_period("2024-02-29").within(parse_period("2024-Q1"))
        True
        >>> parse_period("2024").within(parse_period("2024-H2"))
        False
        """
        return other.start <= self.start and self.end <= other.end


class PeriodError(ValueError):
    """A period that is none of the forms above; the message says which forms are accepted."""


def _month_span(year: int, first: int, last: int) -> tuple[date, date]:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _fiscal_end_year(match: re.Match[str], text: str) -> int:
    if match["fy"]:
        return int(match["fy"])
    start = int(match["fy_start"])
    if (start + 1) % 100 != int(match["fy_short"]):
        raise PeriodError(f"{text!r}: a fiscal year's two years must follow each other (FY2023-24)")
    return start + 1


def parse_period(text: str) -> Period:
    """The period a table cell names; ``PeriodError`` for anything else.

    >>> parse_period("2024").start, parse_period("2024").end
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    >>> parse_period("2024-02").end, parse_period("2023-H2").start
    (datetime.date(2024, 2, 29), datetime.date(2023, 7, 1))
    >>> fiscal = parse_period("FY2024")
    >>> fiscal.kind, fiscal.start, fiscal.end, fiscal.exact
    ('fiscal_year', datetime.date(2023, 2, 1), datetime.date(2024, 12, 31), False)
    >>> parse_period("T3 2024")
    Traceback (most recent call last):
    ...
    factcheck.periods.PeriodError: 'T3 2024' is not YYYY, YYYY-MM or YYYY-MM-DD, nor a quarter (2024-Q3), half-year (2024-H1) or fiscal year (FY2024, FY2023-24)
    >>> parse_period("2023-02-29")
    Traceback (most recent call last):
    ...
    factcheck.periods.PeriodError: '2023-02-29' is not a calendar day
    """
    match = PERIOD_SYNTAX.fullmatch(text)
    if match is None:
        raise PeriodError(f"{text[:40]!r} is not {PERIOD_FORMS}")
    if match["fy_start"] or match["fy"]:
        end_year = _fiscal_end_year(match, text)
        if end_year <= MIN_YEAR:
            raise PeriodError(f"{text!r}: the year is out of range")
        return Period(text, "fiscal_year", date(end_year - 1, 2, 1), date(end_year, 12, 31), exact=False)
    year = int(match["year"])
    if year < MIN_YEAR:
        raise PeriodError(f"{text!r}: the year is out of range")
    if match["quarter"]:
        quarter = int(match["quarter"])
        return Period(text, "quarter", *_month_span(year, 3 * quarter - 2, 3 * quarter))
    if match["half"]:
        half = int(match["half"])
        return Period(text, "half", *_month_span(year, 6 * half - 5, 6 * half))
    if match["month"] is None:
        return Period(text, "year", *_month_span(year, 1, 12))
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise PeriodError(f"{text!r}: month {match['month']} does not exist")
    if match["day"] is None:
        return Period(text, "month", *_month_span(year, month, month))
    try:
        day = date(year, month, int(match["day"]))
    except ValueError:
        raise PeriodError(f"{text!r} is not a calendar day") from None
    return Period(text, "day", day, day)
