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
from enum import StrEnum
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer

from factcheck.decimals import fixed_point, format_decimal

SCHEMA_VERSION = "1"

DecimalText = Annotated[
    Decimal,
    AfterValidator(fixed_point),
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
    Field(json_schema_extra={"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Frozen(_Model):
    """A shape that is complete when built: change it with ``model_copy(update=...)``."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FindingCode(StrEnum):
    """Every finding code of the contract. The first six are value verdicts: each claim
    gets exactly one of them."""

    consistent = "consistent"
    value_mismatch = "value_mismatch"
    scale_mismatch = "scale_mismatch"
    currency_mismatch = "currency_mismatch"
    period_mismatch = "period_mismatch"
    unverified = "unverified"
    attribution_mismatch = "attribution_mismatch"
    garbled_attribution = "garbled_attribution"
    ambiguous_scale_word = "ambiguous_scale_word"
    role_mismatch = "role_mismatch"


VALUE_CODES = frozenset(list(FindingCode)[:6])


class Severity(StrEnum):
    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        """0 info, 1 warning, 2 error: for ``--fail-on`` and sorting."""
        return list(Severity).index(self)


class Attribution(_Frozen):
    text: str
    source: str | None = None
    start: int | None = Field(None, description="character offset of text in the input (extension)")
    end: int | None = None


class ScaleReading(_Frozen):
    """One reading of a French billion/trillion: long scale (French) or short (English)."""

    value: DecimalText | None = None
    low: DecimalText | None = None
    high: DecimalText | None = None


FrameRole = Literal["level", "change", "share", "previous", "forecast", "target", "revision"]
PerUnit = Literal["share", "hour", "month", "year", "person"]


class FrameSpan(_Frozen):
    """Words of the text that say who or what a figure is about, or what it measures."""

    text: str
    start: int = Field(ge=0, description="character offset of text in the input")
    end: int = Field(ge=0)
    id: str | None = Field(None, description="the reference table's id for it, when the checker "
                                             "resolves one; null from extraction alone")


class FramePeriod(_Frozen):
    """The words that say when a figure is for, and their normalised value."""

    text: str
    start: int = Field(ge=0, description="character offset of text in the input")
    end: int = Field(ge=0)
    value: str | None = Field(
        None, pattern=r"^(\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12])?|FY\d{4})$",
        description="YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or FYYYYY; null when unresolved")


class Frame(_Frozen):
    """What a claim measures, of whom, when and in what role (issue 11). Never the attribution:
    the entity is what the figure is about, not who reports it."""

    entity: FrameSpan | None = Field(None, description="who or what the figure is about")
    metric: FrameSpan | None = Field(None, description="what is measured: the noun phrase")
    period: FramePeriod | None = Field(None, description="when the figure is for")
    role: FrameRole | None = Field(
        None, description="level, change, share, previous, forecast, target or revision")
    per_unit: PerUnit | None = Field(
        None, description="per share, per hour, per month, per year or per person")


class Claim(_Frozen):
    """One money or percentage claim, built once by the extractor; the checker adds its
    attribution by making a completed copy, never by changing it."""

    kind: Literal["money", "percent"]
    text: str = Field(description="the exact surface span")
    start: int = Field(ge=0, description="character offset of text in the input")
    end: int = Field(ge=0)
    value: DecimalText | None = Field(None, description="fully scaled; null for a range")
    low: DecimalText | None = None
    high: DecimalText | None = None
    currency: str | None = Field(None, description="ISO 4217 code; null for percentages")
    currency_inferred: bool = Field(
        False, description="the currency is not written with the amount but implied by the article "
                           "('le déficit atteindra 34 milliards' in a story in euros) (extension)")
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
    change_of: int | None = Field(
        None, description="for the new value of a change ('passé de 5,5 % à 7 %'): the index, in "
                          "the document's claims, of the old value (extension)")
    precision: DecimalText | None = Field(
        None, description="the unit of the last digit the text states, fully scaled "
                          "('595,3 milliards' -> 100000000); the checker's tolerance is half of it")
    frame: Frame | None = Field(
        None, description="entity, metric, period, role and per-unit of the figure; null when "
                          "frames were not built (extension)")


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
    entity: str | None = Field(None, description="what the figure is about (extension)")
    metric: str | None = Field(None, description="what the figure measures (extension)")
    source_name: str | None = Field(None, description="the source's name as the table gives it (extension)")


class _Details(_Frozen):
    rule: str | None = Field(None, description="the rule that decided, in words")


class ValueDetails(_Details):
    """How a value verdict against one reference figure was reached."""

    kind: Literal["value"] = "value"
    claimed: DecimalText | list[DecimalText] | None = Field(
        None, description="the value compared, or [low, high] for a range")
    reading: str | None = Field(None, description="the scale reading compared (long/short)")
    difference: DecimalText | None = None
    tolerance: DecimalText | None = None
    factor: DecimalText | None = Field(None, description="for scale_mismatch: the power of 1000")
    match_score: int | None = None
    matched_by: list[str] = []
    reference_note: str | None = None


class WeakMatchDetails(_Details):
    """Unverified: the nearest figure disagrees, but too little links the two."""

    kind: Literal["weak_match"] = "weak_match"
    would_be: FindingCode
    match_score: int
    matched_by: list[str] = []


class NoMatchDetails(_Details):
    """Unverified: no reference figure has evidence for this claim."""

    kind: Literal["no_match"] = "no_match"


class CurrencyDetails(_Details):
    kind: Literal["currency"] = "currency"
    match_score: int
    matched_by: list[str] = []


class GarbleDetails(_Details):
    kind: Literal["garble"] = "garble"
    signals: list[str]
    attribution: str
    probable_source: str | None = None
    fuzzy_score: float | None = None


class AttributionDetails(_Details):
    kind: Literal["attribution"] = "attribution"
    attribution: str
    resolved: str
    fuzzy_score: float | None = None


class ScaleWordDetails(_Details):
    kind: Literal["scale_word"] = "scale_word"
    scale_word: str
    reading: Literal["long", "short"]
    readings: dict[Literal["long", "short"], ScaleReading] = {}


Details = Annotated[
    Union[ValueDetails, WeakMatchDetails, NoMatchDetails, CurrencyDetails, GarbleDetails,
          AttributionDetails, ScaleWordDetails],
    Field(discriminator="kind"),
]


class Finding(_Model):
    claim: int
    code: FindingCode
    severity: Severity
    message: str
    reference: Reference | None = None
    details: Details | None = Field(
        None, description="how the verdict was reached, typed by `kind`: rule, claimed value, "
                          "difference, tolerance, match score and what matched (extension)")


class CheckedAgainst(_Frozen):
    """Which reference table the claims were checked against (extension)."""

    reference: str = Field(description="the reference folder as given, or 'bundled'")
    bundled_demo: bool = Field(description="true for the table shipped with factcheck, which "
                                           "covers only its demo article")
    sources: int
    figures: int


class DocumentResult(_Model):
    model_config = ConfigDict(extra="allow")
    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    lang: str | None = None
    claims: list[Claim] = []
    findings: list[Finding] = []
    error: ErrorInfo | None = None
    checked_against: CheckedAgainst | None = Field(
        None, description="the reference table used by check (extension; absent for extract)")


# -- compare (issue 13): an original and its translation, figure by figure -----------------
class CompareCode(StrEnum):
    """Every finding code of ``factcheck.compare``; each names both spans."""

    value_changed = "value_changed"
    scale_error = "scale_error"
    currency_changed = "currency_changed"
    points_changed = "points_changed"
    separator_misread = "separator_misread"
    sign_flipped = "sign_flipped"
    figure_dropped = "figure_dropped"
    figure_added = "figure_added"
    attribution_changed = "attribution_changed"
    rounded = "rounded"
    alignment_weak = "alignment_weak"


class AlignmentSummary(_Frozen):
    """How well the two texts align, sentence by sentence (no MT model)."""

    original_sentences: int
    translation_sentences: int
    aligned: int = Field(description="sentence pairs aligned (1-1, 1-2 or 2-1)")
    coverage: float = Field(ge=0, le=1, description="share of original sentences aligned")
    anchors: int = Field(0, description="numbers and names shared by aligned sentences")
    verdict: Literal["aligned", "partial", "unrelated"]


class ClaimPair(_Frozen):
    original: int | None = Field(None, description="index into original_claims")
    translation: int | None = Field(None, description="index into translation_claims")
    status: Literal["same", "rounded", "changed", "dropped", "added"]


class Span(_Frozen):
    start: int
    end: int
    text: str


class CompareDetails(_Frozen):
    """How a compare finding was reached."""

    rule: str | None = Field(None, description="the rule that decided, in words")
    original_value: DecimalText | None = None
    translation_value: DecimalText | None = None
    original_reading: str | None = Field(None, description="the scale reading of the original")
    translation_reading: str | None = Field(
        None, description="the reading a reader of the translation gives (French long scale)")
    factor: DecimalText | None = Field(None, description="translation / original, when a power of ten")
    tolerance: DecimalText | None = None
    original_currency: str | None = None
    translation_currency: str | None = None
    original_source: str | None = Field(None, description="attribution of the original (text)")
    translation_source: str | None = None
    coverage: float | None = None


class CompareFinding(_Model):
    code: CompareCode
    severity: Severity
    message: str
    original: int | None = None
    translation: int | None = None
    original_span: Span | None = None
    translation_span: Span | None = None
    details: CompareDetails | None = None


class CompareResult(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    original_claims: list[Claim] = []
    translation_claims: list[Claim] = []
    alignment: AlignmentSummary | None = None
    pairs: list[ClaimPair] = []
    findings: list[CompareFinding] = []
    error: ErrorInfo | None = None
