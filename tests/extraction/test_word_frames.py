"""Every entry of a per-language word list, tried in a frame sentence (tests/cases/
extract_word_frames.jsonl). A list that makes an amount money ("follow": "9 millions pour…"):
the positive frame with the word gives the row's claim, the negative frame (no currency written
in the article) gives none. A list that makes it a count (``"listed": "none"``: "une personne
sur 12 millions"): the positive frame gives no claim, the negative one (the word elsewhere in
the sentence) gives it. Each row has a control, a word off the list that flips the positive
frame. A word added to a list is tried without a new line; a row names the copy it follows."""

from __future__ import annotations

import pytest

from conftest import case_params
from factcheck import extract
from factcheck.lang.data import load


def _entries(case: dict) -> list[str]:
    section, name = case["words"].split(".")
    return getattr(getattr(load(case["lang"]), section), name)


def _params() -> list:
    params = []
    for param in case_params("extract_word_frames.jsonl"):
        case = param.values[0]
        for word in _entries(case):
            for polarity in ("positive", "negative"):
                params.append(pytest.param(case, word, polarity, id=f"{case['id']}-{word}-{polarity}"))
    return params


def _inferred(case: dict, polarity: str, word: str) -> list[tuple]:
    """The money claims of the frame read with ``word`` whose text is the row's claim."""
    text = case[polarity].replace("{word}", word)
    claim = case.get(f"{polarity}_claim", case["claim"]).replace("{word}", word)
    return [(c.text, c.currency, c.currency_inferred) for c in extract(text, case["lang"])
            if c.kind == "money" and c.text == claim]


def _claimed(case: dict, polarity: str) -> bool:
    """Whether the frame should give its claim: a listed word gives it (or blocks it) in the
    positive frame, and does the other thing in the negative one."""
    makes_money = case.get("listed", "claim") == "claim"
    return makes_money == (polarity == "positive")


@pytest.mark.parametrize(("case", "word", "polarity"), _params())
def test_word_in_frame(case, word, polarity):
    found = _inferred(case, polarity, word)
    if _claimed(case, polarity):
        assert [(currency, inferred) for _, currency, inferred in found] == [(case["currency"], True)]
    else:
        assert found == []


@pytest.mark.parametrize("case", case_params("extract_word_frames.jsonl"))
def test_frame_names_a_list(case):
    """A frame row points at a list that exists and is not empty in its language."""
    assert _entries(case)


@pytest.mark.parametrize("case", case_params("extract_word_frames.jsonl"))
def test_frame_needs_a_listed_word(case):
    """The positive frame with a word off the list (``not_listed``) flips: the frame tests the
    list, not something else in the sentence."""
    assert case["not_listed"] not in _entries(case)
    assert bool(_inferred(case, "positive", case["not_listed"])) != _claimed(case, "positive")
