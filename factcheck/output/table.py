"""The table for people: claims with their values, or claims with verdicts and explanations."""

from __future__ import annotations

from factcheck.models import Claim, DocumentResult
from factcheck.output.common import (SEVERITY_RANK, checked_against_line, claim_notes, claim_value, frame_line,
                                     render_table, value_finding)


def claims_table(claims: list[Claim]) -> str:
    if not claims:
        return "no money or percentage claim found\n"
    framed = any(c.frame is not None for c in claims)
    rows = [[str(i), c.kind, c.text.replace("\n", " "), claim_value(c), f"{c.start}-{c.end}",
             claim_notes(c)] + ([frame_line(c)] if framed else []) for i, c in enumerate(claims)]
    return render_table(rows, ["#", "kind", "text", "value", "chars", "notes"] + (["about"] if framed else []))


def findings_table(result: DocumentResult) -> str:
    """Each claim in reading order with its verdict, reference and explanation."""
    header = checked_against_line(result)
    if not result.claims:
        return (header + "\n" if header else "") + "no money or percentage claim found\n"
    lines = [header, ""] if header else []
    for number, claim in enumerate(result.claims):
        findings = [f for f in result.findings if f.claim == number]
        value = value_finding(result, number)
        lines.append(f"[{number}] {claim.text!r}  =  {claim_value(claim)}"
                     f"{'  (' + claim_notes(claim) + ')' if claim_notes(claim) else ''}")
        if claim.frame is not None:
            lines.append(f"    about: {frame_line(claim)}")
        if claim.attribution is not None:
            source = claim.attribution.source or "unresolved"
            lines.append(f"    attributed to: {claim.attribution.text!r} -> {source}")
        for finding in sorted(findings, key=lambda f: (f is not value, -SEVERITY_RANK[f.severity])):
            lines.append(f"    {finding.severity.upper():7} {finding.code}: {finding.message}")
            if finding.reference is not None and finding is value and finding.reference.url:
                lines.append(f"            reference {finding.reference.id}: {finding.reference.url}")
        lines.append("")
    return "\n".join(lines)
