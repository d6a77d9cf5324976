"""Language data files load, validate, and fail with a coded message when broken."""

from __future__ import annotations

import pytest

from factcheck.lang import data as langdata
from factcheck.errors import FactcheckError
from factcheck.lang.detect import detect


@pytest.mark.parametrize("lang", langdata.LANGS)
def test_language_data_is_valid(lang):
    data = langdata.load(lang)
    assert data.lang == lang
    assert all(s.value > 0 for s in data.scale)


def test_invalid_data_is_refused_by_the_model():
    with pytest.raises(ValueError, match="decimal_mark"):
        langdata.LanguageData.model_validate({"lang": "xx", "decimal_mark": ";"})


def test_broken_data_file_gets_a_coded_error(monkeypatch, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "fr.toml").write_text('lang = "fr"\ndecimal_mark = ";"\n', encoding="utf-8")
    monkeypatch.setattr(langdata.resources, "files", lambda package: tmp_path)
    langdata.load.cache_clear()
    try:
        with pytest.raises(FactcheckError, match="E004: language data .*fr.toml is invalid"):
            langdata.load("fr")
    finally:
        langdata.load.cache_clear()


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
