"""compare(): a table of sentence pairs written for these tests (each says what copy it
follows), legitimate renderings that must raise nothing next to one pair per finding code;
the seed case; bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.comparing import compare
from factcheck.models import CompareCode, CompareResult, Severity

HERE = Path(__file__).resolve().parent
CASES = [json.loads(line) for line in (HERE / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line]


def codes(result: CompareResult) -> list[str]:
    return sorted(f.code.value for f in result.findings)


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_pair_gives_exactly_its_codes(case):
    result = compare(case["en"], case["fr"], source_lang="en", target_lang="fr")
    assert codes(result) == sorted(case["codes"])
    assert result.alignment.verdict == "aligned"


def test_every_claim_level_code_has_a_case():
    covered = {code for c in CASES for code in c["codes"]}
    assert covered == {c.value for c in CompareCode} - {"alignment_weak"}


def test_findings_point_at_both_spans():
    case = next(c for c in CASES if c["id"] == "scale-trillion-kept")
    finding = compare(case["en"], case["fr"]).findings[0]
    assert finding.original_span.text == "$1.72 trillion"
    assert finding.translation_span.text == "$1,72 trillion"
    assert finding.details.translation_value == 1720000000000000000
    assert finding.severity is Severity.error


# The seed's kinds of damage (corpora/articles/altman-7-trillions.fr.txt, facts from
# corpora/reference/figures.csv): an English original written for this test in its manner.
SEED_ORIGINAL = (
    "OpenAI chief executive Sam Altman is seeking between $5 trillion and $7 trillion for a chip "
    "venture, the Wall Street Journal reported. "
    "Nvidia holds about 80% of the market for AI chips and is worth close to $1.72 trillion. "
    "Global chip sales are expected to reach $588.4 billion in 2024, an increase of 13.1%, "
    "according to the Semiconductor Industry Association.")


def test_the_whole_seed_article_against_a_short_original_warns_only():
    """The seed article is several times longer than this five-sentence original: one
    alignment warning, and no figure finding built on a partial alignment."""
    seed = (HERE.parents[1] / "corpora" / "articles" / "altman-7-trillions.fr.txt").read_text(encoding="utf-8")
    result = compare(SEED_ORIGINAL, seed, source_lang="en", target_lang="fr")
    assert [f.code.value for f in result.findings] == ["alignment_weak"]
    assert "times as long as the original" in result.findings[0].message


def test_seed_opening_with_the_seeds_damage():
    translation = ("Le PDG d'OpenAI, Sam Altman, chercherait entre $5 et $7 trillions pour un projet de puces, "
                   "selon l'Agence européenne pour la reconstruction. "
                   "Nvidia détient environ 80 % du marché des puces d'IA et vaut près de $1,72 trillion. "
                   "Les ventes mondiales de puces devraient atteindre $595,3 milliards en 2024, soit une "
                   "augmentation de 13,1 %, selon l'Institut de recherche de l'Union européenne.")
    found = codes(compare(SEED_ORIGINAL, translation))
    assert found.count("scale_error") == 2
    assert "value_changed" in found  # 588.4 -> 595.3
    assert "attribution_changed" in found


@pytest.mark.parametrize("original, translation, reason", [
    pytest.param("Sales rose 3% in May.", "", "empty", id="empty-translation"),
    pytest.param("Sales rose 3% in May.", "Sales fell 5% in June.", "same language", id="same-language"),
    pytest.param("The central bank kept its rate at 2% on Thursday, citing weak growth.",
                 "Le club a recruté trois joueurs cet été. Le stade sera rénové pour 40 millions d'euros. "
                 "Les supporters ont manifesté samedi. L'entraîneur quitte le club après 11 saisons. "
                 "La billetterie ouvre lundi à 10 heures. " * 3, "longer", id="far-longer-translation"),
])
def test_bad_input_gives_one_alignment_warning(original, translation, reason):
    result = compare(original, translation)
    assert codes(result) == ["alignment_weak"]
    assert result.alignment.verdict in ("partial", "unrelated")


def test_result_serialises_to_json():
    case = CASES[0]
    dumped = compare(case["en"], case["fr"]).model_dump(mode="json")
    assert dumped["original_claims"][0]["value"] == "1500000000"
    assert dumped["pairs"] == [{"original": 0, "translation": 0, "status": "same"}]


def test_a_5000_word_article_pair_aligns_whole_and_keeps_every_kind_of_finding():
    """The pairs end to end, 30 times over, as one long article: every sentence aligns and every
    kind of finding the pairs give one by one is still given (its speed: bench/speed_compare.py)."""
    pairs = [(c["en"], c["fr"]) for c in CASES] * 30
    en = " ".join(e for e, _ in pairs)
    fr = " ".join(f for _, f in pairs)
    assert len(en.split()) > 4000
    one_by_one = {f.code for c in CASES for f in compare(c["en"], c["fr"], source_lang="en", target_lang="fr").findings}
    result = compare(en, fr, source_lang="en", target_lang="fr")
    assert result.alignment.aligned == result.alignment.original_sentences
    assert result.alignment.verdict == "aligned"
    assert {f.code for f in result.findings} == one_by_one
