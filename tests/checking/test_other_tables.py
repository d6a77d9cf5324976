"""Correct copy checked against a table written for other articles (issue 11: "every table"):
the figure nearest in words is often another kind of figure. Each rule has a sentence of our
own following what the shared checks set showed when our articles met its tables, and a
negative beside it. The table is made up for the test."""

from __future__ import annotations

import pytest

from conftest import checker_for, value_findings

FIGURES = """id,entity,entity_aliases,metric,metric_aliases,value,low,high,unit,period,source,url,note
be_hicp_forecast_2025,Belgique,Belgique|belge,HICP inflation forecast,inflation,1.0,,,%,2025,bnb,,
be_hicp_avg_2023,Belgique,Belgique|belge,"HICP inflation, annual average",inflation,5.4,,,%,2023,statbel,,
"""
SOURCES = """id,name,aliases,url
statbel,Statbel,Statbel,https://statbel.fgov.be
bnb,Banque nationale de Belgique,Banque nationale de Belgique|BNB,https://www.nbb.be
"""

CASES = [  # (id, where the phenomenon was seen, text, claim, value code)
    ("target-is-no-forecast", "our fr-eurostat-inflation-2022-10 against the shared macro table: the central bank's "
     "medium-term aim met a forecast of a later year", "La BNB vise une inflation belge de 2 % à moyen terme.",
     "2 %", "unverified"),
    ("forecast-meets-forecast", "negative: a forecast against the forecast",
     "La BNB prévoit une inflation belge de 1,4 %.", "1,4 %", "value_mismatch"),
    ("month-is-not-the-year", "our en-eurostat-inflation-2022-10 against the shared euro-area table: a month's rate "
     "met the only annual average of a text that names no year", "L'inflation belge a atteint 10,6 % en octobre, "
     "selon Statbel.", "10,6 %", "unverified"),
    ("no-month-meets-the-year", "negative: no month named, the table's only annual average",
     "L'inflation belge en moyenne annuelle a atteint 6,1 %, selon Statbel.", "6,1 %", "value_mismatch"),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory.mktemp("table"), FIGURES, SOURCES)


@pytest.mark.parametrize("text,claim,code", [pytest.param(*case[2:], id=case[0]) for case in CASES])
def test_value_verdict(checker, text, claim, code):
    found = value_findings(checker.check(text, lang="fr"), claim)
    assert [f.code.value for f in found] == [code], found[0].message
