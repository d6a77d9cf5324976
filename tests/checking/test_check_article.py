"""The bundled article against the bundled reference: the verdicts the issue asks for."""

from __future__ import annotations

import pytest

from factcheck import Checker

VALUE_CODES = {"consistent", "value_mismatch", "scale_mismatch", "currency_mismatch",
               "period_mismatch", "unverified"}
EXPECTED = {
    # claim text: (value verdict, garbled?, resolved source)
    "entre $5 et $7 trillions": ("consistent", False, None),
    "80%": ("consistent", False, None),
    "$1,72 trillion": ("consistent", False, None),
    "$1 trillion": ("consistent", True, None),
    "$595,3 milliards": ("value_mismatch", True, "sia"),
    "13,1%": ("consistent", True, "sia"),
    "$2 milliards": ("consistent", False, None),
    "$7 trillions": ("consistent", True, "wsj"),
}


@pytest.fixture(scope="module")
def result(article_text):
    return Checker().check(article_text)


def _findings(result, number):
    return [f for f in result.findings if f.claim == number]


@pytest.mark.parametrize("text", list(EXPECTED))
def test_article_claim(result, text):
    number = [c.text for c in result.claims].index(text)
    findings = _findings(result, number)
    value_code, garbled, source = EXPECTED[text]
    values = [f for f in findings if f.code in VALUE_CODES]
    assert [f.code for f in values] == [value_code]
    assert ("garbled_attribution" in {f.code for f in findings}) is garbled
    attribution = result.claims[number].attribution
    assert (attribution.source if attribution else None) == source
    is_trillion = "trillion" in (result.claims[number].scale_word or "")
    assert ("ambiguous_scale_word" in {f.code for f in findings}) is is_trillion


def test_595_mismatch_names_the_forecast(result):
    mismatch = next(f for f in result.findings if f.code == "value_mismatch")
    assert "588 400 000 000 USD" in mismatch.message
    assert "Semiconductor Industry Association" in mismatch.message
    assert mismatch.reference.id == "chip_sales_forecast_2024" and mismatch.reference.url


def test_garbled_findings_name_the_probable_source(result):
    garbled = [f for f in result.findings if f.code == "garbled_attribution"]
    meant = {result.claims[f.claim].text: f.details.probable_source for f in garbled}
    assert meant == {"$1 trillion": None, "$595,3 milliards": "sia", "13,1%": "sia", "$7 trillions": "wsj"}
    commission = next(f for f in garbled if result.claims[f.claim].text == "$1 trillion")
    assert "Commission européenne" in commission.message and "broken_sentence" in commission.details.signals


def test_claims_are_built_once_and_completed_by_copy(article_text):
    """The checker adds attributions to copies: the extractor's claims stay as built."""
    from pydantic import ValidationError

    from factcheck import check, extract

    extracted = extract(article_text)
    checked = check(article_text).claims
    with pytest.raises(ValidationError):
        extracted[4].value = extracted[4].value + 1
    assert all(claim.attribution is None for claim in extracted)
    assert [c.model_copy(update={"attribution": None}) for c in checked] == extracted
    assert checked[4].attribution is not None and checked[4].attribution.source == "sia"
