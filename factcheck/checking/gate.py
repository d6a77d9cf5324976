"""What an error finding needs besides a value that disagrees (issue 11): the reference figure
must be about the claim in every respect the text lets us read, else the claim is left
``unverified`` and the finding says what was missing.

- a strong match: the figure's metric named in the claim's own sentence, its entity near the
  claim (and not another entity of the table named in the claim's sentence instead) or its
  source credited (``matching.Candidate.strong``); or the metric written just before the
  figure ("soit une marge opérationnelle de 21,3 %") in an article that names that entity and
  no other of the table;
- the period: the claim's year (its clause, its sentence, the nearest earlier year, the
  article's date: ``periods.claim_year``) inside the figure's period, and no month or quarter
  next to the claim naming another one;
- comparable roles: a change (said in words or points) only against a change; a share only
  against a share or a figure of no stated role; an earlier value ("contre 1,5 % précédemment")
  only when its own clause names its period and that period is recent (the article's year or
  the one before: "elle était de 97,9 % en 2019" in a 2024 story is an older edition's figure,
  revised since by a new base); nothing said of a counterfactual ("en l'absence de mesures");
  a forecast or a target only against a forecast ("below the 3% limit by 2027" is no outturn);
  the cue words are language data (check_<lang>.toml, read by cue_words.py);
- a value of the same order: a claim more than twice or less than half the figure (or of the
  other sign) is more likely another measure than a mistyped one.

>>> ratio_plausible(Decimal("19.7"), Decimal("17.9")), ratio_plausible(Decimal("1.8"), Decimal("7.5"))
(True, False)
>>> ratio_plausible(Decimal("15"), Decimal("-15")), ratio_plausible(Decimal("0"), Decimal("0.1"))
(False, False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.checking import messages
from factcheck.checking.matching import Candidate, is_forecast, is_outlook, is_target
from factcheck.checking.cue_words import patterns
from factcheck.checking.periods import ClaimYear, year_fits
from factcheck.lang.data import LANGS
from factcheck.models import Claim, Finding, FindingCode
from factcheck.reference.table import Figure

SAME_ORDER = Decimal(2)
CHANGE_ROLES = ("change",)
FORECAST_ROLES = ("forecast", "target", "revision")  # someone's aim or expectation, not a measure


def level_reached(before: str, lang: str) -> bool:
    """Whether the words just before a figure make it the level a move ends at.

    >>> level_reached("Le taux a été porté à ", "fr"), level_reached("climbed to a record ", "en")
    (True, True)
    >>> level_reached("Le taux a été relevé de ", "fr")
    False
    """
    return bool(patterns(lang).level_after.search(before)) if lang in LANGS else False


@dataclass(frozen=True)
class ClaimFacts:
    """What the article says about a claim besides its value."""

    year: ClaimYear
    role: str = "level"
    entities_here: frozenset[str] = field(default_factory=frozenset)  # table entities named in its sentence
    entities_in_clause: frozenset[str] = field(default_factory=frozenset)  # ... in its own clause
    near_words: frozenset[str] = field(default_factory=frozenset)  # folded words of its sentence and the one before
    sole_entity: str | None = None  # the only entity of the table the article names
    next_to: frozenset = frozenset()  # the aliases written just before the claim, since the figure before it
    metric_next_to: bool = False  # the best figure's metric among them (set per candidate)
    counterfactual: str | None = None  # "en l'absence de mesures" in its sentence
    lone: frozenset[str] = frozenset()  # ids of the table's figures alone of their entity and metric
    sources_named: frozenset[str] = frozenset()  # the table's sources the article names
    latest_year: int | None = None  # the article's year, else the latest year it names
    level_reached: bool = False  # "à"/"to" just before it: the level a move ends at
    credited: str | None = None  # the source the text credits the claim to, resolved in the table
    credited_elsewhere: bool = False  # ... in another sentence that restates the figure (a headline's)
    ranked_in: frozenset[str] = frozenset()  # table entities named as the group a figure is ranked in
    period_named: str | None = None  # the month or quarter its clause names ("en octobre": "?-10"), when it does


def is_change(claim: Claim, role: str) -> bool:
    return bool(claim.points or claim.direction) or role == "change"


def ratio_plausible(claimed: Decimal, reference: Decimal) -> bool:
    """Whether two values are of the same sign and within a factor of two of each other."""
    if claimed == 0 or reference == 0 or (claimed > 0) != (reference > 0):
        return False
    ratio = abs(claimed / reference)
    return 1 / SAME_ORDER <= ratio <= SAME_ORDER


def role_missing(claim: Claim, facts: ClaimFacts, figure: Figure, said_period: bool,
                 fine_named: bool = False) -> str | None:
    """Why the claim's role and the figure's cannot be compared, or None when they can."""
    if is_change(claim, facts.role) and figure.role not in CHANGE_ROLES:
        return messages.MISSING_CHANGE
    if facts.role == "share" and figure.role not in (None, "share"):
        return messages.MISSING_SHARE
    if facts.role == "previous":
        if not said_period:
            return messages.MISSING_PREVIOUS_PERIOD
        if facts.year.year is None and fine_named:
            return None  # "contre 5,6 % en avril" with no year anywhere: the last April, a recent one
        if facts.year.year is None or facts.latest_year is None or int(facts.year.year) < facts.latest_year - 1:
            return messages.MISSING_PREVIOUS
    if facts.counterfactual:
        return messages.missing_counterfactual(facts.counterfactual)
    if facts.role in FORECAST_ROLES and not is_forecast(figure):
        return messages.MISSING_ASSUMPTION if is_outlook(figure) else messages.MISSING_OUTTURN
    if facts.role == "target" and not is_target(figure):  # "vise 2 % à moyen terme" is no forecast of 1 %
        return messages.MISSING_TARGET
    return None


def moved_by(before: str, lang: str) -> bool:
    """Whether the words just before a figure make it the size of a move.

    >>> moved_by("The bank cut its deposit rate by ", "en"), moved_by("the rate stood at ", "en")
    (True, False)
    >>> moved_by("La BCE a abaissé son taux de dépôt de ", "fr"), moved_by("un taux de dépôt de ", "fr")
    (True, False)
    """
    return lang in LANGS and bool(patterns(lang).moved_by.search(before))


def move_direction(before: str, lang: str) -> str | None:
    """The way a move by an amount goes, read from its verb ("devraient baisser de 15 %",
    "cut ... by"), or None when the verb does not say.

    >>> move_direction("les tarifs devraient baisser de ", "fr"), move_direction("le taux est relevé de ", "fr")
    ('down', 'up')
    >>> move_direction("The bank cut its deposit rate by ", "en"), move_direction("it moved by ", "en")
    ('down', None)
    """
    if not moved_by(before, lang):
        return None
    for direction, pattern in patterns(lang).ways:
        if pattern.search(before):
            return direction
    return None


def counterfactual_in(sentence: str, lang: str) -> str | None:
    """The words that make a sentence's figures hypothetical, or None.

    >>> counterfactual_in("Le déficit atteindrait 6 % en l'absence de mesures nouvelles.", "fr")
    "en l'absence de mesures nouvelles"
    >>> counterfactual_in("Le déficit a atteint 6 % malgré des mesures.", "fr") is None
    True
    """
    found = patterns(lang).counterfactual.search(sentence) if lang in LANGS else None
    return found.group(0) if found else None


def missing_for_error(claim: Claim, best: Candidate, finding: Finding, facts: ClaimFacts,
                      claimed: Decimal, reference: Decimal) -> list[str]:
    """What the match lacks for ``finding`` (an error) to stand; empty when nothing."""
    figure = best.figure
    lacking = []
    fits = period_fits(best, facts)
    strong = best.strong or (facts.metric_next_to and "metric_own" in best.found and "entity_far" in best.found
                             and facts.sole_entity == figure.entity)
    if not strong and not (fits and scale_coincidence(best, finding)):
        lacking.append(messages.MISSING_STRONG)
    elif "entity_own" not in best.found and facts.entities_here - {figure.entity}:
        lacking.append(messages.missing_other_entity(sorted(facts.entities_here - {figure.entity})))
    if not fits:
        lacking.append(messages.missing_period(facts.year.year, facts.year.unresolved, figure.period))
    if figure.entity in facts.ranked_in:  # "le Portugal a le taux le plus bas des Vingt-Sept"
        lacking.append(messages.missing_ranked(figure.entity))
    if facts.credited and not figure.accepts_source(facts.credited):  # Insee's outturn, the ministry's estimate
        lacking.append(messages.missing_other_source(facts.credited, list(dict.fromkeys((figure.source, *figure.sources))),
                                                     facts.credited_elsewhere))
    role = role_missing(claim, facts, figure, "period" in best.found or facts.year.where == "clause",
                        "period" in best.found)
    if role:
        lacking.append(role)
    if claim.direction or claim.points:  # the text gives the sign in words: compare sizes
        claimed, reference = abs(claimed), abs(reference)
    if finding.code is FindingCode.value_mismatch and not ratio_plausible(claimed, reference):
        lacking.append(messages.MISSING_ORDER)
    return lacking


def scale_coincidence(best: Candidate, finding: Finding) -> bool:
    """A figure met a thousand-fold exactly (``scale_mismatch``) whose metric the claim's
    sentence or the one before names, in the claim's year: such a coincidence is no accident,
    even without the entity near the claim ("In cash terms the shortfall amounted to 169.6
    million euros" after a sentence on the deficit)."""
    return finding.code is FindingCode.scale_mismatch and "metric" in best.found


def sure_of_figure(claim: Claim, best: Candidate, facts: ClaimFacts, kin_named: bool = False) -> bool:
    """Whether a figure the claim's value agrees with is surely the claim's, so that the claim
    may be judged by it in other respects (its source, its currency): its metric (or, with
    ``kin_named``, a metric of its kind: "l'inflation" for the inflation projection) named in the
    claim's sentence, its entity in the article or its source credited, its year the claim's,
    comparable roles."""
    figure = best.figure
    named = bool(best.found & {"entity", "entity_far", "source"}) or any(
        figure.accepts_source(source) for source in facts.sources_named)
    if (facts.role in FORECAST_ROLES) != is_forecast(figure) or (facts.role not in FORECAST_ROLES
                                                                   and is_outlook(figure)):
        return False  # someone's forecast is not the outturn a table holds, nor an outturn its forecast
        # (or a budget's working assumption)
    return (("metric_own" in best.found or kin_named) and named and period_fits(best, facts)
            and role_missing(claim, facts, figure, "period" in best.found or facts.year.where == "clause") is None)


def period_fits(best: Candidate, facts: ClaimFacts) -> bool:
    """No period near the claim contradicts the figure's, and the claim's year is in it or the
    month or quarter named next to the claim is the figure's ("en septembre" in a story
    with no date and no year). A text that names no year anywhere (a pasted sentence, no
    date given) fits a figure the table holds for one period only."""
    figure = best.figure
    if best.period_conflict:
        return False
    if "period" in best.found or ("period_carried" in best.found and facts.year.where in ("", "earlier", "date")
                                  and (facts.year.year is None or year_fits(facts.year, figure.period,
                                                                            years_of(figure)))):
        return True  # its month or quarter named next to it, or earlier in the story with no year against it
    if facts.year.where == "unstated":  # no year in the whole text: only a figure with no other period,
        return figure.id in facts.lone and not day_figure(figure) \
            and not (facts.period_named and len(figure.period or "") == 4)  # not a day's quote, nor a year for a month
    return year_fits(facts.year, figure.period, years_of(figure))


def day_figure(figure: Figure) -> bool:
    """A figure of one day (a market quote, a rate decided that day): a text with no date may
    be about any other day."""
    return len(figure.period or "") == 10


def years_of(figure: Figure) -> range | None:
    span = figure.period_span
    return range(span.start.year, span.end.year + 1) if span else None
