"""The command line: output shapes, exit codes and the exact error messages."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import ARTICLE
from factcheck.cli import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_extract_table_lists_the_article_claims():
    result = run("extract", str(ARTICLE))
    assert result.exit_code == 0
    assert "entre $5 et $7 trillions" in result.stdout
    assert "5 000 000 000 000 to 7 000 000 000 000 USD" in result.stdout
    assert "8 claims in" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_extract_machine_formats(fmt):
    result = run("extract", str(ARTICLE), "--format", fmt)
    assert result.exit_code == 0
    if fmt == "json":
        document = json.loads(result.stdout)
        assert document["schema_version"] == "1" and document["lang"] == "fr"
        claims = document["claims"]
    else:
        claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["value"] for c in claims][1:3] == ["80", "1720000000000"]
    assert claims[0]["low"] == "5000000000000" and claims[0]["value"] is None


def test_extract_reads_stdin():
    result = run("extract", "-", "--format", "jsonl", input="Il a payé 3 000 € hier.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["value"] == "3000"


def test_extract_out_writes_a_file(tmp_path):
    out = tmp_path / "claims.json"
    result = run("extract", str(ARTICLE), "--format", "json", "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))["claims"]) == 8


@pytest.mark.parametrize("name,content,exit_code,stderr", [
    ("empty.txt", b"", 0, "0 claims in"),
    ("spaces.txt", b"  \n\t\n", 0, "0 claims in"),
    ("binary.bin", b"\x89PNG\x00\x00\x01", 2, "E101: {path} is not a text file (it contains NUL bytes)"),
    ("old.txt", "Le prix : 3 € et 12 %".encode("cp1252"), 0,
     "W100: {path} is not valid UTF-8; read it as cp1252"),
    ("bom.txt", "\ufeffLe prix : 3 €".encode("utf-8"), 0, "1 claims in"),
    ("utf16.txt", "Le prix : 3 €".encode("utf-16"), 0, "1 claims in"),
])
def test_bad_input(tmp_path, name, content, exit_code, stderr):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("extract", str(path))
    assert result.exit_code == exit_code
    assert stderr.format(path=path) in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_file_is_named():
    result = run("extract", "no/such/file.txt")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: E100: no/such/file.txt: no such file; check the path, "
                             "or use - to read standard input.\n")


def test_directory_is_refused(tmp_path):
    result = run("extract", str(tmp_path))
    assert result.exit_code == 2
    assert f"E102: {tmp_path} is a directory" in result.stderr


def test_unknown_language_is_a_usage_error():
    result = run("extract", str(ARTICLE), "--lang", "de")
    assert result.exit_code == 2
    assert "E003: unknown language 'de'; use one of: fr, en, or auto." in result.stderr


def test_unknown_format_is_a_usage_error():
    result = run("extract", str(ARTICLE), "--format", "xml")
    assert result.exit_code == 2


def test_schema_is_the_document_result():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"schema_version", "claims", "findings", "error"} <= set(schema["properties"])


def test_evaluate_scores_a_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    cases = [
        {"id": "a", "lang": "fr", "text": "Il a payé 3 000 € hier.",
         "expected": [{"text": "3 000 €", "kind": "money", "start": 10, "end": 17, "value": "3000",
                       "currency": "EUR"}]},
        {"id": "b", "lang": "fr", "text": "Le 7 février 2024.", "expected": []},
    ]
    gold.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    result = run("evaluate", str(gold), "--format", "json")
    assert result.exit_code == 0
    score = json.loads(result.stdout)[0]
    assert (score["precision"], score["recall"], score["f1"], score["case_pass"]) == (1.0, 1.0, 1.0, 1.0)


def test_every_command_is_documented_in_readme():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        assert f"factcheck {command.name}" in readme, command.name


def test_check_article_exit_code_follows_fail_on():
    assert run("check", str(ARTICLE)).exit_code == 1  # a value_mismatch is an error
    assert run("check", str(ARTICLE), "--fail-on", "never").exit_code == 0
    assert run("check", str(ARTICLE), "--fail-on", "warning").exit_code == 1


def test_check_clean_text_exits_zero():
    text = "Les ventes mondiales de puces devraient atteindre 588,4 milliards de dollars en 2024."
    result = run("check", "-", input=text)
    assert result.exit_code == 0
    assert "consistent" in result.stdout and "1 consistent" in result.stderr


def test_check_json_is_the_document_result():
    result = run("check", str(ARTICLE), "--format", "json", "--fail-on", "never")
    document = json.loads(result.stdout)
    assert set(document) >= {"schema_version", "id", "lang", "claims", "findings", "error"}
    codes = [f["code"] for f in document["findings"] if f["claim"] == 4]
    assert "value_mismatch" in codes and "garbled_attribution" in codes
    mismatch = next(f for f in document["findings"] if f["code"] == "value_mismatch")
    assert mismatch["reference"]["value"] == "588400000000"
    assert mismatch["details"]["tolerance"] == "50000000"


def test_check_bad_reference_stops_before_the_article(tmp_path):
    result = run("check", "no/such/article.txt", "--reference", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert "no such folder" in result.stderr and "article.txt" not in result.stderr


# -- what a newcomer tripped over (issue 9) ---------------------------------------------------
@pytest.mark.parametrize("command", ["extract", "check", "batch", "evaluate", "reference validate", "serve"])
def test_help_shows_flags_without_a_value(command):
    result = run(*command.split(), "--help")
    assert result.exit_code == 0 and "<bool>" not in result.stdout
    assert "--help" in result.stdout


def test_extract_offers_only_the_formats_it_can_write():
    help_text = run("extract", "--help").stdout
    assert "<table|json|jsonl>" in help_text and "html" not in help_text
    result = run("extract", str(ARTICLE), "--format", "html")
    assert result.exit_code == 2 and "'html' is not one of 'table', 'json', 'jsonl'" in result.stderr


@pytest.mark.parametrize("value", ["16/07/2009", "July 16, 2009", "2009-13-45", "2009-02-30", "09"])
def test_check_refuses_a_date_it_cannot_read(value):
    result = run("check", str(ARTICLE), "--date", value)
    assert result.exit_code == 2
    assert f"{value!r} is not a date; write YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize("value", ["2009-07-16", "2024"])
def test_check_takes_a_day_or_a_year(value):
    result = run("check", str(ARTICLE), "--date", value, "--fail-on", "never", "-q")
    assert result.exit_code == 0, result.stderr


def test_check_says_when_the_table_is_the_bundled_demo(tmp_path):
    bundled = run("check", str(ARTICLE), "--fail-on", "never", "-q")
    assert bundled.stdout.startswith("Checked against the bundled demo table (18 figures")
    assert "--reference DIR" in bundled.stdout
    as_json = json.loads(run("check", str(ARTICLE), "--format", "json", "--fail-on", "never").stdout)
    assert as_json["checked_against"]["bundled_demo"] is True


def test_batch_warns_about_repeated_ids(tmp_path):
    lines = [json.dumps({"id": f"doc-{i % 2}", "text": "Le déficit atteint 5 %."}) for i in range(5)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("batch", str(corpus), "--out", str(tmp_path / "out.jsonl"), "--workers", "1")
    assert result.exit_code == 0
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 5
    assert "W110: 2 id(s) appear more than once (3 more line(s); e.g. 'doc-0', 'doc-1')" in result.stderr


def test_batch_with_unique_ids_says_nothing_about_ids(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": "5 %"}) + "\n" for i in range(3)))
    result = run("batch", str(corpus), "--out", str(tmp_path / "out.jsonl"), "--workers", "1")
    assert result.exit_code == 0 and "W110" not in result.stderr
