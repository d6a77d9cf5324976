"""A fall said in words meets a table that writes the change signed: the same figure.

Results copy says "le bénéfice net recule de 17 %" where the company's table of changes
writes -17 %; a wire story on the same results may write "net profit fell 17%". Both agree
with a -17 figure marked role=change, and a rise of 17 % does not (it is no error either:
a change never accuses without that role, see test_check_cases)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Checker
from factcheck.reference.table import Figure, ReferenceTable, Source


def table() -> ReferenceTable:
    source = Source(id="acme", name="Acme SA", aliases=("Acme",), url=None)
    figure = Figure(id="acme_net_change_2024", entity="Acme", entity_aliases=("Acme",),
                    metric="net profit change", metric_aliases=("bénéfice net", "net profit"),
                    value=Decimal("-17"), unit="%", period="2024", source="acme", role="change")
    return ReferenceTable(path="in code", sources={"acme": source}, figures=[figure])


@pytest.mark.parametrize("text, lang, code", [
    ("Le bénéfice net d'Acme recule de 17 % en 2024.", "fr", "consistent"),
    ("Acme's net profit fell 17% in 2024.", "en", "consistent"),
    ("Le bénéfice net d'Acme progresse de 17 % en 2024.", "fr", "value_mismatch"),
    ("Acme's net profit fell 12% in 2024.", "en", "value_mismatch"),
], ids=["fr-fall-signed", "en-fall-signed", "fr-rise-is-not-the-fall", "en-other-fall"])
def test_a_fall_in_words_agrees_with_a_signed_change(text, lang, code):
    finding = Checker(reference=table()).check(text, lang=lang).findings[0]
    assert finding.code == code, finding.message
    if code == "consistent":
        assert "scale" not in finding.message  # the signed reading is not a scale reading


def test_a_common_noun_is_no_mangled_source():
    source = Source(id="gouv", name="Gouvernement français", aliases=("Gouvernement",), url=None)
    figure = Figure(id="deficit", entity="France", entity_aliases=("France",), metric="deficit",
                    metric_aliases=("deficit",), value=Decimal("3.1"), unit="%", period="2019",
                    source="gouv")
    checker = Checker(reference=ReferenceTable(path="in code", sources={"gouv": source}, figures=[figure]))
    result = checker.check("France's deficit will be 3.1% in 2019, the government said.", lang="en")
    assert "garbled_attribution" not in {f.code for f in result.findings}
