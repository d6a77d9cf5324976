"""factcheck.extract on arbitrary text: never an exception, offsets always exact."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from factcheck import Checker, extract
from factcheck.output.common import VALUE_CODES

CHECKER = Checker()

PIECES = st.sampled_from([
    "3", "000", "1,72", "595,3", " ", "\u00a0", "\u202f", "\u2009", "\u200b", "\u200f", "\u202e",
    "\u200e", "\ufeff", "$", "€", "%", "£2.6tn", "3bn", "1 000 000", "-", "+", "\u2212", "9" * 80,
    "milliards", "trillions", "bn", "Md€", "entre", "et", "-", "–", "environ", "pour cent",
    "de", "d'euros", "dollars", "<b>", "</b>", "<p style=\"width:100%\">", "&nbsp;", "😀", "\u05d0", "\u0627", ".", ",", "\n", "2024", "k", "M", "à",
    # pieces of the issue-12 rules: table rows, elided list figures, story currencies, cents
    "|", "\t", "(G$)", "(M€)", "Résultat net", "couronnes", "tchèque", "Québec", "autres",
    "centimes", "pp", "percent", "augmenté", "Antenne", "(", ")", "euros à Milan, ", "0,5",
    # pieces of the recall2 rules: kept grouping, margins, 'n or n+1' thousand, quoted rates
    "20,000", "GBP", "HUF", "350.000", " par an", " le litre", "+/-", "±", " ou ", " or ",
    "trois", "quatre", "mille", "thousand", " versus the ", " face au ", "dollar", "1.16468",
])
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=25).map("".join))


def check_claims(text, lang):
    claims = extract(text, lang)
    ends = [0] + [claim.end for claim in claims]
    for claim, previous_end in zip(claims, ends):
        # in reading order, never overlapping, a span with no stray space, holding a number
        assert previous_end <= claim.start < claim.end <= len(text)
        assert claim.text and claim.text == claim.text.strip()
        assert any(ch.isdigit() for ch in claim.text) or any(ch.isalpha() for ch in claim.text)
        if claim.value is not None:
            assert claim.value.is_finite()
        else:
            assert claim.low is not None and claim.high is not None and claim.low <= claim.high
        assert claim.kind in ("money", "percent")
        if claim.kind == "percent":
            assert claim.currency is None
        number = claim.value if claim.value is not None else claim.low
        assert isinstance(number, Decimal)


@given(TEXTS, st.sampled_from(["fr", "en", "auto"]))
@settings(max_examples=400, deadline=None)
def test_extract_never_fails_and_offsets_are_exact(text, lang):
    check_claims(text, lang)


@pytest.mark.slow
@given(TEXTS, st.sampled_from(["fr", "en", "auto"]))
@settings(max_examples=5000, deadline=None)
def test_extract_properties_long_run(text, lang):
    check_claims(text, lang)


@pytest.mark.slow
@given(st.lists(PIECES, max_size=40).map("".join))
@settings(max_examples=1000, deadline=None)
def test_check_never_fails_on_arbitrary_text(text):
    result = CHECKER.check(text)
    assert len([f for f in result.findings if f.code in VALUE_CODES]) == len(result.claims)


# Inputs built to make the issue-12 rules walk far: a long column of figures under a row
# label, cells separated by blank lines, a price list of thousands of bare figures, a story
# currency named once for thousands of amounts. Each must stay linear: a few tenths of a
# second on a laptop; the bound leaves room for a loaded machine.
PATHOLOGICAL = {
    "column": lambda n: "Résultat net (G$)\n" + "\n".join(f"{i % 97 + 1},5" for i in range(n)),
    "blank-cells": lambda n: "Ventes (M€)\n" + "\n\n".join(["12,5"] * n),
    "tab-rows": lambda n: "Résultat net (M€)\t4,5\t+3 %\t" * (n // 4),
    "price-list": lambda n: "900 euros à Milan, " + ", ".join(f"{i % 900 + 100} à Rome" for i in range(n // 4)),
    "story-currency": lambda n: "Le budget tchèque. " + " ".join("Il paie 5 milliards de couronnes." for _ in range(n // 8)),
    "long-line": lambda n: "Ventes (M€) " + "x" * n + " 12,5",
    "margins": lambda n: " ".join("+/-0,3 point ±" for _ in range(n // 14)),
    "either-counts": lambda n: " ou ".join("trois quatre mille couronnes" for _ in range(n // 32)),
    "quoted-rates": lambda n: ", ".join("à 1,1135 face au dollar" for _ in range(n // 24)),
    "kept-grouping": lambda n: ", ".join("20,000 GBP par an" for _ in range(n // 19)),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_new_rules_stay_bounded_on_pathological_input(name):
    import time

    text = PATHOLOGICAL[name](20000)
    started = time.perf_counter()
    claims = extract(text, "fr")
    assert time.perf_counter() - started < 5.0
    assert len(claims) <= len(text) // 4


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_without_marks_drops_exactly_the_combining_characters(text):
    """The one-translate mark stripping (text/fold.py) equals the per-character definition on
    any text, other scripts' marks included."""
    import unicodedata

    from factcheck.text.fold import without_marks

    decomposed = unicodedata.normalize("NFKD", text)
    assert without_marks(decomposed) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))
