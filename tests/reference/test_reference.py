"""Reference tables: the bundled one is valid and in sync; broken ones are refused with
every problem as FILE:LINE: message, by the library and by the CLI."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from conftest import ARTICLE, ROOT
from factcheck.cli import app
from factcheck.reference.table import ReferenceTableError, bundled_path, load_reference

CORPUS_TABLE = ROOT / "corpora" / "reference"
runner = CliRunner()


def test_bundled_table_is_valid_and_matches_corpora():
    table = load_reference()
    assert len(table.figures) >= 8 and "sia" in table.sources and "wsj" in table.sources
    for name in ("sources.csv", "figures.csv"):
        assert (bundled_path() / name).read_bytes() == (CORPUS_TABLE / name).read_bytes(), \
            f"factcheck/data/reference/{name} differs from corpora/reference/{name}: copy it over"


def _broken_table(tmp_path, name, edit):
    folder = tmp_path / "ref"
    shutil.copytree(CORPUS_TABLE, folder)
    path = folder / name
    data = path.read_bytes()
    path.write_bytes(edit(data))
    return folder


def _replace(old: bytes, new: bytes, count: int = 1):
    def edit(data: bytes) -> bytes:
        assert old in data
        return data.replace(old, new, count)
    return edit


FIGURES_LINE_2 = b"altman_chip_fundraising_target_range,"
MUTATIONS = [
    # (file, edit, expected FILE:LINE: message fragment)
    ("figures.csv", _replace(b",5000000000000,7000000000000,", b",\"1,2 Md\",7000000000000,"),
     "figures.csv:2: low '1,2 Md' is not a plain decimal"),
    ("figures.csv", _replace(b",sia,", b",nobody,"), "unknown source 'nobody'"),
    ("figures.csv", lambda d: d + d.splitlines(keepends=True)[1], "duplicate id 'altman_chip_fundraising_target_range' (first on line 2)"),
    ("figures.csv", lambda d: b"", "figures.csv:1: empty file; a header row is required"),
    ("figures.csv", _replace(b",unit,", b",units,"), "figures.csv:1: missing column(s) unit"),
    ("figures.csv", lambda d: d.replace(b"Nvidia,", "Nvidi\u00e4,".encode("latin-1"), 1), "not valid UTF-8"),
    ("figures.csv", _replace(b",USD,", b",dollars,"), "unit 'dollars' is neither an ISO 4217 code"),
    ("figures.csv", _replace(b",2024-02,", b",feb 2024,"), "period 'feb 2024' is not YYYY"),
    ("figures.csv", _replace(FIGURES_LINE_2, b"bad id!,"), "id 'bad id!' is not valid"),
    ("figures.csv", lambda d: d + b'x,"open quote,1,2\n', "malformed CSV"),
    ("figures.csv", _replace(b",https://www.wsj.com/tech", b",javascript:alert(1)//"), "is not an http(s) address"),
    ("sources.csv", lambda d: d.replace(b"\n", b"\n\x00", 1), "NUL byte"),
    ("sources.csv", _replace(b"wsj,The Wall Street Journal", b"wsj,"), "source 'wsj' has no name"),
]


@pytest.mark.parametrize("name,edit,expected", MUTATIONS, ids=[m[2][:40] for m in MUTATIONS])
def test_broken_table_is_refused_with_file_and_line(tmp_path, name, edit, expected):
    folder = _broken_table(tmp_path, name, edit)
    with pytest.raises(ReferenceTableError) as caught:
        load_reference(folder)
    messages = [str(p) for p in caught.value.problems]
    assert any(expected in m for m in messages), messages
    assert all(m.startswith(str(folder)) and m.split(":")[1].isdigit() for m in messages)
    result = runner.invoke(app, ["reference", "validate", str(folder)])
    assert result.exit_code == 2
    assert expected in result.stdout
    checked = runner.invoke(app, ["check", str(ARTICLE), "--reference", str(folder)])
    assert checked.exit_code == 2 and expected in checked.stderr and checked.stdout == ""


def test_bom_is_accepted(tmp_path):
    folder = _broken_table(tmp_path, "sources.csv", lambda d: b"\xef\xbb\xbf" + d)
    assert "sia" in load_reference(folder).sources


def test_missing_folder(tmp_path):
    result = runner.invoke(app, ["reference", "validate", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope'}:0: no such folder" in result.stdout


def test_valid_table_validates():
    result = runner.invoke(app, ["reference", "validate", str(CORPUS_TABLE)])
    assert result.exit_code == 0 and "valid (11 sources" in result.stderr


@pytest.mark.parametrize("edit,expected", [
    pytest.param(_replace(b"wsj,The Wall Street Journal", b"wsj,"), "source 'wsj' has no name", id="no-name"),
    pytest.param(_replace(b",https://www.wsj.com", b",www.wsj.com"), "url 'www.wsj.com", id="url-without-scheme"),
])
def test_a_bad_source_row_is_said_once(tmp_path, edit, expected):
    """The figures citing that source are not also told their source is unknown."""
    folder = _broken_table(tmp_path, "sources.csv", edit)
    with pytest.raises(ReferenceTableError) as caught:
        load_reference(folder)
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 1 and expected in messages[0] and "sources.csv:" in messages[0], messages
