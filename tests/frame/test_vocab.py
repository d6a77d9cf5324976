"""The frame word lists (factcheck/lang/data/frame_<lang>.toml) load through a validating model:
a list left out or a misspelt key is refused, and the word lists that used to be Python sets
in frame/english.py, french.py and subject.py are read from there."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from pydantic import ValidationError

from factcheck.frame.vocab import FrameWords, frame_words


def raw(lang: str) -> dict:
    return tomllib.loads(resources.files("factcheck.lang").joinpath("data", f"frame_{lang}.toml").read_text("utf-8"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pronouns_loaded(lang: str) -> None:
    assert {"fr": "elles", "en": "it"}[lang] in frame_words(lang).phrase.pronouns


@pytest.mark.parametrize("lang, change", [
    pytest.param("en", lambda d: d["phrase"].pop("pronouns"), id="pronouns-missing"),
    pytest.param("fr", lambda d: d["phrase"].update(pronouns=[]), id="pronouns-empty"),
    pytest.param("en", lambda d: d["phrase"].update(stopz=["the"]), id="misspelt-key"),
])
def test_bad_lists_refused(lang: str, change) -> None:
    data = raw(lang)
    change(data)
    with pytest.raises(ValidationError):
        FrameWords.model_validate(data)


@pytest.mark.parametrize("word, kind, inside", [
    pytest.param("devrait", "auxiliaries", True, id="fr-auxiliary"),
    pytest.param("chiffre", "auxiliaries", False, id="fr-auxiliary-negative"),
    pytest.param("l'", "articles", True, id="fr-article-elided"),
    pytest.param("dette", "articles", False, id="fr-article-negative"),
    pytest.param("près de", "links", True, id="fr-link"),
    pytest.param("atteint", "links", False, id="fr-link-negative"),
])
def test_french_rule_words_read_from_toml(word: str, kind: str, inside: bool) -> None:
    """The alternations of french.py's rules (auxiliaries, articles, function words, links) are
    frame_fr.toml [phrase] lists, no longer Python strings."""
    assert (word in getattr(frame_words("fr").phrase, kind)) is inside
