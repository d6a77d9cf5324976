"""--frames on extract, check and batch: each claim carries its frame; without the flag the
frame is null and the verdicts are the same either way. Sentences written for these tests,
in the manner of results and statistics copy (a company's sales "progressé de 9 % en 2023",
a rate "l'an dernier" read with the article's date)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import ARTICLE
from factcheck.api import extract
from factcheck.cli import app

runner = CliRunner()
SALES = "Le chiffre d'affaires de LVMH a progressé de 9 % en 2023, à 86 milliards d'euros.\n"
LAST_YEAR = "Le taux de chômage s'est établi à 7,3 % l'an dernier, selon l'Insee.\n"


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def claims_of(stdout: str) -> list[dict]:
    return json.loads(stdout)["claims"]


@pytest.mark.parametrize("flags,framed", [
    pytest.param(["--frames"], True, id="with-frames"),
    pytest.param([], False, id="without-frames-null"),
])
def test_extract_json_carries_frames_only_when_asked(flags, framed):
    result = run("extract", "-", "--lang", "fr", "--format", "json", *flags, input=SALES)
    assert result.exit_code == 0, result.stderr
    frames = [c["frame"] for c in claims_of(result.stdout)]
    if not framed:
        assert frames == [None, None]
        return
    first = frames[0]
    assert (first["entity"]["text"], first["metric"]["text"]) == ("LVMH", "chiffre d'affaires")
    assert (first["period"]["value"], first["role"]) == ("2023", "change")


@pytest.mark.parametrize("date,year", [
    pytest.param("2025-02-14", "2024", id="dated-last-year-resolved"),
    pytest.param(None, None, id="undated-left-unresolved"),
])
def test_extract_frames_read_relative_years_with_the_date(date, year):
    flags = ["--date", date] if date else []
    result = run("extract", "-", "--lang", "fr", "--format", "json", "--frames", *flags, input=LAST_YEAR)
    assert result.exit_code == 0, result.stderr
    period = claims_of(result.stdout)[0]["frame"]["period"]
    assert period["text"] == "l'an dernier" and period["value"] == year


def test_extract_table_shows_an_about_column_with_frames():
    framed = run("extract", "-", "--lang", "fr", "--frames", input=SALES)
    plain = run("extract", "-", "--lang", "fr", input=SALES)
    assert "about" in framed.stdout.splitlines()[0] and "chiffre d'affaires" in framed.stdout
    assert "about" not in plain.stdout.splitlines()[0]


def test_check_frames_keep_the_verdicts_and_add_the_frames():
    args = ("check", str(ARTICLE), "--format", "json", "--fail-on", "never")
    framed, plain = json.loads(run(*args, "--frames").stdout), json.loads(run(*args).stdout)
    assert framed["findings"] == plain["findings"]
    assert all(c["frame"] is not None for c in framed["claims"])
    assert all(c["frame"] is None for c in plain["claims"])


def test_check_table_says_what_each_claim_is_about():
    result = run("check", str(ARTICLE), "--frames", "--fail-on", "never")
    assert result.stdout.count("    about: ") == 8


@pytest.mark.parametrize("flags,framed", [
    pytest.param(["--frames"], True, id="batch-with-frames"),
    pytest.param([], False, id="batch-without-frames"),
])
def test_batch_lines_carry_frames_when_asked(tmp_path, flags, framed):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": text, "lang": "fr"}) + "\n"
                              for i, text in enumerate([SALES, LAST_YEAR])), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(corpus), "--out", str(out), "--workers", "1", *flags)
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    frames = [c["frame"] for line in lines for c in line["claims"]]
    assert len(frames) == 3 and all((f is not None) is framed for f in frames)


def test_library_extract_takes_frames_and_date():
    claims = extract(LAST_YEAR, "fr", frames=True, date="2025-02-14")
    assert claims[0].frame is not None and claims[0].frame.period.value == "2024"
    assert extract(LAST_YEAR, "fr")[0].frame is None
