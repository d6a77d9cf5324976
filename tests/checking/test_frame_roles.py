"""The checker reads a claim's role from its frame when asked (``Checker(frames=True)``): a
forecast worded in the present for a month already over at the article's date is a first
measurement (frame/build.py), so its source may be judged; without frames, or dated before
the month ends, it stays a forecast and no attribution is judged on it.

Sentences are ours, following the flash-estimate wording seen in the shared
en-agenceurope-eurostat-inflation-2021-08 and fr-affichesparisiennes-inflation-zone-euro-2022-09
(a month's inflation "is expected to be" / "devrait" on the month's last day). The table is
made up for the test."""

from __future__ import annotations

import pytest

from conftest import checker_for

COLUMNS = ("id", "entity", "entity_aliases",  # the reference table's columns (CONTRACT.md)
           "metric", "metric_aliases",
           "value", "low", "high", "unit", "period",
           "role", "source", "url", "note")
FIGURES = ",".join(COLUMNS) + """
be_cpi_2024_09,Belgique,Belgique|belge|Belgian,consumer prices year on year,inflation|consumer prices,4.1,,,%,2024-09,change,statbel,,
"""
SOURCES = """id,name,aliases,url
statbel,Statbel,Statbel,https://statbel.fgov.be
bnb,Banque nationale de Belgique,Banque nationale de Belgique|BNB|National Bank of Belgium,https://www.nbb.be
"""
EN = "Belgian inflation is expected to be 4.1% in September, according to the {}."
FR = "L'inflation belge devrait atteindre 4,1 % en septembre, selon {}."

CASES = [  # (id, text, date, frames, attribution_mismatch expected)
    ("en-flash-estimate-dated-month-end", EN.format("National Bank of Belgium"), "2024-09-30", True, True),
    ("en-flash-estimate-right-source", EN.format("Statbel office"), "2024-09-30", True, False),
    ("en-forecast-dated-before-month", EN.format("National Bank of Belgium"), "2024-08-30", True, False),
    ("en-flash-estimate-without-frames", EN.format("National Bank of Belgium"), "2024-09-30", False, False),
    ("fr-flash-estimate-dated-month-end", FR.format("la BNB"), "2024-09-30", True, True),
    ("fr-forecast-dated-before-month", FR.format("la BNB"), "2024-08-30", True, False),
]


@pytest.fixture(scope="module")
def checkers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("table")
    plain = checker_for(folder, FIGURES, SOURCES)
    from factcheck.checking.checker import Checker
    return {False: plain, True: Checker(reference=str(folder), frames=True)}


@pytest.mark.parametrize("text,date,frames,mismatch", [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_frame_role_decides_whether_the_source_is_judged(checkers, text, date, frames, mismatch):
    result = checkers[frames].check(text, date=date)
    codes = [finding.code.value for finding in result.findings]
    assert codes[0] == "consistent"
    assert ("attribution_mismatch" in codes) is mismatch
