"""Gold files: one case a line, either with its text inline (the peer-suites format) or
naming a document of the shared development set by id, with character offsets into it
(our own annotations of real text, which is not ours to copy; corpora/gold/GUIDE.md).

A malformed line stops with E200 naming the file and line; a document reference that
cannot be read stops with E201.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from factcheck.errors import FactcheckError

Kind = Literal["money", "percent"]


class GoldClaim(BaseModel):
    """One expected claim of a gold case."""

    model_config = ConfigDict(extra="allow")
    kind: Kind
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str | None = None
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    currency: str | None = None

    @model_validator(mode="after")
    def _value_or_range(self) -> "GoldClaim":
        if self.value is None and (self.low is None or self.high is None):
            raise ValueError("a gold claim needs 'value', or both 'low' and 'high'")
        if self.end <= self.start:
            raise ValueError("'end' must be greater than 'start'")
        return self


class GoldNegative(BaseModel):
    """A number that is not a claim (a date, a count, an index level…)."""

    model_config = ConfigDict(extra="allow")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str | None = None
    what: str = "other"


class GoldCase(BaseModel):
    """One line of a gold file: a text (inline, or a document by reference) and every claim
    expected in it (none for a negative case)."""

    model_config = ConfigDict(extra="allow")
    id: str | None = None
    text: str | None = None
    doc: str | None = Field(None, description="a document of ../shared/dev: 'checks/articles/NAME.txt' "
                                              "or 'parallel/FILE.jsonl#ID/fr'")
    lang: Literal["fr", "en", "auto"] = "auto"
    expected: list[GoldClaim]
    negatives: list[GoldNegative] = []
    context: str | None = Field(None, exclude=True, description="the whole article a line comes from")
    offset: int = Field(0, exclude=True, description="where ``text`` starts in ``context``")

    @model_validator(mode="after")
    def _text_or_doc(self) -> "GoldCase":
        if (self.text is None) == (self.doc is None):
            raise ValueError("a gold case needs 'text' or 'doc' (one of them)")
        if self.id is None:
            self.id = self.doc
        if self.id is None:
            raise ValueError("a gold case with an inline text needs an 'id'")
        return self


def read_gold(path: Path, shared: Path | None = None) -> list[GoldCase]:
    """The cases of a gold file, each with its text; ``shared`` is the folder holding
    ``dev/`` for cases that name a document."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = GoldCase.model_validate_json(line)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "line"
            detail = f"{where}: {first['msg']} (the gold format is in CONTRACT.md, 'Gold files')"
            raise FactcheckError("E200", path=str(path), line=number, detail=detail) from None
        if case.doc is not None:  # our annotations: their spans must hold what they say
            case.text = document_text(case.doc, shared, path, number)
            _check_spans(case, path, number)
            case.context, case.offset = _article_of_line(case.doc, str(shared))
        cases.append(case)
    return cases


def _check_spans(case: GoldCase, path: Path, number: int) -> None:
    for item in [*case.expected, *case.negatives]:
        if item.end > len(case.text) or (item.text is not None and case.text[item.start:item.end] != item.text):
            found = case.text[item.start:item.end]
            raise FactcheckError("E200", path=str(path), line=number,
                                 detail=f"offsets {item.start}-{item.end} hold {found!r}, not {item.text!r}")


def document_text(doc: str, shared: Path | None, path: Path, number: int) -> str:
    if shared is None:
        raise FactcheckError("E201", path=str(path), line=number, doc=doc)
    try:
        return _document(doc, str(shared))
    except (OSError, KeyError, ValueError) as error:
        raise FactcheckError("E200", path=str(path), line=number,
                             detail=f"document {doc!r} cannot be read under {shared}/dev ({error})") from None


@cache
def _document(doc: str, shared: str) -> str:
    base = Path(shared) / "dev"
    if "#" not in doc:
        return (base / doc).read_text(encoding="utf-8")
    name, _, anchor = doc.partition("#")
    line_id, _, side = anchor.rpartition("/")
    if side not in ("fr", "en"):
        raise ValueError(f"a line reference ends with /fr or /en, not /{side}")
    return _lines(str(base / name))[line_id][side]


def _article_of_line(doc: str, shared: str) -> tuple[str | None, int]:
    """For a line of the parallel set, the whole news article it belongs to (every line of
    its WMT document, in order, from ``sentences-fr-en.jsonl``) and where the line starts in
    it: the annotators read the line in its article, and so should the extractor (a currency
    written two sentences before, "le déficit atteindra 34 milliards"). None for a whole file."""
    if "#" not in doc:
        return None, 0
    name, _, anchor = doc.partition("#")
    line_id, _, side = anchor.rpartition("/")
    sentences = str(Path(shared) / "dev" / Path(name).parent / "sentences-fr-en.jsonl")
    record = _lines(sentences).get(line_id, {}) if Path(sentences).exists() else {}
    article = _articles(sentences).get((record.get("doc"), side))
    if not article or line_id not in article[1]:
        return None, 0
    text, starts = article
    return text, starts[line_id]


@cache
def _articles(path: str) -> dict[tuple[str, str], tuple[str, dict[str, int]]]:
    """(WMT document, side) -> (its lines joined by newlines, where each line id starts)."""
    if not Path(path).exists():
        return {}
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for record in _lines(path).values():
        for side in ("fr", "en"):
            grouped.setdefault((record.get("doc"), side), []).append((record["id"], record[side]))
    articles = {}
    for key, lines in grouped.items():
        starts, position = {}, 0
        for line_id, line in lines:
            starts[line_id] = position
            position += len(line) + 1
        articles[key] = ("\n".join(line for _, line in lines), starts)
    return articles


@cache
def _lines(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle) if record}


def gold_files(paths: list[str]) -> list[Path]:
    """The ``*.jsonl`` files named, or found (recursively) in the folders named."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found.extend(sorted(path.rglob("*.jsonl")) if path.is_dir() else [path])
    return found
