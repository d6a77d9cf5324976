"""Language data files load, validate, and fail with a coded message when broken."""

from __future__ import annotations

import pytest

from factcheck import langdata
from factcheck.errors import FactcheckError
from factcheck.langid import detect


@pytest.mark.parametrize("lang", langdata.LANGS)
def test_language_data_is_valid(lang):
    data = langdata.load(lang)
    assert data.lang == lang
    assert all(s.value > 0 for s in data.scale)


def test_invalid_data_gets_a_coded_error():
    with pytest.raises(ValueError):
        langdata.LanguageData.model_validate({"lang": "xx", "decimal_mark": ";"})


def test_unknown_language():
    with pytest.raises(FactcheckError, match="E003"):
        langdata.load("de")


@pytest.mark.parametrize("text,lang", [
    ("Le gouvernement a annoncé une hausse des prix de l'énergie.", "fr"),
    ("The government announced a rise in energy prices for the year.", "en"),
    ("Sales rose 13.1% to $595.3 billion, the association said.", "en"),
    ("Les ventes ont augmenté de 13,1 % selon l'association.", "fr"),
    ("", "fr"),
])
def test_language_detection(text, lang):
    assert detect(text) == lang
