"""The public data shapes (../CONTRACT.md): pydantic v2 models that serialise to the
documented JSON with ``model_dump(mode="json")``.

Decimals are written as fixed-point strings on purpose ("1720000000000", never "1.72E+12").

>>> claim = Claim(kind="money", text="$1,72 trillion", start=0, end=14,
...               value=Decimal("1.72E+12"), currency="USD", scale_word="trillion")
>>> claim.model_dump(mode="json")["value"]
'1720000000000'
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from factcheck.decimals import format_decimal

SCHEMA_VERSION = "1"

DecimalText = Annotated[
    Decimal,
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
    Field(json_schema_extra={"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Attribution(_Model):
    text: str
    source: str | None = None
    start: int | None = Field(None, description="character offset of text in the input (extension)")
    end: int | None = None


class ScaleReading(_Model):
    """One reading of a French billion/trillion: long scale (French) or short (English)."""

    value: DecimalText | None = None
    low: DecimalText | None = None
    high: DecimalText | None = None


class Claim(_Model):
    kind: Literal["money", "percent"]
    text: str = Field(description="the exact surface span")
    start: int = Field(ge=0, description="character offset of text in the input")
    end: int = Field(ge=0)
    value: DecimalText | None = Field(None, description="fully scaled; null for a range")
    low: DecimalText | None = None
    high: DecimalText | None = None
    currency: str | None = Field(None, description="ISO 4217 code; null for percentages")
    approx: bool = False
    scale_word: str | None = None
    attribution: Attribution | None = None
    points: bool = Field(False, description="percentage points")
    direction: Literal["up", "down"] | None = None
    # extensions (CONTRACT.md allows added fields)
    hedge: str | None = Field(None, description="the hedge word that set approx, as written")
    bound: Literal["min", "max"] | None = Field(
        None, description="an open bound: at least (min) or at most (max)")
    bound_text: str | None = None
    scale_reading: Literal["long", "short"] | None = Field(
        None, description="for French billion/trillion: the reading chosen for value")
    scale_readings: dict[Literal["long", "short"], ScaleReading] | None = None
    precision: DecimalText | None = Field(
        None, description="the unit of the last digit the text states, fully scaled "
                          "('595,3 milliards' -> 100000000); the checker's tolerance is half of it")


class ErrorInfo(_Model):
    type: str
    message: str


class Reference(_Model):
    model_config = ConfigDict(extra="allow")
    id: str
    value: DecimalText | None = None
    low: DecimalText | None = None
    high: DecimalText | None = None
    unit: str
    period: str | None = None
    source: str | None = None
    url: str | None = None


class Finding(_Model):
    claim: int
    code: str
    severity: Literal["info", "warning", "error"]
    message: str
    reference: Reference | None = None
    details: dict | None = Field(
        None, description="how the verdict was reached: rule, claimed value, difference, "
                          "tolerance, match score and what matched (extension)")


class DocumentResult(_Model):
    model_config = ConfigDict(extra="allow")
    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    lang: str | None = None
    claims: list[Claim] = []
    findings: list[Finding] = []
    error: ErrorInfo | None = None
