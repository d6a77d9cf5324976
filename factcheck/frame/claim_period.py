"""When a claim's figure is for, chosen among the periods written around it (``when.py`` reads
them): the nearest in its sentence that is not another figure's nor a comparison base, else
the one carried by the figures before it, else the previous sentence's, the day a decision
takes effect, or the lead's; a table figure takes its column's heading. Used by ``build.py``.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.frame.table import column_header
from factcheck.frame.vocab import ends_on_weekday, frame_words
from factcheck.frame.when import periods_in
from factcheck.models import Claim, FramePeriod
from factcheck.text.sentences import Sentence

def column_period(text: str, lang: str, claim: Claim, article_date: str | None) -> FramePeriod | None:
    """The period heading a table figure's column ("4Q23 | Change | 2023 | Change")."""
    def whole(cell: str) -> list[FramePeriod]:
        found = periods_in(cell, lang, article_date)
        return found if len(found) == 1 and found[0].text == cell else []

    cell = column_header(text, claim.start, claim.end, whole)
    if cell is None:
        return None
    period = whole(cell[2])[0]
    return period.model_copy(update={"start": cell[0], "end": cell[1]})


class _Periods:
    """The periods of each sentence, read when first asked for: a figure looks at its own
    sentence, its neighbours and the lead only (``periods[i]``, ``periods[:2]``)."""

    def __init__(self, text: str, lang: str, sentences: list[Sentence], article_date: str | None):
        self.text, self.lang, self.sentences, self.article_date = text, lang, sentences, article_date
        self.read: dict[int, list[FramePeriod]] = {}

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.sentences)))]
        if index not in self.read:
            s = self.sentences[index]
            self.read[index] = [self._month_of_release(p) for p in
                                periods_in(s.text, self.lang, self.article_date, s.start, days_alone=True)]
        return self.read[index]

    def _month_of_release(self, period: FramePeriod) -> FramePeriod:
        if period.value and len(period.value) == 10 and not re.search(r"\d{4}", period.text) \
                and RELEASED_AFTER.match(self.text, period.end):
            return period.model_copy(update={"value": period.value[:7]})  # "Le 31 mai, l'Insee annonce"
        before = self.text[max(0, period.start - 40):period.start]
        if period.value and period.value[:4].isdigit() and FISCAL_YEAR_END.search(before):
            return period.model_copy(update={"value": f"FY{period.value[:4]}"})  # "l'exercice clos le 28 janvier"
        if period.value and len(period.value) >= 7 and (QUARTER_AFTER.match(self.text, period.end)
                                                        or QUARTER_OF.search(before)):
            return period.model_copy(update={"value": None})  # "a September quarter": a fiscal quarter, months unknown
        return period


def periods_of(text: str, lang: str, sentences: list[Sentence], article_date: str | None) -> _Periods:
    return _Periods(text, lang, sentences, article_date)


SENTENCE_END = re.compile(r"[.;:!?\n]")
ASIDE = re.compile(r"\(\s*$")
COMPARISON_BASE = re.compile(r"(?:qu['’]|par rapport|rapport à|rapport au|than|from|compared with|comparé|depuis|"
                             r"since|niveau de|celui de|celle de|avant|before|estimations?\s+de|prévisions?\s+de|"
                             r"projections?\s+de|forecasts?\s+of)\s*(?:le\s+|la\s+|l['’]|les\s+|the\s+)?$", re.IGNORECASE)
# An earlier value told in words, no figure: "+0,1 point, après une contribution nulle au deuxième
# trimestre", "after a flat reading in May": its period is not the figure's.
EARLIER_IN_WORDS = re.compile(r"(?:après|after)\s+(?:une?|a|an)\s+[^\d,;.()]{1,35}$", re.IGNORECASE)
# Said against the figure's own year, not the article's: "a year earlier", "un an plus tôt".
EARLIER_YEAR = re.compile(r"(?:a year earlier|the previous year|a year ago|un an plus tôt|l['’]année précédente|"
                          r"un an auparavant)$", re.IGNORECASE)
# A day named by the words that report the figure is the day of the release, not the figure's
# period ("INSEE said on Wednesday", "publiés jeudi", "paru ce mardi").
RELEASE_DAY = re.compile(r"(?:said|says|announced|reported|published|released|told|indiqué|annoncé|publiée?s?|"
                         r"parue?s?|dit|précisé|communiqué)\s*(?:\w+\s+){0,3}$", re.IGNORECASE)


# A day followed by who reports is the release's ("Le 31 mai, l'Insee annonce que…"): its month
# is read, as when days without a year were not.
RELEASED_AFTER = re.compile(r"\s*,?\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?\w+\s+(?:annonce|a\s+annoncé|publie|a\s+publié|"
                            r"indique|a\s+indiqué|said|says|announced|reported|published)\b", re.IGNORECASE)


# A month naming the end of a fiscal year ("l'exercice clos le 28 janvier", "fiscal year ended
# January 28") or a quarter by its last month ("a September quarter", "un trimestre de septembre").
FISCAL_YEAR_END = re.compile(r"(?:exercice|fiscal\s+year|financial\s+year)\s+(?:clos|ended|ending|achevé)"
                             r"(?:\s+(?:le|au|on|in))?\s*$", re.IGNORECASE)
QUARTER_AFTER = re.compile(r"\s+quarters?\b", re.IGNORECASE)
QUARTER_OF = re.compile(r"trimestres?\s+(?:de|d['’])\s*$", re.IGNORECASE)


def period_of(claims: list[Claim], number: int, periods: _Periods, where: list[int],
            sentences: list[Sentence], framed: list[Claim], roles: list[str], text: str) -> FramePeriod | None:
    """The period nearest the claim in its sentence with no other claim between them and not
    the period of another figure ("contre 14,3 % en juillet") nor a comparison base ("qu'au
    troisième trimestre"); else the period carried by the last figure that is not an earlier
    value; else the last free one of the previous sentence; else the headline's."""
    claim, index = claims[number], where[number]
    paired = _respective(claims, number, where, periods, framed, text, sentences[index])
    if paired is not None:
        return paired  # "for 2025 and 2026 to 1.3% and 1.5% respectively": the n-th period
    others = [c for c in claims if c is not claim]

    def free(period: FramePeriod) -> bool:
        attached = any(0 <= period.start - other.end <= 3 and not SENTENCE_END.search(text, other.end, period.start)
                       for other in others)
        return not attached and not COMPARISON_BASE.search(text[max(0, period.start - 19):period.start]) \
            and not EARLIER_IN_WORDS.search(text[max(0, period.start - 45):period.start]) \
            and not RELEASE_DAY.search(text[max(0, period.start - 40):period.start])

    def clear(period: FramePeriod) -> bool:
        low, high = min(period.end, claim.end), max(period.start, claim.start)
        return not any(low <= other.start and other.end <= high for other in others)

    own = [p for p in periods[index] if clear(p) and (free(p) or 0 <= p.start - claim.end <= 3)
           and not RELEASE_DAY.search(text[max(0, p.start - 40):p.start])]
    carried = _carried(framed, roles, number, text)
    if own:
        chosen = min(own, key=lambda p: min(abs(p.start - claim.end), abs(claim.start - p.end)))
        if EARLIER_YEAR.search(chosen.text) and carried and carried[-1].value and carried[-1].value[:4].isdigit():
            year = str(int(carried[-1].value[:4]) - 1)  # "5.5% in 2023 … from 4.8% a year earlier"
            return chosen.model_copy(update={"value": year})
        if chosen.value is None and carried:
            return chosen.model_copy(update={"value": _part_before(chosen.text, carried[-1].value)})
        return _vintage(chosen, claims, number, framed, roles, where) or chosen
    if roles[number] == "previous" and not any(role in OUTLOOK for role, w in zip(roles, where) if w == index):
        return _earlier_sibling(claims, number, framed, roles, where)  # an earlier outturn is not of the period around
    effect = _takes_effect(periods, index, where, sentences, text)
    if effect is not None:
        return effect  # "The deposit rate falls to 3.75%. The decision takes effect on June 12."
    before = [p for p in periods[index - 1] if free(p) and not ends_on_weekday(p.text)] if index > 0 else []
    if before and not any(w == index - 1 for w in where[:number]):
        return before[-1]  # a weekday there dates an event ("propos tenus vendredi"), not this figure
    if carried:
        return carried[-1]
    headline = [p for p in periods[0] if free(p)] if index > 1 else []
    if headline and sentences[0].end < sentences[1].start and len(sentences[0].text) < 200:
        return headline[0]
    lead = [p for sentence in periods[:2] for p in sentence if free(p)] if index > 1 else []
    if lead and not carried:
        return lead[0]  # the lead's day or month frames the first figures of a report ("ouvertes lundi")
    return None


def _carried(framed: list[Claim], roles: list[str], number: int, text: str) -> list[FramePeriod]:
    """The period carried by the last figure before that can carry one (a list of that one
    period, or empty): only the last is ever read, so the figures are read back from it."""
    outlook = ("forecast", "target")  # a forecast's year does not carry to an outturn after it
    for c, role in zip(reversed(framed), reversed(roles[:len(framed)])):
        if (role != "previous" and c.frame.period
                and (c.frame.role not in outlook or roles[number] not in ("level", "change", "share"))
                and not ends_on_weekday(c.frame.period.text)  # a day is the session's or the release's
                and not ASIDE.search(text[max(0, c.start - 2):c.start])):  # "(43,9 % en 2019)" is an aside
            return [c.frame.period]
    return []


# An earlier value in a sentence of forecasts is an older estimate of the same period ("0.7% in
# 2025, against 0.6% in the June projections"): it takes the period around.
OUTLOOK = ("forecast", "revision", "target")


def _vintage(chosen: FramePeriod, claims: list[Claim], number: int, framed: list[Claim], roles: list[str],
             where: list[int]) -> FramePeriod | None:
    """The year of the forecast before for an older estimate dated by a month ("0,9 % en 2026
    (contre 1,0 % en juin)"): the month is the estimate's vintage, not its period (FRAMES.md)."""
    if roles[number] != "previous" or not number or where[number - 1] != where[number] or len(chosen.value or "") <= 4:
        return None
    before = framed[number - 1].frame.period if framed[number - 1].frame else None
    if roles[number - 1] in OUTLOOK and before is not None and before.value and len(before.value) == 4 \
            and before.value > chosen.value[:4]:
        return before
    return None


def _earlier_sibling(claims: list[Claim], number: int, framed: list[Claim], roles: list[str],
                     where: list[int]) -> FramePeriod | None:
    """An earlier value with no period of its own: the period written after the last earlier
    value of its sentence ("(-0,8 % après -0,1 % au deuxième trimestre), … (-1,4 % après
    -0,2 %)"), else none: the period around is the current figure's, not the earlier one's."""
    for before in range(number - 1, -1, -1):
        if where[before] != where[number]:
            break
        period = framed[before].frame.period if framed[before].frame else None
        if roles[before] == "previous" and period is not None and 0 <= period.start - claims[before].end <= 3:
            return period
    return None


@cache
def _respectively(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in frame_words(lang).period.respectively) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


# Between two figures of one list, or a list and "respectively": punctuation and two words at most.
LIST_GAP = re.compile(r"^[\s,;]*(?:[^\W\d]+[\s,;]*){0,2}$")


def _respective(claims: list[Claim], number: int, where: list[int], periods: _Periods, framed: list[Claim],
                text: str, sentence: Sentence) -> FramePeriod | None:
    """The n-th period for the n-th figure of a list paired by "respectively": the periods
    written before the list ("for 2025 and 2026 to 1.3% and 1.5% respectively, from 1.4% and
    1.6%"), else those of as many figures before it ("2,5 % en 2024, 2,2 % en 2025 …, contre
    respectivement 2,3 %, 2,0 % …")."""
    word = _respectively(periods.lang).search(text, sentence.start, sentence.end)
    if word is None:
        return None
    mine = [i for i, w in enumerate(where) if w == where[number]]
    before = _list_at([i for i in mine if claims[i].end <= word.start()][::-1], claims, text, word.start(), True)
    after = _list_at([i for i in mine if claims[i].start >= word.end()], claims, text, word.end(), False)
    group = before if number in before else after if number in after else []
    if len(group) < 2:
        return None
    lead = min(i for i in before + after)
    others = [c for c in claims if c.start < claims[lead].start]
    written = [p for p in periods[where[number]] if p.end <= claims[lead].start and p.value
               and not any(0 <= p.start - c.end <= 3 for c in others)]
    if len(written) != len(group):
        earlier = [i for i in mine if i < lead][-len(group):]
        written = [framed[i].frame.period for i in earlier if framed[i].frame and framed[i].frame.period]
        if len(earlier) != len(group) or len(written) != len(group) or len({p.value for p in written}) < len(group):
            return None
    return written[group.index(number)]


def _list_at(order: list[int], claims: list[Claim], text: str, edge: int, backwards: bool) -> list[int]:
    """The figures of ``order`` (read away from ``edge``) that form one list with it."""
    found: list[int] = []
    for i in order:
        gap = text[claims[i].end:edge] if backwards else text[edge:claims[i].start]
        if not LIST_GAP.match(gap):
            break
        found.append(i)
        edge = claims[i].start if backwards else claims[i].end
    return sorted(found)


# A decision's date of effect, in the sentence after its figures: "takes effect on June 12".
TAKES_EFFECT = re.compile(r"(?:takes?\s+effect|will\s+take\s+effect|comes?\s+into\s+force|effective|"
                          r"prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur|s['’]appliquer(?:a|ont)?|"
                          r"applicables?)\s+(?:on|from|as\s+of|le|à\s+compter\s+du|à\s+partir\s+du|dès\s+le)?\s*$",
                          re.IGNORECASE)


def _takes_effect(periods: _Periods, index: int, where: list[int], sentences: list[Sentence],
                  text: str) -> FramePeriod | None:
    """The day the next sentence, holding no figure, says the decision takes effect."""
    if index + 1 >= len(sentences) or index + 1 in where:
        return None
    for period in periods[index + 1]:
        if period.value and len(period.value) == 10 and TAKES_EFFECT.search(
                text[max(sentences[index + 1].start, period.start - 40):period.start]):
            return period
    return None


def results_year(period: FramePeriod | None, article_date: str | None, framed: list[Claim],
                  lang: str, role: str = "level") -> FramePeriod | None:
    """"This year" / "cette année" early in a year (January to March), in a text whose figures
    so far are for the year before, is that year: the year just reported, not the new one; not
    for a forecast or a target, which look ahead ("the target is 5.4% this year": the new year).

    >>> p = FramePeriod(text="This year", start=0, end=9, value="2024")
    >>> from factcheck.models import Frame
    >>> c = Claim(kind="money", text="$1", start=0, end=2, frame=Frame(period=FramePeriod(text="2023", start=0, end=4, value="2023")))
    >>> results_year(p, "2024-02-07", [c], "en").value, results_year(p, "2024-06-07", [c], "en").value
    ('2023', '2024')
    """
    this_year = {k.casefold() for k, v in frame_words(lang).period.relative_years.items() if v == 0}
    if period is None or role in ("forecast", "target") or not article_date or len(article_date) < 7 \
            or int(article_date[5:7]) > 3 \
            or period.text.casefold().replace("’", "'") not in this_year or period.value != article_date[:4]:
        return period
    before = [c.frame.period.value for c in framed if c.frame and c.frame.period and c.frame.period.value]
    earlier = str(int(article_date[:4]) - 1)
    if before and all(value.startswith(earlier) for value in before[-3:]):
        return period.model_copy(update={"value": earlier})
    return period


def _part_before(written: str, carried: str | None) -> str | None:
    """The quarter or month before the carried one, for "au trimestre précédent", "the
    previous month"; None for any other unresolved period or a carried year.

    >>> _part_before("au trimestre précédent", "2024-Q1"), _part_before("le mois précédent", "2024-03")
    ('2023-Q4', '2024-02')
    >>> _part_before("au trimestre précédent", "2024")
    """
    grains = {" ".join(k.split()).casefold(): v for lang in ("fr", "en")
              for k, v in frame_words(lang).period.previous_parts.items()}
    grain = grains.get(" ".join(written.split()).casefold().replace("’", "'"))
    match = re.fullmatch(r"(\d{4})-(?:Q([1-4])|(\d{2}))", carried or "")
    if grain is None or match is None:
        return None
    year = int(match.group(1))
    if grain == "quarter":
        quarter = int(match.group(2)) if match.group(2) else (int(match.group(3)) - 1) // 3 + 1
        return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"
    if match.group(3) is None:
        return None
    month = int(match.group(3))
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
