"""compare over HTTP (POST /compare), in batch (JSONL lines with original and translation),
and its committed JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import CompareResult

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from factcheck.server import create_app  # noqa: E402

COMMITTED = Path(__file__).resolve().parents[2] / "factcheck" / "data" / "compare-result.schema.json"
# a results story on a chipmaker: the French desk kept "billion" (10^12 for a French reader)
ORIGINAL = "Quarterly revenue rose 8% to $2.3 billion, the company said on Tuesday."
SCALE_ERROR = "Le chiffre d'affaires trimestriel a augmenté de 8 % à 2,3 billions de dollars, a indiqué l'entreprise mardi."
FAITHFUL = "Le chiffre d'affaires trimestriel a augmenté de 8 % à 2,3 milliards de dollars, a indiqué l'entreprise mardi."


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


def test_post_compare_returns_the_compare_result(client):
    response = client.post("/compare", json={"original": ORIGINAL, "translation": SCALE_ERROR,
                                             "from": "en", "to": "fr", "id": "q3"})
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == "q3" and body["source_lang"] == "en"
    assert [f["code"] for f in body["findings"]] == ["scale_error"]


@pytest.mark.parametrize("payload, field", [
    ({"original": ORIGINAL}, "translation: Field required"),
    ({"original": ORIGINAL, "translation": 5}, "translation: Input should be a valid string"),
    ({"original": ORIGINAL, "translation": FAITHFUL, "from": "de"}, "from: Input should be"),
    ({"original": ORIGINAL, "translation": FAITHFUL, "lang": "fr"}, "lang: Extra inputs are not permitted"),
])
def test_post_compare_422_names_the_field(client, payload, field):
    response = client.post("/compare", json=payload)
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert field in message and '"original": "…", "translation": "…"' in message


def test_post_compare_empty_side_sets_error(client):
    body = client.post("/compare", json={"original": ORIGINAL, "translation": " "}).json()
    assert body["error"]["type"] == "empty_side" and body["alignment"]["verdict"] == "unrelated"


def test_batch_compares_pair_lines_in_order(tmp_path):
    lines = [{"id": "scale", "original": ORIGINAL, "translation": SCALE_ERROR, "desk": "tech"},
             {"id": "doc", "text": "Le chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee."},
             {"id": "half", "original": ORIGINAL},
             {"id": "fine", "original": ORIGINAL, "translation": FAITHFUL, "from": "en", "to": "fr"},
             {"id": "empty", "original": ORIGINAL, "translation": ""}]
    source = tmp_path / "pairs.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 1  # two lines failed
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == ["scale", "doc", "half", "fine", "empty"]
    assert [f["code"] for f in got[0]["findings"]] == ["scale_error"] and got[0]["desk"] == "tech"
    assert "claims" in got[1] and got[1]["error"] is None
    assert got[2]["error"]["type"] == "bad_record" and '"original" and "translation"' in got[2]["error"]["message"]
    assert got[3]["findings"] == [] and got[3]["error"] is None and len(got[3]["pairs"]) == 2
    assert got[4]["error"]["type"] == "empty_side"
    assert "2 failed" in result.stderr


def test_batch_resume_skips_pairs_already_done(tmp_path):
    source = tmp_path / "pairs.jsonl"
    source.write_text("".join(json.dumps({"id": f"p{n}", "original": ORIGINAL, "translation": FAITHFUL}) + "\n"
                              for n in range(3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "p0", "findings": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(source), "--out", str(out), "--workers", "1", "--resume"])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["p0", "p1", "p2"]


def test_committed_compare_schema_matches_the_model():
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == CompareResult.model_json_schema(mode="serialization"), \
        "regenerate with `factcheck schema --compare > factcheck/data/compare-result.schema.json` on purpose"


# every field and code of the compare schema is documented in CONTRACT.md, under its model
from test_contract import CONTRACT, in_backticks, named_sections  # noqa: E402

SCHEMA = json.loads(COMMITTED.read_text(encoding="utf-8"))
MODELS = {**{name: model for name, model in SCHEMA["$defs"].items() if "properties" in model},
          SCHEMA["title"]: SCHEMA}
FIELDS = [pytest.param(model, field, id=f"{model}.{field}")
          for model, schema in MODELS.items() for field in schema["properties"]]
CODES = [pytest.param(code, id=code) for code in SCHEMA["$defs"]["CompareCode"]["enum"]]


@pytest.mark.parametrize("model, field", FIELDS)
def test_every_compare_field_is_documented(model, field):
    assert in_backticks(named_sections(CONTRACT, model), field), f"`{field}` is not under a {model} heading"


@pytest.mark.parametrize("code", CODES)
def test_every_compare_code_is_documented(code):
    assert in_backticks(named_sections(CONTRACT, "CompareCode"), code)
