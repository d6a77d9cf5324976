"""corpora/checks is well formed: counts, spans at their offsets, figure ids in their tables,
tables that validate, every kind of injected error at least ten times.

No verdict of factcheck is asserted here: detection and false alarms on this corpus are
measured by a bench, not by the test suite.
"""
import collections
import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

CHECKS = Path(__file__).resolve().parents[2] / "corpora" / "checks"
KINDS = ("value", "scale", "period", "currency", "attribution", "role")
TABLES = sorted(path.name for path in (CHECKS / "tables").iterdir() if path.is_dir())


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_text(name: str) -> str:
    return (CHECKS / "articles" / f"{name}.txt").read_text(encoding="utf-8")


def table_figure_ids(table: str) -> set[str]:
    with open(CHECKS / "tables" / table / "figures.csv", encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle)}


COVERED = read_jsonl(CHECKS / "covered.jsonl")
ALTERED = read_jsonl(CHECKS / "altered" / "INDEX.jsonl")
ARTICLES = sorted(path.stem for path in (CHECKS / "articles").glob("*.txt"))


def test_counts():
    french = [name for name in ARTICLES if name.startswith("fr-")]
    english = [name for name in ARTICLES if name.startswith("en-")]
    assert len(ARTICLES) >= 30
    assert len(french) >= 18
    assert len(french) + len(english) == len(ARTICLES)
    assert len(TABLES) >= 3
    assert len(ALTERED) >= 60
    assert len({line["copy"] for line in ALTERED}) == len(ALTERED)
    kinds = collections.Counter(line["kind"] for line in ALTERED)
    assert set(kinds) == set(KINDS)
    assert min(kinds.values()) >= 10, kinds


@pytest.mark.parametrize("name", ARTICLES)
def test_article_length_and_sources(name):
    words = len(article_text(name).split())
    assert 120 <= words <= 300, words
    assert f"## `{name}`" in (CHECKS / "SOURCES.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("table", TABLES)
def test_table_validates_without_warnings(table):
    result = CliRunner().invoke(app, ["reference", "validate", str(CHECKS / "tables" / table)])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stdout


def test_figure_ids_unique_across_tables():
    ids = [figure for table in TABLES for figure in table_figure_ids(table)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("line", COVERED, ids=lambda line: f"{line['article']}@{line['start']}")
def test_covered_claim_at_its_offsets(line):
    assert line["article"] in ARTICLES
    assert article_text(line["article"])[line["start"]:line["end"]] == line["claim_text"]
    assert line["figure_id"] in table_figure_ids(line["table"])


def test_every_article_has_covered_claims():
    assert {line["article"] for line in COVERED} == set(ARTICLES)


@pytest.mark.parametrize("line", ALTERED, ids=lambda line: line["copy"])
def test_altered_copy_differs_by_its_span_only(line):
    assert line["copy"].startswith(f"{line['article']}--{line['kind']}-")
    copy = (CHECKS / "altered" / f"{line['copy']}.txt").read_text(encoding="utf-8")
    original = article_text(line["article"])
    start, end = line["start"], line["end"]
    assert copy[start:end] == line["altered_span"]
    assert line["altered_span"] != line["original_span"]
    assert original[start:start + len(line["original_span"])] == line["original_span"]
    assert copy[:start] + line["original_span"] + copy[end:] == original
    assert line["figure_id"] in table_figure_ids(line["table"])


def test_no_stray_files():
    names = {path.name for path in (CHECKS / "altered").iterdir()}
    assert names == {f"{line['copy']}.txt" for line in ALTERED} | {"INDEX.jsonl"}
