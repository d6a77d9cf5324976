"""factcheck evaluate: the gold format, both kinds of a mixed file, clear errors on bad lines."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from factcheck.errors import FactcheckError
from factcheck.evaluate import read_gold, score_file

# Budget-story style (a deficit in euros next to a share of GDP), written for this test.
MIXED = [
    {"id": "budget-1", "lang": "fr", "text": "Le déficit atteindra 5,4 % du PIB, soit 160 milliards d'euros.",
     "expected": [{"kind": "percent", "start": 21, "end": 26, "value": "5.4"},
                  {"kind": "money", "start": 42, "end": 62, "value": "160000000000", "currency": "EUR"}]},
    {"id": "budget-negative", "lang": "fr", "text": "Le texte compte 49 articles et sera voté en 2025.",
     "expected": []},
]


def write(tmp_path, rows, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in rows), encoding="utf-8")
    return path


def test_a_mixed_file_is_scored_on_both_kinds(tmp_path):
    scores = {score.kind: score for score, _ in score_file(write(tmp_path, MIXED))}
    assert set(scores) == {"money", "percent"}
    assert (scores["money"].gold, scores["money"].hits) == (1, 1)
    assert (scores["percent"].gold, scores["percent"].hits) == (1, 1)


def test_a_wrong_gold_value_is_a_miss(tmp_path):
    wrong = json.loads(json.dumps(MIXED))
    wrong[0]["expected"][1]["value"] = "16000000000"  # a scale off by ten
    (money, misses), = [pair for pair in score_file(write(tmp_path, wrong)) if pair[0].kind == "money"]
    assert money.hits == 0 and [m.id for m in misses] == ["budget-1"]


@pytest.mark.parametrize("line,fragment", [
    ('{"id": "a", "text": "5 €", "expected": [{"kind": "money", "value": "5"}]}', "start: Field required"),
    ('{"id": "a", "text": "5 €", "expected": [{"kind": "money", "start": 0, "end": 3}]}', "needs 'value'"),
    ('{"id": "a", "text": "5 €", "expected": [{"kind": "euro", "start": 0, "end": 3, "value": "5"}]}', "kind"),
    ('{"id": "a", "expected": []}', "needs 'text' or 'doc'"),
    ("not json at all", "line 2"),
], ids=["no-offsets", "no-value", "bad-kind", "no-text", "not-json"])
def test_a_malformed_line_names_file_and_line(tmp_path, line, fragment):
    path = write(tmp_path, [MIXED[1], line])
    with pytest.raises(FactcheckError) as caught:
        read_gold(path)
    assert caught.value.code == "E200" and f"{path}: line 2:" in str(caught.value)
    assert fragment in str(caught.value)


def test_cli_exits_2_without_a_traceback(tmp_path):
    path = write(tmp_path, ['{"id": "a", "text": "5 €", "expected": [{"kind": "money", "value": "5"}]}'])
    done = subprocess.run([sys.executable, "-m", "factcheck.cli", "evaluate", str(path)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"E200: {path}: line 1: expected.0.start: Field required" in done.stderr


# -- gold cases that name a document of the shared development set ---------------------------
def shared_set(tmp_path):
    """A stand-in for ../shared/dev, written for the test: one article, one parallel line."""
    dev = tmp_path / "shared" / "dev"
    (dev / "checks" / "articles").mkdir(parents=True)
    (dev / "checks" / "articles" / "fr-budget.txt").write_text(
        "Le déficit atteindra 5,4 % du PIB en 2025, soit 160 milliards d'euros.", encoding="utf-8")
    (dev / "parallel").mkdir()
    (dev / "parallel" / "pairs.jsonl").write_text(json.dumps(
        {"id": "p-1", "fr": "Les prix ont grimpé de 3 %.", "en": "Prices rose 3%."}) + "\n", encoding="utf-8")
    return tmp_path / "shared"


DOC_CASES = [
    {"doc": "checks/articles/fr-budget.txt", "lang": "fr",
     "expected": [{"kind": "percent", "start": 21, "end": 26, "text": "5,4 %", "value": "5.4"},
                  {"kind": "money", "start": 48, "end": 69, "text": "160 milliards d'euros",
                   "value": "160000000000", "currency": "EUR"}],
     "negatives": [{"start": 37, "end": 41, "text": "2025", "what": "date"}]},
    {"doc": "parallel/pairs.jsonl#p-1/fr", "lang": "fr",
     "expected": [{"kind": "percent", "start": 23, "end": 26, "text": "3 %", "value": "3"}]},
    {"doc": "parallel/pairs.jsonl#p-1/en", "lang": "en",
     "expected": [{"kind": "percent", "start": 12, "end": 14, "text": "3%", "value": "3"}]},
]


def test_document_references_are_read_from_the_shared_folder(tmp_path):
    shared = shared_set(tmp_path)
    scores = {(s.lang, s.kind): s for s, _ in score_file(write(tmp_path, DOC_CASES), shared)}
    assert set(scores) == {("fr", "money"), ("fr", "percent"), ("en", "percent")}
    assert all(s.recall == 1.0 and s.precision == 1.0 for s in scores.values())
    assert scores[("fr", "percent")].negatives == 1 and scores[("fr", "percent")].negatives_taken == 0


def test_a_document_reference_needs_the_shared_folder(tmp_path):
    with pytest.raises(FactcheckError) as caught:
        read_gold(write(tmp_path, DOC_CASES))
    assert caught.value.code == "E201" and "pass --shared DIR" in str(caught.value)


def test_offsets_that_miss_their_span_are_refused(tmp_path):
    wrong = json.loads(json.dumps(DOC_CASES))
    wrong[0]["expected"][0]["start"] += 1
    with pytest.raises(FactcheckError) as caught:
        read_gold(write(tmp_path, wrong), shared_set(tmp_path))
    assert "line 1: offsets 22-26 hold ',4 %', not '5,4 %'" in str(caught.value)


def test_several_files_are_pooled_per_language_and_kind(tmp_path):
    from factcheck.evaluate import pooled

    first = write(tmp_path, MIXED, "a.jsonl")
    second = write(tmp_path, [dict(MIXED[0], id="budget-2")], "b.jsonl")
    scores = [score for path in (first, second) for score, _ in score_file(path)]
    totals = {(s.lang, s.kind): s for s in pooled(scores)}
    assert set(totals) == {("fr", "money"), ("fr", "percent")}
    assert (totals[("fr", "money")].gold, totals[("fr", "money")].hits, totals[("fr", "money")].cases) == (2, 2, 3)
