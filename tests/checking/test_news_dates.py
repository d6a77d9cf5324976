"""Two readings of when a figure is for (factcheck/checking/periods.py):

- a dateline's day ("PARIS, March 26 —") dates the news, not the figures after it; a month
  written in the story itself still does;
- "a year earlier" written right after a figure is that figure's, not the next one's; and an
  earlier sentence gives "a year earlier" its own period (its first), not its comparison's.

Sentences are ours, following the dateline and debt phrasing of our pair
corpora/pairs/france-deficit-2023.en.txt (a false period warning on its debt amount) and the
"PARIS, ... (Reuters) -" datelines of wire copy. The table is made up for the test."""

from __future__ import annotations

import pytest

from conftest import checker_for, value_findings
from factcheck.checking.periods import claim_year
from factcheck.extraction.finder import find_claims
from factcheck.text.sentences import index_of, split

COLUMNS = ("id", "entity", "entity_aliases",  # the reference table's columns (CONTRACT.md)
           "metric", "metric_aliases",
           "value", "low", "high", "unit", "period",
           "role", "source", "url", "note")
FIGURES = ",".join(COLUMNS) + """
be_cpi_2024_02,Belgique,Belgique|belge|belges|Belgian,consumer prices year on year,consumer prices|prix à la consommation,3.2,,,%,2024-02,change,statbel,,
be_debt_2023,Belgique,Belgique|belge|Belgian,public debt,public debt|dette publique,105.2,,,%,2023,share,bnb,,
be_debt_2022,Belgique,Belgique|belge|Belgian,public debt,public debt|dette publique,104.3,,,%,2022,share,bnb,,
be_debt_2023_eur,Belgique,Belgique|belge|Belgian,public debt amount,public debt|dette publique,602000000000,,,EUR,2023,level,bnb,,
"""
SOURCES = """id,name,aliases,url
statbel,Statbel,Statbel,https://statbel.fgov.be
bnb,Banque nationale de Belgique,Banque nationale de Belgique|BNB,https://www.nbb.be
"""

CHECK_CASES = [  # (id, text, claim, value code)
    ("dateline-day-dates-the-news", "BRUSSELS, March 14 — Belgian consumer prices rose 3.2% year on year, Statbel said.",
     "3.2%", "consistent"),
    ("dateline-day-dates-the-news-fr", "BRUXELLES, 14 mars (Belga) — Les prix à la consommation belges ont augmenté "
     "de 3,2 % sur un an, selon Statbel.", "3,2 %", "consistent"),
    ("month-in-the-story-dates-the-figure", "In March, Belgian consumer prices rose 3.2% year on year, Statbel said.",
     "3.2%", "period_mismatch"),
    ("year-earlier-is-the-figure-before", "Belgian public debt fell to 105.2% of GDP at the end of 2023 from 104.3% a "
     "year earlier, but in value it reached 602 billion euros.", "602 billion euros", "consistent"),
    ("year-earlier-after-its-figure", "Belgian public debt fell to 105.2% of GDP at the end of 2023 from 104.3% a "
     "year earlier, but in value it reached 602 billion euros.", "104.3%", "consistent"),
    ("year-earlier-opening-the-clause", "Belgian public debt reached 105.2% of GDP at the end of 2023. A year earlier, "
     "in value, it stood at 602 billion euros.", "602 billion euros", "unverified"),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory.mktemp("table"), FIGURES, SOURCES)


@pytest.mark.parametrize("text,claim,code", [pytest.param(*case[1:], id=case[0]) for case in CHECK_CASES])
def test_value_verdict(checker, text, claim, code):
    assert [f.code.value for f in value_findings(checker.check(text), claim)] == [code]


YEAR_CASES = [  # (id, text, lang, claim text, year)
    ("year-earlier-from-the-sentence-own-year", "La dette belge a atteint 105,2 % du PIB en 2023, contre 104,3 % en "
     "2022. Un an plus tôt, elle représentait 590 milliards d'euros.", "fr", "590 milliards d'euros", "2022"),
    ("year-earlier-from-the-only-year", "La dette belge avait atteint 104,3 % du PIB en 2022. Un an plus tôt, elle "
     "représentait 560 milliards d'euros.", "fr", "560 milliards d'euros", "2021"),
    ("year-earlier-not-the-next-figure", "Belgium published its 2023 accounts. Debt rose to 105.2% from 104.3% a "
     "year earlier, and reached 602 billion euros.", "en", "602 billion euros", "2023"),
    ("year-earlier-its-own-figure", "Belgium published its 2023 accounts. Debt rose to 105.2% from 104.3% a "
     "year earlier, and reached 602 billion euros.", "en", "104.3%", "2022"),
]


@pytest.mark.parametrize("text,lang,claim,year", [pytest.param(*case[1:], id=case[0]) for case in YEAR_CASES])
def test_claim_year(text, lang, claim, year):
    claims = tuple(find_claims(text, lang))
    sentences = split(text)
    target = next(c for c in claims if c.text == claim)
    where = index_of(sentences, target.start)
    local = tuple(c for c in claims if sentences[where].start <= c.start < sentences[where].end)
    assert claim_year(target, sentences, where, local, lang, None, None).year == year
