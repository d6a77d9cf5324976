"""Reference tables (CONTRACT.md): a folder with ``sources.csv`` and ``figures.csv``.

Loading validates every row and collects every problem as ``FILE:LINE: message``; a table
with any problem is refused as a whole (``ReferenceTableError``), before any article is read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict

SOURCE_COLUMNS = ["id", "name", "aliases", "url"]
FIGURE_COLUMNS = ["id", "entity", "entity_aliases", "metric", "metric_aliases", "value", "low",
                  "high", "unit", "period", "source", "url", "note"]
PLAIN_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
UNIT = re.compile(r"[A-Z]{3}|%")
URL = re.compile(r"https?://\S+", re.IGNORECASE)
PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|")
FIELD_LIMIT = 1 << 20
MAX_CELL = 100_000
MAX_ID = 200


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
    source_rows = _read_csv(folder / "sources.csv", SOURCE_COLUMNS, problems)
    sources_unreadable = bool(problems)  # then every source id would look dangling: don't say so
    figure_rows = _read_csv(folder / "figures.csv", FIGURE_COLUMNS, problems)
    sources = _sources(folder / "sources.csv", source_rows, problems)
    figures = _figures(folder / "figures.csv", figure_rows, sources, problems,
                       check_sources=not sources_unreadable)
    if problems:
        raise ReferenceTableError(problems)
    return ReferenceTable(str(folder), sources, figures)


def _read_csv(path: Path, columns: list[str], problems: list[Problem]) -> list[tuple[int, dict]]:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(name, 0, f"missing file; a reference table needs {path.name} "
                                         f"with the header {','.join(columns)}"))
        return []
    except OSError as error:
        problems.append(Problem(name, 0, f"cannot be read ({error.strerror}); check its permissions"))
        return []
    text = _decode(name, data, problems)
    if text is None:
        return []
    if not text.strip():
        problems.append(Problem(name, 1, f"empty file; a header row is required: {','.join(columns)}"))
        return []
    csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, dict]] = []
    try:
        header = [h.strip() for h in next(reader)]
        missing = [c for c in columns if c not in header]
        if missing:
            problems.append(Problem(name, 1, f"missing column(s) {', '.join(missing)}; the header "
                                             f"must include: {','.join(columns)}"))
            return []
        while True:
            line = reader.line_num + 1  # where the record starts, even if a quoted cell spans lines
            record = next(reader, None)
            if record is None:
                break
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                problems.append(Problem(name, line, f"this row has {len(record)} fields, the header "
                                                    f"has {len(header)}; check commas and quotes"))
                continue
            long = [h for h, cell in zip(header, record) if len(cell) > MAX_CELL]
            if long:
                problems.append(Problem(name, line, f"column {long[0]} is over {MAX_CELL} characters; "
                                                    "check for a quote left open"))
                continue
            rows.append((line, {h: cell.strip() for h, cell in zip(header, record)}))
    except csv.Error as error:
        problems.append(Problem(name, reader.line_num or 1, f"malformed CSV ({error}); check the quotes"))
    return rows


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


def _aliases(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def _check_id(name, line, row, seen, problems) -> bool:
    ident = row["id"]
    if not ID.fullmatch(ident) or len(ident) > MAX_ID:
        problems.append(Problem(name, line, f"id {ident[:40]!r} is not valid: use letters, digits, _ . - "
                                            f"(at most {MAX_ID})"))
        return False
    if ident in seen:
        problems.append(Problem(name, line, f"duplicate id {ident!r} (first on line {seen[ident]})"))
        return False
    seen[ident] = line
    return True


def _check_url(name, line, url, problems) -> str | None:
    if url and not URL.fullmatch(url):
        problems.append(Problem(name, line, f"url {url[:80]!r} is not an http(s) address"))
        return None
    return url or None


def _sources(path: Path, rows, problems) -> dict[str, Source]:
    name, seen, sources = str(path), {}, {}
    for line, row in rows:
        if not _check_id(name, line, row, seen, problems):
            continue
        if not row["name"]:
            problems.append(Problem(name, line, f"source {row['id']!r} has no name"))
            continue
        url = _check_url(name, line, row["url"], problems)
        sources[row["id"]] = Source(id=row["id"], name=row["name"], aliases=_aliases(row["aliases"]),
                                    url=url, line=line)
    return sources


def _decimal(name, line, column, cell, problems) -> Decimal | None:
    if not cell:
        return None
    if not PLAIN_DECIMAL.fullmatch(cell) or len(cell) > 60:
        problems.append(Problem(name, line, f"{column} {cell[:40]!r} is not a plain decimal: write "
                                            "digits with '.' for decimals, fully scaled (1200000000, not 1,2 Md)"))
        return None
    return Decimal(cell)


def _figures(path: Path, rows, sources, problems, check_sources: bool) -> list[Figure]:
    name, seen, figures = str(path), {}, []
    for line, row in rows:
        before = len(problems)
        _check_id(name, line, row, seen, problems)
        value, low, high = (_decimal(name, line, c, row[c], problems) for c in ("value", "low", "high"))
        if len(problems) == before:
            if value is None and (low is None or high is None):
                problems.append(Problem(name, line, "give either value, or both low and high"))
            elif value is not None and (low is not None or high is not None):
                problems.append(Problem(name, line, "give either value, or low and high, not both"))
            elif low is not None and low > high:
                problems.append(Problem(name, line, f"low {low} is above high {high}"))
        if not UNIT.fullmatch(row["unit"]):
            problems.append(Problem(name, line, f"unit {row['unit']!r} is neither an ISO 4217 code "
                                                "(USD, EUR) nor %"))
        if not PERIOD.fullmatch(row["period"]):
            problems.append(Problem(name, line, f"period {row['period']!r} is not YYYY, YYYY-MM or YYYY-MM-DD"))
        if check_sources and row["source"] not in sources:
            problems.append(Problem(name, line, f"unknown source {row['source']!r}; add it to "
                                                "sources.csv or fix the id"))
        url = _check_url(name, line, row["url"], problems)
        if len(problems) == before:
            figures.append(Figure(
                id=row["id"], entity=row["entity"], entity_aliases=_aliases(row["entity_aliases"]),
                metric=row["metric"], metric_aliases=_aliases(row["metric_aliases"]), value=value,
                low=low, high=high, unit=row["unit"], period=row["period"] or None,
                source=row["source"], url=url, note=row["note"] or None, line=line))
    return figures
