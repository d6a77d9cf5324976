"""Score extraction against gold files (the peer-suites format: one case a line).

The rule, as the peer-suites README sets it: a prediction hits a gold claim when both are
of the same kind, their values (both ends, for a range) are no more than 0.5 % apart
relative to the gold, and the prediction has the gold's currency whenever the gold gives
one. Gold claims and predictions are paired one to one. A file gets one score for each kind
among its gold claims, and each score looks only at the predictions of its kind. The gold format is in
CONTRACT.md ("Gold files"); a malformed line stops with E200 naming the file and line.

>>> _close(Decimal("100"), Decimal("100.4"))
True
>>> _close(Decimal("100"), Decimal("101"))
False
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel

from factcheck.api import extract
from factcheck.evaluate.gold import GoldCase, GoldClaim, GoldNegative, read_gold
from factcheck.models import Claim

TOLERANCE = Decimal("0.005")


class Score(BaseModel):
    file: str
    lang: str = "all"
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
    negatives: int = 0
    negatives_taken: int = 0
    overlapped: int = 0  # gold claims a prediction overlaps (value accuracy = hits / overlapped)  # predicted claims of this kind on a gold negative (a date, a count…)


class Miss(BaseModel):
    id: str
    text: str
    expected: list[dict]
    predicted: list[dict]


def _close(gold: Decimal, predicted: Decimal) -> bool:
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= abs(gold) * TOLERANCE


def hits(gold: GoldClaim, predicted: Claim) -> bool:
    """A gold claim and a predicted claim agree on kind, currency and value."""
    if gold.kind != predicted.kind:
        return False
    if gold.currency and gold.currency != predicted.currency:
        return False
    if gold.value is not None:
        return predicted.value is not None and _close(gold.value, predicted.value)
    low, high = predicted.low, predicted.high
    return low is not None and high is not None and _close(gold.low, low) and _close(gold.high, high)


def _overlaps(gold: GoldClaim | GoldNegative, predicted: Claim) -> bool:
    return gold.start < predicted.end and predicted.start < gold.end


def file_kinds(path: Path, cases: list[GoldCase]) -> list[str]:
    """The kinds a file is scored on: every kind its gold claims have (a file of money and
    percentages gets a score for each), or the one its name says when it has none."""
    kinds = sorted({claim.kind for case in cases for claim in case.expected})
    return kinds or ["percent" if "percent" in path.name else "money"]


def predict(case: GoldCase) -> list[Claim]:
    """The claims of a case; a line of an article is read in its article, then cut back."""
    if case.context is None:
        return extract(case.text, case.lang)
    end = case.offset + len(case.text)
    return [claim.model_copy(update={"start": claim.start - case.offset, "end": claim.end - case.offset,
                                     "change_of": None})
            for claim in extract(case.context, case.lang) if case.offset <= claim.start and claim.end <= end]


def score_file(path: Path, shared: Path | None = None) -> list[tuple[Score, list[Miss]]]:
    """One score per kind, and per language when the file names its cases' languages."""
    cases = read_gold(path, shared)
    predictions = [predict(case) for case in cases]
    langs = sorted({case.lang for case in cases})
    groups = [(lang, [c for c in cases if c.lang == lang], [p for c, p in zip(cases, predictions) if c.lang == lang])
              for lang in langs]
    return [score_kind(path, kind, group, claims, lang)
            for lang, group, claims in groups for kind in file_kinds(path, group)]


def score_kind(path: Path, kind: str, cases: list[GoldCase], predictions: list[list[Claim]],
               lang: str = "all") -> tuple[Score, list[Miss]]:
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
        taken = sum(1 for n in case.negatives if any(_overlaps(n, p) for p in predicted))
        passed = matched == len(gold) == len(predicted)
        total.update(gold=len(gold), predicted=len(predicted), hits=matched, overlapped=overlapped,
                     passed=int(passed), negatives=len(case.negatives), taken=taken)
        if not passed:
            misses.append(Miss(id=case.id, text=case.text,
                               expected=[g.model_dump(mode="json") for g in gold],
                               predicted=[p.model_dump(mode="json") for p in predicted]))
    return _score(path, kind, lang, len(cases), total), misses


def _score(path: Path, kind: str, lang: str, cases: int, total: Counter) -> Score:
    precision = total["hits"] / total["predicted"] if total["predicted"] else 1.0
    recall = total["hits"] / total["gold"] if total["gold"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        file=str(path), lang=lang, kind=kind, cases=cases, gold=total["gold"],
        predicted=total["predicted"], hits=total["hits"], precision=precision, recall=recall, f1=f1,
        value_accuracy=total["hits"] / total["overlapped"] if total["overlapped"] else 1.0,
        case_pass=total["passed"] / cases if cases else 1.0,
        negatives=total["negatives"], negatives_taken=total["taken"], overlapped=total["overlapped"],
    )


def pooled(scores: list[Score]) -> list[Score]:
    """One score per language and kind over all the files given ("all files" in the table)."""
    groups: dict[tuple[str, str], Counter] = {}
    for score in scores:
        total = groups.setdefault((score.lang, score.kind), Counter())
        total.update(gold=score.gold, predicted=score.predicted, hits=score.hits,
                     overlapped=score.overlapped, passed=round(score.case_pass * score.cases),
                     negatives=score.negatives, taken=score.negatives_taken, cases=score.cases)
    return [_score(Path("all files"), kind, lang, total["cases"], total)
            for (lang, kind), total in sorted(groups.items())]
