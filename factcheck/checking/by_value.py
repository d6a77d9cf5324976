"""A consistent verdict found by value when the words around a claim name no figure's metric
("le taux s'établissait à 7,5 %", a headline's "à 5,1 % sur un an"): the one figure of the
table that the claim's value meets exactly, whose entity or source the article names, whose
period is the claim's and whose role is comparable. It only ever says ``consistent``: a figure found
this way is never used to call a claim wrong.
"""

from __future__ import annotations


from factcheck.checking import messages
from factcheck.checking.gate import ClaimFacts, role_missing, years_of
from factcheck.checking.matching import Candidate, Context, is_outlook, kin_metric_named
from factcheck.checking.periods import FINE, moved_back, relation, year_fits
from factcheck.checking.verdict import judge, readings, tolerance
from factcheck.models import Claim, FindingCode
from factcheck.reference.index import FigureIndex
from factcheck.reference.table import Figure


def found_by_value(index: FigureIndex, claim: Claim, unit: str | None, context: Context,
                   facts: ClaimFacts) -> Candidate | None:
    """The only figure the claim agrees with in value, entity, period and role, or None."""
    if unit is None or facts.year.where in ("", "unstated") or facts.year.unresolved:
        return None
    numbers = near(index, claim, unit)
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


def period_slip(index: FigureIndex, claim: Claim, unit: str | None, context: Context,
                facts: ClaimFacts) -> Candidate | None:
    """A value said of one period that is, to its last digit, the table's figure for another
    period, while the table's figure for the period said differs ("Fin juin, elle représentait
    113,9 %" where 113,9 % is end-March's and end-June's is 115,6 %): the one figure met, for a
    ``period_mismatch``. None unless the claim's own clause names its period, exactly one
    figure of an entity or source the article names meets the value, its metric is named in
    the claim's sentence or the one before and no other entity of the table in the claim's,
    and a figure of the same entity and metric for the period said does not meet it."""
    if unit is None or facts.year.where != "clause" or facts.year.unresolved or facts.counterfactual:
        return None
    met = sorted(n for n in near(index, claim, unit) if index.figures[n].unit == unit and judge(
        claim, index.figures[n], False).code is FindingCode.consistent and named(index, n, context, facts))
    if len(met) != 1:
        return None
    figure = index.figures[met[0]]
    if figure.period is None or period_agrees(context.period, facts, figure):
        return None
    if is_outlook(figure) and not any(figure.accepts_source(source) for source in facts.sources_named):
        return None  # a forecast is its author's: the Commission's 0.9 % for 2024 is no slip of the ECB's for 2025
    if not kin_metric_named(index, figure, context, facts.near_words) or facts.entities_in_clause - {figure.entity}:
        return None  # a metric of its kind named nearby, and no other entity of the table in the claim's clause
    other_reading = facts.year.base and figure.period in (moved_back(facts.year.base, False),
                                                          moved_back(facts.year.base, True))
    if not other_reading and not next_door(context.period or facts.year.written or facts.year.year, figure.period):
        return None  # a slip goes to the next period, the same a year apart, or a year for a quarter earlier
    said_period = [other for other in (index.figures[n] for n in index.of_entity(figure.entity))
                   if other.metric == figure.metric and other.unit == unit and other.period
                   and period_agrees(context.period, facts, other)]
    if not said_period or any(judge(claim, other, False).code is FindingCode.consistent for other in said_period):
        return None
    return Candidate(figure, found={"value"}, period_conflict=True, near_conflict=True, reasons=[
        "value met exactly", f"period {said_period[0].period} (named next to the claim) holds another value"])


def named(index: FigureIndex, number: int, context: Context, facts: ClaimFacts) -> bool:
    """Whether the article names the figure's entity or one of its sources."""
    return any(index.names(number, "entity", aliases) for aliases in (context.own, context.previous, context.document)) \
        or any(index.figures[number].accepts_source(source) for source in facts.sources_named)


def next_door(said: str | None, period: str) -> bool:
    """Whether a period said is next to the figure's, or the same a year apart, at the coarser
    grain of the two (an unknown year "?" matches any).

    >>> next_door("2025-06", "2025-Q1"), next_door("2024-Q3", "2023-Q4"), next_door("2022-08", "2022-01")
    (True, False, False)
    >>> next_door("2022", "2023"), next_door("?-10", "2022-09"), next_door("2024-09", "2023-09")
    (True, True, True)
    """
    if not said:
        return False
    grain = min(_grain(said), _grain(period))
    a, b = _step(said, grain), _step(period, grain)
    if a is None or b is None:  # a month said without its year: the months only
        months = [_step("2000" + p[p.index("-"):], grain) for p in (said, period) if "-" in p]
        return len(months) == 2 and abs(months[0] - months[1]) in (1, grain - 1)
    return abs(a - b) in ((1, grain) if grain > 1 else (1,))


def _grain(period: str) -> int:
    """Steps a year: 12 for a month (or day), 4 for a quarter, 1 for a year."""
    rest = period.split("-")[1] if "-" in period else ""
    return 4 if rest.startswith("Q") else 12 if rest else 1


def _step(period: str, grain: int) -> int | None:
    year = None if period[:4] == "?" or not period[:4].isdigit() else int(period[:4])
    rest = period.split("-")[1] if "-" in period else ""
    if grain == 1:
        return year
    part = int(rest[1]) if rest.startswith("Q") else (int(rest[:2]) if rest[:2].isdigit() else None)
    if part is None:
        return None
    if grain == 4 and not rest.startswith("Q"):
        part = (part - 1) // 3 + 1
    if year is None:
        return None
    return year * grain + part


def scale_slip(index: FigureIndex, claim: Claim, unit: str | None, context: Context,
               facts: ClaimFacts) -> Candidate | None:
    """An amount of three significant digits or more that is, a thousand-fold, the one figure
    of its currency the claim's year holds for an entity or source the article names, a metric
    of its kind named in the claim's sentence or the one before ("la dette s'est alourdie de
    70,9 millions d'euros" where the quarter's rise is 70,9 milliards): that figure, for a
    ``scale_mismatch``. None without a year for the claim or with another entity in its clause."""
    if claim.kind != "money" or unit is None or claim.value is None or facts.counterfactual:
        return None
    if len(claim.value.normalize().as_tuple().digits) < 3 or facts.entities_in_clause:
        return None
    met = {n for n in near(index, claim, unit, first_only=True)
           if index.figures[n].unit == unit and judge(claim, index.figures[n], False).code is FindingCode.scale_mismatch
           and named(index, n, context, facts)}
    kept = [n for n in met if year_fits(facts.year, index.figures[n].period, years_of(index.figures[n]))
            and facts.year.year is not None and relation(context.period, index.figures[n].period) is not False
            and kin_metric_named(index, index.figures[n], context, facts.near_words)
            and role_missing(claim, facts, index.figures[n], True) in (None, messages.MISSING_PREVIOUS)]
    if len(kept) != 1:
        return None
    return Candidate(index.figures[kept[0]], found={"value"}, reasons=["value met a thousand-fold",
                                                                      "a metric of its kind named nearby"])


NEAR_VALUE_CAP = 20  # more figures than this meeting a value: the value says nothing by itself


def near(index: FigureIndex, claim: Claim, unit: str, first_only: bool = False) -> set[int]:
    """The figures the claim's readings meet (or meet a thousand-fold), none when too many do."""
    found: set[int] = set()
    for reading in readings(claim)[:1] if first_only else readings(claim):
        if reading.label in ("", "signed by its direction"):
            found |= index.near_value(unit, reading.middle, tolerance(claim, reading))
    return found if len(found) <= NEAR_VALUE_CAP else set()
