"""One CSV row of a reference table, validated by a pydantic model (CONTRACT.md "Reference table").

``SourceRow`` is a row of ``sources.csv``, ``FigureRow`` a row of ``figures.csv``. Each
takes the row's cells as text (a ``csv.DictReader``-style mapping; extra columns are
ignored) and checks what one row can say about itself: ids, ``|``-separated aliases, http(s)
URLs, plain decimals with ``.`` (read as ``Decimal``, never float), value against low/high,
the unit and the period. What needs other rows (duplicate ids, a figure's source id in
``sources.csv``) is ``table.py``'s job.

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
from typing import Annotated

from pydantic import (BaseModel, BeforeValidator, ConfigDict, StringConstraints, ValidationError,
                      ValidationInfo, field_validator)
from pydantic_core import ErrorDetails, PydanticCustomError

MAX_ID = 200
MAX_DECIMAL = 60
PLAIN_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
# Anchored: pydantic searches a ``pattern`` anywhere in the string.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
URL_PATTERN = r"(?i)^https?://\S+$"
UNIT_PATTERN = r"^(?:[A-Z]{3}|%)$"
PERIOD_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"


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


Ident = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=MAX_ID)]
Aliases = Annotated[tuple[str, ...], BeforeValidator(split_aliases)]
Url = Annotated[Annotated[str, StringConstraints(pattern=URL_PATTERN)] | None,
                BeforeValidator(none_if_empty)]
Amount = Annotated[Decimal | None, BeforeValidator(plain_decimal)]
Unit = Annotated[str, StringConstraints(pattern=UNIT_PATTERN)]
Period = Annotated[Annotated[str, StringConstraints(pattern=PERIOD_PATTERN)] | None,
                   BeforeValidator(none_if_empty)]
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
    """A row of ``figures.csv``; ``value``, or ``low`` and ``high`` for a range."""

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
    source: str
    url: Url = None
    note: OptionalText = None

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


# What to say about a bad cell, by column; {cell} is the cell cut to 40 characters, {url}
# to 80, {id} the row's id, all quoted.
CELL_SENTENCES = {
    "id": "id {cell} is not valid: use letters, digits, _ . - (at most %d)" % MAX_ID,
    "name": "source {id} has no name",
    "value": "value {cell} is not a plain decimal: write digits with '.' for decimals, fully "
             "scaled (1200000000, not 1,2 Md)",
    "unit": "unit {cell} is neither an ISO 4217 code (USD, EUR) nor %",
    "period": "period {cell} is not YYYY, YYYY-MM or YYYY-MM-DD",
    "url": "url {url} is not an http(s) address",
}
CELL_SENTENCES["low"] = CELL_SENTENCES["value"].replace("value", "low", 1)
CELL_SENTENCES["high"] = CELL_SENTENCES["value"].replace("value", "high", 1)
ROW_ERRORS = {"value_or_range"}  # whole-row rules: pydantic's message is the sentence


def describe(error: ErrorDetails, cells: Mapping[str, object]) -> str:
    """One pydantic error on a row as a sentence that names the column and says what to fix.

    >>> describe({"type": "string_pattern_mismatch", "loc": ("unit",), "msg": "…",
    ...           "input": "dollars"}, {"unit": "dollars"})
    "unit 'dollars' is neither an ISO 4217 code (USD, EUR) nor %"
    >>> describe({"type": "missing", "loc": ("entity",), "msg": "Field required", "input": {}}, {})
    'entity: Field required'
    """
    column = str(error["loc"][0]) if error["loc"] else ""
    if error["type"] in ROW_ERRORS:
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
