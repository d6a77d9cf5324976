"""1 000+ mutated copies of the bundled reference table: every one is refused with
FILE:LINE: message lines and exit 2, never a traceback."""

from __future__ import annotations

import csv
import io
import random
import re

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from factcheck.cli import app
from factcheck.reference.table import ReferenceTableError, load_reference

TABLE = ROOT / "corpora" / "reference"
VARIANTS = 1200
LINE = re.compile(r"^.+\.csv:\d+: \S.*$|^.+:0: no such folder.*$")
runner = CliRunner()


def _rows(name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO((TABLE / name).read_text(encoding="utf-8"))))


def _write(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _cell(rows, rng, columns):
    row = rng.randrange(1, len(rows))
    column = rows[0].index(rng.choice(columns))
    return row, column


def drop_column(rows, rng, name):
    required = ["id", "name", "aliases", "url"] if name == "sources.csv" else ["id", "value", "unit", "source", "period"]
    column = rows[0].index(rng.choice(required))
    return _write([r[:column] + r[column + 1:] for r in rows]).encode()


def bad_decimal(rows, rng, name):
    row = rng.randrange(1, len(rows))
    column = rows[0].index("value" if rows[row][rows[0].index("value")] else rng.choice(["low", "high"]))
    rows[row][column] = rng.choice(["1,2 Md", "12e3", "abc", "1.2.3", "−5", "5 000", "0x10", "1_000",
                                    "NaN", "Infinity", "9" * 80, "1 000 000,5"])
    return _write(rows).encode()


def duplicate_id(rows, rng, name):
    rows.append(list(rows[rng.randrange(1, len(rows))]))
    return _write(rows).encode()


def dangling_source(rows, rng, name):
    row, column = _cell(rows, rng, ["source"])
    rows[row][column] = rng.choice(["nobody", "WSJ", "sia2", "reuters "]).strip() + "_x"
    return _write(rows).encode()


def open_quote(rows, rng, name):
    text = _write(rows)
    lines = text.splitlines(keepends=True)
    index = rng.randrange(1, len(lines))
    cut = rng.randrange(0, len(lines[index]) - 1)
    lines[index] = lines[index][:cut] + ',"' + lines[index][cut:].replace('"', "")
    return "".join(lines).encode()


def wrong_encoding(rows, rng, name):
    text = _write(rows) + "é,ü\n" if name == "figures.csv" else _write(rows).replace("Wall", "Wäll")
    encoding = rng.choice(["latin-1", "cp1252", "utf-16-le", "utf-16-be", "utf-32"])
    return text.encode(encoding, errors="replace")


def huge_field(rows, rng, name):
    row, column = _cell(rows, rng, ["id"] if name == "sources.csv" else ["value", "id", "unit"])
    rows[row][column] = rng.choice(["x", "9", "<script>"]) * rng.choice([2_000_000, 300, 150_000])
    return _write(rows).encode()


def bom_and_bad_unit(rows, rng, name):
    if name == "sources.csv":
        row, column = _cell(rows, rng, ["name"])
        rows[row][column] = ""
    else:
        row, column = _cell(rows, rng, ["unit"])
        rows[row][column] = rng.choice(["usd", "US$", "dollars", "pct", "", "EURO"])
    return b"\xef\xbb\xbf" + _write(rows).encode()


def extra_fields(rows, rng, name):
    rows[rng.randrange(1, len(rows))].append(rng.choice(["extra", "", "1,2"]))
    return _write(rows).encode()


def bad_id_or_period_or_url(rows, rng, name):
    if name == "sources.csv":
        row, column = _cell(rows, rng, ["id", "url"])
        rows[row][column] = rng.choice(["", "bad id", "javascript:alert(1)", "ftp://x", "<a>"])
        if rows[0][column] == "url" and rows[row][column] in ("", "bad id", "<a>"):
            rows[row][column] = "data:text/html,hi"
    else:
        row, column = _cell(rows, rng, ["period", "id", "url"])
        choices = {"period": ["2024/02", "feb 2024", "24", "2024-2"], "id": ["", "a b", "!x"],
                   "url": ["javascript:alert(1)", "file:///etc/passwd", "www.x.org"]}
        rows[row][column] = rng.choice(choices[rows[0][column]])
    return _write(rows).encode()


def emptied(rows, rng, name):
    return rng.choice([b"", b"\n\n", b"   "])


MUTATORS = [drop_column, bad_decimal, duplicate_id, dangling_source, open_quote, wrong_encoding,
            huge_field, bom_and_bad_unit, extra_fields, bad_id_or_period_or_url, emptied]


def _variant(seed: int, tmp_root):
    rng = random.Random(seed)
    mutator = MUTATORS[seed % len(MUTATORS)]
    figures_only = mutator in (bad_decimal, dangling_source)
    name = "sources.csv" if not figures_only and rng.random() < 0.35 else "figures.csv"
    folder = tmp_root / f"v{seed}"
    folder.mkdir()
    for other in ("sources.csv", "figures.csv"):
        (folder / other).write_bytes((TABLE / other).read_bytes())
    (folder / name).write_bytes(mutator(_rows(name), rng, name))
    return folder, mutator.__name__


@pytest.mark.slow
def test_every_mutated_table_is_refused_with_file_and_line(tmp_path):
    seen = {}
    for seed in range(VARIANTS):
        folder, kind = _variant(seed, tmp_path)
        with pytest.raises(ReferenceTableError) as caught:
            load_reference(folder)
        problems = [str(p) for p in caught.value.problems]
        assert problems and all(LINE.match(p) and p.startswith(str(folder)) for p in problems), (kind, problems)
        result = runner.invoke(app, ["reference", "validate", str(folder)])
        assert result.exit_code == 2, (kind, result.stdout)
        assert result.exception is None or isinstance(result.exception, SystemExit), (kind, result.exception)
        lines = result.stdout.splitlines()
        assert lines and all(LINE.match(line) for line in lines), (kind, lines[:3])
        seen[kind] = seen.get(kind, 0) + 1
    assert sum(seen.values()) >= 1000 and len(seen) == len(MUTATORS), seen
