"""Every entry of a per-language word list, tried in a frame sentence (tests/cases/
extract_word_frames.jsonl): the positive frame with the word must give the row's claim, the
negative frame (the same words, no currency written in the article) must give none. A word
added to the list is tried without a new line; a frame row names the real copy it follows."""

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


@pytest.mark.parametrize(("case", "word", "polarity"), _params())
def test_word_in_frame(case, word, polarity):
    text = case[polarity].replace("{word}", word)
    money = [(c.text, c.currency, c.currency_inferred) for c in extract(text, case["lang"])
             if c.kind == "money" and c.text == case["claim"]]
    assert money == ([(case["claim"], case["currency"], True)] if polarity == "positive" else [])


@pytest.mark.parametrize("case", case_params("extract_word_frames.jsonl"))
def test_frame_names_a_list(case):
    """A frame row points at a list that exists and is not empty in its language."""
    assert _entries(case)


@pytest.mark.parametrize("case", case_params("extract_word_frames.jsonl"))
def test_frame_needs_a_listed_word(case):
    """The positive frame with a word off the list (``not_listed``) gives no claim: the frame
    tests the list, not something else in the sentence."""
    assert case["not_listed"] not in _entries(case)
    text = case["positive"].replace("{word}", case["not_listed"])
    assert not [c for c in extract(text, case["lang"]) if c.kind == "money" and c.text == case["claim"]]
