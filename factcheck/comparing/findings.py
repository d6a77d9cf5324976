"""Compare findings: each code's severity, and the finding built from a diagnosis, with
both spans and the values each side's reader gives.

>>> SEVERITY[CompareCode.rounded], SEVERITY[CompareCode.scale_error]
(<Severity.info: 'info'>, <Severity.error: 'error'>)
"""

from __future__ import annotations

from factcheck.comparing import messages
from factcheck.comparing.bare import written_currency
from factcheck.comparing.match import Diagnosis
from factcheck.models import Claim, CompareCode, CompareDetails, CompareFinding, Severity, Span

SEVERITY = {
    CompareCode.value_changed: Severity.error, CompareCode.scale_error: Severity.error,
    CompareCode.currency_changed: Severity.error, CompareCode.points_changed: Severity.error,
    CompareCode.separator_misread: Severity.error, CompareCode.sign_flipped: Severity.error,
    CompareCode.figure_dropped: Severity.warning, CompareCode.figure_added: Severity.warning,
    CompareCode.attribution_changed: Severity.warning, CompareCode.rounded: Severity.info,
    CompareCode.alignment_weak: Severity.warning,
}


def span(claim: Claim | None) -> Span | None:
    return Span(start=claim.start, end=claim.end, text=claim.text) if claim else None


def _unit(claim: Claim) -> str:
    return "%" if claim.kind == "percent" else (claim.currency or "")


def pair_finding(number_o: int | None, original: Claim, number_t: int | None, translation: Claim,
                 diagnosis: Diagnosis) -> CompareFinding:
    """The finding for two paired claims whose diagnosis has a code."""
    code = diagnosis.code
    so, st = f"'{original.text}'", f"'{translation.text}'"
    vo, vt, unit = diagnosis.original_value, diagnosis.translation_value, _unit(original)
    if code is CompareCode.value_changed:
        message = messages.value_changed(so, st, vo, vt, unit)
    elif code is CompareCode.scale_error:
        message = messages.scale_error(so, st, vo, vt, unit, diagnosis.translation_reading)
    elif code is CompareCode.currency_changed:
        message = messages.currency_changed(so, st, _money_name(original), _money_name(translation))
    elif code is CompareCode.points_changed:
        message = messages.points_changed(so, st, original.points)
    elif code is CompareCode.separator_misread:
        message = messages.separator_misread(so, st, vo, vt, unit)
    elif code is CompareCode.sign_flipped:
        message = messages.sign_flipped(so, st)
    else:
        message = messages.rounded(so, st, diagnosis.tolerance)
    details = CompareDetails(
        rule=messages.RULE_SAME_READING, original_value=vo, translation_value=vt,
        original_reading=diagnosis.original_reading, translation_reading=diagnosis.translation_reading,
        factor=diagnosis.factor, tolerance=diagnosis.tolerance,
        original_currency=original.currency, translation_currency=translation.currency)
    return CompareFinding(code=code, severity=SEVERITY[code], message=message, original=number_o,
                          translation=number_t, original_span=span(original),
                          translation_span=span(translation), details=details)


def lone_finding(number: int, claim: Claim, side: str) -> CompareFinding:
    """A figure with no counterpart: dropped (original side) or added (translation side)."""
    if side == "original":
        return CompareFinding(code=CompareCode.figure_dropped, severity=Severity.warning,
                              message=messages.figure_dropped(f"'{claim.text}'"), original=number,
                              original_span=span(claim))
    return CompareFinding(code=CompareCode.figure_added, severity=Severity.warning,
                          message=messages.figure_added(f"'{claim.text}'"), translation=number,
                          translation_span=span(claim))


NO_SOURCE = "no named source"


def attribution_finding(number_o: int, original: Claim, number_t: int,
                        translation: Claim) -> CompareFinding:
    said_o = original.attribution.text if original.attribution else NO_SOURCE
    said_t = translation.attribution.text if translation.attribution else NO_SOURCE
    return CompareFinding(
        code=CompareCode.attribution_changed, severity=Severity.warning,
        message=messages.attribution_changed(f"'{original.text}'", f"'{translation.text}'", said_o, said_t),
        original=number_o, translation=number_t, original_span=span(original),
        translation_span=span(translation),
        details=CompareDetails(rule="the sources are matched across languages: table aliases, "
                                    "acronyms, translated name words, fuzzy",
                               original_source=said_o, translation_source=said_t))


def alignment_finding(reason: str, aligned: int, total: int, coverage: float) -> CompareFinding:
    return CompareFinding(code=CompareCode.alignment_weak, severity=Severity.warning,
                          message=messages.alignment_weak(reason, aligned, total, coverage),
                          details=CompareDetails(rule="sentence alignment by lengths and anchors",
                                                 coverage=coverage))


def _money_name(claim: Claim) -> str:
    """The claim's currency code, else the currency word its text writes ("crowns")."""
    return claim.currency or written_currency(claim.text) or "an unnamed currency"
