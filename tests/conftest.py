"""Shared fixtures and the loader for the JSONL case tables (fixtures live only here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
ARTICLE = ROOT / "corpora" / "articles" / "altman-7-trillions.fr.txt"


def case_params(*names: str) -> list:
    """Each line of the named case tables as a pytest.param with its id."""
    params = []
    for name in names:
        for line in (CASES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                marks = []
                if case.get("xfail"):
                    marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
                params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.fixture(scope="session")
def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")



def checker_for(folder: Path, figures: str, sources: str):
    """A Checker on a table written into ``folder`` from the CSV texts of a test module."""
    from factcheck.checking.checker import Checker

    (folder / "figures.csv").write_text(figures, encoding="utf-8")
    (folder / "sources.csv").write_text(sources, encoding="utf-8")
    return Checker(reference=str(folder))


def findings_of(result, claim: str) -> list:
    """The findings of the first claim of ``result`` written ``claim`` (the test fails, listing
    the claims read, when there is none)."""
    numbers = [n for n, c in enumerate(result.claims) if c.text == claim]
    assert numbers, [c.text for c in result.claims]
    return [f for f in result.findings if f.claim == numbers[0]]


def value_findings(result, claim: str) -> list:
    """The value verdicts (models.VALUE_CODES) among ``findings_of(result, claim)``."""
    from factcheck.models import VALUE_CODES

    return [f for f in findings_of(result, claim) if f.code in VALUE_CODES]

