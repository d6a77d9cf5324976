"""Helpers every renderer shares: how a claim's value and notes read, which finding is its
value verdict, how severe a finding is. Renderers import this module, never each other.
"""

from __future__ import annotations

import html
import re

from factcheck.decimals import group_digits
from factcheck.models import VALUE_CODES, Claim, DocumentResult, Severity
from factcheck.text.sentences import index_of, split

SEVERITY_RANK = {severity.value: severity.rank for severity in Severity}



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


def frame_line(claim: Claim) -> str:
    """What the claim's frame says, in one line for people; empty when it has no frame.

    >>> from factcheck.models import Frame, FramePeriod, FrameSpan
    >>> frame = Frame(entity=FrameSpan(text="LVMH", start=0, end=4),
    ...               metric=FrameSpan(text="chiffre d'affaires", start=8, end=26),
    ...               period=FramePeriod(text="en 2023", start=40, end=47, value="2023"), role="change")
    >>> print(frame_line(Claim(kind="percent", text="13 %", start=30, end=34, value="13", frame=frame)))
    entity 'LVMH' · metric "chiffre d'affaires" · period 2023 ('en 2023') · role change
    """
    frame = claim.frame
    if frame is None:
        return ""
    parts = [f"{name} {span.text!r}" for name, span in (("entity", frame.entity), ("metric", frame.metric)) if span]
    if frame.period is not None:
        parts.append(f"period {frame.period.value or 'unresolved'} ({frame.period.text!r})")
    if frame.role:
        parts.append(f"role {frame.role}")
    if frame.per_unit:
        parts.append(f"per {frame.per_unit}")
    return " · ".join(parts) or "nothing said"


def claim_value(claim: Claim) -> str:
    if claim.value is not None:
        text = group_digits(claim.value)
    else:
        text = f"{group_digits(claim.low)} to {group_digits(claim.high)}"
    if claim.kind == "percent":
        return text + (" pts" if claim.points else " %")
    return f"{text} {claim.currency or '(currency?)'}"




def value_finding(result: DocumentResult, number: int):
    """The one value finding of claim ``number`` (CONTRACT.md: every claim has exactly one)."""
    return next((f for f in result.findings if f.claim == number and f.code in VALUE_CODES), None)



def render_table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip()
             for row in [header, ["-" * w for w in widths], *rows]]
    return "\n".join(lines) + "\n"


def checked_against_line(result: DocumentResult) -> str:
    """One sentence saying which reference table the claims were checked against.

    >>> from factcheck.models import CheckedAgainst
    >>> demo = CheckedAgainst(reference="bundled", bundled_demo=True, sources=11, figures=18)
    >>> checked_against_line(DocumentResult(checked_against=demo))[:58]
    'Checked against the bundled demo table (18 figures about o'
    >>> own = CheckedAgainst(reference="tables/insee", bundled_demo=False, sources=1, figures=40)
    >>> checked_against_line(DocumentResult(checked_against=own))
    'Checked against tables/insee (40 figures from 1 source).'
    """
    table = result.checked_against
    if table is None:
        return ""
    if table.bundled_demo:
        return (f"Checked against the bundled demo table ({table.figures} figures about one demo "
                f"article): claims on any other subject come out unverified. To check your own "
                f"article, write a reference table and pass --reference DIR (README: \"Check your "
                f"own article\").")
    return (f"Checked against {table.reference} ({plural(table.figures, 'figure')} from "
            f"{plural(table.sources, 'source')}).")


def plural(count: int, noun: str) -> str:
    """A count with its noun.

    >>> plural(1, "source"), plural(3, "figure")
    ('1 source', '3 figures')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def worst_severity(result: DocumentResult, number: int) -> str:
    """The most severe finding of claim ``number``: "error", "warning" or "info"."""
    found = [Severity(f.severity) for f in result.findings if f.claim == number]
    return max(found, key=lambda s: s.rank).value if found else Severity.info.value


MAX_STATEMENT = 300  # longer sentences are cut to the clause around the claim


def stating(text: str, claim: Claim) -> str:
    """The sentence that states the claim (a reviewed claim is a statement, not a number),
    or the clause around it when the sentence is very long.

    >>> text = "Le marché a progressé. Les ventes atteindraient 595,3 milliards de dollars en 2024."
    >>> claim = Claim(kind="money", text="595,3 milliards de dollars", start=48, end=74)
    >>> stating(text, claim)
    'Les ventes atteindraient 595,3 milliards de dollars en 2024.'
    >>> stating("", claim)
    '595,3 milliards de dollars'
    """
    sentences = split(text)
    if not sentences or text[claim.start:claim.end] != claim.text:
        return claim.text
    own = sentences[index_of(sentences, claim.start)]
    if own.end - own.start <= MAX_STATEMENT:
        return " ".join(own.text.split())
    start = max((m.end() for m in CLAUSE.finditer(text, own.start, claim.start)), default=own.start)
    end = next((m.start() for m in CLAUSE.finditer(text, claim.end, own.end)), own.end)
    return " ".join(text[start:end].split())


CLAUSE = re.compile(r"[;:,]\s|\s[-–—]\s")


# Every page we write runs no script and fetches nothing; inline styles only.
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def escape_html(text: object) -> str:
    """Text safe anywhere in an HTML page, attribute values included.

    >>> escape_html('<b title="x">R&D</b>')
    '&lt;b title=&quot;x&quot;&gt;R&amp;D&lt;/b&gt;'
    """
    return html.escape(str(text), quote=True)


def escape_markdown(text: object) -> str:
    """Text safe inside a Markdown table cell or line: one line, no pipes, markup or HTML.

    >>> escape_markdown("a | *b*\\n<i>")
    'a \\\\| \\\\*b\\\\* &lt;i&gt;'
    """
    cleaned = html.escape(" ".join(str(text).split()), quote=False)
    return re.sub(r"([\\`*_\[\]|<>])", r"\\\1", cleaned)
