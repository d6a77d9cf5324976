"""The additions to the reference-table format, file by file: quarters, half-years and fiscal
years as periods, a vintage, several sources, unit_mult, the role, ;-separated files with
decimal commas, a BOM; every bad one refused as FILE:LINE: message with exit 2 by
`factcheck reference validate`; generic aliases warned about without refusing the table.

The figures are public ones, written as a person types them from the release: Insee's first
estimate of French GDP in Q3 2024 (+0.4 %, 2024-10-30), France's public debt at the end of
2023 (3 101,2 Md€, Insee 2024-03-26), the US federal deficit of fiscal 2024 ($1.833 trillion,
Treasury), UK public sector net borrowing in 2023-24 (£120.7 bn, ONS first estimate),
LVMH's first-half 2024 revenue (41 677 M€), the Banque de France's September 2025 projection
of 2025 growth (0.7 %).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.reference.table import load_reference

runner = CliRunner()

SOURCES = """id,name,aliases,url
insee,Insee,INSEE|Insee|institut national de la statistique,https://www.insee.fr/
gouvernement,Gouvernement français,Bercy|ministère de l'Économie,https://www.economie.gouv.fr/
banque_de_france,Banque de France,Banque de France|BdF,https://www.banque-france.fr/
us_treasury,US Department of the Treasury,Treasury|Treasury Department,https://fiscaldata.treasury.gov/
ons,Office for National Statistics,ONS,https://www.ons.gov.uk/
lvmh,LVMH,LVMH|groupe LVMH,https://www.lvmh.com/
"""
HEADER = "id,entity,entity_aliases,metric,metric_aliases,value,low,high,unit,period,source,url,note"
NEW_HEADER = HEADER + ",vintage,sources,unit_mult,role"
SEMI_HEADER = NEW_HEADER.replace(",", ";")

GDP_Q3 = "fr_gdp_2024_q3,France,France,GDP growth (q-o-q),croissance du PIB|GDP growth,0.4,,,%,2024-Q3,insee,,"
DEBT = "fr_debt_2023,France,France,public debt,dette publique|public debt,3101.2,,,EUR,2023,insee,,"
US_DEFICIT = "us_deficit_fy2024,United States,US federal government,federal deficit,budget deficit,1833,,,USD,FY2024,us_treasury,,"
UK_BORROWING = "uk_psnb_2023_24,United Kingdom,UK,public sector net borrowing,net borrowing,120.7,,,GBP,FY2023-24,ons,,"
LVMH_H1 = "lvmh_revenue_2024_h1,LVMH,LVMH,revenue,chiffre d'affaires|revenue,41677,,,EUR,2024-H1,lvmh,,"
BDF_2025 = "bdf_gdp_2025,France,France,GDP growth forecast,croissance du PIB|prévision de croissance,0.7,,,%,2025,banque_de_france,,"

GOOD = [
    # (header, rows, figure id, attributes expected on that figure)
    pytest.param(HEADER, [GDP_Q3], "fr_gdp_2024_q3", {"period": "2024-Q3", "sources": ("insee",), "unit_mult": 0,
                 "role": None, "vintage": None}, id="old-header-quarter"),
    pytest.param(HEADER, [UK_BORROWING], "uk_psnb_2023_24", {"period": "FY2023-24"}, id="uk-fiscal-year"),
    pytest.param(HEADER, [LVMH_H1], "lvmh_revenue_2024_h1", {"period": "2024-H1"}, id="half-year"),
    pytest.param(NEW_HEADER, [US_DEFICIT + ",2024-10-25,,9,level"], "us_deficit_fy2024",
                 {"value": Decimal("1833000000000"), "unit_mult": 9, "role": "level", "vintage": "2024-10-25"},
                 id="us-fiscal-year-in-billions"),
    pytest.param(NEW_HEADER, [DEBT + ",2024-03-26,,9,level"], "fr_debt_2023",
                 {"value": Decimal("3101200000000")}, id="debt-in-milliards"),
    pytest.param(NEW_HEADER, [LVMH_H1 + ",2024-07,,6,level"], "lvmh_revenue_2024_h1",
                 {"value": Decimal("41677000000"), "vintage": "2024-07"}, id="revenue-in-millions-vintage-month"),
    pytest.param(NEW_HEADER, [DEBT.replace(",3101.2,,,", ",,3000,3200,") + ",,,9,"], "fr_debt_2023",
                 {"low": Decimal("3000000000000"), "high": Decimal("3200000000000"), "value": None}, id="range-scaled"),
    pytest.param(NEW_HEADER, [BDF_2025 + ",2025-09-15,,,change"], "bdf_gdp_2025",
                 {"vintage": "2025-09-15", "role": "change", "unit_mult": 0}, id="forecast-edition"),
    pytest.param(NEW_HEADER, [DEBT.replace(",insee,", ",,") + ",,insee|gouvernement,9,"], "fr_debt_2023",
                 {"source": "insee", "sources": ("insee", "gouvernement")}, id="sources-without-source"),
    pytest.param(NEW_HEADER, [DEBT + ",,gouvernement|insee,9,"], "fr_debt_2023",
                 {"source": "insee", "sources": ("insee", "gouvernement")}, id="source-first-no-duplicate"),
    pytest.param(NEW_HEADER.replace(",source,", ","), [DEBT.replace(",insee,", ",") + ",,insee,9,share"],
                 "fr_debt_2023", {"source": "insee", "role": "share"}, id="header-with-sources-only"),
    pytest.param(SEMI_HEADER, ["fr_debt_2023;France;France;public debt;dette publique;3 101,2;;;EUR;2023;insee;;"
                               "Insee, 26 mars 2024;2024-03-26;;9;level"], "fr_debt_2023",
                 {"value": Decimal("3101200000000"), "note": "Insee, 26 mars 2024"}, id="semicolons-decimal-comma"),
    pytest.param(SEMI_HEADER, ["fr_deficit_2023;France;France;déficit public;déficit public;154\u00a0000;;;EUR;2023;"
                               "insee;;;;;6;level"], "fr_deficit_2023", {"value": Decimal("154000000000")},
                 id="semicolons-no-break-space-groups"),
    pytest.param(SEMI_HEADER, ["fr_gdp_2024_q3;France;France;GDP growth;croissance du PIB;0,4;;;%;2024-Q3;insee;;;;;;"
                               "change"], "fr_gdp_2024_q3", {"value": Decimal("0.4"), "period": "2024-Q3"},
                 id="semicolons-percent"),
    pytest.param(SEMI_HEADER, ["fr_gdp_2024_q3;France;France;GDP growth;croissance du PIB;-0,1;;;%;2024-Q2;insee;;;;;;"
                               "change"], "fr_gdp_2024_q3", {"value": Decimal("-0.1")}, id="semicolons-negative"),
]

BAD = [
    # (header, rows, fragment of the message on figures.csv line 2)
    pytest.param(HEADER, [GDP_Q3.replace("2024-Q3", "T3 2024")], "period 'T3 2024' is not YYYY", id="french-quarter"),
    pytest.param(HEADER, [UK_BORROWING.replace("FY2023-24", "FY2023-25")], "must follow each other",
                 id="fiscal-years-apart"),
    pytest.param(HEADER, [GDP_Q3.replace("2024-Q3", "2024-13")], "month 13 does not exist", id="month-13"),
    pytest.param(NEW_HEADER, [DEBT + ",,,1e9,"], "unit_mult '1e9' is not an integer from 0 to 15", id="unit-mult-1e9"),
    pytest.param(NEW_HEADER, [DEBT + ",,,16,"], "unit_mult '16' is not an integer", id="unit-mult-16"),
    pytest.param(NEW_HEADER, [DEBT + ",,,-3,"], "unit_mult '-3' is not an integer", id="unit-mult-negative"),
    pytest.param(NEW_HEADER, [DEBT + ",,,milliards,"], "unit_mult 'milliards' is not", id="unit-mult-word"),
    pytest.param(NEW_HEADER, [GDP_Q3 + ",,,2,"], "unit_mult 2 on a % figure", id="unit-mult-on-percent"),
    pytest.param(NEW_HEADER, [DEBT + ",,insee|banque_de_frnace,9,"], "unknown source 'banque_de_frnace' in sources",
                 id="unknown-source-in-sources"),
    pytest.param(NEW_HEADER, [DEBT + ",,insee|Banque de France,9,"], "sources: 'Banque de France' is not a source id",
                 id="name-instead-of-id"),
    pytest.param(NEW_HEADER, [DEBT.replace(",insee,", ",,") + ",,,9,"], "no source: give the source's id",
                 id="no-source-at-all"),
    pytest.param(NEW_HEADER, [DEBT + ",septembre 2025,,9,"], "vintage 'septembre 2025' is not a publication date",
                 id="vintage-in-words"),
    pytest.param(NEW_HEADER, [DEBT + ",2025,,9,"], "vintage '2025' is not a publication date", id="vintage-year"),
    pytest.param(NEW_HEADER, [DEBT + ",2025-Q3,,9,"], "vintage '2025-Q3' is not", id="vintage-quarter"),
    pytest.param(NEW_HEADER, [DEBT + ",2024-02-30,,9,"], "vintage '2024-02-30' is not", id="vintage-not-a-day"),
    pytest.param(NEW_HEADER, [DEBT + ",,,9,stock"], "role 'stock' is not one of level, change, share", id="role-stock"),
    pytest.param(NEW_HEADER, [GDP_Q3 + ",,,,rate"], "role 'rate' is not one of", id="role-rate"),
    pytest.param(NEW_HEADER, [GDP_Q3 + ",,,,Level"], "role 'Level' is not one of", id="role-capitalised"),
    pytest.param(HEADER, [DEBT.replace("3101.2", '"3 101,2"')], "value '3 101,2' is not a plain decimal",
                 id="decimal-comma-in-comma-file"),
    pytest.param(SEMI_HEADER, ["fr_debt_2023;France;France;public debt;dette publique;3101.2;;;EUR;2023;insee;;;;;9;"],
                 "value '3101.2' is not a decimal as a ;-separated file writes it", id="point-in-semicolon-file"),
    pytest.param(SEMI_HEADER, ["fr_debt_2023;France;France;public debt;dette publique;3.101,2;;;EUR;2023;insee;;;;;9;"],
                 "value '3.101,2' is not a decimal", id="german-grouping"),
    pytest.param(SEMI_HEADER, ["fr_debt_2023;France;France;public debt;dette publique;31 01,2;;;EUR;2023;insee;;;;;9;"],
                 "value '31 01,2' is not a decimal", id="bad-grouping"),
    pytest.param(SEMI_HEADER, ["fr_debt_2023;France;France;public debt;dette publique;3 101,2 Md€;;;EUR;2023;insee;;;"
                               ";;;"], "value '3 101,2 Md€' is not a decimal", id="scale-word-in-semicolon-file"),
    pytest.param(SEMI_HEADER, ["fr_debt_2023;France;France;public debt;dette publique;3 101,2;;;EUR;2023;insee"],
                 "this row has 11 fields, the header has 17; check semicolons", id="semicolon-row-short"),
]


def _write_table(tmp_path, header, rows, bom=False, sources=SOURCES):
    folder = tmp_path / "ref"
    folder.mkdir()
    (folder / "sources.csv").write_text(sources, encoding="utf-8")
    text = "\n".join([header, *rows]) + "\n"
    (folder / "figures.csv").write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return folder


@pytest.mark.parametrize("header,rows,ident,expected", GOOD)
def test_good_table_loads(tmp_path, header, rows, ident, expected):
    folder = _write_table(tmp_path, header, rows)
    figure = {f.id: f for f in load_reference(folder).figures}[ident]
    for name, value in expected.items():
        assert getattr(figure, name) == value, (name, getattr(figure, name))
    assert runner.invoke(app, ["reference", "validate", str(folder)]).exit_code == 0


@pytest.mark.parametrize("header,rows,fragment", BAD)
def test_bad_table_is_refused_with_file_and_line(tmp_path, header, rows, fragment):
    folder = _write_table(tmp_path, header, rows)
    result = runner.invoke(app, ["reference", "validate", str(folder)])
    assert result.exit_code == 2, result.stdout
    expected = f"{folder / 'figures.csv'}:2: "
    assert any(line.startswith(expected) and fragment in line for line in result.stdout.splitlines()), result.stdout


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
def test_semicolon_file_with_or_without_bom(tmp_path, bom):
    """A spreadsheet's "CSV UTF-8 (;)" export starts with a BOM; both sources.csv and figures.csv."""
    sources = SOURCES.replace(",", ";")
    folder = _write_table(tmp_path, SEMI_HEADER, ["fr_debt_2023;France;France;public debt;dette publique;3 101,2;;;"
                                                  "EUR;2023;insee;;;2024-03-26;insee|gouvernement;9;level"],
                          bom=bom, sources=("\ufeff" if bom else "") + sources)
    table = load_reference(folder)
    assert table.figures[0].value == Decimal("3101200000000") and table.figures[0].sources == ("insee", "gouvernement")
    assert table.sources["gouvernement"].name == "Gouvernement français"


def test_period_span_of_a_loaded_figure(tmp_path):
    folder = _write_table(tmp_path, HEADER, [GDP_Q3, US_DEFICIT, DEBT.replace(",2023,", ",,")])
    spans = {f.id: f.period_span for f in load_reference(folder).figures}
    assert spans["fr_gdp_2024_q3"].kind == "quarter" and spans["us_deficit_fy2024"].exact is False
    assert spans["fr_debt_2023"] is None


WARNED = [
    # (metric aliases of a row, entity aliases, aliases warned about)
    pytest.param("prix|prix à la consommation", "France", ["metric alias 'prix'"], id="prix"),
    pytest.param("PIB|croissance du PIB", "France", ["metric alias 'PIB'"], id="pib"),
    pytest.param("la hausse|hausse des prix", "France", ["metric alias 'la hausse'"], id="function-word-and-generic"),
    pytest.param("growth|GDP growth", "France", ["metric alias 'growth'"], id="growth"),
    pytest.param("up|consumer prices", "France", ["metric alias 'up'"], id="short-lower-case"),
    pytest.param("croissance du PIB", "le groupe|LVMH", ["entity alias 'le groupe'"], id="entity-groupe"),
    pytest.param("croissance du PIB|prix à la consommation|CPI|MWh", "France|BCE", [], id="specific-aliases"),
]


@pytest.mark.parametrize("metric_aliases,entity_aliases,warned", WARNED)
def test_generic_aliases_are_warned_about_not_refused(tmp_path, metric_aliases, entity_aliases, warned):
    row = f"fr_cpi_2024_01,France,{entity_aliases},consumer prices,{metric_aliases},3.1,,,%,2024-01,insee,,"
    folder = _write_table(tmp_path, HEADER, [row, row.replace("fr_cpi_2024_01", "fr_cpi_2023_12", 1)])
    table = load_reference(folder)
    messages = [str(w) for w in table.warnings]
    assert len(messages) == len(warned), messages  # once per alias, not once per row
    for fragment, message in zip(warned, messages):
        assert message.startswith(f"{folder / 'figures.csv'}:2: warning: {fragment} is so generic")
        assert "add words" in message
    assert runner.invoke(app, ["reference", "validate", str(folder)]).exit_code == 0
