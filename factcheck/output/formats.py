"""Output formats for people and for programs: table, json, jsonl."""

from __future__ import annotations

import json
from enum import Enum

from factcheck.errors import FactcheckError
from factcheck.models import CompareResult, DocumentResult
from factcheck.output import report
from factcheck.output.compare_html import render_compare_html
from factcheck.output.compare_report import compare_markdown, compare_table
from factcheck.output.spreadsheet import findings_csv
from factcheck.output.table import claims_table, findings_table


class ClaimFormat(str, Enum):
    """What ``extract`` can write: claims have no verdicts to show in a report."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"
    markdown = "markdown"
    claimreview = "claimreview"
    csv = "csv"


class CompareFormat(str, Enum):
    """What ``compare`` can write."""

    table = "table"
    json = "json"
    html = "html"
    markdown = "markdown"


def render_compare(result: CompareResult, fmt: CompareFormat, original: str = "", translation: str = "") -> str:
    """A compare result in ``fmt``; html needs both texts (the spans point into them)."""
    if fmt is CompareFormat.table:
        return compare_table(result)
    if fmt is CompareFormat.markdown:
        return compare_markdown(result)
    if fmt is CompareFormat.html:
        return render_compare_html(result, original, translation)
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def render_result(result: DocumentResult, fmt: Format, text: str = "", url: str | None = None) -> str:
    if fmt is Format.table:
        return findings_table(result)
    if fmt is Format.csv:
        return findings_csv(result)
    if fmt in (Format.html, Format.markdown, Format.claimreview):
        if fmt is Format.html:
            return report.render_html(result, text)
        if fmt is Format.markdown:
            return report.render_markdown(result, text)
        payload = json.dumps(report.render_claimreview(result, url, text), ensure_ascii=False, indent=2)
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
