"""Output formats for people and for programs: table, json, jsonl."""

from __future__ import annotations

import json
from enum import Enum

from .errors import FactcheckError
from .models import Claim, DocumentResult


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"
    markdown = "markdown"
    claimreview = "claimreview"
    csv = "csv"


def claim_notes(claim: Claim) -> str:
    """What a reader should know beyond the value, in a few words."""
    notes = []
    if claim.approx:
        notes.append(f"approx ({claim.hedge})" if claim.hedge else "approx")
    if claim.bound:
        notes.append(f"{claim.bound} bound ({claim.bound_text})")
    if claim.points:
        notes.append("percentage points")
    if claim.direction:
        notes.append(claim.direction)
    if claim.scale_reading and claim.scale_readings:
        other = "long" if claim.scale_reading == "short" else "short"
        alt = claim.scale_readings[other]
        alt_text = group_digits(alt.value) if alt.value is not None else \
            f"{group_digits(alt.low)} to {group_digits(alt.high)}"
        notes.append(f"{claim.scale_word}: {claim.scale_reading} scale read; "
                     f"{other} scale would be {alt_text}")
    return "; ".join(notes)


def claim_value(claim: Claim) -> str:
    if claim.value is not None:
        text = group_digits(claim.value)
    else:
        text = f"{group_digits(claim.low)} to {group_digits(claim.high)}"
    if claim.kind == "percent":
        return text + (" pts" if claim.points else " %")
    return f"{text} {claim.currency or '(currency?)'}"


def group_digits(value) -> str:
    """A decimal with digit groups for reading: 1720000000000 -> 1 720 000 000 000."""
    from decimal import Decimal

    from .numbers import format_decimal

    text = format_decimal(value) if isinstance(value, Decimal) else str(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if "E" in whole.upper():
        return text
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + " ".join(groups) + (f".{fraction}" if fraction else "")


def render_table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip()
             for row in [header, ["-" * w for w in widths], *rows]]
    return "\n".join(lines) + "\n"


def claims_table(claims: list[Claim]) -> str:
    if not claims:
        return "no money or percentage claim found\n"
    rows = [[str(i), c.kind, c.text.replace("\n", " "), claim_value(c), f"{c.start}-{c.end}",
             claim_notes(c)] for i, c in enumerate(claims)]
    return render_table(rows, ["#", "kind", "text", "value", "chars", "notes"])


SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def findings_table(result: DocumentResult) -> str:
    """Each claim in reading order with its verdict, reference and explanation."""
    if not result.claims:
        return "no money or percentage claim found\n"
    lines = []
    for number, claim in enumerate(result.claims):
        findings = [f for f in result.findings if f.claim == number]
        value = value_finding(result, number)
        lines.append(f"[{number}] {claim.text!r}  =  {claim_value(claim)}"
                     f"{'  (' + claim_notes(claim) + ')' if claim_notes(claim) else ''}")
        if claim.attribution is not None:
            source = claim.attribution.source or "unresolved"
            lines.append(f"    attributed to: {claim.attribution.text!r} -> {source}")
        for finding in sorted(findings, key=lambda f: (f is not value, -SEVERITY_RANK[f.severity])):
            lines.append(f"    {finding.severity.upper():7} {finding.code}: {finding.message}")
            if finding.reference is not None and finding is value and finding.reference.url:
                lines.append(f"            reference {finding.reference.id}: {finding.reference.url}")
        lines.append("")
    return "\n".join(lines)


def _plain(value) -> str:
    from .numbers import format_decimal

    return "" if value is None else format_decimal(value)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ["document", "claim", "kind", "text", "start", "end", "value", "low", "high",
               "currency", "approx", "verdict", "severity", "other_findings", "reference",
               "reference_url", "message"]


def spreadsheet_safe(cell: object) -> str:
    """A cell a spreadsheet will not run: text starting with = + - @ gets a leading quote.

    >>> spreadsheet_safe("=SUM(A1:A9)"), spreadsheet_safe("-33"), spreadsheet_safe(12)
    ("'=SUM(A1:A9)", "'-33", '12')
    """
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


def findings_csv(result: DocumentResult, header: bool = True) -> str:
    """One row per claim: its value verdict, the other findings, the reference."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    for number, claim in enumerate(result.claims):
        findings = [f for f in result.findings if f.claim == number]
        value = value_finding(result, number)
        ref = value.reference if value else None
        row = [result.id, number, claim.kind, claim.text, claim.start, claim.end, _plain(claim.value),
               _plain(claim.low), _plain(claim.high), claim.currency, claim.approx, value.code if value else "",
               value.severity if value else "", " ".join(f.code for f in findings if f is not value),
               ref.id if ref else "", ref.url if ref else "", value.message if value else ""]
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


VALUE_CODES = ("consistent", "value_mismatch", "scale_mismatch", "currency_mismatch",
               "period_mismatch", "unverified")


def value_finding(result: DocumentResult, number: int):
    """The one value finding of claim ``number`` (CONTRACT.md: every claim has exactly one)."""
    return next((f for f in result.findings if f.claim == number and f.code in VALUE_CODES), None)


def render_result(result: DocumentResult, fmt: Format, text: str = "", url: str | None = None) -> str:
    if fmt is Format.table:
        return findings_table(result)
    if fmt is Format.csv:
        return findings_csv(result)
    if fmt in (Format.html, Format.markdown, Format.claimreview):
        from . import report

        if fmt is Format.html:
            return report.render_html(result, text)
        if fmt is Format.markdown:
            return report.render_markdown(result)
        payload = json.dumps(report.render_claimreview(result, url), ensure_ascii=False, indent=2)
        # safe to paste inside <script type="application/ld+json">
        return payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
    if fmt is Format.jsonl:
        return json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n"
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def render_claims(result: DocumentResult, fmt: Format) -> str:
    if fmt not in (Format.table, Format.json, Format.jsonl):
        raise FactcheckError("E001", format=fmt.value, formats="table, json, jsonl")
    if fmt is Format.table:
        return claims_table(result.claims)
    if fmt is Format.jsonl:
        return "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n"
                       for c in result.claims)
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
