"""Correct copy checked against a table written for other articles (issue 11: "every table"):
the figure nearest in words is often another kind of figure. Each rule has a sentence of our
own following what the shared checks set showed when our articles met its tables, and a
negative beside it. The table is made up for the test."""

from __future__ import annotations

import pytest

from conftest import checker_for, findings_of, value_findings

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


# A second made-up table: a euro-area inflation print, two forecasts of one body, and a
# government's estimate of a deficit (no outturn), for three more phenomena of the cross-set run.
OTHER_FIGURES = """id,entity,entity_aliases,metric,metric_aliases,value,low,high,unit,period,source,url,note
ea_hicp_2022_09,zone euro,zone euro|euro area,annual inflation (HICP),inflation|taux d'inflation,9.9,,,%,2022-09,eurostat,,
ec_ea_gdp_2026,zone euro,zone euro|euro area,real GDP growth forecast (European Commission),croissance|growth,1.6,,,%,2026,ec,,
ec_ea_hicp_2025,zone euro,zone euro|euro area,HICP inflation forecast (European Commission),inflation,2.1,,,%,2025,ec,,
gov_deficit_2024,France,France|française,public deficit in % of GDP,déficit public|déficit|trou budgétaire,6.1,,,%,2024,gouvernement,,estimate
gov_growth_2025,France,France|française,GDP growth assumption of the draft budget for 2025,croissance,1.1,,,%,2025,gouvernement,,
ecb_ea_gdp_2024,zone euro,zone euro|euro area,real GDP growth projection (ECB staff),croissance,0.7,,,%,2024,ecb,,
ecb_ea_gdp_2025,zone euro,zone euro|euro area,real GDP growth projection (ECB staff),croissance,0.9,,,%,2025,ecb,,
be_gdp_2023,Belgique,Belgique|belge,GDP growth,croissance,1.4,,,%,2023,eurostat,,
fr_unemployment_2023,France,France|française,unemployment rate,taux de chômage|chômage,7.3,,,%,2023,insee,,
mars_revenue_2023,Mars,Mars,revenue,chiffre d'affaires,50000000000,,,USD,2023,mars,,
nestle_revenue_2023,Nestlé,Nestlé,revenue,chiffre d'affaires,93000000000,,,CHF,2023,nestle,,
de_unemployment_2024,Allemagne,Allemagne|allemand,unemployment rate,taux de chômage|chômage,3.4,,,%,2024,eurostat,,
ea_unemployment_2024,zone euro,zone euro|euro area,unemployment rate,taux de chômage|chômage|unemployment rate,6.3,,,%,2024,eurostat,,
"""
OTHER_SOURCES = """id,name,aliases,url
eurostat,Eurostat,Eurostat,https://ec.europa.eu/eurostat
ec,Commission européenne,Commission européenne|Commission,https://commission.europa.eu
ecb,Banque centrale européenne,Banque centrale européenne|BCE,https://www.ecb.europa.eu
gouvernement,Gouvernement,gouvernement|Bercy,https://www.gouvernement.fr
insee,Insee,Insee|l'Insee,https://www.insee.fr
destatis,Destatis,Destatis,https://www.destatis.de
mars,Mars Incorporated,Mars Inc.,https://www.mars.com
nestle,Nestlé,Nestlé SA,https://www.nestle.com
"""

OTHER_CASES = [  # (id, where seen, text, claim, code wanted or not wanted, whether it must be there)
    ("ranked-group-is-not-the-entity", "the shared fr-affichesparisiennes-inflation-zone-euro-2022-09 against our "
     "euro-area table: a member's rate ranked in the euro area met the euro area's",
     "En septembre 2022, l'Espagne affiche l'inflation la plus faible de la zone euro, à 6,2 %.", "6,2 %",
     "value_mismatch", False),
    ("the-group-itself", "negative: the euro area's own rate",
     "En septembre 2022, le taux d'inflation de la zone euro a atteint 6,2 %.", "6,2 %", "value_mismatch", True),
    ("kin-is-not-the-publisher", "our fr-bce-projections-2025-06 against the shared euro-area table: an ECB "
     "inflation projection met the Commission's growth forecast of the same value, kin through 'forecast' "
     "and the publisher's name", "Selon les projections de la BCE, l'inflation dans la zone euro devrait "
     "tomber à 1,6 % en 2026.", "1,6 %", "attribution_mismatch", False),
    ("same-metric-other-body", "negative: the growth the Commission forecasts, credited to the ECB",
     "Selon les projections de la BCE, la croissance dans la zone euro devrait atteindre 1,6 % en 2026.",
     "1,6 %", "attribution_mismatch", True),
    ("headline-restates-the-body", "our fr-insee-deficit-2024 against the shared public-finances table: the "
     "headline repeats the outturn the body credits to Insee, and met the government's estimate",
     "Le déficit public de la France a atteint 5,8 % du PIB en 2024\n\nLe déficit public français s'est élevé "
     "à 5,8 % du PIB en 2024, a annoncé l'Insee.", "5,8 %", "value_mismatch", False),
    ("headline-with-no-credit-anywhere", "negative: no sentence credits the figure to anyone",
     "Le déficit public de la France a atteint 5,8 % du PIB en 2024\n\nLe déficit public français s'est élevé "
     "à 5,8 % du PIB en 2024.", "5,8 %", "value_mismatch", True),
    ("outturn-is-no-forecast-slip", "our fr-insee-pib-2024 against the shared public-finances table: 2024's "
     "measured growth equal to the budget's assumption for 2025 was flagged as a period slip",
     "La croissance française a atteint 1,1 % en 2024.", "1,1 %", "period_mismatch", False),
    ("outturn-slip", "negative: an outturn equal to the outturn of the year before",
     "La croissance belge a atteint 1,4 % en 2024.", "1,4 %", "period_mismatch", True),
    ("forecast-against-an-assumption", "a review of this rule: a forecast met a budget's working assumption of "
     "the same year (no edition known, forecasts are revised)", "Selon Bercy, la croissance française "
     "atteindrait 1,4 % en 2025.", "1,4 %", "value_mismatch", False),
    ("forecast-against-a-projection", "negative: a forecast against a projection of the same body and year",
     "Selon la BCE, la croissance de la zone euro atteindrait 1,2 % en 2025.", "1,2 %", "value_mismatch", True),
    ("dateline-month-is-no-name", "a review of this change: the month of a dateline ('26 mars') met a company "
     "named Mars", "PARIS, 26 mars 2024 — Le chiffre d'affaires a atteint 45 milliards de dollars en 2023.\n\n"
     "Nestlé, de son côté, ne publie rien.", "45 milliards de dollars", "value_mismatch", False),
    ("company-named", "negative: the company named in the sentence", "Le chiffre d'affaires de Mars a atteint 45 "
     "milliards de dollars en 2023.\n\nNestlé, de son côté, ne publie rien.", "45 milliards de dollars",
     "value_mismatch", True),
    ("restated-needs-the-metric", "negative of headline-restates-the-body: the same value credited elsewhere "
     "to a figure of another measure", "Le taux de chômage en France a atteint 7,1 % en 2023.\n\nSelon "
     "Destatis, les salaires allemands ont progressé de 7,1 % en 2023.", "7,1 %", "value_mismatch", True),
    ("ranking-with-a-year", "a second review: a member's rate ranked in the euro area, the year written "
     "after the group", "Malte affiche en 2024 le chômage le plus faible de la zone euro, à 4,4 %.", "4,4 %",
     "value_mismatch", False),
    ("ranking-member-after", "a second review: the member named after the figure",
     "Le taux de chômage le plus élevé de la zone euro en 2024, 11,4 %, revient à l'Espagne.", "11,4 %",
     "value_mismatch", False),
    ("ranking-member-adjective", "a second review: the member as a lower-case adjective",
     "Avec 11,4 % en 2024, le taux de chômage espagnol est le plus élevé de la zone euro.", "11,4 %",
     "value_mismatch", False),
    ("ranking-over-time", "negative: a ranking over time names the figure's own place",
     "En 2024, le taux de chômage de la zone euro, à 7,3 %, est le plus bas depuis sa création.", "7,3 %",
     "value_mismatch", True),
    ("dateline-alone", "a second review: the dateline's month and no other company in the text",
     "PARIS, 26 mars 2024 — Le chiffre d'affaires a atteint 45 milliards de dollars en 2023.",
     "45 milliards de dollars", "value_mismatch", False),
    ("restated-by-another-alias", "a second review: the headline names the same measure by another alias",
     "Le trou budgétaire de la France a atteint 5,8 % du PIB en 2024\n\nLe déficit public français s'est "
     "élevé à 5,8 % du PIB en 2024, a annoncé l'Insee.", "5,8 %", "value_mismatch", False),
    ("restated-needs-the-entity", "negative (a second review): the same value and measure credited elsewhere "
     "for another place", "Le taux de chômage en France a atteint 6,9 % en 2023.\n\nSelon Destatis, le taux "
     "de chômage en Allemagne a atteint 6,9 % en 2023.", "6,9 %", "value_mismatch", True),
    ("outturn-meets-an-assumption", "a second review: Insee's measured growth equal to the budget's "
     "assumption was called a wrong attribution", "Selon l'Insee, la croissance française a atteint 1,1 % en "
     "2025.", "1,1 %", "attribution_mismatch", False),
    ("slip-needs-the-forecasts-author", "the shared en-actionforex-ec-forecast-2024-11 against our euro-area table: "
     "the Commission's forecast met the ECB's projection of the next year",
     "La Commission européenne prévoit une croissance de 0,9 % en 2024 dans la zone euro.", "0,9 %",
     "period_mismatch", False),
    ("slip-of-the-author", "negative: the ECB's own projection, said of the wrong year",
     "La BCE prévoit une croissance de 0,9 % en 2024 dans la zone euro.", "0,9 %", "period_mismatch", True),
]


@pytest.fixture(scope="module")
def other_checker(tmp_path_factory):
    return checker_for(tmp_path_factory.mktemp("other"), OTHER_FIGURES, OTHER_SOURCES)


@pytest.mark.parametrize("text,claim,code,there", [pytest.param(*case[2:], id=case[0]) for case in OTHER_CASES])
def test_other_table_finding(other_checker, text, claim, code, there):
    found = [f.code.value for f in findings_of(other_checker.check(text, lang="fr"), claim)]
    assert (code in found) is there, found


def test_a_restated_credit_says_where_it_is(other_checker):
    text = [case for case in OTHER_CASES if case[0] == "headline-restates-the-body"][0][2]
    result = other_checker.check(text, lang="fr")
    headline, body = ([f for f in result.findings if f.claim == number] for number in (0, 1))
    assert "the text credits the same figure to 'insee' in another sentence" in headline[0].message
    # negative: the body's own figure is credited where it is written
    assert "the text credits it to 'insee'," in body[0].message
