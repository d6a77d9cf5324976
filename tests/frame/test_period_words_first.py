"""``when.periods_in`` skips a kind of period when the text lacks a word it cannot be written
without (``REQUIRES``): the periods found must be the same as when every kind is tried, in
any case, with curly apostrophes and doubled spaces."""

from __future__ import annotations

import pytest

from factcheck.frame import when

SENTENCES = [
    ("EN FÉVRIER 2024, les loyers ont grimpé de 3 %.", "fr"),
    ("Comme l’an  dernier, le déficit du Troisième Trimestre reste à 5 %.", "fr"),
    ("Cet  été, puis au 1er  AOÛT, la taxe passera à 12 euros.", "fr"),
    ("Le premier semestre et le trimestre précédent ont vu 2 % de hausse, lundi.", "fr"),
    ("Aucune date ici, seulement 4 000 euros.", "fr"),
    ("On MONDAY sales in the previous  quarter rose 4%.", "en"),
    ("SALES IN H1 2023 AND THIS YEAR reached $2 billion; in May 2022 and this Summer too.", "en"),
    ("In the first half of fiscal 2024, margins may ease to 3%.", "en"),
]


def as_rows(text: str, lang: str) -> list[tuple]:
    return [(p.text, p.start, p.end, p.value) for p in when.periods_in(text, lang, "2024-06-12", days_alone=True)]


@pytest.mark.parametrize("text,lang", SENTENCES)
def test_same_periods_as_trying_every_kind(monkeypatch, text, lang):
    skipped = as_rows(text, lang)
    monkeypatch.setattr(when, "REQUIRES", {})
    assert skipped == as_rows(text, lang)


def test_a_kind_is_skipped_without_its_word():
    assert as_rows("Aucune date ici, seulement 4 000 euros.", "fr") == []
    assert [row[3] for row in as_rows("EN FÉVRIER 2024", "fr")] == ["2024-02"]
