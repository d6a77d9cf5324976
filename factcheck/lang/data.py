"""Per-language data (scale words, currencies, percent words, cues), validated on load.

The data lives in ``factcheck/data/<lang>.toml``. Adding a scale word or a cue touches that
file and one line of the test table, nothing else.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.errors import FactcheckError

LANGS = ("fr", "en")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScaleWord(_Strict):
    forms: list[str] = []
    case_sensitive: list[str] = []
    value: Decimal
    short_value: Decimal | None = None
    glued_or_currency: bool = False
    """An abbreviation such as "m" or "k": a scale only glued to the number or next to a
    currency ("$5m", "5 M€"), never as a free word ("5 m" is five metres)."""


class Currency(_Strict):
    code: str = Field(pattern=r"^([A-Z]{3})?$")
    symbols: list[str] = []
    codes: list[str] = []
    words: list[str] = []


class SubUnit(_Strict):
    forms: list[str]
    factor: Decimal
    code: str = Field(default="", pattern=r"^([A-Z]{3})?$")


class ScaledCurrency(_Strict):
    forms: list[str]
    value: Decimal
    code: str = Field(pattern=r"^[A-Z]{3}$")


class PercentWords(_Strict):
    forms: list[str]
    points: list[str]
    before: list[str]


class Cues(_Strict):
    hedges: list[str]
    bound_min: list[str]
    bound_max: list[str]
    negative: list[str]
    direction_down: list[str]
    direction_up: list[str]
    range_open: list[str]
    range_join: list[str]
    range_pairs: list[tuple[str, str]]
    list_join: list[str]
    compound_join: list[str]
    change_verbs: list[str]
    number_and: list[str]


class NumberWords(_Strict):
    words: list[str]
    weak: list[str]
    not_first: list[str] = []
    fractions: list[tuple[str, Decimal]]


class AttributionCues(_Strict):
    forward: list[str]
    backward: list[str]
    lead_words: list[str]
    sentence_starters: list[str]
    institution_words: list[str]
    agent: list[str]


class LanguageData(_Strict):
    lang: str
    decimal_mark: str = Field(pattern=r"^[.,]$")
    symbol_side: str = Field(pattern=r"^(prefix|suffix)$")
    stopwords: list[str]
    scale: list[ScaleWord]
    currency: list[Currency]
    subunit: list[SubUnit]
    scaled_currency: list[ScaledCurrency]
    percent: PercentWords
    cues: Cues
    number_words: NumberWords
    attribution: AttributionCues
    relative_years: dict[str, int] = {}

    @field_validator("scale", "currency", "subunit", "scaled_currency")
    @classmethod
    def _not_empty(cls, entries):
        if not entries:
            raise ValueError("must list at least one entry")
        return entries


def alternatives(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, with flexible spaces and apostrophes.

    >>> [bool(re.fullmatch(alternatives(["près de", "d'"]), t)) for t in ("près\u00a0de", "d’", "de")]
    [True, True, False]
    """
    escaped = (re.escape(w).replace("'", "['’]").replace(r"\ ", r"[\s\u00a0\u202f]+")
               for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


@cache
def load(lang: str) -> LanguageData:
    """The validated data for ``lang`` ("fr" or "en"), read once per process."""
    if lang not in LANGS:
        raise FactcheckError("E003", lang=lang, langs=", ".join(LANGS))
    path = resources.files("factcheck.lang") / "data" / f"{lang}.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return LanguageData.model_validate(raw)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise FactcheckError("E004", path=str(path), detail=str(error)) from error
