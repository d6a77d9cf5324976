"""The currency table: generated from Babel's CLDR (regeneration gives the committed file),
the hand-kept extras (each entry has its test sentence, none repeats the CLDR), and how a
form gets its code (one currency, the current one, or none when ambiguous)."""

from __future__ import annotations

import json
import tomllib

import pytest

from conftest import CASES
from factcheck.lang import data as langdata
from factcheck.extraction.lexer import CUR, lexicon

EXTRAS = langdata.CurrencyExtras.model_validate(tomllib.loads(
    (langdata.resources.files("factcheck.lang") / "data" / "currency_extras.toml").read_text(encoding="utf-8")))
TABLE = json.loads((langdata.resources.files("factcheck.lang") / "data" / "currencies.json")
                   .read_text(encoding="utf-8"))


def test_regeneration_gives_the_committed_file():
    babel = pytest.importorskip("babel")
    if babel.__version__ != "2.18.0":
        pytest.skip(f"the table is pinned to Babel 2.18.0, not {babel.__version__}")
    from factcheck.lang import build_currencies
    assert build_currencies.render() == build_currencies.OUT.read_text(encoding="utf-8")


def test_table_says_where_it_comes_from():
    assert TABLE["babel"] == "2.18.0" and TABLE["cldr"] == "47"
    assert "build_currencies" in TABLE["about"]
    assert len(TABLE["currencies"]) > 250 and "XAU" not in TABLE["currencies"]


def _entries(lang: str):
    mine = getattr(EXTRAS, lang)
    return mine.currency + mine.subunit + mine.scaled_currency


@pytest.mark.parametrize("lang", langdata.LANGS)
def test_every_extra_has_its_sentence(lang):
    ids = {json.loads(line)["id"] for line in
           (CASES / "extract_currency.jsonl").read_text(encoding="utf-8").splitlines() if line}
    assert [e.example for e in _entries(lang) if e.example not in ids] == []


@pytest.mark.parametrize("lang", langdata.LANGS)
def test_extras_do_not_repeat_the_cldr(lang):
    signs, names = langdata.generated_forms(TABLE["currencies"], lang)
    generated = {**{s.casefold(): c for s, c in signs.items()}, **names}
    repeated = [(form, c.code) for c in getattr(EXTRAS, lang).currency
                for form in c.symbols + c.codes + c.words
                if generated.get(form.casefold()) == c.code and c.code]
    assert repeated == []


@pytest.mark.parametrize("lang,form,code", [
    ("fr", "couronnes", ""),              # SEK, DKK, NOK, CZK, ISK
    ("fr", "couronnes tchèques", "CZK"),
    ("fr", "forints", "HUF"),             # the only current forint
    ("fr", "livre turque", "TRY"),        # TRY is current, TRL (1922-2005) is not
    ("fr", "franc CFA", ""),              # XOF and XAF
    ("fr", "dollars", "USD"),             # hand-kept press convention
    ("fr", "$ de Singapour", "SGD"),
    ("en", "francs", ""),
    ("en", "kroner", ""),                 # DKK, NOK
    ("en", "kronor", "SEK"),
    ("en", "won", "KRW"),                 # hand-kept: KPW is never meant in copy
    ("en", "pounds", "GBP"),             # hand-kept press convention, as dollar
    ("fr", "livres", "GBP"),
    ("fr", "livres égyptiennes", "EGP"),
])
def test_form_gets_its_code(lang, form, code):
    senses = lexicon(lang).senses(form)
    assert [s.code for s in senses if s.kind == CUR] == [code]


@pytest.mark.parametrize("lang,form,found", [
    ("en", "PLN", True), ("en", "pln", False), ("en", "Try", False), ("fr", "CZK", True),
    ("en", "real", False), ("fr", "sols", False),
])
def test_codes_only_in_capitals_and_dropped_words(lang, form, found):
    assert bool([s for s in lexicon(lang).senses(form) if s.kind == CUR]) is found


@pytest.mark.parametrize("lang", langdata.LANGS)
def test_word_like_codes_never_lead(lang):
    senses = lexicon(lang).senses("COP")
    assert [s.before_number for s in senses] == [False]
