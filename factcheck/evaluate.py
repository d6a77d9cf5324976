"""Score extraction against gold files (the peer-suites format: one case a line).

Rule (peer-suites README): a predicted claim hits a gold claim when the kind is the same,
the value (or both range ends) agrees within 0.5 % relative, and the currency agrees where
the gold names one; pairs are matched one to one. Only predictions of the file's kind count.

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

from pydantic import BaseModel

from factcheck.api import extract
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


def _num(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def hits(gold: dict, predicted: Claim) -> bool:
    """A gold annotation (JSON) and a predicted claim agree on kind, currency and value."""
    if gold.get("kind") != predicted.kind:
        return False
    if gold.get("currency") and gold["currency"] != predicted.currency:
        return False
    if gold.get("value") is not None:
        return predicted.value is not None and _close(_num(gold["value"]), predicted.value)
    low, high = predicted.low, predicted.high
    return low is not None and high is not None and \
        _close(_num(gold["low"]), low) and _close(_num(gold["high"]), high)


def _overlaps(gold: dict, predicted: Claim) -> bool:
    return gold["start"] < predicted.end and predicted.start < gold["end"]


def file_kind(path: Path, cases: list[dict]) -> str:
    kinds = Counter(e["kind"] for case in cases for e in case["expected"])
    if kinds:
        return kinds.most_common(1)[0][0]
    return "percent" if "percent" in path.name else "money"


def score_file(path: Path) -> tuple[Score, list[Miss]]:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    kind = file_kind(path, cases)
    total = Counter()
    misses: list[Miss] = []
    for case in cases:
        predicted = [c for c in extract(case["text"], case.get("lang", "auto")) if c.kind == kind]
        gold = case["expected"]
        matched, free = 0, list(predicted)
        for g in gold:
            partner = next((p for p in free if hits(g, p)), None)
            if partner is not None:
                free.remove(partner)
                matched += 1
        overlapped = sum(1 for g in gold if any(_overlaps(g, p) for p in predicted))
        total.update(gold=len(gold), predicted=len(predicted), hits=matched, overlapped=overlapped,
                     passed=int(matched == len(gold) == len(predicted)))
        if not (matched == len(gold) == len(predicted)):
            misses.append(Miss(id=case["id"], text=case["text"], expected=gold,
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
