"""The periods a reference table may name (factcheck.periods): each form read into the days it
covers, and every other spelling refused with a sentence that lists the forms.

The good periods are the ones the hand-written tables of the shared development set needed
and could not write (Insee quarterly accounts, a half-year of company results, a US federal
fiscal year, a UK "2023-24" year); the bad ones are how copy and spreadsheets write periods
("T3 2024", "3e trimestre", "Q3 2024", "2024Q3", "S1 2024").
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.periods import PeriodError, parse_period

GOOD = [
    # (cell, kind, first day, last day, exact)
    pytest.param("2023", "year", date(2023, 1, 1), date(2023, 12, 31), True, id="deficit-year"),
    pytest.param("2024-Q3", "quarter", date(2024, 7, 1), date(2024, 9, 30), True, id="insee-q3-gdp"),
    pytest.param("2023-Q4", "quarter", date(2023, 10, 1), date(2023, 12, 31), True, id="unemployment-q4"),
    pytest.param("2024-Q1", "quarter", date(2024, 1, 1), date(2024, 3, 31), True, id="leap-quarter"),
    pytest.param("2024-H1", "half", date(2024, 1, 1), date(2024, 6, 30), True, id="lvmh-first-half"),
    pytest.param("2023-H2", "half", date(2023, 7, 1), date(2023, 12, 31), True, id="second-half"),
    pytest.param("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29), True, id="cpi-month-leap"),
    pytest.param("2024-02-08", "day", date(2024, 2, 8), date(2024, 2, 8), True, id="market-cap-close"),
    pytest.param("FY2024", "fiscal_year", date(2023, 2, 1), date(2024, 12, 31), False, id="us-federal-fy"),
    pytest.param("FY2023-24", "fiscal_year", date(2023, 2, 1), date(2024, 12, 31), False, id="uk-2023-24"),
    pytest.param("FY1999-00", "fiscal_year", date(1999, 2, 1), date(2000, 12, 31), False, id="century-turn"),
]

BAD = [
    # (cell, fragment of the message)
    pytest.param("T3 2024", "is not YYYY, YYYY-MM or YYYY-MM-DD, nor a quarter (2024-Q3)", id="french-quarter"),
    pytest.param("3e trimestre 2024", "is not YYYY", id="quarter-in-words"),
    pytest.param("Q3 2024", "is not YYYY", id="quarter-first"),
    pytest.param("2024Q3", "is not YYYY", id="quarter-no-dash"),
    pytest.param("2024-q3", "is not YYYY", id="quarter-lower-case"),
    pytest.param("2024-Q5", "is not YYYY", id="fifth-quarter"),
    pytest.param("2024-Q0", "is not YYYY", id="quarter-zero"),
    pytest.param("S1 2024", "is not YYYY", id="french-semester"),
    pytest.param("2024-H3", "is not YYYY", id="third-half"),
    pytest.param("FY24", "is not YYYY", id="two-digit-fiscal-year"),
    pytest.param("FY2023/24", "is not YYYY", id="fiscal-slash"),
    pytest.param("fy2024", "is not YYYY", id="fiscal-lower-case"),
    pytest.param("FY2023-25", "must follow each other", id="fiscal-two-years-apart"),
    pytest.param("FY2024-23", "must follow each other", id="fiscal-backwards"),
    pytest.param("2024-13", "month 13 does not exist", id="month-13"),
    pytest.param("2024-00", "month 00 does not exist", id="month-zero"),
    pytest.param("2023-02-29", "is not a calendar day", id="not-leap"),
    pytest.param("2024-04-31", "is not a calendar day", id="april-31"),
    pytest.param("0999", "out of range", id="year-999"),
    pytest.param("2023-2024", "is not YYYY", id="year-range"),
    pytest.param(" 2024", "is not YYYY", id="padded"),
]


@pytest.mark.parametrize("cell,kind,start,end,exact", GOOD)
def test_period_is_read_into_days(cell, kind, start, end, exact):
    period = parse_period(cell)
    assert (period.text, period.kind, period.start, period.end, period.exact) == (cell, kind, start, end, exact)


@pytest.mark.parametrize("cell,fragment", BAD)
def test_other_spellings_are_refused(cell, fragment):
    with pytest.raises(PeriodError) as caught:
        parse_period(cell)
    assert fragment in str(caught.value)


@pytest.mark.parametrize("inner,outer,within,overlaps", [
    pytest.param("2024-Q3", "2024", True, True, id="quarter-in-year"),
    pytest.param("2024-08", "2024-Q3", True, True, id="month-in-quarter"),
    pytest.param("2024-Q2", "2024-H2", False, False, id="q2-not-in-h2"),
    pytest.param("2024", "FY2024", True, True, id="calendar-year-in-fiscal-envelope"),
    pytest.param("2022", "FY2024", False, False, id="two-years-before-fiscal"),
])
def test_periods_compare_by_days(inner, outer, within, overlaps):
    assert parse_period(inner).within(parse_period(outer)) is within
    assert parse_period(inner).overlaps(parse_period(outer)) is overlaps
