"""Build the frame of every claim of a document: entity, metric, period, role, per-unit.

Frames are built on request (``add_frames``), after extraction: French metric and entity
need the spaCy parser on the sentences that hold a claim, which costs more than extraction
itself (bench/frame_accuracy.py and the report give the numbers).

>>> from factcheck.extraction.finder import find_claims
>>> text = "Le chiffre d'affaires de LVMH a atteint 86,2 milliards d'euros en 2023, contre 79,2 milliards en 2022."
>>> frames = [c.frame for c in add_frames(text, "fr", find_claims(text, "fr"))]
>>> [(f.role, f.period.value, f.metric.text, f.entity.text) for f in frames]
[('level', '2023', "chiffre d'affaires", 'LVMH'), ('previous', '2022', "chiffre d'affaires", 'LVMH')]
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.frame.english import Subject, english_subject
from factcheck.frame.names import (Found, capitalised_inside, common_abbreviations, named_after, names_in,
                                   nearest_before, sources_in)
from factcheck.frame.role import roles_of
from factcheck.frame.subject import french_subjects
from factcheck.frame.table import colon_label, column_header, row_label
from factcheck.frame.vocab import frame_words
from factcheck.frame.when import periods_in
from factcheck.models import Claim, Frame, FramePeriod, FrameSpan
from factcheck.periods import PeriodError, parse_period
from factcheck.text.sentences import Sentence, index_of, split


def add_frames(text: str, lang: str, claims: list[Claim], article_date: str | None = None) -> list[Claim]:
    """``claims`` (the document's, in order) each with its ``frame``; ``article_date``
    (YYYY-MM-DD or YYYY) resolves "en novembre", "l'an dernier", "au troisième trimestre"."""
    if not claims:
        return []
    sentences = split(text) or [Sentence(0, len(text), text)]
    where = [index_of(sentences, claim.start) for claim in claims]
    roles = roles_of(text, lang, claims)
    subjects = _subjects(text, lang, claims, sentences, where)
    periods = _periods(text, lang, sentences, article_date)
    known = capitalised_inside(text)
    sources = sources_in(text, sentences, lang, [c.attribution.text for c in claims if c.attribution is not None]) \
        | common_abbreviations(text)  # never an entity: who reports, and abbreviations of measures ("TRVE")
    topic = _topic(text, lang, sentences, known, sources)
    framed: list[Claim] = []
    for number, claim in enumerate(claims):
        sentence = sentences[where[number]]
        subject = subjects[number]
        row = row_label(text, claim.start, claim.end)
        label = row or colon_label(text, claim.start)
        metric = (FrameSpan(text=label[2], start=label[0], end=label[1]) if label
                  else _span(subject.metric, sentence, claim))
        if metric is not None and not label and INDEX_MOVE.match(metric.text):
            metric = None  # "l'indice EuroStoxx 50 a cédé 0,37 %": an index move, the index (a name) is the entity
        entity = _span(subject.entity or named_after(text, claim, lang, sentence)
                       or _named_before(lang, claims, sentence, claim, metric, known, sources), sentence, claim)
        if entity is not None and entity.text.casefold() in sources:
            entity = None
        if entity is None and _policy_rate(lang, metric):  # "la BCE a abaissé son taux de dépôt à 3,75 %"
            entity = _span(_named_before(lang, claims, sentence, claim, metric, known, frozenset()), sentence, claim)
        if metric is None and subject.pronoun and not (framed and where[number - 1] == where[number]):
            metric = _antecedent(sentences, where, number, claim, bool(framed))
        if metric is None and framed and (subject.pronoun or where[number] - where[number - 1] <= 1):
            metric = framed[-1].frame.metric  # carried: "elles progressent de 2 %", "Malte (7,3 %)"
        if entity is None:
            entity = framed[-1].frame.entity if framed else topic  # carried: "In Spain ... It was ..."
        period = (row and _column_period(text, lang, claim, article_date)) or _results_year(
            _period(claims, number, periods, where, sentences, framed, roles, text), article_date, framed, lang)
        frame = Frame(
            entity=entity,
            metric=metric,
            period=period,
            role=_decided(_measured(roles[number], period, article_date, text[sentence.start:claim.start]),
                          text[sentence.start:claim.start]),
            per_unit=per_unit(text, lang, claim) or _unit_named(lang, _around(text, metric, claim), label),
        )
        framed.append(claim.model_copy(update={"frame": frame}))
    return framed


# An index named as the subject of a move: no measured noun ("l'indice EuroStoxx 50", "l'indice de
# référence", "l'indice phare"); "l'indice des prix" is a measure and stays the metric.
INDEX_MOVE = re.compile(r"indices?\s+(?:[A-Z][\w.&-]*|de\s+référence|phare|vedette)(?![\w-])")


def _column_period(text: str, lang: str, claim: Claim, article_date: str | None) -> FramePeriod | None:
    """The period heading a table figure's column ("4Q23 | Change | 2023 | Change")."""
    def whole(cell: str) -> list[FramePeriod]:
        found = periods_in(cell, lang, article_date)
        return found if len(found) == 1 and found[0].text == cell else []

    cell = column_header(text, claim.start, claim.end, whole)
    if cell is None:
        return None
    period = whole(cell[2])[0]
    return period.model_copy(update={"start": cell[0], "end": cell[1]})


OPENING_NOUN = re.compile(r"(?:Les|La|Le|L['’]|The)\s*([a-zà-ÿ][\w'’-]+(?:\s+(?:de|du|des|d['’]|of)\s*"
                          r"(?:la\s+|l['’]|the\s+)?[a-zà-ÿ][\w'’-]+)?)")


def _antecedent(sentences: list[Sentence], where: list[int], number: int, claim: Claim,
                has_previous: bool) -> FrameSpan | None:
    """What a pronoun before the figure stands for: the noun opening its own sentence ("Les
    dépenses ralentissent : elles augmentent de 3 %"), else the one opening the sentence before
    when no figure came between."""
    own = _opening_noun(sentences[where[number]])
    if own is not None and own.end < claim.start:
        return own
    if where[number] > 0 and (not has_previous or where[number - 1] < where[number] - 1):
        return _opening_noun(sentences[where[number] - 1])
    return None


def _opening_noun(sentence: Sentence) -> FrameSpan | None:
    """The noun opening a sentence after its article, the antecedent of a pronoun that opens
    the next one ("Les dépenses ralentissent. Elles augmentent de 3 %")."""
    match = OPENING_NOUN.match(sentence.text)
    if match is None:
        return None
    return FrameSpan(text=match.group(1), start=sentence.start + match.start(1), end=sentence.start + match.end(1))


# "devrait", "pourrait" are the present's conditional ("l'énergie devrait connaître 40,8 % en
# septembre" on 30 September: a flash estimate), not a past forecast.
PAST_FORECAST = re.compile(r"\b(?:had|avait|avaient)\b|\b(?!(?:dev|pour)(?:rait|raient)\b)\w{3,}(?:ait|aient)\b|"
                           r"\b(?:consensus|analysts?|analystes|économistes|economists)\b",
                           re.IGNORECASE)


def _measured(role: str, period: FramePeriod | None, article_date: str | None, before: str) -> str:
    """A "forecast" of a period already over at the article's date, worded in the present
    ("inflation is expected to be 3.0% in August" on 31 August, "devrait connaître"), is a
    first measurement (a flash estimate): a level. A past forecast ("had forecast",
    "prévoyaient", the consensus) stays one.

    >>> p = FramePeriod(text="in August", start=0, end=9, value="2021-08")
    >>> _measured("forecast", p, "2021-08-31", "Inflation is expected to be "), _measured("forecast", p, "2021-07-30", "")
    ('level', 'forecast')
    >>> _measured("forecast", p, "2021-08-31", "L'énergie devrait connaître "), _measured("forecast", p, "2021-08-31", "Ils prévoyaient ")
    ('level', 'forecast')
    """
    if role != "forecast" or period is None or not period.value or not article_date or PAST_FORECAST.search(before):
        return role
    try:
        covered = parse_period(period.value)
    except PeriodError:
        return role
    written = parse_period(article_date[:7] if len(article_date) >= 7 else article_date)
    return "level" if covered.end <= written.end and covered.kind != "year" else role


# A value fixed by a decision for a near date: "rates will be increased to 1.25%", "le taux sera
# porté à 3 %" (FRAMES.md: a level, not a forecast).
DECIDED = re.compile(r"(?:will\s+be|sera|seront)\s+(?:increased|raised|cut|lowered|reduced|set|"
                     r"relevée?s?|portée?s?|abaissée?s?|fixée?s?|ramenée?s?)\s+(?:to|à)\b", re.IGNORECASE)


def _decided(role: str, before: str) -> str:
    """A forecast that is a decision's value for a near date is a level.

    >>> _decided("forecast", "The deposit rate will be increased to "), _decided("forecast", "Growth will reach ")
    ('level', 'forecast')
    """
    return "level" if role == "forecast" and DECIDED.search(before) else role


def _named_before(lang: str, claims: list[Claim], sentence: Sentence, claim: Claim,
                  metric: FrameSpan | None, known: frozenset[str], sources: frozenset[str]) -> Found | None:
    """The name nearest before the figure in its sentence, outside every figure, the metric
    and the attribution, and not one the document uses as a source."""
    def free(name: Found) -> bool:
        if name[2].casefold() in sources:
            return False
        start, end = sentence.start + name[0], sentence.start + name[1]
        spans = [(c.start, c.end) for c in claims if sentence.start <= c.start < sentence.end]
        if metric is not None:
            spans.append((metric.start, metric.end))
        return not any(start < high and low < end for low, high in spans)

    return nearest_before(sentence.text, names_in(sentence.text, lang, known), claim.start - sentence.start, free)


def _policy_rate(lang: str, metric: FrameSpan | None) -> bool:
    folded = metric.text.casefold() if metric else ""
    return any(rate in folded for rate in frame_words(lang).metric.policy_rates)


def _topic(text: str, lang: str, sentences: list[Sentence], known: frozenset[str],
           sources: frozenset[str]) -> FrameSpan | None:
    """The name of the headline (else of the lead) the article repeats most, the first one on
    a tie: what figures with no name in reach are about ("Inflation en zone euro" over a
    release that never names the zone again)."""
    for sentence in sentences[:2]:
        names = [n for n in names_in(sentence.text, lang, known) if n[2].casefold() not in sources]
        if names:
            folded = text.casefold()

            def mentions(name: Found) -> int:  # a capitalised name as written, a lower-case one in any case
                return text.count(name[2]) if name[2][:1].isupper() else folded.count(name[2].casefold())

            start, end, words = max(names, key=lambda n: (mentions(n), -n[0]))
            return FrameSpan(text=words, start=sentence.start + start, end=sentence.start + end)
    return None


def _subjects(text: str, lang: str, claims: list[Claim], sentences: list[Sentence],
              where: list[int]) -> list[Subject]:
    if lang != "fr":
        return [english_subject(sentences[w].text, claim.start - sentences[w].start, claim.end - sentences[w].start)
                for claim, w in zip(claims, where)]
    held = sorted(set(where))
    spans = [[(c.start - sentences[w].start, c.end - sentences[w].start)
              for c, w in zip(claims, where) if w == index] for index in held]
    found = french_subjects([sentences[index].text for index in held], spans)
    by_sentence = {index: iter(subjects) for index, subjects in zip(held, found)}
    return [next(by_sentence[w]) for w in where]


def _span(found: Found | None, sentence: Sentence, claim: Claim) -> FrameSpan | None:
    if found is None:
        return None
    start, end, words = found
    start, end = sentence.start + start, sentence.start + end
    attribution = claim.attribution
    if attribution is not None and attribution.start is not None and attribution.end is not None \
            and start < attribution.end and attribution.start < end:
        return None  # never the attribution
    return FrameSpan(text=words, start=start, end=end)


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


def _periods(text: str, lang: str, sentences: list[Sentence], article_date: str | None) -> _Periods:
    return _Periods(text, lang, sentences, article_date)


SENTENCE_END = re.compile(r"[.;:!?\n]")
ASIDE = re.compile(r"\(\s*$")
COMPARISON_BASE = re.compile(r"(?:qu['’]|par rapport|rapport à|rapport au|than|from|compared with|comparé|depuis|"
                             r"since|niveau de|celui de|celle de|avant|before|estimations?\s+de|prévisions?\s+de|"
                             r"projections?\s+de|forecasts?\s+of)\s*$", re.IGNORECASE)
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


def _period(claims: list[Claim], number: int, periods: _Periods, where: list[int],
            sentences: list[Sentence], framed: list[Claim], roles: list[str], text: str) -> FramePeriod | None:
    """The period nearest the claim in its sentence with no other claim between them and not
    the period of another figure ("contre 14,3 % en juillet") nor a comparison base ("qu'au
    troisième trimestre"); else the period carried by the last figure that is not an earlier
    value; else the last free one of the previous sentence; else the headline's."""
    claim, index = claims[number], where[number]
    others = [c for c in claims if c is not claim]

    def free(period: FramePeriod) -> bool:
        attached = any(0 <= period.start - other.end <= 3 and not SENTENCE_END.search(text, other.end, period.start)
                       for other in others)
        return not attached and not COMPARISON_BASE.search(text[max(0, period.start - 15):period.start]) \
            and not RELEASE_DAY.search(text[max(0, period.start - 40):period.start])

    def clear(period: FramePeriod) -> bool:
        low, high = min(period.end, claim.end), max(period.start, claim.start)
        return not any(low <= other.start and other.end <= high for other in others)

    own = [p for p in periods[index] if clear(p) and (free(p) or 0 <= p.start - claim.end <= 3)
           and not RELEASE_DAY.search(text[max(0, p.start - 40):p.start])]
    outlook = ("forecast", "target")  # a forecast's year does not carry to an outturn after it
    carried = [c.frame.period for c, role in zip(framed, roles) if role != "previous" and c.frame.period
               and (c.frame.role not in outlook or roles[number] not in ("level", "change", "share"))
               and not _weekday(c.frame.period)  # a day is the session's or the release's, it does not carry
               and not ASIDE.search(text[max(0, c.start - 2):c.start])]  # "(43,9 % en 2019)" is an aside
    if own:
        chosen = min(own, key=lambda p: min(abs(p.start - claim.end), abs(claim.start - p.end)))
        if EARLIER_YEAR.search(chosen.text) and carried and carried[-1].value and carried[-1].value[:4].isdigit():
            year = str(int(carried[-1].value[:4]) - 1)  # "5.5% in 2023 … from 4.8% a year earlier"
            return chosen.model_copy(update={"value": year})
        if chosen.value is None and carried:
            return chosen.model_copy(update={"value": _part_before(chosen.text, carried[-1].value)})
        return chosen
    effect = _takes_effect(periods, index, where, sentences, text)
    if effect is not None:
        return effect  # "The deposit rate falls to 3.75%. The decision takes effect on June 12."
    before = [p for p in periods[index - 1] if free(p) and not _weekday(p)] if index > 0 else []
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


def _results_year(period: FramePeriod | None, article_date: str | None, framed: list[Claim],
                  lang: str) -> FramePeriod | None:
    """"This year" / "cette année" early in a year (January to March), in a text whose figures
    so far are for the year before, is that year: the year just reported, not the new one.

    >>> p = FramePeriod(text="This year", start=0, end=9, value="2024")
    >>> c = Claim(kind="money", text="$1", start=0, end=2, frame=Frame(period=FramePeriod(text="2023", start=0, end=4, value="2023")))
    >>> _results_year(p, "2024-02-07", [c], "en").value, _results_year(p, "2024-06-07", [c], "en").value
    ('2023', '2024')
    """
    this_year = {k.casefold() for k, v in frame_words(lang).period.relative_years.items() if v == 0}
    if period is None or not article_date or len(article_date) < 7 or int(article_date[5:7]) > 3 \
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


def _weekday(period: FramePeriod) -> bool:
    """Whether the period is a weekday ("lundi", "on Thursday"), in either language's words."""
    words = period.text.split()
    return bool(words) and words[-1].casefold() in _weekdays()


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(d.casefold() for lang in ("fr", "en") for d in frame_words(lang).period.weekdays)


# Words that end the figure's phrase: a unit after them is another noun's ("by 50 points as annual inflation").
LINKING = r"(?:as|and|et|or|ou|of|in|en|à|to|the|le|la|les|des|du|de)(?![\w-])"


@cache
def _per_unit_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    words = frame_words(lang).per_unit
    table = []
    for unit in ("share", "hour", "month", "year", "person"):
        forms = "|".join(re.escape(f).replace("'", "['’]") for f in sorted(getattr(words, unit), key=len, reverse=True))
        table.append((unit, re.compile(rf"^\s*(?:(?!{LINKING})[a-zé]+\s*)?(?:{forms})(?![\w-])"
                                       rf"(?!\s+(?:dernier|passé|prochain|earlier|ago|before|later|plus\s+tôt))",
                                       re.IGNORECASE)))
    return table


def _around(text: str, metric: FrameSpan | None, claim: Claim) -> str:
    """The words around a metric phrase, before the figure: "Earnings per diluted share"."""
    if metric is None:
        return ""
    stop = claim.start if metric.end <= claim.start else metric.end + 25
    return text[max(0, metric.start - 25):min(stop, metric.end + 25)]


def _unit_named(lang: str, around: str, label) -> str | None:
    """The unit the words around a metric or a table's sub-row name: "bénéfice dilué par
    action", "- in dollars per share" (the figure is per share even when the unit is not
    written after it)."""
    for words in [around] + ([label[3]] if label and len(label) > 3 else []):
        for unit, pattern in _units_anywhere(lang):
            if pattern.search(words):
                return unit
    return None


@cache
def _units_anywhere(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Per-unit forms of two words ("par action", "per share"; adjectives such as "mensuelle"
    qualify the metric, not its unit), a glued footnote mark allowed ("par action2")."""
    words = frame_words(lang).per_unit
    table = []
    for unit in ("share", "hour", "month", "person"):
        forms = "|".join(re.escape(f) for f in getattr(words, unit) if " " in f)
        table.append((unit, re.compile(rf"(?<![\w-])(?:{forms or '(?!)'})(?![^\W\d_])", re.IGNORECASE)))
    return table


def per_unit(text: str, lang: str, claim: Claim) -> str | None:
    """"par action", "per share", "de l'heure", "par mois", "par an", "par habitant" right
    after the figure (one word may come between: "5,05 euros brut de l'heure").

    >>> c = Claim(kind="money", text="5,05 dollars", start=0, end=12)
    >>> per_unit("5,05 dollars par action", "fr", c), per_unit("5,05 dollars l'an dernier", "fr", c)
    ('share', None)
    """
    after = text[claim.end:claim.end + 40]
    for unit, pattern in _per_unit_patterns(lang):
        if pattern.search(after):
            return unit
    return None
