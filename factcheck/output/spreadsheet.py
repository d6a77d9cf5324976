"""CSV for spreadsheets: one row per claim, with cells no spreadsheet will run as a formula."""

from __future__ import annotations

import csv
import io

from factcheck.decimals import format_decimal
from factcheck.models import DocumentResult
from factcheck.output.common import value_finding


def _plain(value) -> str:

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
