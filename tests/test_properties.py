"""factcheck.extract on arbitrary text: never an exception, offsets always exact."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract

PIECES = st.sampled_from([
    "3", "000", "1,72", "595,3", " ", "\u00a0", "\u202f", "\u200b", "\u200f", "$", "€", "%",
    "milliards", "trillions", "bn", "Md€", "entre", "et", "-", "–", "environ", "pour cent",
    "de", "d'euros", "dollars", "<b>", "</b>", "😀", ".", ",", "\n", "2024", "k", "M", "à",
])
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=25).map("".join))


@given(TEXTS, st.sampled_from(["fr", "en", "auto"]))
@settings(max_examples=400, deadline=None)
def test_extract_never_fails_and_offsets_are_exact(text, lang):
    for claim in extract(text, lang):
        assert text[claim.start:claim.end] == claim.text
        if claim.value is not None:
            assert claim.value.is_finite()
        else:
            assert claim.low is not None and claim.high is not None and claim.low <= claim.high
        assert claim.kind in ("money", "percent")
        if claim.kind == "percent":
            assert claim.currency is None
        number = claim.value if claim.value is not None else claim.low
        assert isinstance(number, Decimal)
