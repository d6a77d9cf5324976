"""One CSV row of a reference table, validated by a pydantic model (CONTRACT.md "Reference table").

``SourceRow`` is a row of ``sources.csv``, ``FigureRow`` a row of ``figures.csv``. Each
takes the row's cells as text (a ``csv.DictReader``-style mapping; extra columns are
ignored) and checks what one row can say about itself: ids, ``|``-separated aliases, http(s)
URLs, decimals (read as ``Decimal``, never float), value against low/high, the unit, the
period (``factcheck.periods``), and the optional columns ``vintage``, ``sources``,
``unit_mult`` and ``role``. What needs other rows (duplicate ids, a figure's source ids in
``sources.csv``) is ``table.py``'s job.

Decimals are plain (``1720000000000``, ``-0.3``) in a comma-separated file. A ``;``-separated
file (a French spreadsheet export) writes them the French way, ``3 345,8``; ``table.py``
says so through the validation context ``{"decimal_comma": True}``.

``row_problems`` turns pydantic's ``ValidationError`` into sentences that name the column
and say what to fix; ``table.py`` puts ``FILE:LINE:`` in front.

>>> FigureRow.model_validate({"id": "x", "entity": "SIA", "metric": "sales", "value": "1.5",
...     "unit": "USD", "source": "sia"}).value
Decimal('1.5')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints,
                      ValidationError, ValidationInfo, field_validator)
from pydantic_core import ErrorDetails, PydanticCustomError

from factcheck.periods import PeriodError, parse_period

MAX_ID = 200
MAX_DECIMAL = 60
PLAIN_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
# Anchored: pydantic searches a ``pattern`` anywhere in the string.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
URL_PATTERN = r"(?i)^https?://\S+$"
UNIT_PATTERN = r"^(?:[A-Z]{3}|%)$"
# In a ;-separated file: digits, optionally grouped by three with a space (also no-break or
# narrow no-break, as spreadsheets export them), then "," and the decimals.
COMMA_DECIMAL = re.compile(r"-?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?")
GROUP_SPACES = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, ",": "."})
MAX_UNIT_MULT = 15
ROLES = ("level", "change", "share")


def split_aliases(cell: object) -> object:
    """The aliases of a ``|``-separated cell, trimmed, empty ones dropped.

    >>> split_aliases(" SIA | |Association de l'industrie des semi-conducteurs")
    ('SIA', "Association de l'industrie des semi-conducteurs")
    >>> split_aliases("")
    ()
    """
    if not isinstance(cell, str):
        return cell
    return tuple(filter(None, map(str.strip, cell.split("|"))))


def none_if_empty(cell: object) -> object:
    """An empty (or blank) cell is an absent value.

    >>> none_if_empty("  "), none_if_empty("2024")
    (None, '2024')
    """
    if isinstance(cell, str) and not cell.strip():
        return None
    return cell


def plain_decimal(cell: object) -> object:
    """A cell as a ``Decimal``: digits with ``.`` for decimals, an optional minus, fully scaled.

    >>> plain_decimal("1720000000000"), plain_decimal(" -0.3 "), plain_decimal("")
    (Decimal('1720000000000'), Decimal('-0.3'), None)
    >>> plain_decimal("1,2 Md")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.PydanticCustomError: not a plain decimal
    """
    if not isinstance(cell, str):
        return cell
    cell = cell.strip()
    if not cell:
        return None
    if len(cell) > MAX_DECIMAL or not PLAIN_DECIMAL.fullmatch(cell):
        raise PydanticCustomError("plain_decimal", "not a plain decimal")
    return Decimal(cell)


def _said(sentence: str) -> PydanticCustomError:
    """An error whose message is already the whole sentence (braces in cells are safe)."""
    return PydanticCustomError("said", "{sentence}", {"sentence": sentence})


def amount_cell(cell: object, info: ValidationInfo) -> object:
    """A value, low or high cell: plain, or French-style in a ;-separated file.

    >>> FigureRow.model_validate({**EXAMPLE, "value": "3 345,8"},
    ...                          context={"decimal_comma": True}).value
    Decimal('3345.8')
    """
    if not (info.context or {}).get("decimal_comma") or not isinstance(cell, str):
        return plain_decimal(cell)
    cell = cell.strip()
    if not cell:
        return None
    if len(cell) > MAX_DECIMAL or not COMMA_DECIMAL.fullmatch(cell):
        raise _said(f"{info.field_name} {cell[:40]!r} is not a decimal as a ;-separated file writes "
                    "it: digits, a space between thousands if any, ',' before the decimals "
                    "(3 345,8), no scale word")
    return Decimal(cell.translate(GROUP_SPACES))


def period_cell(cell: object) -> object:
    """A period cell as written, once ``parse_period`` has accepted it; None when empty.

    >>> period_cell("2024-Q3"), period_cell("FY2023-24"), period_cell(" ")
    ('2024-Q3', 'FY2023-24', None)
    """
    cell = none_if_empty(cell)
    if isinstance(cell, str):
        try:
            parse_period(cell.strip())
        except PeriodError as error:
            raise _said(f"period {error}") from None
        return cell.strip()
    return cell


def vintage_cell(cell: object) -> object:
    """The edition of a figure: the day (or month) it was published, YYYY-MM-DD or YYYY-MM.

    >>> vintage_cell("2025-09-15"), vintage_cell("2025-09"), vintage_cell("")
    ('2025-09-15', '2025-09', None)
    """
    cell = none_if_empty(cell)
    if not isinstance(cell, str):
        return cell
    cell = cell.strip()
    try:
        kind = parse_period(cell).kind
    except PeriodError:
        kind = None
    if kind not in ("day", "month"):
        raise _said(f"vintage {cell[:40]!r} is not a publication date YYYY-MM-DD or YYYY-MM (the "
                    "day the edition was released; say 'flash', 'September edition' in note)")
    return cell


def unit_mult_cell(cell: object) -> object:
    """The power of ten the amounts are written in (SDMX UNIT_MULT): 0 when empty.

    >>> unit_mult_cell("9"), unit_mult_cell("")
    (9, 0)
    """
    cell = none_if_empty(cell)
    if cell is None:
        return 0
    if not isinstance(cell, str):
        return cell
    cell = cell.strip()
    if not re.fullmatch(r"\d{1,2}", cell) or int(cell) > MAX_UNIT_MULT:
        raise _said(f"unit_mult {cell[:40]!r} is not an integer from 0 to {MAX_UNIT_MULT}: the power "
                    "of ten the amounts are written in, as SDMX's UNIT_MULT (6 for millions, 9 for "
                    "billions)")
    return int(cell)


def source_ids(cell: object) -> object:
    """The ``|``-separated source ids of a ``sources`` cell, each a well-formed id.

    >>> source_ids("gouvernement | insee")
    ('gouvernement', 'insee')
    """
    ids = split_aliases(cell)
    if not isinstance(ids, tuple):
        return ids
    for ident in ids:
        if not re.fullmatch(ID_PATTERN, ident) or len(ident) > MAX_ID:
            raise _said(f"sources: {ident[:40]!r} is not a source id (letters, digits, _ . -); "
                        "separate ids with |")
    return ids


Ident = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=MAX_ID)]
Aliases = Annotated[tuple[str, ...], BeforeValidator(split_aliases)]
Url = Annotated[Annotated[str, StringConstraints(pattern=URL_PATTERN)] | None,
                BeforeValidator(none_if_empty)]
Unit = Annotated[str, StringConstraints(pattern=UNIT_PATTERN)]
Amount = Annotated[Decimal | None, BeforeValidator(amount_cell)]
Period = Annotated[str | None, BeforeValidator(period_cell)]
Vintage = Annotated[str | None, BeforeValidator(vintage_cell)]
UnitMult = Annotated[int, BeforeValidator(unit_mult_cell)]
SourceIds = Annotated[tuple[str, ...], BeforeValidator(source_ids)]
Role = Annotated[Literal[ROLES] | None, BeforeValidator(none_if_empty)]
OptionalText = Annotated[str | None, BeforeValidator(none_if_empty)]


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=True)


class SourceRow(_Row):
    """A row of ``sources.csv``: ``id,name,aliases,url``."""

    id: Ident
    name: Annotated[str, StringConstraints(min_length=1)]
    aliases: Aliases = ()
    url: Url = None


class FigureRow(_Row):
    """A row of ``figures.csv``; ``value``, or ``low`` and ``high`` for a range.

    ``source`` may be left empty when ``sources`` names the sources; ``sources`` comes out
    with every acceptable source id, ``source`` first. Amounts are as written: ``table.py``
    multiplies them by ``10 ** unit_mult``.
    """

    id: Ident
    entity: str
    entity_aliases: Aliases = ()
    metric: str
    metric_aliases: Aliases = ()
    value: Amount = None
    low: Amount = None
    high: Amount = None
    unit: Unit
    period: Period = None
    source: Annotated[Ident | None, BeforeValidator(none_if_empty)] = None
    url: Url = None
    note: OptionalText = None
    vintage: Vintage = None
    unit_mult: UnitMult = 0
    role: Role = None
    sources: SourceIds = Field(default=(), validate_default=True)

    @field_validator("high")
    @classmethod
    def value_or_range(cls, high: Decimal | None, info: ValidationInfo) -> Decimal | None:
        """Checked on ``high``, the last of the three, so that a bad unit or URL elsewhere in
        the row does not hide it (a model validator would only run on an otherwise valid row)."""
        if "value" not in info.data or "low" not in info.data:
            return high  # one of them is not a decimal: that problem is already said
        value, low = info.data["value"], info.data["low"]
        if value is None and (low is None or high is None):
            raise PydanticCustomError("value_or_range", "give either value, or both low and high")
        if value is not None and (low is not None or high is not None):
            raise PydanticCustomError("value_or_range", "give either value, or low and high, not both")
        if low is not None and low > high:
            raise PydanticCustomError("value_or_range", "low {low} is above high {high}",
                                      {"low": str(low), "high": str(high)})
        return high

    @field_validator("unit_mult")
    @classmethod
    def no_mult_on_percent(cls, unit_mult: int, info: ValidationInfo) -> int:
        if unit_mult and info.data.get("unit") == "%":
            raise _said(f"unit_mult {unit_mult} on a % figure: a percentage is written as it is "
                        "read; leave unit_mult empty or 0")
        return unit_mult

    @field_validator("sources")
    @classmethod
    def source_first(cls, sources: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        """Every acceptable source, ``source`` first; one of the two columns must name one."""
        if "source" not in info.data:
            return sources  # a malformed source id: already said
        primary = info.data["source"]
        if primary is None and not sources:
            raise _said("no source: give the source's id in source (or several ids in sources, "
                        "separated by |)")
        return tuple(dict.fromkeys((primary, *sources) if primary else sources))


EXAMPLE = {"id": "x", "entity": "SIA", "metric": "sales", "value": "1.5", "unit": "USD", "source": "sia"}


# What to say about a bad cell, by column; {cell} is the cell cut to 40 characters, {url}
# to 80, {id} the row's id, all quoted.
CELL_SENTENCES = {
    "id": "id {cell} is not valid: use letters, digits, _ . - (at most %d)" % MAX_ID,
    "name": "source {id} has no name",
    "value": "value {cell} is not a plain decimal: write digits with '.' for decimals, fully "
             "scaled (1200000000, not 1,2 Md)",
    "unit": "unit {cell} is neither an ISO 4217 code (USD, EUR) nor %",
    "source": "source {cell} is not a source id: use letters, digits, _ . -",
    "url": "url {url} is not an http(s) address",
}
CELL_SENTENCES["low"] = CELL_SENTENCES["value"].replace("value", "low", 1)
CELL_SENTENCES["high"] = CELL_SENTENCES["value"].replace("value", "high", 1)
ROW_ERRORS = {"value_or_range"}  # whole-row rules: pydantic's message is the sentence
SAID = "said"  # a cell's validator wrote the whole sentence
ROLE_SENTENCE = "role {cell} is not one of %s (leave it empty when unsure)" % ", ".join(ROLES)
CELL_SENTENCES["role"] = ROLE_SENTENCE


def describe(error: ErrorDetails, cells: Mapping[str, object]) -> str:
    """One pydantic error on a row as a sentence that names the column and says what to fix.

    >>> describe({"type": "string_pattern_mismatch", "loc": ("unit",), "msg": "…",
    ...           "input": "dollars"}, {"unit": "dollars"})
    "unit 'dollars' is neither an ISO 4217 code (USD, EUR) nor %"
    >>> describe({"type": "missing", "loc": ("entity",), "msg": "Field required", "input": {}}, {})
    'entity: Field required'
    """
    column = str(error["loc"][0]) if error["loc"] else ""
    if error["type"] in ROW_ERRORS or error["type"] == SAID:
        return error["msg"]
    sentence = CELL_SENTENCES.get(column)
    if sentence is None or error["type"] == "missing":
        return f"{column}: {error['msg']}" if column else error["msg"]
    cell = str(cells.get(column, "")).strip()
    return sentence.format(cell=repr(cell[:40]), url=repr(cell[:80]),
                           id=repr(str(cells.get("id", "")).strip()))


def row_problems(error: ValidationError, cells: Mapping[str, object]) -> list[tuple[str, str]]:
    """Every problem of one row, in column order, as (column, sentence) without FILE:LINE;
    the column is "" for a rule on the whole row."""
    details = error.errors(include_url=False, include_context=False)
    return [("" if detail["type"] in ROW_ERRORS or not detail["loc"] else str(detail["loc"][0]),
             describe(detail, cells)) for detail in details]
