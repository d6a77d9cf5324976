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


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_story_currency_has_its_sentence(lang):
    """Each [[local]] entry of currency_extras.toml names a row of extract_currency.jsonl."""
    import json
    import tomllib

    from conftest import CASES
    from factcheck.lang import data as langdata

    extras = langdata.CurrencyExtras.model_validate(tomllib.loads(
        (langdata.resources.files("factcheck.lang") / "data" / "currency_extras.toml").read_text(encoding="utf-8")))
    ids = {json.loads(line)["id"] for line in
           (CASES / "extract_currency.jsonl").read_text(encoding="utf-8").splitlines() if line}
    assert [e.example for e in getattr(extras, lang).local if e.example not in ids] == []
