"""One CSV row of a reference table through its pydantic row model: good rows give Decimals,
tuples and None for empty cells; bad rows give one sentence per problem, naming the column.

The base rows are written in the style of an Insee release (France's public deficit in 2023,
as a share of GDP); the broken cells are the ones seen when a table is typed by hand or
exported from a French spreadsheet (decimal comma, space as thousands separator, a scale
word left in the cell, a Unicode minus, a date as written in copy).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from factcheck.reference.rows import FigureRow, SourceRow, row_problems

FIGURE = {"id": "insee_deficit_public_2023", "entity": "France", "entity_aliases": "État français",
          "metric": "déficit public", "metric_aliases": "public deficit|déficit des administrations",
          "value": "5.5", "low": "", "high": "", "unit": "%", "period": "2023", "source": "insee",
          "url": "https://www.insee.fr/fr/statistiques/7941423", "note": ""}
SOURCE = {"id": "insee", "name": "Institut national de la statistique et des études économiques",
          "aliases": "Insee|INSEE|French statistics office", "url": "https://www.insee.fr"}
RANGE = {"value": "", "low": "5000000000000", "high": "7000000000000", "unit": "USD"}

GOOD_FIGURES = [
    # (cells changed from FIGURE, attributes expected on the row)
    pytest.param({}, {"value": Decimal("5.5"), "low": None, "high": None, "note": None,
                      "metric_aliases": ("public deficit", "déficit des administrations")}, id="insee-style"),
    pytest.param({"value": "-0.3", "metric": "variation du PIB"}, {"value": Decimal("-0.3")},
                 id="quarterly-fall-with-minus"),
    pytest.param({"value": "0.1"}, {"value": Decimal("0.1")}, id="decimal-not-float"),
    pytest.param(RANGE, {"value": None, "low": Decimal("5000000000000"), "high": Decimal("7000000000000")},
                 id="fundraising-range"),
    pytest.param({"value": "", "low": "2.5", "high": "2.5"}, {"low": Decimal("2.5")}, id="range-of-one-point"),
    pytest.param({"period": ""}, {"period": None}, id="no-period"),
    pytest.param({"period": "2024-02"}, {"period": "2024-02"}, id="monthly-period"),
    pytest.param({"period": "2024-02-29"}, {"period": "2024-02-29"}, id="daily-period"),
    pytest.param({"url": ""}, {"url": None}, id="no-url"),
    pytest.param({"url": "HTTPS://WWW.INSEE.FR/fr/statistiques"}, {"url": "HTTPS://WWW.INSEE.FR/fr/statistiques"},
                 id="url-in-capitals"),
    pytest.param({"entity_aliases": " État français | | French State "},
                 {"entity_aliases": ("État français", "French State")}, id="aliases-with-blanks"),
    pytest.param({"value": " 5.5 ", "unit": " % "}, {"value": Decimal("5.5"), "unit": "%"}, id="padded-cells"),
    pytest.param({"checked_by": "desk", "note": "hors plan de relance"},
                 {"note": "hors plan de relance"}, id="extra-column-ignored"),
]

BAD_FIGURES = [
    # (cells changed from FIGURE, column named, fragment of the sentence)
    pytest.param({"value": "1,2 Md"}, "value", "value '1,2 Md' is not a plain decimal: write digits with '.'",
                 id="scale-word-left-in-cell"),
    pytest.param({"value": "5,5"}, "value", "value '5,5' is not a plain decimal", id="decimal-comma"),
    pytest.param({"value": "154 000 000 000"}, "value", "not a plain decimal", id="thousands-spaces"),
    pytest.param({"value": "1.2e9"}, "value", "not a plain decimal", id="exponent"),
    pytest.param({"value": "\u22125.5"}, "value", "not a plain decimal", id="unicode-minus"),
    pytest.param({"value": "NaN"}, "value", "not a plain decimal", id="nan"),
    pytest.param({"value": "9" * 80}, "value", "value '" + "9" * 40 + "' is not", id="eighty-digits"),
    pytest.param({**RANGE, "high": "7 Md"}, "high", "high '7 Md' is not a plain decimal", id="bad-high"),
    pytest.param({"low": "5"}, "", "give either value, or low and high, not both", id="value-and-low"),
    pytest.param({"value": "", "low": "5"}, "", "give either value, or both low and high", id="low-only"),
    pytest.param({"value": ""}, "", "give either value, or both low and high", id="no-value"),
    pytest.param({"value": "", "low": "7", "high": "5"}, "", "low 7 is above high 5", id="range-backwards"),
    pytest.param({"unit": "usd"}, "unit", "unit 'usd' is neither an ISO 4217 code (USD, EUR) nor %",
                 id="unit-lower-case"),
    pytest.param({"unit": "€"}, "unit", "unit '€' is neither", id="unit-symbol"),
    pytest.param({"unit": "points"}, "unit", "unit 'points' is neither", id="unit-word"),
    pytest.param({"unit": ""}, "unit", "unit '' is neither", id="unit-empty"),
    pytest.param({"period": "févr. 2024"}, "period", "period 'févr. 2024' is not YYYY, YYYY-MM or YYYY-MM-DD",
                 id="period-as-in-copy"),
    pytest.param({"period": "2024/02"}, "period", "is not YYYY, YYYY-MM", id="period-slash"),
    pytest.param({"period": "2024-2"}, "period", "is not YYYY, YYYY-MM", id="period-one-digit-month"),
    pytest.param({"period": "T4 2023"}, "period", "is not YYYY, YYYY-MM", id="period-quarter"),
    pytest.param({"id": "déficit 2023"}, "id", "id 'déficit 2023' is not valid: use letters, digits, _ . -",
                 id="id-with-space-and-accent"),
    pytest.param({"id": ""}, "id", "id '' is not valid", id="id-empty"),
    pytest.param({"id": "-deficit"}, "id", "is not valid", id="id-leading-dash"),
    pytest.param({"id": "x" * 201}, "id", "(at most 200)", id="id-too-long"),
    pytest.param({"url": "www.insee.fr/fr/statistiques"}, "url", "url 'www.insee.fr/fr/statistiques' is not an "
                 "http(s) address", id="url-without-scheme"),
    pytest.param({"url": "javascript:alert(1)"}, "url", "is not an http(s) address", id="url-javascript"),
    pytest.param({"url": "https://www.insee.fr/fr/statistiques 7941423"}, "url", "is not an http(s) address",
                 id="url-with-space"),
]

GOOD_SOURCES = [
    pytest.param({}, {"aliases": ("Insee", "INSEE", "French statistics office"), "url": "https://www.insee.fr"},
                 id="insee"),
    pytest.param({"aliases": "", "url": ""}, {"aliases": (), "url": None}, id="bare-source"),
]

BAD_SOURCES = [
    pytest.param({"name": ""}, "name", "source 'insee' has no name", id="no-name"),
    pytest.param({"name": "  "}, "name", "source 'insee' has no name", id="blank-name"),
    pytest.param({"id": "Insee France"}, "id", "id 'Insee France' is not valid", id="id-with-space"),
    pytest.param({"url": "ftp://ftp.insee.fr"}, "url", "url 'ftp://ftp.insee.fr' is not an http(s) address",
                 id="ftp-url"),
]


def _problems(model, cells) -> list[tuple[str, str]]:
    try:
        model.model_validate(cells)
    except ValidationError as error:
        return row_problems(error, cells)
    return []


@pytest.mark.parametrize("changes,expected", GOOD_FIGURES)
def test_good_figure_row(changes, expected):
    row = FigureRow.model_validate({**FIGURE, **changes})
    for name, value in expected.items():
        assert getattr(row, name) == value and type(getattr(row, name)) is type(value), name


@pytest.mark.parametrize("changes,column,fragment", BAD_FIGURES)
def test_bad_figure_row(changes, column, fragment):
    cells = {**FIGURE, **changes}
    problems = _problems(FigureRow, cells)
    assert any(found == column and fragment in message for found, message in problems), problems


@pytest.mark.parametrize("changes,expected", GOOD_SOURCES)
def test_good_source_row(changes, expected):
    row = SourceRow.model_validate({**SOURCE, **changes})
    for name, value in expected.items():
        assert getattr(row, name) == value, name


@pytest.mark.parametrize("changes,column,fragment", BAD_SOURCES)
def test_bad_source_row(changes, column, fragment):
    problems = _problems(SourceRow, {**SOURCE, **changes})
    assert any(found == column and fragment in message for found, message in problems), problems


@pytest.mark.parametrize("changes,expected", [
    pytest.param({"unit": "dollars", "low": "5"}, ["not both", "unit 'dollars'"], id="range-and-unit"),
    pytest.param({"url": "www.insee.fr", "period": "2023-T4", "value": "5,5"},
                 ["value '5,5'", "period '2023-T4'", "url 'www.insee.fr'"], id="three-columns"),
])
def test_every_problem_of_a_row_is_said_in_column_order(changes, expected):
    messages = [message for _, message in _problems(FigureRow, {**FIGURE, **changes})]
    assert len(messages) == len(expected)
    assert all(fragment in message for fragment, message in zip(expected, messages)), messages


@pytest.mark.parametrize("model,cells,expected", [
    pytest.param(FigureRow, {key: v for key, v in FIGURE.items() if key != "entity"}, "entity: Field required",
                 id="figure-without-entity"),
    pytest.param(SourceRow, {"id": "insee"}, "name: Field required", id="source-without-name"),
])
def test_a_missing_cell_is_named(model, cells, expected):
    assert expected in [message for _, message in _problems(model, cells)]
