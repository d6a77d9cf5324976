"""Pick the reference figure a claim is about, with a score that says why.

Evidence, by weight: the figure's entity named in the claim's sentence (3), the previous
sentence (2) or elsewhere in the article (1); its metric named in the sentence (3) or the
previous one (1); the attribution resolving to the figure's source (3); a year named in
the sentence that agrees with the figure's period (+1) or contradicts it (-3); the value
agreeing within tolerance (+2) or after a factor of 1000^k (+1). A figure needs at least 3
points of entity, metric or source evidence, and its entity named in the article (or its
metric in the claim's sentence, or its metric with its source), to be considered at all, and
an error verdict needs a strong match: the figure's metric named in the claim's own sentence,
with its entity near the claim or its source credited. A weaker match
that disagrees is left ``unverified`` (it may simply be about something else).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.checking.periods import relation
from factcheck.reference.index import FigureIndex, singular
from factcheck.reference.table import Figure

MIN_EVIDENCE = 3
# a table's own words for a forecast, in its metric column
FORECAST_METRIC = re.compile(r"(?<![\w-])(?:forecasts?|projections?|prévisions?|outlook|targets?|objectifs?|"
                             r"expected|attendue?s?|guidance|estimates?)(?![\w-])", re.IGNORECASE)
# A budget's working assumption ("growth assumption of the draft budget"): no measured
# outcome, but no one's forecast to judge a forecast by either (``is_outlook``).
ASSUMPTION_METRIC = re.compile(r"(?<![\w-])(?:assumptions?|hypothèses?)(?![\w-])", re.IGNORECASE)


@dataclass
class Candidate:
    figure: Figure
    evidence: int = 0
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    period_conflict: bool = False
    near_conflict: bool = False  # the conflict is with the claim's own clause, not just its sentence
    found: set[str] = field(default_factory=set)  # "entity", "entity_far", "metric", "source"

    @property
    def about_the_claim(self) -> bool:
        """Enough to cite the figure at all: its entity named in the article, its metric named
        in the claim's own sentence, or its metric nearby together with its source. A source
        alone (Reuters reports on everything) is never enough; a metric alias so generic it
        is in every article ("growth") is what `reference validate` warns about."""
        if self.found & {"entity", "entity_far", "metric_own"}:
            return True
        return {"metric", "source"} <= self.found

    @property
    def strong(self) -> bool:
        """Enough to call the claim wrong: the figure's metric named in the claim's own sentence,
        and its entity near the claim or its source credited. Without the metric there, the
        figure may measure something else ("115,6 % du PIB" is no inflation rate, though
        France and Insee are named)."""
        return "metric_own" in self.found and bool(self.found & {"entity", "source"})


@dataclass
class Context:
    """The aliases written around one claim: its sentence, the previous one, the article."""

    own: set[tuple[str, ...]]
    previous: set[tuple[str, ...]]
    document: set[tuple[str, ...]]
    years: set[str]
    period: str | None = None  # the month or quarter the claim's own clause names
    clause_year: str | None = None  # the year the claim's own clause names
    clause_whole_year: bool = False  # ... as a whole year ("en 2025"), not a month or quarter of it
    carried: str | None = None  # the month or quarter an earlier sentence names, when the claim's names none


def _evidence(index: FigureIndex, number: int, context: Context, candidate: Candidate) -> None:
    places = {"entity": (("own", context.own, 3), ("previous", context.previous, 2),
                         ("document", context.document, 1)),
              "metric": (("own", context.own, 3), ("previous", context.previous, 1))}
    for field, options in places.items():
        for where, aliases, weight in options:
            alias = index.names(number, field, aliases)
            if alias is not None:
                candidate.evidence += weight
                candidate.found.add(field if (field, where) != ("entity", "document") else "entity_far")
                if where in ("own", "previous"):
                    candidate.found.add(f"{field}_{where}")
                place = "in the article" if where == "document" else f"{where} sentence"
                candidate.reasons.append(f"{field} '{alias}' ({place})")
                break


def collect(index: FigureIndex, context: Context, unit_ok, extra: set[int], source: str | None,
            value_ok) -> list[Candidate]:
    """Score every figure the context or the value points at; keep those with evidence."""
    numbers = set(extra)
    for aliases in (context.own, context.previous, context.document):
        numbers.update(hit.figure for hit in index.hits(aliases, "entity", narrow_only=False))
    for aliases in (context.own, context.previous):
        numbers.update(hit.figure for hit in index.hits(aliases, "metric", narrow_only=True))
    kept = []
    for number in numbers:
        figure = index.figures[number]
        if not unit_ok(figure):
            continue
        candidate = Candidate(figure)
        _evidence(index, number, context, candidate)
        if source is not None and figure.accepts_source(source):
            candidate.evidence += 3
            candidate.found.add("source")
            candidate.reasons.append(f"source '{source}' (the attribution)")
        if candidate.evidence < MIN_EVIDENCE or not candidate.about_the_claim:
            continue  # never cite a figure about something else
        candidate.score = candidate.evidence
        agrees = _period_agrees(figure, {context.clause_year} if context.clause_year else context.years)
        if agrees is True and context.clause_whole_year and figure.period and len(figure.period) > 4 \
                and not figure.period.startswith("FY"):
            agrees = None  # "2,0 % en moyenne en 2025" is a year's figure, not a day's or a month's
            candidate.score -= 2
        if agrees is True:
            candidate.score += 1
            candidate.reasons.append(f"period {figure.period} (year named nearby)")
        elif agrees is False:
            candidate.score -= 3
            candidate.period_conflict = True
            candidate.near_conflict = context.clause_year is not None
        _fine_period(candidate, context.period)
        if context.period is None and relation(context.carried, figure.period) is True:
            candidate.score += 1
            candidate.found.add("period_carried")
            candidate.reasons.append(f"period {figure.period} (named earlier in the article)")
        candidate.score += value_ok(figure)
        kept.append(candidate)
    return kept


TARGET_METRIC = re.compile(r"(?<![\w-])(?:targets?|objectifs?|cibles?|goals?|aims?)(?![\w-])", re.IGNORECASE)


def is_target(figure: Figure) -> bool:
    """Whether the table gives the figure as a target: its metric says so ("deficit target",
    "objectif d'inflation").

    >>> is_target(Figure(id="x", entity="e", metric="inflation target", unit="%", source="s", period="2025"))
    True
    >>> is_target(Figure(id="x", entity="e", metric="HICP inflation forecast", unit="%", source="s", period="2025"))
    False
    """
    return bool(TARGET_METRIC.search(figure.metric.replace("_", " ")))


def is_forecast(figure: Figure) -> bool:
    """Whether the table gives the figure as a forecast: its edition (vintage) is older than
    the period it is for, or its metric says so ("sales forecast", "deficit target").

    >>> is_forecast(Figure(id="x", entity="e", metric="m", unit="%", source="s", period="2025", vintage="2024-06-06"))
    True
    >>> is_forecast(Figure(id="x", entity="e", metric="m", unit="%", source="s", period="2024", vintage="2025-01-30"))
    False
    """
    span = figure.period_span
    if figure.vintage and span and figure.vintage < span.start.isoformat():
        return True
    return bool(FORECAST_METRIC.search(figure.metric.replace("_", " ")))


def is_outlook(figure: Figure) -> bool:
    """Whether the figure looks ahead (a forecast, a target or a working assumption) rather than
    measuring an outcome: an outcome equal to it says nothing of either's period.

    >>> is_outlook(Figure(id="x", entity="e", metric="GDP growth assumption of the budget", unit="%", source="s",
    ...                   period="2025")), is_forecast(Figure(id="x", entity="e", metric="GDP growth assumption",
    ...                                                        unit="%", source="s", period="2025"))
    (True, False)
    """
    return is_forecast(figure) or bool(ASSUMPTION_METRIC.search(figure.metric.replace("_", " ")))


def _fine_period(candidate: Candidate, said: str | None) -> None:
    """The month or quarter named next to the claim against the figure's: the same one
    (+2, and the claim is told apart from its neighbours), or another (-3, a conflict)."""
    same = relation(said, candidate.figure.period)
    if same is True:
        candidate.score += 2
        candidate.found.add("period")
        candidate.reasons.append(f"period {candidate.figure.period} (named next to the claim)")
    elif same is False:
        candidate.score -= 0 if candidate.period_conflict else 3
        candidate.period_conflict = candidate.near_conflict = True


def _period_agrees(figure: Figure, years: set[str]) -> bool | None:
    """True/False when the sentence names years and the figure has a period (any year the
    period touches counts: FY2023-24 agrees with 2023 and 2024); None otherwise."""
    span = figure.period_span
    if span is None or not years:
        return None
    return any(str(year) in years for year in range(span.start.year, span.end.year + 1))


# Words of a table's metric names (written in English whatever the article's language) that say
# how a measure is taken, not what it measures: GDP growth "annual" and consumer prices "annual
# average" are no kin; nor are two forecasts of one body ("real GDP growth forecast (European
# Commission)" and "HICP inflation forecast (European Commission)"): the role and the
# publisher in brackets say nothing of what is measured.
QUALIFIERS = frozenset({"annual", "average", "quarterly", "monthly", "yearly", "rate", "change", "level",
                        "volume", "value", "total", "year", "quarter", "month", "end", "over",
                        "forecast", "projection", "estimate", "target", "outturn", "prévision", "estimation",
                        "objectif", "cible"})
BRACKETED = re.compile(r"\([^()]*\)")


def kin_metric_named(index: FigureIndex, figure: Figure, context: Context, near_words: set[str] = frozenset()) -> bool:
    """Whether the claim's sentence or the one before names the metric of a figure of the same
    entity whose metric shares a word with this one's ("la hausse des prix à la consommation",
    an alias of the monthly rate, for the annual average: both "consumer price inflation"), or
    only its head word ("le taux", "the rate", "la dette": ``near_words``, the folded words of
    those two sentences) once the article has named it in full."""
    words = _measure_words(figure.metric)
    for number in index.of_entity(figure.entity):
        other = index.figures[number]
        if not words & _measure_words(other.metric):
            continue
        if any(index.names(number, "metric", aliases) for aliases in (context.own, context.previous)):
            return True
        if any(len(alias) > 1 and {alias[0], alias[-1]} & near_words and alias in context.document
               for alias in index.metric_aliases(number)):
            return True
    return False


def _measure_words(metric: str) -> set[str]:
    """The words of a table's metric that say what is measured: no qualifier, no bracket.

    >>> sorted(_measure_words("real GDP growth forecast (European Commission)"))
    ['growth', 'real']
    >>> sorted(_measure_words("HICP inflation forecasts, annual average")), sorted(_measure_words("goods exports"))
    (['hicp', 'inflation'], ['exports', 'goods'])
    """
    return {w for w in re.findall(r"[^\W\d_]{4,}", BRACKETED.sub(" ", metric).casefold())
            if singular(w) not in QUALIFIERS}
