"""A consistent verdict found by value when the words around a claim name no figure's metric
("le taux s'établissait à 7,5 %", a headline's "à 5,1 % sur un an"): the one figure of the
table that the claim's value meets exactly, whose entity or source the article names, whose
period is the claim's and whose role is comparable. It only ever says ``consistent``: a figure found
this way is never used to call a claim wrong.
"""

from __future__ import annotations

from factcheck.checking import messages
from factcheck.checking.gate import ClaimFacts, role_missing, years_of
from factcheck.checking.matching import Candidate, Context
from factcheck.checking.periods import FINE, relation, year_fits
from factcheck.checking.verdict import judge, readings, tolerance
from factcheck.models import Claim, FindingCode
from factcheck.reference.index import FigureIndex
from factcheck.reference.table import Figure


def found_by_value(index: FigureIndex, claim: Claim, unit: str | None, context: Context,
                   facts: ClaimFacts) -> Candidate | None:
    """The only figure the claim agrees with in value, entity, period and role, or None."""
    if unit is None or facts.year.where in ("", "unstated") or facts.year.unresolved:
        return None
    numbers: set[int] = set()
    for reading in readings(claim):
        if reading.label in ("", "signed by its direction"):
            numbers |= index.near_value(unit, reading.middle, tolerance(claim, reading))
    kept = []
    for number in numbers:
        figure = index.figures[number]
        if figure.unit != unit or judge(claim, figure, False).code is not FindingCode.consistent:
            continue
        entity = next((index.names(number, "entity", aliases) for aliases in
                       (context.own, context.previous, context.document) if index.names(number, "entity", aliases)),
                      None)
        source = next((s for s in facts.sources_named if figure.accepts_source(s)), None)
        if (entity is None and source is None) or not period_agrees(context.period, facts, figure):
            continue
        missing = role_missing(claim, facts, figure, context.period is not None or facts.year.where == "clause")
        if missing and not (figure.role is None and missing == messages.MISSING_CHANGE) \
                and missing != messages.MISSING_PREVIOUS:
            continue  # a change agrees with a figure of no stated role; an old value may agree with its figure
        kept.append(Candidate(figure, found={"value"}, reasons=[
            f"value and period {figure.period} agree",
            f"entity '{entity}' (in the article)" if entity else f"source '{source}' (named in the article)"]))
    return kept[0] if len(kept) == 1 else None


def period_agrees(said: str | None, facts: ClaimFacts, figure: Figure) -> bool:
    """The claim's year is the figure's, and a figure of a month or quarter is met by the
    same month or quarter (or a month of that quarter) named next to the claim.

    >>> from factcheck.checking.periods import ClaimYear
    >>> f = Figure(id="x", entity="e", metric="m", unit="%", source="s", period="2025-Q1")
    >>> period_agrees("?-03", ClaimFacts(ClaimYear("2025", "earlier")), f)
    True
    >>> period_agrees(None, ClaimFacts(ClaimYear("2025", "earlier")), f)
    False
    """
    if figure.period is None or not year_fits(facts.year, figure.period, years_of(figure)):
        return False
    if len(figure.period) == 4 or figure.period.startswith("FY"):
        return said is None
    if said is None:  # "fin 2024" is the last quarter's or month's
        return facts.year.year_end and figure.period[5:] in ("Q4", "12")
    if relation(said, figure.period) is True:
        return True
    month, quarter = FINE.match(said), FINE.match(figure.period[:7])
    return bool(month and quarter and "Q" in figure.period and month.group(2).isdigit()
                and (int(month.group(2)) - 1) // 3 + 1 == int(figure.period[6]))
