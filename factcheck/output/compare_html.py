"""A translation compared with its original as one self-contained HTML page, side by side.

The original is on the left, the translation on the right (stacked on a narrow screen).
Figures that were paired carry the same number and colour on both sides; a figure with a
finding is outlined by its severity, and hovering, focusing (tap or Tab) it shows the
findings in CSS alone. No script, nothing fetched (the same CSP as the document report);
every piece of input text is escaped.
"""

from __future__ import annotations

from factcheck.models import Claim, CompareFinding, CompareResult
from factcheck.output.common import PAGE_CSP, claim_value, escape_html as _e
from factcheck.output.compare_report import alignment_line, findings_count, ordered_findings

PALETTE = ("#cfe3ff", "#d6f0d0", "#ffe3c2", "#ead7f7", "#c9f0ee", "#f9d6e4", "#f0ecc0", "#dcdcf7")
UNPAIRED = "#e4e4e4"
CSS = """
body{font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa;overflow-wrap:break-word}
main{max-width:76rem;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;overflow-wrap:anywhere}h2{font-size:1.05rem;margin:.3rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem;table-layout:fixed}
td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th.sev,td.sev{width:5.5rem}th.code,td.code{width:11.5rem}
.sides{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;margin-top:1rem}
.side{min-width:0}
.text{position:relative;white-space:pre-wrap;background:#fff;padding:1rem;border:1px solid #ddd;border-radius:6px}
.fig{border-radius:3px;padding:0 .1rem;cursor:pointer;outline-offset:2px}
.fig sup{font-size:.7em;font-weight:700;margin-right:.1rem;color:#333}
.fig.unpaired{background-image:repeating-linear-gradient(45deg,#0000 0 4px,#0001 4px 8px)}
.fig.w-error{box-shadow:inset 0 -3px #b00000;outline:1px solid #b00000}
.fig.w-warning{box-shadow:inset 0 -3px #d08700}
.fig .pop{display:none;position:absolute;left:.5rem;right:.5rem;margin-top:1.6em;z-index:5;max-width:30rem;
 background:#fff;border:1px solid #888;border-radius:6px;padding:.5rem;box-shadow:0 2px 8px #0003;
 white-space:normal;font-size:.85rem;cursor:auto}
.fig:hover .pop,.fig:focus .pop,.fig:focus-within .pop,.fig:target .pop{display:block}
.fig:target{outline:2px solid #333}
.sev-error{color:#a00000;font-weight:600}.sev-warning{color:#8a5a00;font-weight:600}.sev-info{color:#2d6a2d}
@media (max-width:700px){main{padding:.5rem}table{font-size:.8rem}th.code,td.code{width:6rem}th.sev,td.sev{width:4rem}
 .sides{grid-template-columns:minmax(0,1fr)}
 .fig .pop{position:fixed;left:2vw;right:2vw;top:auto;bottom:2vh;width:auto;max-height:60vh;overflow:auto}}
"""


def pair_numbers(result: CompareResult) -> tuple[dict[int, int], dict[int, int]]:
    """The number shown on each paired figure (1, 2, … in the original's order), per side."""
    on_original, on_translation = {}, {}
    paired = sorted((p for p in result.pairs if p.original is not None and p.translation is not None),
                    key=lambda p: p.original)
    for number, pair in enumerate(paired, start=1):
        on_original[pair.original], on_translation[pair.translation] = number, number
    return on_original, on_translation


def _worst(findings: list[CompareFinding]) -> str:
    return max((f.severity for f in findings), key=lambda severity: severity.rank).value if findings else "none"


def _popover(claim: Claim | None, findings: list[CompareFinding], number: int | None) -> str:
    head = f"<strong>{_e(claim_value(claim))}</strong>" if claim is not None else ""
    pairing = f"<p>figure {number} on both sides</p>" if number else "<p>no counterpart figure</p>"
    if claim is not None and claim.attribution is not None:
        pairing += f"<p>attributed to: {_e(claim.attribution.text)}</p>"
    items = "".join(f'<li><span class="sev-{_e(f.severity)}">{_e(f.code)}</span>: {_e(f.message)}</li>'
                    for f in findings)
    return f'<span class="pop" role="tooltip">{head}{pairing}<ul>{items}</ul></span>'


def _marks(result: CompareResult, original: bool) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, (markup before the figure's text, markup after it)) for each figure of one side."""
    claims = result.original_claims if original else result.translation_claims
    numbers = pair_numbers(result)[0 if original else 1]
    prefix = "o" if original else "t"
    marks, taken = [], []
    for index, claim in enumerate(claims):
        found = [f for f in result.findings if (f.original if original else f.translation) == index]
        marks.append((claim.start, claim.end, _open(f"{prefix}-{index}", numbers.get(index), found, claim)))
        taken.append((claim.start, claim.end))
    for k, finding in enumerate(result.findings):  # a figure the extractor did not read as a claim
        span = finding.original_span if original else finding.translation_span
        index = finding.original if original else finding.translation
        if span is None or index is not None or any(span.start < e and s < span.end for s, e in taken):
            continue
        marks.append((span.start, span.end, _open(f"{prefix}-span-{k}", None, [finding], None)))
        taken.append((span.start, span.end))
    return sorted(marks)


def _open(ident: str, number: int | None, findings: list[CompareFinding],
          claim: Claim | None) -> tuple[str, str]:
    colour = PALETTE[(number - 1) % len(PALETTE)] if number else UNPAIRED
    classes = f"fig w-{_worst(findings)}" + ("" if number else " unpaired")
    tag = f"<sup>{number}</sup>" if number else ""
    return (f'<mark class="{classes}" id="{ident}" tabindex="0" data-pair="{number or ""}" '
            f'data-worst="{_worst(findings)}" style="background-color:{colour}">{tag}',
            _popover(claim, findings, number) + "</mark>")


def _side(result: CompareResult, text: str, original: bool) -> str:
    parts, position = [], 0
    for start, end, (before, after) in _marks(result, original):
        if start < position or end > len(text) or start >= end:
            continue
        parts.append(_e(text[position:start]))
        parts.append(before + _e(text[start:end]) + after)
        position = end
    parts.append(_e(text[position:]))
    lang = (result.source_lang if original else result.target_lang) or ""
    title = "Original" if original else "Translation"
    return (f'<section class="side"><h2>{title} ({_e(lang or "?")})</h2>'
            f'<div class="text" lang="{_e(lang)}">{"".join(parts)}</div></section>')


def _findings_table(result: CompareResult) -> str:
    if not result.findings:
        return "<p>No difference found between the figures.</p>"
    rows = []
    for f in ordered_findings(result):
        where = " ".join(f'<a href="#{side}-{index}">{label}</a>' for side, index, label in
                         (("o", f.original, "original"), ("t", f.translation, "translation")) if index is not None)
        rows.append(f'<tr><td class="sev sev-{_e(f.severity)}">{_e(f.severity)}</td><td class="code">{_e(f.code)}</td>'
                    f"<td>{_e(f.message)} {where}</td></tr>")
    return ('<table><thead><tr><th class="sev">severity</th><th class="code">code</th><th>finding</th></tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def render_compare_html(result: CompareResult, original: str, translation: str) -> str:
    heading = _e(result.id or "translation compared with its original")
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{PAGE_CSP}">'
        f"<title>{heading}</title><style>{CSS}</style></head><body><main>"
        f"<h1>factcheck compare: {heading}</h1><p>{_e(alignment_line(result))}</p>"
        f"<p>Findings: {_e(findings_count(result))}.</p>{_findings_table(result)}"
        f'<div class="sides">{_side(result, original, True)}{_side(result, translation, False)}</div>'
        "</main></body></html>\n")
