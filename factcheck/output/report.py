"""Reports for people: one self-contained HTML page, and a compact Markdown summary.

The HTML page has no script and fetches nothing: claims are highlighted by verdict colour,
and hovering, focusing (tap or Tab) a claim shows its findings in CSS alone. Every piece of
article text and reference data is escaped; links are kept only for http(s) URLs.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.output.common import PAGE_CSP, claim_value, stating, value_finding, worst_severity
from factcheck.output.common import escape_html as _e
from factcheck.output.common import escape_markdown as _md
from factcheck.models import Claim, DocumentResult, Finding

SAFE_URL = re.compile(r"^https?://[^\s\"'<>`]+$", re.IGNORECASE)
COLOURS = {"consistent": "#cdeccd", "unverified": "#e4e4e4", "period_mismatch": "#fde6a8",
           "value_mismatch": "#f7c1c1", "scale_mismatch": "#f7c1c1", "currency_mismatch": "#f7c1c1"}
SEVERITY_COLOURS = {"error": "#f7c1c1", "warning": "#fde6a8"}


def shade(value_code: str, worst: str) -> str:
    """A claim's colour follows its worst finding: red for any error (an attribution_mismatch
    on a consistent value included), amber for a warning, else its value verdict's colour.

    >>> shade("consistent", "error"), shade("consistent", "warning"), shade("consistent", "info")
    ('#f7c1c1', '#fde6a8', '#cdeccd')
    """
    return SEVERITY_COLOURS.get(worst) or COLOURS.get(value_code, "#e4e4e4")
CSS = """

body{font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa;overflow-wrap:break-word}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;overflow-wrap:anywhere}table{border-collapse:collapse;width:100%;font-size:.9rem;table-layout:fixed}
td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.article{white-space:pre-wrap;background:#fff;padding:1rem;border:1px solid #ddd;border-radius:6px}
.article{position:relative}
.claim{border-radius:3px;padding:0 .1rem;cursor:pointer;outline-offset:2px}
.claim .pop{display:none;position:absolute;left:.5rem;right:.5rem;margin-top:1.6em;z-index:5;max-width:30rem;
 background:#fff;border:1px solid #888;border-radius:6px;padding:.5rem;box-shadow:0 2px 8px #0003;
 white-space:normal;font-size:.85rem;cursor:auto}
.claim:hover .pop,.claim:focus .pop,.claim:focus-within .pop,.claim:target .pop{display:block}
.claim:target{outline:2px solid #333}
.claim.warn{box-shadow:inset 0 -3px #d08700}
.attr{text-decoration:underline wavy #b36b00;text-underline-offset:3px}
.sev-error{color:#a00000;font-weight:600}.sev-warning{color:#8a5a00;font-weight:600}.sev-info{color:#2d6a2d}
.legend span{display:inline-block;padding:0 .4rem;margin:.1rem;border-radius:3px}
@media (max-width:600px){main{padding:.5rem}table{font-size:.8rem}
 .claim .pop{position:fixed;left:2vw;right:2vw;top:auto;bottom:2vh;width:auto;max-height:60vh;overflow:auto}}
"""


def _link(url: str | None, label: str) -> str:
    if url and SAFE_URL.match(url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(label)}</a>'
    return _e(label)


def _popover(result: DocumentResult, number: int, claim: Claim) -> str:
    items = []
    for finding in (f for f in result.findings if f.claim == number):
        ref = finding.reference
        source = ""
        if ref is not None:
            source = (f"<br><small>reference {_e(ref.id)}: "
                      f"{_link(ref.url, getattr(ref, 'source_name', None) or ref.source or ref.url or '')}"
                      f"</small>")
        items.append(f'<li><span class="sev-{_e(finding.severity)}">{_e(finding.code)}</span>: '
                     f"{_e(finding.message)}{source}</li>")
    attribution = ""
    if claim.attribution is not None:
        attribution = (f"<p>attributed to: {_e(claim.attribution.text)} "
                       f"→ {_e(claim.attribution.source or 'unresolved')}</p>")
    return (f'<span class="pop" role="tooltip"><strong>{_e(claim_value(claim))}</strong>'
            f"{attribution}<ul>{''.join(items)}</ul></span>")


def _segments(result: DocumentResult, text: str) -> list[tuple[int, int, str, int]]:
    """Non-overlapping (start, end, kind, claim number) marks: claims first, then attributions."""
    marks: list[tuple[int, int, str, int]] = []
    for number, claim in enumerate(result.claims):
        marks.append((claim.start, claim.end, "claim", number))
    taken = [(s, e) for s, e, _, _ in marks]
    for number, claim in enumerate(result.claims):
        attribution = claim.attribution
        if attribution is None or not attribution.text:
            continue
        start, end = attribution.start, attribution.end
        if start is None or end is None or text[start:end] != attribution.text:
            continue
        if all(end <= s or start >= e for s, e in taken):
            marks.append((start, end, "attr", number))
            taken.append((start, end))
    return sorted(marks)


def render_html(result: DocumentResult, text: str, title: str | None = None) -> str:
    parts, position = [], 0
    for start, end, kind, number in _segments(result, text):
        parts.append(_e(text[position:start]))
        if kind == "attr":
            parts.append(f'<span class="attr" title="attribution">{_e(text[start:end])}</span>')
        else:
            claim = result.claims[number]
            finding = value_finding(result, number)
            code = finding.code if finding else "unverified"
            flags = " ".join(sorted({f.code for f in result.findings if f.claim == number} - {code}))
            worst = worst_severity(result, number)
            warn = " warn" if any(f.severity != "info" and f.code != code for f in result.findings
                                  if f.claim == number) else ""
            parts.append(f'<mark class="claim v-{_e(code)}{warn}" id="claim-{number}" tabindex="0" '
                         f'data-verdict="{_e(code)}" data-worst="{_e(worst)}" data-flags="{_e(flags)}" '
                         f'style="background:{shade(code, worst)}">{_e(text[start:end])}'
                         f"{_popover(result, number, claim)}</mark>")
        position = end
    parts.append(_e(text[position:]))
    heading = _e(title or result.id or "factcheck report")
    return (
        "<!DOCTYPE html>\n<html lang=\"" + _e(result.lang or "fr") + "\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{PAGE_CSP}">'
        f"<title>{heading}</title><style>{CSS}</style></head><body><main>"
        f"<h1>factcheck: {heading}</h1>{_summary(result)}"
        f'<div class="article">{"".join(parts)}</div></main></body></html>\n'
    )


def _summary(result: DocumentResult) -> str:
    counts = Counter(f.code for f in result.findings)
    legend = "".join(f'<span style="background:{colour}">{_e(code)}</span>' for code, colour in COLOURS.items())
    rows = []
    for number, claim in enumerate(result.claims):
        finding = value_finding(result, number)
        others = sorted({f.code for f in result.findings if f.claim == number} - {finding.code if finding else ""})
        ref = finding.reference if finding else None
        rows.append(f'<tr><td><a href="#claim-{number}">{_e(claim.text)}</a></td>'
                    f"<td>{_e(finding.code if finding else '')}</td><td>{_e(', '.join(others))}</td>"
                    f"<td>{_link(ref.url, ref.id) if ref else ''}</td></tr>")
    totals = ", ".join(f"{n} {_e(code)}" for code, n in sorted(counts.items())) or "no findings"
    return (f"<p>{len(result.claims)} claims: {totals}.</p><p class=\"legend\">{legend}</p>"
            "<table><thead><tr><th>claim</th><th>verdict</th><th>also</th><th>reference</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table><h2>Article</h2>")


def render_markdown(result: DocumentResult, text: str = "") -> str:
    """A table of claims and verdicts, then each finding to look at with the sentence that
    states its claim (``text`` is the article; without it, only the claim's own words)."""
    counts = Counter(f.code for f in result.findings)
    lines = [f"**factcheck** {_md(result.id or '')}: {len(result.claims)} claims — "
             + (", ".join(f"{n} {code}" for code, n in sorted(counts.items())) or "no findings"), "",
             "| # | claim | value | verdict | notes |", "|---|---|---|---|---|"]
    for number, claim in enumerate(result.claims):
        finding = value_finding(result, number)
        notes = [f"{f.code}" for f in result.findings if f.claim == number and f is not finding]
        lines.append(f"| {number} | {_md(claim.text)} | {_md(claim_value(claim))} | "
                     f"{_md(finding.code if finding else '')} | {_md(', '.join(notes))} |")
    problems = [f for f in result.findings if f.severity != "info"]
    if problems:
        lines += ["", "**To look at:**"]
        lines += [f"- [{f.claim}] {_md(f.code)}: “{_md(stating(text, result.claims[f.claim]))}” — "
                  f"{_md(f.message)}" for f in problems]
    return "\n".join(lines) + "\n"


RATINGS = {"value_mismatch": (1, "False"), "scale_mismatch": (1, "False"),
           "currency_mismatch": (1, "False"), "attribution_mismatch": (2, "Misattributed")}


def render_claimreview(result: DocumentResult, url: str | None = None, text: str = "") -> list[dict]:
    """schema.org ClaimReview JSON-LD for each claim with an error finding; the claim
    reviewed is the sentence (or clause) of ``text`` that states it."""
    reviews = []
    appearance = {"@type": "CreativeWork"}
    if url and SAFE_URL.match(url):
        appearance["url"] = url
    if result.id:
        appearance["name"] = result.id
    for number, claim in enumerate(result.claims):
        errors = [f for f in result.findings if f.claim == number and f.severity == "error"]
        if not errors:
            continue
        worst = errors[0]
        rating_value, label = RATINGS.get(worst.code, (1, worst.code))
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": stating(text, claim),
            "itemReviewed": {"@type": "Claim", "appearance": appearance,
                             "text": stating(text, claim), "inLanguage": result.lang},
            "reviewRating": {"@type": "Rating", "ratingValue": rating_value, "bestRating": 5,
                             "worstRating": 1, "alternateName": worst.code},
            "reviewBody": " ".join(f.message for f in errors),
            "author": {"@type": "Organization", "name": "factcheck"},
        }
        if worst.reference is not None and worst.reference.url and SAFE_URL.match(worst.reference.url):
            review["citation"] = worst.reference.url
        reviews.append(review)
    return reviews
