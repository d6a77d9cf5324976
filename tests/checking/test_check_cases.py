"""Checking on sentence variants of the bundled article's facts (tests/cases/check_cases.jsonl):
a figure changed, a scale word swapped, a source replaced, clean attributions, English."""

from __future__ import annotations

import pytest

from conftest import case_params
from factcheck import Checker

VALUE_CODES = {"consistent", "value_mismatch", "scale_mismatch", "currency_mismatch",
               "period_mismatch", "unverified"}


@pytest.fixture(scope="module")
def checker():
    return Checker()


@pytest.mark.parametrize("case", case_params("check_cases.jsonl"))
def test_check_case(checker, case):
    result = checker.check(case["text"], lang=case["lang"], date=case.get("date"))
    assert [c.text for c in result.claims] == [c["text"] for c in case["claims"]]
    for number, want in enumerate(case["claims"]):
        findings = [f for f in result.findings if f.claim == number]
        value = [f for f in findings if f.code in VALUE_CODES]
        assert len(value) == 1, "every claim gets exactly one value finding"
        assert value[0].code == want["value_code"], value[0].message
        if "reference" in want:  # null: no figure may be cited for this claim
            assert (value[0].reference.id if value[0].reference else None) == want["reference"]
        attribution = result.claims[number].attribution  # silent row: no resolved source
        assert (attribution.source if attribution else None) == want.get("source")
        codes = {f.code for f in findings}
        assert set(want.get("present", [])) <= codes
        assert not set(want.get("absent", [])) & codes
        for finding in findings:
            assert finding.message.endswith(".") and claim_text_in(finding.message, want["text"])


def claim_text_in(message: str, text: str) -> bool:
    return text in message
