"""A month or quarter named next to a claim, against the figure's (factcheck/checking/periods.py),
and a thousand-fold figure met exactly: each rule with a sentence of our own, following a
phenomenon of real copy, and a negative next to it. A small table of our own is written
for the test: Portugal's (made-up) jobless rates by quarter, inflation by month, and a
company's revenue."""

from __future__ import annotations

import pytest

from conftest import checker_for, value_findings

FIGURES = """id,entity,entity_aliases,metric,metric_aliases,value,low,high,unit,period,role,source,url,note
pt_unemp_q2,Portugal,Portugal|portugais,unemployment rate,taux de chômage|unemployment rate,6.1,,,%,2024-Q2,level,ine,,
pt_unemp_q3,Portugal,Portugal|portugais,unemployment rate,taux de chômage|unemployment rate,6.4,,,%,2024-Q3,level,ine,,
pt_cpi_09,Portugal,Portugal|portugais,consumer prices,prix à la consommation|consumer prices,2.1,,,%,2024-09,change,ine,,
pt_cpi_10,Portugal,Portugal|portugais,consumer prices,prix à la consommation|consumer prices,2.3,,,%,2024-10,change,ine,,
galp_revenue,Galp,Galp|Galp Energia,revenue,chiffre d'affaires|revenue,22800000000,,,EUR,2024,level,galp,,
"""
SOURCES = """id,name,aliases,url
ine,Instituto Nacional de Estatística,INE,https://www.ine.pt
galp,Galp Energia,Galp,https://www.galp.com
"""

CASES = [  # (id, where the phrasing comes from, text, claim, expected value code)
    ("month-other-than-figure", "Eurostat flash-estimate wire copy: 'X % in September' as the earlier month",
     "In Portugal consumer prices had risen 2.3% in August.", "2.3%", "period_mismatch"),
    ("month-of-another-figure", "negative: the month named has its own figure, which differs: a value error",
     "In Portugal consumer prices had risen 2.3% in September.", "2.3%", "value_mismatch"),
    ("month-same-as-figure", "negative: the month named is the figure's",
     "In Portugal consumer prices had risen 2.3% in October.", "2.3%", "consistent"),
    ("month-after-a-turn-is-not-the-claims", "Insee GDP copy: 'rose 0.5% after stalling in the second quarter'",
     "Portugal's unemployment rate stood at 6.4% after easing in the second quarter.", "6.4%", "consistent"),
    ("crowded-own-quarter-sets-apart", "Insee jobless release: 'X % au troisième trimestre, contre Y % au deuxième'",
     "Au Portugal, le taux de chômage a atteint 6,9 % au troisième trimestre, contre 6,1 % au deuxième trimestre.",
     "6,9 %", "value_mismatch"),
    ("crowded-without-periods-stays-unverified", "negative: two rates, no quarter to tell them apart",
     "Au Portugal, le taux de chômage a atteint 6,9 %, contre 6,1 % auparavant.", "6,9 %", "unverified"),
    ("scale-entity-in-article-metric-own", "company results copy: the group named in the lead, the metric later",
     "Galp a publié ses comptes annuels.\n\nLe chiffre d'affaires a atteint 22,8 millions d'euros.",
     "22,8 millions d'euros", "scale_mismatch"),
    ("scale-metric-only-in-previous-sentence", "negative: the figure's metric is not in the claim's sentence",
     "Galp a publié ses comptes.\n\nSon chiffre d'affaires annuel progresse.\n\nLe montant atteint 22,8 millions d'euros.",
     "22,8 millions d'euros", "unverified"),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory.mktemp("table"), FIGURES, SOURCES)


@pytest.mark.parametrize("text,claim,code", [pytest.param(*case[2:], id=case[0]) for case in CASES])
def test_value_verdict(checker, text, claim, code):
    found = value_findings(checker.check(text), claim)
    assert [f.code.value for f in found] == [code], found[0].message
