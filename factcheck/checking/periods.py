"""The period a claim's own clause names, compared with a reference figure's period at the
finest grain both give: "9,9 % en septembre" is not the October figure, "0,2 % au deuxième
trimestre" is the Q2 figure. A month or quarter named without its year keeps an unknown
year ("?") unless the article's date resolves it; only the part both sides say is compared.

>>> relation("?-10", "2022-09"), relation("?-10", "2022-10"), relation("2024-Q3", "2024-Q2")
(False, True, False)
>>> relation("2024-Q3", "2024"), relation(None, "2024-10"), relation("?-Q3", "2024-09-18")
(None, None, None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.checking.cue_words import every_language, patterns
from factcheck.frame.period import YEAR
from factcheck.lang.data import LANGS
from factcheck.periods import PeriodError, parse_period
from factcheck.frame.when import periods_in
from factcheck.frame.vocab import ends_on_weekday
from factcheck.models import Claim
from factcheck.text.sentences import Sentence, index_of, split  # noqa: F401 (doctests)

UNKNOWN_YEAR = "1900"  # stands for "a year the text does not say", replaced by "?"
EARLIER = 40  # sentences looked back for the year a claim's sentence does not name
AFTER = 40  # "5,6 % en avril": a period follows its figure closely


def turn_words() -> re.Pattern[str]:
    """A comparison starts another figure's clause: "rose 0.5% after stalling in the second
    quarter", "5 % en 2024, après 4 %" (check_<lang>.toml [turn], every language's at once)."""
    return every_language()[0]


FINE = re.compile(r"^(\?|\d{4})-(\d{2}|Q[1-4])$")


def claim_period(claim: Claim, sentence: Sentence, claims: tuple[Claim, ...], lang: str,
                 year: int | None, date: str | None = None, back: str | None = None) -> str | None:
    """The month or quarter said next to the claim, inside its own clause: just after it
    (before the next figure), or before it when no other figure precedes it in the sentence
    (a period there may belong to that figure). None when the clause names none. ``back``: the
    period the clause gives relative to the one named before it (``looking_back``)."""
    later = [c.start for c in claims if c.start > claim.start and c.start < sentence.end]
    stop = min([claim.end + AFTER, sentence.end] + later)
    earlier = [c for c in claims if sentence.start <= c.start < claim.start]
    turn = turn_words().search(sentence.text, claim.end - sentence.start, stop - sentence.start)
    stop = sentence.start + turn.start() if turn else stop
    windows = [(claim.end, stop)] + ([] if earlier else [(sentence.start, claim.start)])
    if back is not None:
        return back if FINE.match(back) else None
    for start, end in windows:
        found = [value for _, value in placed(sentence.text[start - sentence.start:end - sentence.start], lang,
                                              year, date) if value and FINE.match(value)]
        if found:
            return found[0] if start == claim.end else found[-1]
    elliptic = elliptic_quarter(sentence, windows, lang, year, date)
    if elliptic is not None:
        return elliptic
    first = min((c.start for c in claims if sentence.start <= c.start < sentence.end), default=claim.start)
    lead = placed(sentence.text[:first - sentence.start], lang, year, date)
    if lead and lead[0][1] and FINE.match(lead[0][1]) and sentence.text.lstrip().casefold().startswith(
            lead[0][0].strip().casefold()):
        return lead[0][1]  # "Fin mars, elle représentait 113,9 % du PIB (3 345,4 milliards)": the whole sentence's
    return None


@lru_cache(maxsize=8192)
def placed(text: str, lang: str, year: int | None, date: str | None) -> tuple[tuple[str, str | None], ...]:
    """The periods written in ``text`` with their values; a month or quarter written without
    its year takes the article's year only when it is the same whether the month is past or
    to come ("au 1er février" in a January story may be next month or last year's), else
    "?" (an unknown year), as it does with no date at all.

    >>> placed("en février", "fr", 2025, "2025-01-16"), placed("en décembre", "fr", 2025, "2025-03-02")
    ((('en février', '?-02'),), (('en décembre', '?-12'),))
    >>> placed("en février", "fr", 2025, "2025-03-02"), placed("en 2023", "fr", None, None)
    ((('en février', '2025-02'),), (('en 2023', '2023'),))

    A weekday dates the news, not the figure, with or without the article's date:

    >>> placed("a atteint 2,5 % jeudi", "fr", 2024, "2024-02-15"), placed("rose 3% on Thursday", "en", None, None)
    ((), ())
    """
    bare = periods_in(text, lang, f"{UNKNOWN_YEAR}-12")
    at_end = periods_in(text, lang, as_of(year, None)) if year else None
    on_date = periods_in(text, lang, as_of(year, date)) if year else None
    found = []
    for number, period in enumerate(bare):
        if period.value is None and on_date and on_date[number].value and len(on_date[number].value) == 10:
            continue  # a weekday ("on Thursday", "a annoncé mardi") dates the news, not the figure
        if period.value is None and ends_on_weekday(period.text):
            continue
        value = period.value
        if value and value.startswith(UNKNOWN_YEAR + "-"):
            ends = {at_end[number].value, on_date[number].value} if at_end and on_date else set()
            value = ends.pop() if len(ends) == 1 and not _to_come(next(iter(ends)), date) \
                else "?" + value[len(UNKNOWN_YEAR):]
        elif value and len(value) == 4 and value[:2] in ("18", "19") and int(value) < 1950:
            value = on_date[number].value if on_date else None  # "l'an dernier": the date's year
        found.append((period.text, value))
    return tuple(found)


def _to_come(value: str | None, date: str | None) -> bool:
    """Whether a month ("2025-02") or quarter ("2025-Q1") begins after the article's date: the
    frame reads the month after the article's as this year's, a story may mean last year's.

    >>> _to_come("2025-02", "2025-01-16"), _to_come("2025-01", "2025-01-16"), _to_come("2025-Q2", "2025-03-02")
    (True, False, True)
    """
    try:
        return parse_period(value).start > parse_period(date).end if value and date else False
    except PeriodError:
        return False


def elliptic_quarter(sentence: Sentence, windows: list[tuple[int, int]], lang: str, year: int | None,
                     date: str | None) -> str | None:
    """A quarter named by its ordinal alone in one of ``windows`` ("après 0,2 % au deuxième"),
    with the year of the quarter the sentence names in full; None when there is none."""
    if lang not in LANGS or not patterns(lang).quarter_word.search(sentence.text):
        return None
    for start, end in windows:
        found = patterns(lang).elliptic_quarter.search(sentence.text, start - sentence.start, end - sentence.start)
        if found:
            years = [v[:4] for _, v in placed(sentence.text, lang, year, date) if v and "-Q" in v]
            said = years[0] if years and years[0].isdigit() else "?"  # "au troisième trimestre" alone: "?"
            return f"{said}-Q{patterns(lang).ordinals[found.group(1).casefold()]}"
    return None


def as_of(year: int | None, date: str | None) -> str | None:
    """The date periods are placed from: the article's (its month places "au quatrième
    trimestre" in a January story in the year before), else the end of its year."""
    if date and date[:4].isdigit():
        return date
    return f"{year}-12" if year else None


def relation(claimed: str | None, period: str | None) -> bool | None:
    """True when the figure's month or quarter is the one named, False when another of the
    same grain; None when either is missing or they do not share a grain."""
    if not claimed or not period:
        return None
    said, figure = FINE.match(claimed), FINE.match(period[:7])
    if said is None or figure is None or period[5:6] != claimed.split("-")[1][:1] and (
            "Q" in period or "Q" in claimed):
        return None
    if len(period) > 7 and "Q" in claimed:
        return None
    if said.group(1) != "?" and said.group(1) != figure.group(1):
        return False
    return said.group(2) == figure.group(2)


@dataclass(frozen=True)
class ClaimYear:
    """The year a claim is for, as far as the text says, and where it was read: in the claim's
    own clause, elsewhere in its sentence (the only year there), in an earlier sentence (the
    nearest one naming a year: the headline's "en 2023" carries), or the article's date.
    ``unresolved`` holds the words of a period the clause names but the checker cannot place
    ("this year" with no article date): then nothing further is guessed. ``where`` is
    "unstated" when the article names no year anywhere and has no date (a pasted sentence)."""

    year: str | None
    where: str = ""
    unresolved: str | None = None
    written: str | None = None  # the period as the clause gives it ("2024", "2024-Q3"), when it does
    year_end: bool = False  # "fin 2024", "end-2024": the end of the year, its last quarter or month
    base: str | None = None  # the period "un an plus tôt" is said against ("2024-Q4"), when it is


def claim_year(claim: Claim, sentences: list[Sentence], where: int, claims: tuple[Claim, ...], lang: str,
               year: int | None, date: str | None = None) -> ClaimYear:
    """The year of ``claim`` (``sentences[where]`` holds it).

    >>> from factcheck.extraction.finder import find_claims
    >>> text = "Titre en 2023. Le taux a atteint 5 % en 2024, après 4 %. Il vise 3 % cette année."
    >>> claims = tuple(find_claims(text, "fr")); sentences = split(text)
    >>> [claim_year(c, sentences, index_of(sentences, c.start), claims, "fr", None).year for c in claims][:2]
    ['2024', None]
    >>> claim_year(claims[0], sentences, 1, claims, "fr", None).where
    'clause'
    >>> text = "Le taux recule à 5,8 % fin 2024."
    >>> claim_year(find_claims(text, "fr")[0], split(text), 0, tuple(find_claims(text, "fr")), "fr", None).year_end
    True
    >>> claim_year(claims[2], sentences, 2, claims, "fr", None).unresolved
    'cette année'
    >>> claim_year(claims[2], sentences, 2, claims, "fr", 2025).year
    '2025'
    """
    own = sentences[where]
    part = patterns(lang).part_of_year if lang in LANGS else None
    if part is not None:
        first = min((c.start for c in claims if own.start <= c.start < own.end), default=claim.start)
        for start, end in clause_windows(claim, own, claims) + [(own.start, first)]:
            found = part.search(own.text, start - own.start, end - own.start)
            if found:  # "Over the first nine months of the year, ... $13.9 billion"
                return ClaimYear(None, "clause", found.group().strip())
    back = looking_back(claim, sentences, where, claims, lang, year, date)
    if back is not None:
        return ClaimYear(back[0][:4], "clause", written=back[0], base=back[1])
    for start, end in clause_windows(claim, own, claims):
        for words, value in placed(own.text[start - own.start:end - own.start], lang, year, date):
            if value and value[:4].isdigit():
                if len(value) == 4 and patterns(lang).year_end.match(words.strip()):
                    return ClaimYear(value, "clause", year_end=True)
                return ClaimYear(value[:4], "clause", written=value)
            if value is None:  # "cette année" with no date to place it
                return ClaimYear(None, "clause", words.strip())
    elliptic = elliptic_quarter(own, clause_windows(claim, own, claims)[:1], lang, year, date)
    if elliptic is not None and elliptic[:4].isdigit():
        return ClaimYear(elliptic[:4], "clause", written=elliptic)
    earlier = [c.end for c in claims if own.start <= c.start and c.end <= claim.start]
    if earlier and turn_words().search(own.text, max(earlier) - own.start, claim.start - own.start):
        return ClaimYear(None)  # a comparison base ("après 4 %"): the sentence's year is the other figure's
    named = sentence_years(claim, own, claims)
    if named:
        return ClaimYear(named[0], "sentence") if len(set(named)) == 1 else ClaimYear(None)
    for earlier in reversed(sentences[max(0, where - EARLIER):where]):
        named = [value[:4] for _, value in placed(earlier.text, lang, year, date) if value and value[:4].isdigit()]
        if named:  # a sentence's first year is its own; later ones are often what it is compared with
            return ClaimYear(named[0], "earlier")
    if year:
        return ClaimYear(str(year), "date")
    if not any(YEAR.search(later.text) for later in sentences[where:]):
        return ClaimYear(None, "unstated")  # the article names no year at all, and has no date
    return ClaimYear(None)


def sentence_years(claim: Claim, sentence: Sentence, claims: tuple[Claim, ...]) -> list[str]:
    """The years of the sentence that belong to no other figure: none in another figure's
    clause, none just after a comparison word ("a decline of 23% from the same period of
    2023": 2023 is what the figures are compared with)."""
    taken = [clause_windows(other, sentence, claims)[0] for other in claims
             if other is not claim and sentence.start <= other.start < sentence.end]
    found = []
    for match in YEAR.finditer(sentence.text):
        at = sentence.start + match.start()
        if any(start <= at < end for start, end in taken):
            continue
        if turn_words().search(sentence.text, max(0, match.start() - AFTER), match.start()):
            continue
        found.append(match.group(1))
    return found


def carried_period(sentences: list[Sentence], where: int, lang: str, year: int | None,
                   date: str | None) -> str | None:
    """The month or quarter the nearest earlier sentence naming one gives first: the period of
    a story told over several sentences ("au troisième trimestre" in the lead, "chez les
    jeunes, à 17,9 %" later).

    >>> carried_period(split("Au troisième trimestre, le taux monte. Chez les jeunes, il atteint 18 %."), 1, "fr", None, None)
    '?-Q3'
    """
    for earlier in reversed(sentences[max(0, where - EARLIER):where]):
        fine = [value for _, value in placed(earlier.text, lang, year, date) if value and FINE.match(value)]
        if fine:
            return fine[0]
    return None


def looking_back(claim: Claim, sentences: list[Sentence], where: int, claims: tuple[Claim, ...], lang: str,
                 year: int | None, date: str | None) -> tuple[str, str] | None:
    """The period of a claim said "a year earlier" (or "a quarter earlier") than the period
    last named before it: that period moved back, and the period it was moved from; None when
    the clause says no such thing or nothing before it names a period with its year.

    >>> from factcheck.extraction.finder import find_claims
    >>> text = "Le taux a atteint 7,3 % au quatrième trimestre 2024. Un an plus tôt, il était de 7,5 %."
    >>> claims = tuple(find_claims(text, "fr"))
    >>> looking_back(claims[1], split(text), 1, claims, "fr", None, None)
    ('2023-Q4', '2024-Q4')
    """
    pattern = patterns(lang).looking_back if lang in LANGS else None
    own = sentences[where]
    said = None
    for start, end in clause_windows(claim, own, claims) if pattern else ():
        said = said or pattern.search(own.text, start - own.start, end - own.start)
    if said is None:
        return None
    texts = [own.text[:said.start()]] + [s.text for s in reversed(sentences[max(0, where - EARLIER):where])]
    for number, text in enumerate(texts):
        named = [value for _, value in placed(text, lang, year, date) if value and value[:4].isdigit()]
        if named:  # the nearest in its own sentence; an earlier sentence's first (its own, not its comparison)
            base = named[-1] if number == 0 else named[0]
            back = moved_back(base, quarter=said.group("q") is not None)
            return (back, base) if back else None
    return None


def moved_back(period: str, quarter: bool) -> str | None:
    """A period a year (or a quarter) earlier.

    >>> moved_back("2024-Q4", False), moved_back("2024-Q1", True), moved_back("2024-06", False), moved_back("2024", True)
    ('2023-Q4', '2023-Q4', '2023-06', None)
    """
    year, rest = int(period[:4]), period[4:]
    if not quarter:
        return f"{year - 1}{rest}"
    if rest[:2] != "-Q":
        return None
    number = int(rest[2]) - 1
    return f"{year}-Q{number}" if number else f"{year - 1}-Q4"


def clause_windows(claim: Claim, sentence: Sentence, claims: tuple[Claim, ...]) -> list[tuple[int, int]]:
    """The claim's own clause: after it, up to the next figure, a comparison word or
    ``AFTER`` characters; then before it, back to the previous figure or sentence start but
    not across a comparison word ("en 2024, après 4 %": 2024 is not the 4 %'s)."""
    later = [c.start for c in claims if claim.start < c.start < sentence.end]
    stop = min([claim.end + AFTER, sentence.end] + later)
    turn = turn_words().search(sentence.text, claim.end - sentence.start, stop - sentence.start)
    stop = sentence.start + turn.start() if turn else stop
    begin = max([sentence.start] + [c.end for c in claims if sentence.start <= c.end <= claim.start])
    if begin > sentence.start:  # "from 111.9% a year earlier, but it reached 3,101 billion": the figure before's
        tail = every_language()[1].match(sentence.text, begin - sentence.start, claim.start - sentence.start)
        begin = sentence.start + tail.end() if tail else begin
    turns = list(turn_words().finditer(sentence.text, begin - sentence.start, claim.start - sentence.start))
    begin = sentence.start + turns[-1].end() if turns else begin
    return [(claim.end, stop), (begin, claim.start)]


def year_fits(said: ClaimYear, period: str | None, span_years: range | None) -> bool:
    """Whether the claim's year is within the figure's period (a figure with no period fits),
    and the clause, when it names a whole year, is not compared with a month or a quarter
    ("2,0 % en 2024" is the year's average, not December's rate).

    >>> year_fits(ClaimYear("2024", "clause", written="2024"), "2024-12", range(2024, 2025))
    False
    >>> year_fits(ClaimYear("2024", "sentence"), "2024-12", range(2024, 2025))
    True

    Nor the other way: a quarter or a month the clause names is not the whole year's figure
    ("5,6 % au quatrième trimestre 2024" against the 2024 average), unless it is the year's end
    ("fin 2024": a stock at the end of the year).

    >>> year_fits(ClaimYear("2024", "clause", written="2024-Q4"), "2024", range(2024, 2025))
    False
    >>> year_fits(ClaimYear("2024", "clause", written="2024-Q4", year_end=True), "2024", range(2024, 2025))
    True
    """
    if period is None or span_years is None:
        return True
    if said.written is not None and len(said.written) == 4 and len(period) > 4 and not period.startswith("FY"):
        return False
    if said.written is not None and len(said.written) > 4 and not said.written.startswith("FY") \
            and len(period) == 4 and not said.year_end:
        return False
    return said.year is not None and int(said.year) in span_years
