"""Currencies on a table of sentences (tests/cases/extract_currency.jsonl): ISO codes only
as codes, ambiguous names read as money of unknown currency, names that are no currency
here ("un livre", "won 3 games"), and one sentence per hand-kept entry of
factcheck/lang/data/currency_extras.toml."""

from __future__ import annotations

import pytest

from conftest import case_params
from factcheck import extract

KEYS = ("text", "kind", "value", "currency")


@pytest.mark.parametrize("case", case_params("extract_currency.jsonl"))
def test_currency_case(case):
    found = [c.model_dump(mode="json") for c in extract(case["text"], case["lang"])]
    assert [{k: c.get(k) for k in KEYS} for c in found] == case["expected"]
