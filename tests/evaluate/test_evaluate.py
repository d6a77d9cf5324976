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
    ('{"id": "a", "expected": []}', "text: Field required"),
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
