"""A translation compared with its original, for people: a table for the terminal and a
Markdown summary. The HTML page is in ``compare_html``; JSON is the model itself.

Every view starts with how well the two texts aligned: when they align poorly, that line is
the answer, and no figure-level finding follows it.
"""

from __future__ import annotations

from collections import Counter

from factcheck.models import Claim, CompareFinding, CompareResult, Span
from factcheck.output.common import SEVERITY_RANK, claim_value, escape_markdown, plural


def alignment_line(result: CompareResult) -> str:
    """One sentence: the languages, how much aligned, how many figures on each side.

    >>> from factcheck.models import AlignmentSummary
    >>> summary = AlignmentSummary(original_sentences=8, translation_sentences=7, aligned=7,
    ...                            coverage=1.0, anchors=16, verdict="aligned")
    >>> alignment_line(CompareResult(source_lang="en", target_lang="fr", alignment=summary))
    'en → fr: 8 of 8 original sentences aligned (100%, 7 sentence pairs, 16 anchors: aligned); 0 figures in the original, 0 in the translation.'
    """
    if result.error is not None:
        return f"Cannot compare: {result.error.message}."
    langs = f"{result.source_lang or '?'} → {result.target_lang or '?'}"
    summary = result.alignment
    if summary is None:
        return f"{langs}: no alignment."
    covered = round(summary.coverage * summary.original_sentences)
    return (f"{langs}: {covered} of {summary.original_sentences} original sentences aligned "
            f"({summary.coverage:.0%}, {plural(summary.aligned, 'sentence pair')}, "
            f"{plural(summary.anchors, 'anchor')}: {summary.verdict}); "
            f"{plural(len(result.original_claims), 'figure')} in the original, "
            f"{len(result.translation_claims)} in the translation.")


def findings_count(result: CompareResult) -> str:
    """The findings by code ("1 scale_error, 2 figure_dropped"), or "no findings"."""
    counts = Counter(f.code.value for f in result.findings)
    return ", ".join(f"{n} {code}" for code, n in sorted(counts.items())) or "no findings"


def ordered_findings(result: CompareResult) -> list[CompareFinding]:
    """Errors first, then warnings, then notes; in reading order of the original within each."""
    def key(finding: CompareFinding):
        span = finding.original_span or finding.translation_span
        return (-SEVERITY_RANK[finding.severity], span.start if span else -1)
    return sorted(result.findings, key=key)


def side_text(claims: list[Claim], number: int | None, span: Span | None) -> str:
    """What a finding points at on one side: the claim with its value, or the bare span."""
    if number is not None and 0 <= number < len(claims):
        claim = claims[number]
        return f"[{number}] {claim.text!r} = {claim_value(claim)} (chars {claim.start}-{claim.end})"
    if span is not None:
        return f"{span.text!r} (chars {span.start}-{span.end}, not read as a claim)"
    return "-"


def compare_table(result: CompareResult) -> str:
    """The alignment line, each finding with both spans, then the figures that matched."""
    lines = [alignment_line(result), ""]
    for finding in ordered_findings(result):
        lines.append(f"{finding.severity.upper():7} {finding.code}: {finding.message}")
        if finding.original_span or finding.original is not None:
            lines.append(f"    original     {side_text(result.original_claims, finding.original, finding.original_span)}")
        if finding.translation_span or finding.translation is not None:
            lines.append(f"    translation  {side_text(result.translation_claims, finding.translation, finding.translation_span)}")
        lines.append("")
    matched = [p for p in result.pairs if p.original is not None and p.translation is not None]
    if matched:
        lines.append(f"Matched figures ({len(matched)}):")
        for pair in matched:
            o, t = result.original_claims[pair.original], result.translation_claims[pair.translation]
            lines.append(f"  [{pair.original}] {o.text!r} -> [{pair.translation}] {t.text!r}  {pair.status}")
        lines.append("")
    elif result.error is None and not result.findings:
        lines.append("no money or percentage figure on either side")
        lines.append("")
    return "\n".join(lines)


def compare_markdown(result: CompareResult) -> str:
    """A header line with the alignment, then a table of findings."""
    lines = [f"**factcheck compare** {escape_markdown(result.id or '')}: "
             f"{escape_markdown(alignment_line(result))} Findings: {findings_count(result)}.", ""]
    if result.findings:
        lines += ["| severity | code | original | translation | message |", "|---|---|---|---|---|"]
        for finding in ordered_findings(result):
            original = _span_text(result.original_claims, finding.original, finding.original_span)
            translation = _span_text(result.translation_claims, finding.translation, finding.translation_span)
            lines.append(f"| {finding.severity} | {escape_markdown(finding.code)} | {escape_markdown(original)} | "
                         f"{escape_markdown(translation)} | {escape_markdown(finding.message)} |")
    matched = sum(1 for p in result.pairs if p.status in ("same", "rounded"))
    if result.error is None and result.alignment is not None:
        lines += ["", f"{plural(matched, 'figure')} rendered faithfully."]
    return "\n".join(lines) + "\n"


def _span_text(claims: list[Claim], number: int | None, span: Span | None) -> str:
    if number is not None and 0 <= number < len(claims):
        return claims[number].text
    return span.text if span is not None else ""
