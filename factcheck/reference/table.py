"""Reference tables (CONTRACT.md): a folder with ``sources.csv`` and ``figures.csv``.

Loading validates every row and collects every problem as ``FILE:LINE: message``; a table
with any problem is refused as a whole (``ReferenceTableError``), before any article is read.
This module reads the files (encoding, a BOM, CSV syntax, the delimiter, the header) and
checks across rows (duplicate ids, a figure's source ids in sources.csv); one row's own cells
are checked by the pydantic row models of ``rows.py``.

A file whose header line holds more ``;`` than ``,`` is read as ``;``-separated, the way a
French spreadsheet exports CSV, and its amounts may then be written ``3 345,8``. Warnings
(``ReferenceTable.warnings``: generic aliases, ``generic.py``) do not refuse a table.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Container
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck.decimals import fixed_point
from factcheck.periods import Period, parse_period
from factcheck.reference.generic import generic_warning
from factcheck.reference.rows import FigureRow, SourceRow, row_problems

SOURCE_COLUMNS = ["id", "name", "aliases", "url"]
FIGURE_COLUMNS = ["id", "entity", "entity_aliases", "metric", "metric_aliases", "value", "low",
                  "high", "unit", "period", "source", "url", "note"]
OPTIONAL_FIGURE_COLUMNS = ["vintage", "sources", "unit_mult", "role"]
# A header may name "sources" instead of "source".
COLUMN_STANDS_IN = {"source": "sources"}
FIELD_LIMIT = 1 << 20
MAX_CELL = 100_000
RowModel = TypeVar("RowModel", SourceRow, FigureRow)


class Source(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    url: str | None = None
    line: int = 0


class Figure(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: str
    entity: str
    entity_aliases: tuple[str, ...] = ()
    metric: str
    metric_aliases: tuple[str, ...] = ()
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str
    period: str | None = None
    source: str
    url: str | None = None
    note: str | None = None
    line: int = 0
    vintage: str | None = None
    sources: tuple[str, ...] = ()
    unit_mult: int = 0
    role: str | None = None

    @property
    def period_span(self) -> Period | None:
        """The period as days (quarters, fiscal years...), None when the figure has none."""
        return parse_period(self.period) if self.period else None

    def accepts_source(self, source: str) -> bool:
        """Whether ``source`` is one of the figure's acceptable sources."""
        return source == self.source or source in self.sources


@dataclass
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ReferenceTableError(Exception):
    """A reference table with problems; ``problems`` lists each as FILE:LINE: message."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class ReferenceTable:
    path: str
    sources: dict[str, Source]
    figures: list[Figure]
    warnings: list[Problem] = field(default_factory=list)


def bundled_path() -> Path:
    """The table shipped inside the package (a copy of corpora/reference/)."""
    return Path(str(resources.files("factcheck") / "data" / "reference"))


def load_reference(folder: str | Path | None = None) -> ReferenceTable:
    """Read and validate a reference folder; raise ReferenceTableError listing every problem."""
    folder = Path(folder) if folder is not None else bundled_path()
    problems: list[Problem] = []
    if not folder.is_dir():
        raise ReferenceTableError([Problem(str(folder), 0, "no such folder; give a folder holding "
                                      "sources.csv and figures.csv")])
    source_rows, source_comma = _read_csv(folder / "sources.csv", SOURCE_COLUMNS, problems)
    sources_unreadable = bool(problems)  # then every source id would look dangling: don't say so
    figure_rows, figure_comma = _read_csv(folder / "figures.csv", FIGURE_COLUMNS, problems)
    sources, declared = _sources(folder / "sources.csv", source_rows, problems, source_comma)
    figures = _figures(folder / "figures.csv", figure_rows, problems,
                       known_sources=None if sources_unreadable else declared,
                       decimal_comma=figure_comma)
    if problems:
        raise ReferenceTableError(problems)
    return ReferenceTable(str(folder), sources, figures, _alias_warnings(folder / "figures.csv", figures))


def _alias_warnings(path: Path, figures: list[Figure]) -> list[Problem]:
    """A warning for each generic entity or metric alias, once per alias and field, on the
    first line that gives it."""
    warnings, said = [], set()
    for figure in figures:
        for field_name, aliases in (("entity", (figure.entity, *figure.entity_aliases)),
                                    ("metric", figure.metric_aliases)):
            for alias in aliases:
                message = (field_name, alias) not in said and generic_warning(alias, field_name)
                if message:
                    said.add((field_name, alias))
                    warnings.append(Problem(str(path), figure.line, message))
    return warnings


def delimiter_of(text: str) -> str:
    r"""``;`` when the header line holds more semicolons than commas, else ``,``.

    >>> delimiter_of("id;entity;value\n1;a;3,5\n"), delimiter_of("id,entity,note\n")
    (';', ',')
    """
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _missing_columns(header: list[str], columns: list[str]) -> list[str]:
    return [c for c in columns if c not in header and COLUMN_STANDS_IN.get(c) not in header]


def _read_csv(path: Path, columns: list[str], problems: list[Problem]) -> tuple[list[tuple[int, dict]], bool]:
    """The rows with their line numbers, and whether the file is ;-separated."""
    rows, delimiter = _read_rows(path, columns, problems)
    return rows, delimiter == ";"


def _read_rows(path: Path, columns: list[str], problems: list[Problem]) -> tuple[list[tuple[int, dict]], str]:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(name, 0, f"missing file; a reference table needs {path.name} "
                                         f"with the header {','.join(columns)}"))
        return [], ","
    except OSError as error:
        problems.append(Problem(name, 0, f"cannot be read ({error.strerror}); check its permissions"))
        return [], ","
    text = _decode(name, data, problems)
    if text is None:
        return [], ","
    if not text.strip():
        problems.append(Problem(name, 1, f"empty file; a header row is required: {','.join(columns)}"))
        return [], ","
    csv.field_size_limit(FIELD_LIMIT)
    delimiter = delimiter_of(text)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    rows: list[tuple[int, dict]] = []
    try:
        header = [h.strip() for h in next(reader)]
        missing = _missing_columns(header, columns)
        if missing:
            problems.append(Problem(name, 1, f"missing column(s) {', '.join(missing)}; the header "
                                             f"must include: {','.join(columns)}"))
            return [], ","
        while True:
            line = reader.line_num + 1  # where the record starts, even if a quoted cell spans lines
            record = next(reader, None)
            if record is None:
                break
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                problems.append(Problem(name, line, f"this row has {len(record)} fields, the header "
                                                    f"has {len(header)}; check {'semicolons' if delimiter == ';' else 'commas'} and quotes"))
                continue
            long = [h for h, cell in zip(header, record) if len(cell) > MAX_CELL]
            if long:
                problems.append(Problem(name, line, f"column {long[0]} is over {MAX_CELL} characters; "
                                                    "check for a quote left open"))
                continue
            rows.append((line, {h: cell.strip() for h, cell in zip(header, record)}))
    except csv.Error as error:
        problems.append(Problem(name, reader.line_num or 1, f"malformed CSV ({error}); check the quotes"))
    return rows, delimiter


def _decode(name: str, data: bytes, problems: list[Problem]) -> str | None:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        problems.append(Problem(name, line, "NUL byte: this is not a text CSV file; save it as UTF-8 CSV"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(Problem(name, line, f"not valid UTF-8 (byte 0x{data[error.start]:02x}); "
                                            "re-save the file as UTF-8"))
        return None


def _validated(model: type[RowModel], name: str, line: int, cells: dict, problems: list[Problem],
               decimal_comma: bool = False) -> tuple[RowModel | None, set[str]]:
    """The row as ``model`` (None if invalid) and the columns found wrong; each problem is
    added as FILE:LINE: message."""
    try:
        return model.model_validate(cells, context={"decimal_comma": decimal_comma}), set()
    except ValidationError as error:
        found = row_problems(error, cells)
        problems.extend(Problem(name, line, message) for _, message in found)
        return None, {column for column, _ in found}


def _first_id(name: str, line: int, ident: str, seen: dict[str, int], problems: list[Problem]) -> bool:
    """False (and a problem) if ``ident`` was already given on an earlier line."""
    if ident in seen:
        problems.append(Problem(name, line, f"duplicate id {ident!r} (first on line {seen[ident]})"))
        return False
    seen[ident] = line
    return True


def _sources(path: Path, rows, problems, decimal_comma: bool) -> tuple[dict[str, Source], dict[str, int]]:
    """The valid sources, and every well-formed id declared (with its line), valid row or not:
    a figure citing a source whose row has a bad URL is not also told its source is unknown."""
    name, seen, sources = str(path), {}, {}
    for line, cells in rows:
        row, wrong = _validated(SourceRow, name, line, cells, problems, decimal_comma)
        first = "id" not in wrong and _first_id(name, line, cells["id"], seen, problems)
        if row is not None and first:
            sources[row.id] = Source.model_validate({**row.__dict__, "line": line})
    return sources, seen


def _figures(path: Path, rows, problems, known_sources: Container[str] | None,
             decimal_comma: bool = False) -> list[Figure]:
    """The valid figures; ``known_sources`` None when sources.csv could not be read."""
    name, seen, figures = str(path), {}, []
    for line, cells in rows:
        before = len(problems)
        row, wrong = _validated(FigureRow, name, line, cells, problems, decimal_comma)
        if "id" not in wrong:
            _first_id(name, line, cells["id"], seen, problems)
        if known_sources is not None and not {"source", "sources"} & wrong:
            _check_sources(name, line, row, cells, known_sources, problems)
        if row is not None and len(problems) == before:
            figures.append(_figure(row, line))
    return figures


def _check_sources(name: str, line: int, row: FigureRow | None, cells: dict,
                   known_sources: Container[str], problems: list[Problem]) -> None:
    """A problem for each source id of the figure that sources.csv does not declare."""
    if row is None:  # the row is wrong already; still say if its source cell names nobody
        ids = [cells["source"]] if cells.get("source") else []
    else:
        ids = list(row.sources)
    for ident in ids:
        if ident not in known_sources:
            where = "" if ident == cells.get("source") else " in sources"
            problems.append(Problem(name, line, f"unknown source {ident!r}{where}; add it to "
                                                "sources.csv or fix the id"))


def _figure(row: FigureRow, line: int) -> Figure:
    """The figure a valid row gives: amounts times 10 ** unit_mult, the first source as ``source``."""
    cells = {**row.__dict__, "line": line, "source": row.sources[0]}
    if row.unit_mult:
        for column in ("value", "low", "high"):
            if cells[column] is not None:
                cells[column] = fixed_point(cells[column].scaleb(row.unit_mult))
    return Figure.model_validate(cells)
