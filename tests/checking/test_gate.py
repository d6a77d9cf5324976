"""What an error finding needs besides a value that disagrees (factcheck/checking/gate.py):
entity, metric, period and role of the reference figure must be the claim's, and the two
values of the same order; otherwise the claim stays ``unverified`` and says what is missing.

Each rule has a sentence of our own, following a phenomenon seen in real copy (the shared
dev set's articles are named by id only), and a negative next to it. The table is made up
for the test: Belgium's jobless rate and inflation, a company's results."""

from __future__ import annotations

import pytest

from conftest import checker_for, findings_of
from factcheck.models import VALUE_CODES

FIGURES = """id,entity,entity_aliases,metric,metric_aliases,value,low,high,unit,period,role,source,url,note
be_unemp_2024,Belgique,Belgique|belge|Belgium,unemployment rate,taux de chômage|unemployment rate,5.7,,,%,2024,share,statbel,,
be_unemp_2023,Belgique,Belgique|belge|Belgium,unemployment rate,taux de chômage|unemployment rate,5.5,,,%,2023,share,statbel,,
be_unemp_2019,Belgique,Belgique|belge|Belgium,unemployment rate,taux de chômage|unemployment rate,5.4,,,%,2019,share,statbel,,
be_cpi_2024_12,Belgique,Belgique|belge|Belgium,consumer prices year on year,prix à la consommation|consumer prices,4.4,,,%,2024-12,change,statbel,,
be_cpi_2024_11,Belgique,Belgique|belge|Belgium,consumer prices year on year,prix à la consommation|consumer prices,4.0,,,%,2024-11,change,statbel,,
be_cpi_avg_2023,Belgique,Belgique|belge|Belgium,consumer prices annual average,inflation moyenne,2.3,,,%,2023,change,statbel,,
be_unemp_2024_q4,Belgique,Belgique|belge|Belgium,unemployment rate quarterly,taux de chômage trimestriel,5.8,,,%,2024-Q4,share,statbel,,
be_unemp_2023_q4,Belgique,Belgique|belge|Belgium,unemployment rate quarterly,taux de chômage trimestriel,5.3,,,%,2023-Q4,share,statbel,,
be_unemp_2024_q3,Belgique,Belgique|belge|Belgium,unemployment rate quarterly,taux de chômage trimestriel,5.6,,,%,2024-Q3,share,statbel,,
be_gdp_2024,Belgique,Belgique|belge|Belgium,GDP growth,PIB|croissance|GDP,1.0,,,%,2024,change,bnb,,
be_gdp_forecast_2025,Belgique,Belgique|belge|Belgium,GDP growth forecast,prévision de croissance|croissance,1.2,,,%,2025,change,bnb,,
be_deficit_2024,Belgique,Belgique|belge|Belgium,public deficit,déficit public|déficit,4.5,,,%,2024,share,bnb,,
be_key_rate_2024_06,Belgique,Belgique|belge|Belgium,key rate,taux directeur,1.0,,,%,2024-06-12,level,bnb,,
solvx_debt_2024,Solvx,Solvx|groupe Solvx,net debt,dette nette,2350000000,,,EUR,2024,level,solvx,,
nl_unemp_2024,Pays-Bas,Pays-Bas|néerlandais,unemployment rate,taux de chômage,3.7,,,%,2024,share,cbs,,
solvx_sales_2024,Solvx,Solvx|groupe Solvx,revenue,chiffre d'affaires|ventes|revenue,4800000000,,,EUR,2024,level,solvx,,
solvx_sales_change_2024,Solvx,Solvx|groupe Solvx,revenue change,recul des ventes|sales change,-12,,,%,2024,change,solvx,,
"""
SOURCES = """id,name,aliases,url
statbel,Statbel,Statbel|office belge de statistique,https://statbel.fgov.be
bnb,Banque nationale de Belgique,Banque nationale de Belgique|BNB,https://www.nbb.be
cbs,CBS,CBS,https://www.cbs.nl
solvx,Solvx SA,Solvx,https://example.org
"""

CASES = [  # (id, where the phrasing comes from, text, date, claim, value code)
    # a figure of one day needs a year in the text (a quote moves every day)
    ("day-quote-in-a-text-with-no-year", "seen in en-sharecast-europe-close-2018-07: an exchange rate quoted with "
     "no date, met by the table's one quote of another day", "Le taux directeur belge a été porté à 1,5 %, selon la "
     "BNB.", None, "1,5 %", "unverified"),
    ("day-quote-with-its-date", "negative: the day written", "Le 12 juin 2024, la BNB a porté le taux directeur "
     "belge à 1,5 %.", None, "1,5 %", "value_mismatch"),
    # the claim's year, read in its clause, must be the figure's
    ("year-in-clause-agrees", "Insee releases: 'X % en 2024'",
     "En Belgique, le taux de chômage a atteint 6,3 % en 2024, selon Statbel.", None, "6,3 %", "value_mismatch"),
    ("year-in-clause-is-another", "negative, seen in fr-affichesparisiennes-inflation-zone-euro-2022-09: a year the "
     "table does not hold", "En 2021, le taux de chômage belge a atteint 6,3 %, selon Statbel.", None, "6,3 %",
     "unverified"),
    ("year-from-the-headline", "seen in en-fashionunited-lvmh-2023: the year said once, in the lead",
     "Statbel publie son bilan 2024.\n\nLe taux de chômage belge a atteint 6,3 %, indique l'office.", None,
     "6,3 %", "value_mismatch"),
    ("year-from-the-headline-is-another", "negative, seen in en-totalenergies-results-2023: a results story of "
     "another year", "Statbel publie son bilan 2022.\n\nLe taux de chômage belge a atteint 6,3 %, indique "
     "l'office.", None, "6,3 %", "unverified"),
    ("relative-year-without-date", "seen in our en-france-inflation-2024: 'this year' with no article date",
     "Le taux de chômage belge atteint 6,3 % en moyenne cette année, selon Statbel.", None, "6,3 %", "unverified"),
    ("relative-year-with-date", "negative: the article's date places 'cette année'",
     "Le taux de chômage belge atteint 6,3 % en moyenne cette année, selon Statbel.", "2024-05-02", "6,3 %",
     "value_mismatch"),
    ("forecast-for-this-year", "seen in our fr-insee-pib-2024-t3: a forecast for the current year, met by the "
     "year's outcome: no error", "Le taux de chômage belge devrait atteindre 6,3 % cette année, selon Statbel.",
     "2024-05-02", "6,3 %", "unverified"),
    ("whole-year-is-not-a-month", "seen in our fr-insee-inflation-bilan-2024: the year's average against "
     "December's rate", "En Belgique, les prix à la consommation ont augmenté de 3,1 % en 2024, selon Statbel.",
     None, "3,1 %", "unverified"),
    ("month-named-is-the-figures", "negative: the month is named",
     "En Belgique, les prix à la consommation ont augmenté de 3,1 % sur un an en décembre 2024, selon Statbel.",
     None, "3,1 %", "value_mismatch"),
    ("no-year-anywhere-figure-of-two-periods", "a pasted sentence: no year, no date, the table holds two years",
     "Le taux de chômage belge atteint 6,3 %, selon Statbel.", None, "6,3 %", "unverified"),
    ("no-year-anywhere-lone-figure", "negative: the table holds that figure for one period only",
     "Le déficit public belge atteint 5,2 %, selon la BNB.", None, "5,2 %", "value_mismatch"),
    # roles
    ("earlier-value-without-its-period", "seen in our fr-insee-pib-2024: 'contre 1,1 % précédemment'",
     "En 2024, le taux de chômage belge a atteint 5,7 %, contre 6,3 % auparavant, selon Statbel.", None,
     "6,3 %", "unverified"),
    ("earlier-value-with-its-period", "our altered copies: 'contre 5,6 % en avril', the month before",
     "Le taux de chômage belge a atteint 5,7 % en 2024, après 6,3 % en 2023, selon Statbel.", None,
     "6,3 %", "value_mismatch"),
    ("earlier-value-of-an-old-year", "seen in fr-insee-deficit-dette-2023: a value years back, revised since",
     "Le taux de chômage belge a atteint 5,7 % en 2024, contre 5,9 % en 2019, selon Statbel.", None,
     "5,9 %", "unverified"),
    ("elliptic-quarter", "our altered copies: 'après 0,2 % au troisième', the quarter named by its ordinal alone",
     "En Belgique, le taux de chômage trimestriel a atteint 5,8 % au quatrième trimestre 2024, après 5,2 % au "
     "troisième, selon Statbel.", None, "5,2 %", "value_mismatch"),
    ("elliptic-ordinal-of-something-else", "negative: an ordinal that names no quarter",
     "En Belgique, le taux de chômage trimestriel a atteint 5,8 % au quatrième trimestre 2024, après 5,2 % au "
     "premier rang, selon Statbel.", None, "5,2 %", "unverified"),
    ("earlier-month-without-year", "our altered copies: 'contre 5,6 % en avril' in a story that names no year",
     "En Belgique, les prix à la consommation progressent de 4,4 % sur un an en décembre, contre 4,1 % en "
     "novembre.", None, "4,1 %", "value_mismatch"),
    ("earlier-value-without-period", "negative: 'auparavant' names no period",
     "En Belgique, les prix à la consommation progressent de 4,4 % sur un an en décembre, contre 4,1 % "
     "auparavant.", None, "4,1 %", "unverified"),
    ("quarter-carried-from-the-lead", "seen in our fr-insee-chomage-2024-t3: the quarter in the lead, a rate of the "
     "same quarter later", "Au troisième trimestre, le chômage recule en Belgique.\n\nLe taux de chômage "
     "trimestriel atteint 5,9 %, selon Statbel.\n\nLe record date de 2015.", None, "5,9 %", "value_mismatch"),
    ("no-quarter-to-carry", "negative: no quarter named before", "Le chômage recule en Belgique.\n\nLe taux de "
     "chômage trimestriel atteint 5,9 %, selon Statbel.\n\nLe record date de 2015.", None, "5,9 %", "unverified"),
    ("quarter-is-not-the-year", "seen in our fr-insee-chomage-2024-t4 against an annual table: a quarter's rate "
     "is not the year's average", "En Belgique, le taux de chômage a atteint 5,2 % au quatrième trimestre 2024, "
     "selon Statbel.", None, "5,2 %", "unverified"),
    ("year-end-is-the-year", "negative: 'fin 2024', a level at the year's end, meets the year's figure",
     "Fin 2024, le taux de chômage belge atteignait 5,2 %, selon Statbel.", None, "5,2 %", "value_mismatch"),
    ("other-body-other-estimate", "seen in our fr-insee-deficit-2024 against the shared public-finances table, whose "
     "2024 deficit is the government's estimate: Insee's outturn credited to Insee is another body's figure",
     "Le taux de chômage belge a atteint 6,3 % en 2024, selon la BNB.", None, "6,3 %", "unverified"),
    ("current-value-beside-an-earlier-one", "negative: the year's own figure in the same sentence",
     "Le taux de chômage belge a atteint 6,3 % en 2024, après 5,5 % en 2023, selon Statbel.", None,
     "6,3 %", "value_mismatch"),
    ("share-is-not-a-change", "seen in our fr-insee-deficit-2024: '5,8 % du produit intérieur brut' against "
     "GDP growth", "En 2024, la dette belge représente 1,8 % du PIB, selon la BNB.", None, "1,8 %", "unverified"),
    ("change-is-not-a-level", "seen in fr-bfmtv-electricite-trve-2025-02: a fall against a level",
     "En 2024, le taux de chômage belge a reculé de 5,1 %, selon Statbel.", None, "5,1 %", "unverified"),
    ("target-is-no-outturn", "seen in our pair corpora/pairs/france-deficit-2023.en.txt: a promise to bring the "
     "deficit below a limit, met by an outturn of the same value", "Le gouvernement belge vise un déficit public de "
     "3,5 % en 2024, selon la BNB.", None, "3,5 %", "unverified"),
    ("outturn-is-an-outturn", "negative: the same figure, measured", "Le déficit public belge a atteint 3,5 % en "
     "2024, selon la BNB.", None, "3,5 %", "value_mismatch"),
    ("counterfactual", "seen in fr-viepublique-plf-2025: a deficit 'en l'absence de mesure'",
     "Le déficit public belge atteindrait 5,2 % en 2024 en l'absence de mesures nouvelles, selon la BNB.", None,
     "5,2 %", "unverified"),
    ("not-counterfactual", "negative: the same sentence, measured",
     "Le déficit public belge a atteint 5,2 % en 2024, selon la BNB.", None, "5,2 %", "value_mismatch"),
    # a value of the same order, and its sign
    ("value-far-off", "seen in fr-cnews-chomage-2023-t4: a long-term jobless rate against the rate",
     "En 2024, le taux de chômage de longue durée en Belgique a atteint 2,3 %, selon Statbel.", None, "2,3 %",
     "unverified"),
    ("value-close", "negative: a figure a digit away",
     "En 2024, le taux de chômage en Belgique a atteint 5,2 %, selon Statbel.", None, "5,2 %", "value_mismatch"),
    ("sign-unknown", "seen in fr-bfmtv-electricite-trve-2025-02: a fall said by a verb the extractor does not "
     "read", "Le chiffre d'affaires de Solvx doit s'amoindrir de 12 % en 2024 (sales change).", None, "12 %",
     "unverified"),
    ("sign-from-the-verb", "seen in fr-bfmtv-electricite-trve-2025-02: 'devraient baisser de 15%', a fall the "
     "extractor reads no direction for", "Les ventes de Solvx devraient baisser de 12 % en 2024 (sales change).",
     None, "12 %", "consistent"),
    ("sign-from-the-verb-after-a-comma", "seen in our fr-insee-pib-2024-t3: 'a de nouveau reculé, de 0,8 %'",
     "Les ventes de Solvx ont reculé, de 12 % en 2024 (sales change).", None, "12 %", "consistent"),
    ("sign-in-words", "negative: a fall in words, its size compared",
     "En 2024, les ventes de Solvx ont reculé de 9 %, selon le groupe (sales change).", None, "9 %",
     "value_mismatch"),
    ("percent-has-no-scale", "seen in fr-viepublique-plf-2025: '(+0 %)' met a thousand-fold",
     "En 2024, le déficit public belge a atteint 0 %, selon la BNB.", None, "0 %", "unverified"),
    ("money-has-a-scale", "negative: an amount a thousand-fold off",
     "En 2024, le chiffre d'affaires de Solvx a atteint 4,8 millions d'euros.", None, "4,8 millions d'euros",
     "scale_mismatch"),
    ("year-of-the-comparison-is-not-the-claims", "seen in our en-totalenergies-q3-2024: 'a decline of 23% from "
     "the same period of 2023'", "Sur neuf mois, le taux de chômage belge a atteint 5,2 %, en baisse de 0,4 "
     "point par rapport à la même période de 2023.", None, "5,2 %", "unverified"),
    ("year-of-a-neighbour-picks-no-figure", "seen in fr-linfo-inflation-2024-01: '(+1,9% contre +5,7% en décembre "
     "2023)', the year is the second figure's", "En Belgique, les prix à la consommation progressent de 4,4 % sur "
     "un an, contre 3,9 % en 2023.", "2024-12-20", "4,4 %", "consistent"),
    ("year-of-the-sentence", "negative: the sentence's own year",
     "Sur l'année 2023, le taux de chômage belge a atteint 5,2 %, selon Statbel.", None, "5,2 %",
     "value_mismatch"),
    ("a-level-beside-a-fall", "our altered copies: 'a chuté de 14 %, soit une marge de 21,3 %'",
     "Les ventes de Solvx ont reculé de 12 % en 2024, à 4,1 milliards d'euros.", None, "4,1 milliards d'euros",
     "value_mismatch"),
    ("thousand-fold-metric-in-previous-sentence", "our altered copies: 'In cash terms the shortfall amounted to "
     "169.6 million euros' after the deficit's sentence", "Solvx publie son chiffre d'affaires annuel.\n\nEn "
     "2024, le montant atteint 4,8 millions d'euros.", None, "4,8 millions d'euros", "scale_mismatch"),
    ("thousand-fold-of-another-year", "negative: the same, another year",
     "Solvx publie son chiffre d'affaires annuel.\n\nEn 2021, le montant atteint 4,8 millions d'euros.", None,
     "4,8 millions d'euros", "unverified"),
    ("comparison-word-far-before", "seen in our en-lvmh-2024: 'Profit from recurring operations dropped 14% to "
     "$19.6 billion' ('from' is no comparison of the amount)", "En 2024, les ventes que Solvx réalise en Europe "
     "ont reculé de 12 %, à 4,1 milliards d'euros.", None, "4,1 milliards d'euros", "value_mismatch"),
    ("two-levels-in-a-sentence", "negative: two amounts, either may be the figure's",
     "En 2024, les ventes de Solvx ont atteint 4,1 milliards d'euros et 3,9 milliards d'euros hors taxes.",
     None, "4,1 milliards d'euros", "unverified"),
    ("thousand-fold-in-a-crowd", "our altered copies: 'à 22,8 milliards, et le résultat net atteint 15,2 "
     "millions'", "En 2024, le chiffre d'affaires de Solvx a atteint 4,8 millions d'euros, et 2,1 milliards "
     "d'euros hors Europe.", None, "4,8 millions d'euros", "scale_mismatch"),
    ("nine-months-is-no-year", "seen in our en-totalenergies-q3-2024: 'Over the first nine months of the year, "
     "adjusted net income totalled $13.9 billion'", "Sur neuf mois, le chiffre d'affaires de Solvx a atteint 3,9 "
     "milliards d'euros en 2024.", None, "3,9 milliards d'euros", "unverified"),
    ("the-whole-year", "negative: the same without the nine months",
     "Le chiffre d'affaires de Solvx a atteint 3,9 milliards d'euros en 2024.", None, "3,9 milliards d'euros",
     "value_mismatch"),
    ("metric-next-to-the-figure-sole-entity", "our altered copies: 'soit une marge opérationnelle de 21,3 %' in a "
     "story that names the company once, in its lead", "Solvx publie ses comptes annuels 2024.\n\nLes marchés "
     "saluent la publication.\n\nLe chiffre d'affaires atteint 4,1 milliards d'euros.", None,
     "4,1 milliards d'euros", "value_mismatch"),
    ("metric-next-to-the-figure-two-entities", "negative: the article names another entity of the table",
     "Solvx publie en Belgique ses comptes annuels 2024.\n\nLes marchés saluent la publication.\n\nLe chiffre "
     "d'affaires atteint 4,1 milliards d'euros.", None, "4,1 milliards d'euros", "unverified"),
    ("metric-far-from-the-figure", "negative, seen in fr-linfo-inflation-2024-01: the metric named, then a narrower "
     "one before the figure", "Solvx publie ses comptes annuels 2024.\n\nLes marchés saluent la publication."
     "\n\nPour le chiffre d'affaires, la division des films plastiques atteint 4,1 milliards d'euros.", None,
     "4,1 milliards d'euros", "unverified"),
    # the entity
    ("another-entity-in-the-sentence", "seen in en-sharecast-europe-close-2018-07: the previous sentence's "
     "entity, another one of the table in the claim's", "Statbel publie ses chiffres pour la Belgique.\n\nChez "
     "Solvx, le taux de chômage partiel a atteint 4,9 % en 2024.", None, "4,9 %", "unverified"),
    ("entity-only-in-the-previous-sentence", "negative: no other entity in the claim's sentence",
     "Statbel publie ses chiffres pour la Belgique.\n\nEn 2024, le taux de chômage a atteint 4,9 %.",
     None, "4,9 %", "value_mismatch"),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory.mktemp("table"), FIGURES, SOURCES)


def verdict(checker, text, date, claim):
    result = checker.check(text, lang="fr", date=date)
    return result, findings_of(result, claim)


@pytest.mark.parametrize("text,date,claim,code", [pytest.param(*case[2:], id=case[0]) for case in CASES])
def test_value_verdict(checker, text, date, claim, code):
    _, found = verdict(checker, text, date, claim)
    values = [f for f in found if f.code in VALUE_CODES]
    assert [f.code.value for f in values] == [code], values[0].message


ROLE_CASES = [  # (id, where the phrasing comes from, text, claim, codes of its findings)
    ("level-said-as-a-rise", "a level turned into a change: 'a augmenté de' for 's'est établi à'",
     "En 2024, le taux de chômage belge a augmenté de 5,7 %, selon Statbel.", "5,7 %",
     ["unverified", "role_mismatch"]),
    ("level-reached-after-a-move", "negative: the level a rise ends at ('a augmenté, à 5,7 %')",
     "En 2024, le taux de chômage belge a augmenté à 5,7 %, selon Statbel.", "5,7 %", ["consistent"]),
    ("level-said-as-a-move-by", "our altered copies: 'est relevé de 4 %' for 'est porté à 4 %' (no direction "
     "word the extractor reads)", "En 2024, le taux de chômage belge a été relevé de 5,7 %, selon Statbel.",
     "5,7 %", ["unverified", "role_mismatch"]),
    ("level-reached-by-a-move", "negative: 'relevé à'",
     "En 2024, le taux de chômage belge a été relevé à 5,7 %, selon Statbel.", "5,7 %", ["consistent"]),
    ("level-said-as-a-rise-in-a-crowd", "our altered copies: a rate beside another rate that meets no figure",
     "En 2024, le taux de chômage belge a augmenté de 5,7 % et le taux d'emploi atteint 65,2 %, selon Statbel.",
     "5,7 %", ["unverified", "role_mismatch"]),
    ("level-stated", "negative: the level, stated",
     "En 2024, le taux de chômage belge s'est établi à 5,7 %, selon Statbel.", "5,7 %", ["consistent"]),
]


@pytest.mark.parametrize("text,claim,codes", [pytest.param(*case[2:], id=case[0]) for case in ROLE_CASES])
def test_role_mismatch(checker, text, claim, codes):
    _, found = verdict(checker, text, None, claim)
    assert [f.code.value for f in found] == codes, [f.message for f in found]


OTHER_CASES = [  # (id, where the phrasing comes from, text, claim, code that must be there or not)
    ("currency-other-agrees", "our altered copies: euros written for dollars",
     "En 2024, le chiffre d'affaires de Solvx a atteint 4,8 milliards de dollars.", "4,8 milliards de dollars",
     "currency_mismatch", True),
    ("currency-other-value-differs", "negative: another currency and another value is another figure",
     "En 2024, le chiffre d'affaires de Solvx a atteint 3,1 milliards de dollars.", "3,1 milliards de dollars",
     "currency_mismatch", False),
    ("attribution-of-an-earlier-value", "seen in our fr-insee-pib-2024: an earlier forecast credited to another "
     "institution", "Selon Statbel, la croissance belge atteindra 0,9 % cette année, contre 1,0 % "
     "précédemment.", "1,0 %", "attribution_mismatch", False),
    ("attribution-of-a-forecast", "seen in our fr-insee-pib-2024: a forecast credited to its author meets the "
     "outturn", "La BNB prévoit une croissance du PIB belge de 1,0 % en 2024.", "1,0 %",
     "attribution_mismatch", False),
    ("attribution-relayed", "our altered copies: ', a annoncé mardi X, cité par l'AFP': X is the source, the "
     "agency a relay", "En 2024, la croissance du PIB belge a atteint 1,0 %, a annoncé mardi Statbel, cité par "
     "l'AFP.", "1,0 %", "attribution_mismatch", True),
    ("attribution-relayed-right", "negative: the right source, relayed",
     "En 2024, la croissance du PIB belge a atteint 1,0 %, a annoncé mardi la BNB, cité par l'AFP.", "1,0 %",
     "attribution_mismatch", False),
    ("attribution-metric-of-its-kind", "our altered copies: 'Selon les projections de la Banque de France, "
     "l'inflation ... 2,0 %' where the projection is the ECB's", "Le taux de chômage trimestriel belge a atteint "
     "5,8 % au quatrième trimestre 2024, selon la BNB.", "5,8 %", "attribution_mismatch", True),
    ("attribution-no-metric", "negative: no metric of its kind in the sentence",
     "L'indicateur belge a atteint 5,8 % au quatrième trimestre 2024, selon la BNB.", "5,8 %",
     "attribution_mismatch", False),
    ("attribution-reported-verb", "our altered copies: ', a confirmé vendredi X dans ses résultats', a reporting "
     "verb the cue list lacks", "En 2024, la croissance du PIB belge a atteint 1,0 %, a confirmé vendredi Statbel "
     "dans ses comptes.", "1,0 %", "attribution_mismatch", True),
    ("attribution-reported-verb-no-source", "negative: no known source after the verb",
     "En 2024, la croissance du PIB belge a atteint 1,0 %, a confirmé vendredi un économiste dans ses comptes.",
     "1,0 %", "attribution_mismatch", False),
    ("attribution-outturn-against-a-forecast", "the outturn credited to its office meets the central bank's "
     "forecast of the same value", "En 2025, la croissance du PIB belge a atteint 1,2 %, selon Statbel.", "1,2 %",
     "attribution_mismatch", False),
    ("attribution-of-the-figure", "negative: the figure itself, credited to another institution",
     "En 2024, la croissance du PIB belge a atteint 1,0 %, selon Statbel.", "1,0 %", "attribution_mismatch",
     True),
]


@pytest.mark.parametrize("text,claim,code,present", [pytest.param(*case[2:], id=case[0]) for case in OTHER_CASES])
def test_findings_that_need_a_sure_figure(checker, text, claim, code, present):
    _, found = verdict(checker, text, None, claim)
    assert (code in [f.code.value for f in found]) is present, [f.message for f in found]


BY_VALUE_CASES = [  # (id, where the phrasing comes from, text, claim, value code, figure id)
    ("anaphora-met-by-value", "seen in our fr-insee-chomage-2024-t4: 'le taux s'établissait à' after the rate "
     "was named", "La Belgique publie ses chiffres de l'emploi.\n\nEn 2023, le taux s'établissait à 5,5 %.",
     "5,5 %", "consistent", "be_unemp_2023"),
    ("by-value-other-period", "negative: the value is another year's figure",
     "La Belgique publie ses chiffres de l'emploi.\n\nEn 2021, le taux s'établissait à 5,5 %.",
     "5,5 %", "unverified", None),
    ("by-value-entity-not-named", "negative: no entity or source of the figure in the article",
     "Les chiffres de l'emploi sont publiés.\n\nEn 2023, le taux s'établissait à 5,5 %.",
     "5,5 %", "unverified", None),
    ("by-value-source-named", "seen in fr-lafinancepourtous-inflation-2023-05: the country is never named, "
     "the office is", "Statbel publie ses chiffres de l'emploi.\n\nEn 2023, le taux s'établissait à 5,5 %.",
     "5,5 %", "consistent", "be_unemp_2023"),
    ("whole-year-prefers-the-years-figure", "seen in our fr-bce-projections-2025-06: 'à 2,0 % en moyenne en 2025' "
     "met the deposit rate of a June day", "Le taux directeur de la BNB reste inchangé.\n\nSelon la BNB, "
     "l'économie belge progressera de 1,0 % en moyenne en 2024.", "1,0 %", "consistent", "be_gdp_2024"),
    ("by-value-year-end-is-the-last-quarter", "seen in our fr-insee-chomage-2024-t4: a headline's 'à 7,3 % fin "
     "2024'", "Chômage : le taux belge recule à 5,8 % fin 2024", "5,8 %", "consistent", "be_unemp_2024_q4"),
    ("by-value-whole-year-is-no-quarter", "negative: 'en 2024' is the year's, not a quarter's",
     "Chômage : le taux belge recule à 5,8 % en 2024", "5,8 %", "unverified", None),
    ("by-value-sentence-opening-period", "seen in our fr-insee-dette-2025-t2: 'Fin mars, elle représentait 113,9 "
     "% du PIB (3 345,4 milliards)'", "Statbel publie ses chiffres.\n\nAu troisième trimestre 2024, il était de "
     "5,9 % (contre 5,6 % pour la Wallonie seule).", "5,6 %", "unverified", None),
    ("by-value-sentence-opening-period-scopes-all", "the period that opens a sentence is each figure's",
     "Statbel publie ses chiffres.\n\nAu troisième trimestre 2024, il était de 5,2 % (5,6 % hors Bruxelles).",
     "5,6 %", "consistent", "be_unemp_2024_q3"),
    ("by-value-old-value-agrees", "seen in our fr-insee-inflation-bilan-2024: 'après 4,9 % en 2023' in a 2025 "
     "story: an old value never accuses, but may agree", "Statbel publie ses chiffres.\n\nLe taux a atteint "
     "5,7 % en 2024, après 5,4 % en 2019.", "5,4 %", "consistent", "be_unemp_2019"),
    ("by-value-a-year-earlier", "seen in our fr-insee-chomage-2024-t4: 'Un an plus tôt, le taux s'établissait "
     "à 7,5 %' after the fourth quarter of 2024", "Le taux de chômage belge atteint 5,9 % au quatrième trimestre "
     "2025.\n\nUn an plus tôt, il s'établissait à 5,8 %.", "5,8 %", "consistent", "be_unemp_2024_q4"),
    ("by-value-a-quarter-earlier", "our altered copies: 'Un trimestre plus tôt' for 'Un an plus tôt': the value "
     "is the third quarter's, the fourth's differs", "Le taux de chômage belge atteint 5,9 % au premier trimestre "
     "2025.\n\nUn trimestre plus tôt, il s'établissait à 5,6 %.", "5,6 %", "period_mismatch", None),
    ("period-slip", "our altered copies: 'Fin juin, elle représentait 113,9 %' where 113,9 % is end-March's",
     "Statbel publie le taux de chômage trimestriel de la Belgique.\n\nAu quatrième trimestre 2024, il "
     "atteignait 5,6 %.", "5,6 %", "period_mismatch", None),
    ("period-slip-kin-by-a-qualifier-only", "seen in our pair france-deficit-2023 against macro-fr: a deficit "
     "forecast met the annual average inflation, kin to annual GDP growth only through 'annual'; here the key "
     "rate is kin to the unemployment rate only through 'rate'", "Statbel publie le taux directeur de la "
     "Belgique.\n\nAu quatrième trimestre 2024, il atteignait 5,6 %.", "5,6 %", "unverified", None),
    ("period-slip-no-figure-for-the-period-said", "negative: the table holds no figure of that metric for the "
     "quarter said", "Statbel publie le taux de chômage trimestriel de la Belgique.\n\nAu quatrième trimestre "
     "2024, il atteignait 5,5 %.", "5,5 %", "unverified", None),
    ("period-slip-too-far", "negative, seen in fr-affichesparisiennes-inflation-zone-euro-2022-09: a value met by "
     "a figure of a period far from the one said is a coincidence", "Statbel publie le taux de chômage de la "
     "Belgique.\n\nEn 2024, il atteignait 5,4 %.", "5,4 %", "unverified", None),
    ("period-slip-a-quarter-for-a-year", "our altered copies: 'Un trimestre plus tôt' for 'Un an plus tôt', the "
     "value the year before's", "Le taux de chômage trimestriel belge atteint 5,8 % au quatrième trimestre 2024."
     "\n\nUn trimestre plus tôt, le taux s'établissait à 5,3 %.", "5,3 %", "period_mismatch", None),
    ("period-slip-head-word", "seen in our fr-insee-chomage-2024-t4: 'le taux s'établissait à', the metric named "
     "in full two sentences before", "Le taux de chômage trimestriel belge recule.\n\nLe nombre de chômeurs "
     "baisse.\n\nAu troisième trimestre 2024, le taux atteignait 5,8 %.", "5,8 %", "period_mismatch", None),
    ("period-slip-other-head-word", "negative: another noun", "Le taux de chômage trimestriel belge recule.\n\n"
     "Le nombre de chômeurs baisse.\n\nAu troisième trimestre 2024, l'indice atteignait 5,8 %.", "5,8 %",
     "unverified", None),
    ("scale-slip-head-word", "our altered copies: 'la dette s'est alourdie de 70,9 millions d'euros', the metric "
     "named in full before", "Solvx publie sa dette nette.\n\nLes marchés sont calmes.\n\nEn 2024, la dette "
     "atteignait 2,35 millions d'euros.", "2,35 millions d'euros", "scale_mismatch", None),
    ("scale-slip-other-noun", "negative: another noun, another amount", "Solvx publie sa dette nette.\n\nLes "
     "marchés sont calmes.\n\nEn 2024, l'amende atteignait 2,35 millions d'euros.", "2,35 millions d'euros",
     "unverified", None),
    ("by-value-never-accuses", "negative: a value no figure meets stays unchecked",
     "La Belgique publie ses chiffres de l'emploi.\n\nEn 2023, le taux s'établissait à 5,6 %.",
     "5,6 %", "unverified", None),
]


@pytest.mark.parametrize("text,claim,code,figure", [pytest.param(*case[2:], id=case[0]) for case in BY_VALUE_CASES])
def test_consistent_by_value(checker, text, claim, code, figure):
    _, found = verdict(checker, text, None, claim)
    value = found[0]
    assert (value.code.value, value.reference.id if value.reference and code == "consistent" else None) == \
        (code, figure), value.message
