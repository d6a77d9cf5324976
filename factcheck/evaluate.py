"""Score extraction against gold files (the peer-suites format: one case a line).

Rule (peer-suites README): a predicted claim hits a gold claim when the kind is the same,
the value (or both range ends) agrees within 0.5 % relative, and the currency agrees where
the gold names one; pairs are matched one to one. A file is scored once per kind its gold
claims have, each score counting only the predictions of that kind. The gold format is in
CONTRACT.md ("Gold files"); a malformed line stops with E200 naming the file and line.

>>> _close(Decimal("100"), Decimal("100.4"))
True
>>> _close(Decimal("100"), Decimal("101"))
False
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from factcheck.api import extract
from factcheck.errors import FactcheckError
from factcheck.models import Claim

TOLERANCE = Decimal("0.005")


class Score(BaseModel):
    file: str
    kind: str
    cases: int
    gold: int
    predicted: int
    hits: int
    precision: float
    recall: float
    f1: float
    value_accuracy: float
    case_pass: float


class Miss(BaseModel):
    id: str
    text: str
    expected: list[dict]
    predicted: list[dict]


def _close(gold: Decimal, predicted: Decimal) -> bool:
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= abs(gold) * TOLERANCE


def hits(gold: "GoldClaim", predicted: Claim) -> bool:
    """A gold claim and a predicted claim agree on kind, currency and value."""
    if gold.kind != predicted.kind:
        return False
    if gold.currency and gold.currency != predicted.currency:
        return False
    if gold.value is not None:
        return predicted.value is not None and _close(gold.value, predicted.value)
    low, high = predicted.low, predicted.high
    return low is not None and high is not None and _close(gold.low, low) and _close(gold.high, high)


def _overlaps(gold: "GoldClaim", predicted: Claim) -> bool:
    return gold.start < predicted.end and predicted.start < gold.end


class GoldClaim(BaseModel):
    """One expected claim of a gold case."""

    model_config = ConfigDict(extra="allow")
    kind: Literal["money", "percent"]
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


class GoldCase(BaseModel):
    """One line of a gold file: a text and every claim expected in it (none for a negative)."""

    model_config = ConfigDict(extra="allow")
    id: str
    text: str
    lang: Literal["fr", "en", "auto"] = "auto"
    expected: list[GoldClaim]


def read_gold(path: Path) -> list[GoldCase]:
    """The cases of a gold file; a malformed line raises E200 naming the file and line."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(GoldCase.model_validate_json(line))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "line"
            detail = f"{where}: {first['msg']} (the gold format is in CONTRACT.md, 'Gold files')"
            raise FactcheckError("E200", path=str(path), line=number, detail=detail) from None
    return cases


def file_kinds(path: Path, cases: list[GoldCase]) -> list[str]:
    """The kinds a file is scored on: every kind its gold claims have (a file of money and
    percentages gets a score for each), or the one its name says when it has none."""
    kinds = sorted({claim.kind for case in cases for claim in case.expected})
    return kinds or ["percent" if "percent" in path.name else "money"]


def score_file(path: Path) -> list[tuple[Score, list[Miss]]]:
    cases = read_gold(path)
    predictions = [extract(case.text, case.lang) for case in cases]
    return [score_kind(path, kind, cases, predictions) for kind in file_kinds(path, cases)]


def score_kind(path: Path, kind: str, cases: list[GoldCase], predictions: list[list[Claim]]) -> tuple[Score, list[Miss]]:
    total = Counter()
    misses: list[Miss] = []
    for case, claims in zip(cases, predictions):
        predicted = [c for c in claims if c.kind == kind]
        gold = [g for g in case.expected if g.kind == kind]
        matched, free = 0, list(predicted)
        for g in gold:
            partner = next((p for p in free if hits(g, p)), None)
            if partner is not None:
                free.remove(partner)
                matched += 1
        overlapped = sum(1 for g in gold if any(_overlaps(g, p) for p in predicted))
        passed = matched == len(gold) == len(predicted)
        total.update(gold=len(gold), predicted=len(predicted), hits=matched, overlapped=overlapped,
                     passed=int(passed))
        if not passed:
            misses.append(Miss(id=case.id, text=case.text,
                               expected=[g.model_dump(mode="json") for g in gold],
                               predicted=[p.model_dump(mode="json") for p in predicted]))
    precision = total["hits"] / total["predicted"] if total["predicted"] else 1.0
    recall = total["hits"] / total["gold"] if total["gold"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    score = Score(
        file=str(path), kind=kind, cases=len(cases), gold=total["gold"],
        predicted=total["predicted"], hits=total["hits"], precision=precision, recall=recall, f1=f1,
        value_accuracy=total["hits"] / total["overlapped"] if total["overlapped"] else 1.0,
        case_pass=total["passed"] / len(cases) if cases else 1.0,
    )
    return score, misses


def gold_files(paths: list[str]) -> list[Path]:
    """The ``*.jsonl`` files named, or found (recursively) in the folders named."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found.extend(sorted(path.rglob("*.jsonl")) if path.is_dir() else [path])
    return found
