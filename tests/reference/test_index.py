"""The figure index finds an alias written in either number (factcheck/reference/index.py):
each row a sentence of our own, following a phenomenon seen in real copy, with a negative."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.reference.index import FigureIndex
from factcheck.reference.table import Figure, ReferenceTable, Source


def index() -> FigureIndex:
    figure = Figure(id="ea_gdp_2025", entity="zone euro", entity_aliases=("zone euro", "euro area"),
                    metric="growth projection", metric_aliases=("growth forecast", "prévision de croissance"),
                    value=Decimal("1.3"), unit="%", period="2025", source="ecb")
    source = Source(id="ecb", name="BCE", aliases=("ECB",), url=None)
    return FigureIndex(ReferenceTable(path="in code", sources={"ecb": source}, figures=[figure]))


@pytest.mark.parametrize("text, found", [
    pytest.param("They lowered their growth forecasts for 2025 to 1.3%.", True, id="en-plural-of-the-alias"),
    pytest.param("Les prévisions de croissance pour 2025 sont abaissées à 1,3 %.", True, id="fr-plural-of-the-alias"),
    pytest.param("The growth forecast for 2025 is 1.3%.", True, id="en-the-alias-itself"),
    pytest.param("Growth is forecast at 1.3% for 2025.", False, id="negative-other-words"),
])
def test_alias_in_either_number(text, found):
    assert (("growth", "forecast") in index().aliases_in(text)
            or ("prevision", "de", "croissance") in index().aliases_in(text)) is found  # folded: no accents
