"""Frames of realistic sentences (tests/frame/cases.jsonl): each case names one claim by its
text and the frame fields it must have; fields absent from a case are not checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.extraction.finder import find_claims
from factcheck.frame.build import add_frames

CASES = [json.loads(line) for line in (Path(__file__).parent / "cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def frame_of(case: dict):
    claims = add_frames(case["text"], case["lang"], find_claims(case["text"], case["lang"]), case["date"])
    matching = [c for c in claims if c.text == case["claim"]]
    assert matching, f"no claim {case['claim']!r} in {[c.text for c in claims]}"
    return matching[0].frame


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_frame(case: dict) -> None:
    frame = frame_of(case)
    if "role" in case:
        assert frame.role == case["role"]
    if "per_unit" in case:
        assert frame.per_unit == case["per_unit"]
    if "period" in case:
        assert (frame.period.value if frame.period else None) == case["period"]
    if "period_text" in case:
        assert frame.period is not None and frame.period.text == case["period_text"]
    if "metric" in case and case["metric"] is None:
        assert frame.metric is None
    elif "metric" in case:
        assert frame.metric is not None and case["metric"].casefold() in frame.metric.text.casefold()
    if "metric_text" in case:
        assert frame.metric is not None and frame.metric.text == case["metric_text"]
    if "entity" in case:
        got = frame.entity.text if frame.entity else None
        assert got == case["entity"]
