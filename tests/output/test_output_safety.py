"""Output safety: CSV cells cannot run as spreadsheet formulas; input is never used as a path."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.output.spreadsheet import spreadsheet_safe

runner = CliRunner()


@pytest.mark.parametrize("cell,expected", [
    ("=1+1", "'=1+1"), ("+33 %", "'+33 %"), ("-33", "'-33"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=x", "'\t=x"), ("3 000 €", "3 000 €"), ("", ""), (None, ""), (12, "12"),
])
def test_spreadsheet_safe(cell, expected):
    assert spreadsheet_safe(cell) == expected


def test_csv_report_neutralises_formulas_from_the_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('=HYPERLINK("http://evil") : le titre a chuté de -33 % et vaut @ 3 € ; +12 %.',
                       encoding="utf-8")
    result = runner.invoke(app, ["check", str(article), "--format", "csv", "--fail-on", "never"])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 4  # header and three claims
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), row
    assert rows[1][6] == "'-33"


def test_ids_are_never_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs.jsonl"
    hostile = ["../../escape.txt", "/tmp/factcheck-should-not-exist.txt", "|rm -rf x"]
    docs.write_text("".join(json.dumps({"id": i, "text": "3 €"}) + "\n" for i in hostile), encoding="utf-8")
    before = set(tmp_path.rglob("*")) | set(tmp_path.parent.parent.glob("*"))
    result = runner.invoke(app, ["batch", str(docs), "--out", str(tmp_path / "out.jsonl"), "--workers", "1"])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()] == hostile
    after = set(tmp_path.rglob("*")) | set(tmp_path.parent.parent.glob("*"))
    assert after - before == {tmp_path / "out.jsonl"}
    assert not (tmp_path.parent / "escape.txt").exists()
    import os
    assert not os.path.exists("/tmp/factcheck-should-not-exist.txt")
