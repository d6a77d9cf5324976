"""`factcheck compare` on the command line: formats, exit codes, and the bad input the issue
names (an empty side, the same language twice, --from contradicting the text, two unrelated
texts, a translation far longer than its original) — each a clear message, never a flood."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from factcheck.cli import app

PAIRS = ROOT / "corpora" / "pairs"
ORIGINAL, TRANSLATION = PAIRS / "altman-chips-2024.en.txt", PAIRS / "altman-chips-2024.fr.txt"
EXPECTED_KINDS = [difference["kind"] for difference in json.loads(
    TRANSLATION.with_name(TRANSLATION.name.replace(".fr.txt", ".expected.json")).read_text(encoding="utf-8"))["differences"]]
OTHER_FR = PAIRS / "boe-hike-aug-2023.fr.txt"
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, ["compare", *map(str, args)], input=input)


def figure_findings(document: dict) -> list[str]:
    return [f["code"] for f in document["findings"] if f["code"] != "alignment_weak"]


def test_table_leads_with_the_alignment_then_findings_then_matches():
    result = run(ORIGINAL, TRANSLATION)
    assert result.exit_code == 1  # a scale error and a changed value: errors
    lines = result.stdout.splitlines()
    assert lines[0].startswith("en → fr: 8 of 8 original sentences aligned (100%")
    assert lines[2].startswith("ERROR   scale_error")
    assert "    original     [0] 'between $5 trillion and $7 trillion'" in result.stdout
    assert "    translation  [0] 'entre 5 et 7 trillions de dollars'" in result.stdout
    assert "Matched figures (6):" in result.stdout
    counts = Counter(EXPECTED_KINDS)
    said = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    assert f"Findings: {said}." in result.stderr


def test_json_is_the_compare_result():
    result = run(ORIGINAL, TRANSLATION, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["source_lang"] == "en" and document["target_lang"] == "fr"
    assert sorted(figure_findings(document)) == sorted(EXPECTED_KINDS)  # what a reviewer flagged
    assert document["alignment"]["verdict"] == "aligned" and len(document["pairs"]) == 6


def test_markdown_is_a_table_of_findings():
    result = run(ORIGINAL, TRANSLATION, "--format", "markdown", "--fail-on", "never")
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert rows[0] == "| severity | code | original | translation | message |"
    assert len(rows) == 1 + len(EXPECTED_KINDS)
    assert rows[1].startswith("| error | scale\\_error | between $5 trillion and $7 trillion |")


def test_html_goes_to_out_with_stdin_for_one_side(tmp_path):
    page = tmp_path / "compare.html"
    result = run(ORIGINAL, "-", "--format", "html", "--out", page, "--quiet",
                 input=TRANSLATION.read_text(encoding="utf-8"))
    assert result.exit_code == 1 and result.stdout == "" and result.stderr == ""
    assert page.read_text(encoding="utf-8").count('class="fig') == 12


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(fail_on, code):
    assert run(ORIGINAL, TRANSLATION, "--fail-on", fail_on, "-q").exit_code == code


def test_a_faithful_pair_exits_zero(tmp_path):
    # wire copy on a euro-zone survey, translated as a desk would
    (tmp_path / "en.txt").write_text("Euro zone inflation eased to 2.4% in November, Eurostat said. "
                                     "Core prices rose 3.6% from a year earlier.", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("L'inflation dans la zone euro a ralenti à 2,4 % en novembre, selon "
                                     "Eurostat. Les prix hors énergie ont augmenté de 3,6 % sur un an.",
                                     encoding="utf-8")
    result = run(tmp_path / "en.txt", tmp_path / "fr.txt", "--fail-on", "warning")
    assert result.exit_code == 0, result.stdout
    assert "Findings: no findings." in result.stderr


def test_an_empty_side_is_bad_input(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    result = run(ORIGINAL, tmp_path / "empty.txt", "--format", "json")
    assert result.exit_code == 2
    assert "cannot compare" in result.stderr and "the translation is empty" in result.stderr
    assert json.loads(result.stdout)["error"]["type"] == "empty_side"


def test_the_same_language_on_both_sides_is_one_warning():
    result = run(ORIGINAL, ORIGINAL, "--format", "json")
    assert result.exit_code == 0  # a warning: --fail-on error lets it pass
    assert "same language (en)" in result.stderr and "8 original sentences" in result.stderr
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["alignment_weak"]
    assert run(ORIGINAL, ORIGINAL, "--fail-on", "warning").exit_code == 1


def test_from_contradicting_the_text_is_bad_input():
    result = run(ORIGINAL, TRANSLATION, "--from", "fr")
    assert result.exit_code == 2 and result.stdout == ""
    assert "--from fr, but" in result.stderr and "is in en" in result.stderr


def test_unrelated_texts_get_no_flood_of_findings():
    result = run(ORIGINAL, OTHER_FR, "--format", "json")
    document = json.loads(result.stdout)
    assert document["alignment"]["verdict"] != "aligned"
    assert [f["code"] for f in document["findings"]] == ["alignment_weak"]
    assert "align poorly" in result.stderr and "original sentences aligned" in result.stderr


def test_a_much_longer_translation_is_one_warning(tmp_path):
    longer = tmp_path / "long.fr.txt"
    longer.write_text(TRANSLATION.read_text(encoding="utf-8") * 3, encoding="utf-8")
    result = run(ORIGINAL, longer, "--format", "json")
    assert result.exit_code == 0
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["alignment_weak"]
    assert "times as long as the original" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["nope.txt", TRANSLATION], "E100: nope.txt: no such file"),
    ([ORIGINAL, PAIRS], "is a directory"),
    (["-", "-"], "only one side can be read from standard input"),
    ([ORIGINAL, TRANSLATION, "--to", "de"], "E003: unknown language 'de'"),
])
def test_unreadable_input_and_usage_exit_two(args, message):
    result = run(*args)
    assert result.exit_code == 2 and message in result.stderr


def test_binary_input_is_refused(tmp_path):
    (tmp_path / "x.bin").write_bytes(b"\x00\x01binary")
    result = run(ORIGINAL, tmp_path / "x.bin")
    assert result.exit_code == 2 and "E101" in result.stderr


def test_schema_compare_prints_the_compare_result_schema():
    result = runner.invoke(app, ["schema", "--compare"])
    assert json.loads(result.stdout)["title"] == "CompareResult"
