"""bench/frame_accuracy.py scores a small gold file written for it (tests/frame/gold-mini.jsonl):
the previous quarter said in words ("au trimestre précédent") is not resolved yet, so the
period of that claim counts wrong and every other field right."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("frame_accuracy", ROOT / "bench" / "frame_accuracy.py")
frame_accuracy = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(frame_accuracy)
GOLD = [json.loads(line) for line in (Path(__file__).parent / "gold-mini.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("field, right", [("entity", 3), ("metric", 3), ("period", 2), ("role", 3), ("per_unit", 3)])
def test_mini_gold_scores(field: str, right: int) -> None:
    scores, total, _ = frame_accuracy.score(GOLD, ROOT)
    assert (total, scores[field]) == (3, right)
