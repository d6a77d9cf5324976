"""The bad-input table of README ("Bad input"): one test per row, through the CLI."""

from __future__ import annotations

import builtins
import json

import pytest
from typer.testing import CliRunner

from conftest import ARTICLE
from factcheck.cli import app
from factcheck.text.decode import decode

runner = CliRunner()
PRICE = "Le prix : 3 000 € et une hausse de 12 %."

ROWS = [
    # (id, bytes, exit code, text expected on stderr, claims expected (None: not checked))
    ("empty", b"", 0, "0 claims in", 0),
    ("whitespace only", b" \n\t \r\n", 0, "0 claims in", 0),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 2, "E101: {path} is not a text file", None),
    ("cp1252", PRICE.encode("cp1252"), 0, "W100: {path} is not valid UTF-8; read it as cp1252", 2),
    ("latin-1", "Café : 3 000 F, soit une hausse de 12 %.".encode("latin-1"), 0, "W100", 1),
    ("utf-16 with BOM", PRICE.encode("utf-16"), 0, "2 claims in", 2),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + PRICE.encode(), 0, "2 claims in", 2),
    ("mixed line endings", "Ligne 1 : 3 000 €\r\nLigne 2 : 12 %\rLigne 3 : 5 $\n".encode(), 0, "3 claims in", 3),
    ("10 000-digit number", ("Il doit " + "9" * 10_000 + " € et 12 %.").encode(), 0, "1 claims in", 1),
    ("1e308", b"Un montant de 1e308 EUR, ou 1e308 %.", 0, "0 claims in", 0),
    ("HTML markup", b'<p style="width:100%">Le prix : <b>3&nbsp;000 &euro;</b> et <i>12 %</i></p>', 0,
     "1 claims in", 1),
]


@pytest.mark.parametrize("name,content,code,stderr,claims", ROWS, ids=[r[0] for r in ROWS])
def test_bad_input_row(tmp_path, name, content, code, stderr, claims):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == code, result.stderr
    assert stderr.format(path=path) in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    if claims is not None:
        found = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(found) == claims
        text, _ = decode(content, str(path))
        for claim in found:
            assert text[claim["start"]:claim["end"]] == claim["text"]


@pytest.mark.slow
def test_50_mb_on_one_line_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.write(("Le budget progresse de 2,5 % à 154 milliards d'euros. " * 950_000).encode())
    assert path.stat().st_size > 50_000_000
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert f"E104: {path} is " in result.stderr and "use factcheck batch" in result.stderr


def test_directory_where_a_file_was_expected(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2 and f"E102: {tmp_path} is a directory" in result.stderr


def test_unreadable_file(tmp_path, monkeypatch):
    """chmod 000 does not stop root, so the refusal is simulated where the file is opened."""
    path = tmp_path / "locked.txt"
    path.write_text("3 €", encoding="utf-8")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert f"E103: {path}: cannot be read (Permission denied); check its permissions." in result.stderr


def test_missing_reference_folder(tmp_path):
    result = runner.invoke(app, ["check", str(ARTICLE), "--reference", str(tmp_path / "nope")])
    assert result.exit_code == 2 and f"{tmp_path / 'nope'}:0: no such folder" in result.stderr


def test_nothing_written_to_stdout_on_error(tmp_path):
    path = tmp_path / "bin.dat"
    path.write_bytes(b"\x00" * 10)
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 2 and result.stdout == ""


@pytest.mark.parametrize("text, value", [
    ("Md€10000000000000000000", "1" + "0" * 28),                 # found by the long property run
    ("une dette de 12345678901234567890 milliards d'euros", "12345678901234567890" + "0" * 9),
])
def test_figures_longer_than_28_digits_are_read_whole(text, value):
    """A scaled figure past Decimal's default 28 digits keeps every digit, in extract and check."""
    from decimal import Decimal

    from factcheck import check, extract

    assert [c.value for c in extract(text, "fr")] == [Decimal(value)]
    assert [c.value for c in check(text, lang="fr").claims] == [Decimal(value)]
