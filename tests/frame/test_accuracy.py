"""bench/frame_accuracy.py scores a small gold file written for it (tests/frame/gold-mini.jsonl):
every field of its three claims right, the previous quarter said in words ("au trimestre
précédent") included; and the scorer's span rule (same_phrase) on a few pairs."""

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


@pytest.mark.parametrize("field, right", [("entity", 3), ("metric", 3), ("period", 3), ("role", 3), ("per_unit", 3)])
def test_mini_gold_scores(field: str, right: int) -> None:
    scores, total, _ = frame_accuracy.score(GOLD, ROOT)
    assert (total, scores[field]) == (3, right)


class Span:
    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


@pytest.mark.parametrize("field, gold, found, lang, same", [
    pytest.param("metric", (0, 10, "GDP growth"), (50, 56, "growth"), "en", True, id="metric-head-word-en"),
    pytest.param("metric", (0, 15, "taux de chômage"), (40, 60, "taux de chômage des jeunes"), "fr", True,
                 id="metric-head-word-fr"),
    pytest.param("metric", (0, 13, "dette publique"), (40, 55, "déficit public"), "fr", False, id="metric-other-head"),
    pytest.param("entity", (0, 9, "la France"), (40, 46, "France"), "fr", True, id="entity-part-of-name"),
    pytest.param("entity", (0, 3, "ECB"), (40, 61, "European Central Bank"), "en", True, id="entity-acronym"),
    pytest.param("entity", (0, 9, "euro area"), (40, 42, "EU"), "en", False, id="entity-other-zone"),
    pytest.param("entity", (0, 8, "ménages"), (40, 47, "Ménages"), "fr", True, id="entity-same-folded-text"),
])
def test_same_phrase(field: str, gold: tuple, found: tuple, lang: str, same: bool) -> None:
    gold_span = {"start": gold[0], "end": gold[1], "text": gold[2]}
    assert frame_accuracy.same_phrase(field, gold_span, Span(*found), lang) is same


class Framed:
    def __init__(self, entity: Span | None) -> None:
        self.entity = entity


# A designation ("the company") with the mention it refers to ("Acme", 0-4): the frame may name either.
DESIGNATION = {"lang": "en", "entity": {"start": 40, "end": 51, "text": "the company",
                                        "refers": {"start": 0, "end": 4, "text": "Acme"}}}


@pytest.mark.parametrize("found, referring, right", [
    pytest.param((0, 4, "Acme"), True, True, id="referent-accepted"),
    pytest.param((60, 64, "Acme"), True, True, id="referent-other-mention"),
    pytest.param((40, 51, "the company"), True, True, id="designation-itself"),
    pytest.param((0, 4, "Acme"), False, False, id="referent-refused-spans-only"),
    pytest.param((20, 25, "Bolts"), True, False, id="other-name-refused"),
])
def test_referent_scoring(found: tuple, referring: bool, right: bool) -> None:
    assert frame_accuracy.field_right("entity", DESIGNATION, Framed(Span(*found)), referring) is right
