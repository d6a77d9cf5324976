"""Checker.check_batch: many documents checked together (with frames, one parse for all of
them) give what checking them one by one gives, and one bad document costs only itself."""

from __future__ import annotations

import pytest

from conftest import ARTICLE
from factcheck.checking import checker as checker_module
from factcheck.checking.checker import Checker
from factcheck.errors import FactcheckError

# Sentences in the manner of French and English business copy, with and without figures.
DOCUMENTS = [
    (ARTICLE.read_text(encoding="utf-8"), "seed", "fr", None),
    ("Le chiffre d'affaires du groupe a atteint 12,4 milliards d'euros en 2023, contre 11,1 milliards "
     "un an plus tôt.", "fr-results", "fr", "2024-02-15"),
    ("Aucun chiffre dans cette phrase.", "fr-empty", "fr", None),
    ("The company's revenue rose 8% to $4.2 billion in the third quarter, it said.", "en-results", "en", None),
]


def _dumped(results):
    return [r.model_dump() if not isinstance(r, Exception) else repr(r) for r in results]


@pytest.mark.parametrize("frames", [False, True])
def test_together_equals_one_by_one(frames):
    checker = Checker(frames=frames)
    one_by_one = [checker.check(text, id=id, lang=lang, date=date) for text, id, lang, date in DOCUMENTS]
    assert _dumped(checker.check_batch(DOCUMENTS)) == _dumped(one_by_one)
    if frames:  # the frames are there, and they are the ones a single check builds
        assert all(c.frame is not None for r in one_by_one for c in r.claims)


def test_a_bad_document_costs_only_itself():
    checker = Checker(frames=True)
    documents = [DOCUMENTS[1], ("Un texte.", "bad-lang", "xx", None), DOCUMENTS[3]]
    results = checker.check_batch(documents)
    assert isinstance(results[1], FactcheckError) and results[1].code == "E003"
    assert [r.id for r in (results[0], results[2])] == ["fr-results", "en-results"]
    assert all(c.frame is not None for r in (results[0], results[2]) for c in r.claims)
    # negative: without the bad document, the same two results
    assert _dumped(checker.check_batch([DOCUMENTS[1], DOCUMENTS[3]])) == _dumped([results[0], results[2]])


def test_frames_built_one_by_one_when_the_batch_fails(monkeypatch):
    checker = Checker(frames=True)
    expected = _dumped(checker.check_batch(DOCUMENTS))

    def broken(documents):
        raise RuntimeError("a parse that failed for the whole batch")

    monkeypatch.setattr(checker_module, "add_frames_many", broken)
    assert _dumped(checker.check_batch(DOCUMENTS)) == expected  # each document framed on its own


def test_a_document_whose_frames_fail_costs_only_itself(monkeypatch):
    from factcheck.frame import build

    checker = Checker(frames=True)
    expected = _dumped(checker.check_batch([DOCUMENTS[1], DOCUMENTS[3]]))
    real = build._prepare

    def failing(document):
        if document.text.startswith("Un chiffre piégé"):
            raise RuntimeError("a parse that fails on this text only")
        return real(document)

    monkeypatch.setattr(build, "_prepare", failing)
    bad = ("Un chiffre piégé : 12 % de hausse.", "bad-frames", "fr", None)
    results = checker.check_batch([DOCUMENTS[1], bad, DOCUMENTS[3]])
    assert isinstance(results[1], RuntimeError)
    assert _dumped([results[0], results[2]]) == expected  # the others, as without it
