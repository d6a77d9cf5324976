"""The compare engine on our own article pairs (corpora/pairs/, scored by
bench/compare_corpus.py): what it reliably does today. Each assertion is a property over
every pair (or every expected difference of a kind), not a pair's output copied here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "corpora" / "pairs"
_spec = importlib.util.spec_from_file_location("compare_corpus", ROOT / "bench" / "compare_corpus.py")
compare_corpus = sys.modules.setdefault("compare_corpus", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(compare_corpus)

NAMES = sorted(p.name.removesuffix(".expected.json") for p in PAIRS.glob("*.expected.json"))
# kinds found on every pair that has them (bench/compare_corpus.py: 100 % today)
RELIABLE_KINDS = ("scale_error", "value_changed", "separator_misread", "currency_changed", "figure_dropped")


def _score(name: str):
    en = (PAIRS / f"{name}.en.txt").read_text(encoding="utf-8")
    fr = (PAIRS / f"{name}.fr.txt").read_text(encoding="utf-8")
    expected = json.loads((PAIRS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return compare_corpus.score_pair(name, en, fr, expected)


@pytest.fixture(scope="module")
def scores():
    return {name: _score(name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_no_false_alarm_on_any_pair(scores, name):
    """No error or warning beyond the expected differences, no clean rendering flagged."""
    score = scores[name]
    assert [f.message for f in score.extra] == []
    assert score.clean_flagged == []


def test_clean_pairs_give_no_error_or_warning(scores):
    clean = [s for s in scores.values() if s.clean_pair]
    assert len(clean) == 2
    assert all(not s.extra and not s.found for s in clean)


@pytest.mark.parametrize("kind", RELIABLE_KINDS)
def test_reliable_kinds_are_all_found(scores, kind):
    missed = [label for s in scores.values() for label in s.missed if label.startswith(kind + ":")]
    assert missed == []


def test_seed_signature_damages_are_found(scores):
    """altman-chips-2024: "trillion" kept in French and the WSJ replaced by an invented
    agency glued to the link text, the two signature errors of the seed article."""
    found = scores["altman-chips-2024"].found
    assert any(label.startswith("scale_error:") for label in found)
    assert any(label.startswith("attribution_changed:") and "Wall Street Journal" in label for label in found)


def test_most_expected_differences_are_found(scores):
    expected = sum(s.expected for s in scores.values())
    found = sum(len(s.found) for s in scores.values())
    assert found / expected >= 0.85
