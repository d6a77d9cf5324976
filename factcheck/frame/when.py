"""When a figure is for, read in the text: "en novembre", "au troisième trimestre", "l'an
dernier", "in Q3 2024", "fiscal 2024", normalised to YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn
or FYYYYY. Relative forms are resolved with the article's date when it is given; without
it they stay unresolved (value None), never guessed.

>>> [(p.text, p.value) for p in periods_in("Au troisième trimestre 2024, en novembre.", "fr", "2024-12-02")]
[('Au troisième trimestre 2024', '2024-Q3'), ('en novembre', '2024-11')]
>>> [(p.text, p.value) for p in periods_in("in Q3, up from last year; FY24 and 4Q23", "en", "2024-02-01")]
[('in Q3', '2023-Q3'), ('last year', '2023'), ('FY24', 'FY2024'), ('4Q23', '2023-Q4')]
>>> [(p.text, p.value) for p in periods_in("en décembre", "fr", None)]
[('en décembre', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.frame.vocab import FrameWords, frame_words
from factcheck.models import FramePeriod

PREFIX = {"fr": r"(?:(?:en|au|à la fin du|fin|début|au cours du|du|pour|sur l'exercice|au mois de|"
                r"pour l'année|de l'année)\s+)?",
          "en": r"(?:(?:in|for|during|of|the|in the|for the|over the)\s+)?"}
YEAR = r"((?:19|20)\d\d)"


@dataclass(frozen=True)
class ArticleDate:
    """The article's year and, when known, its month."""

    year: int | None
    month: int | None

    @classmethod
    def parse(cls, value: str | None) -> "ArticleDate":
        if not value or not value[:4].isdigit():
            return cls(None, None)
        month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else None
        day = int(value[8:10]) if month and len(value) >= 10 and value[8:10].isdigit() else None
        return cls(int(value[:4]), month, day)

    day: int | None = None

    def year_of(self, first_month: int, ahead: bool = False) -> int | None:
        """The year of a month or quarter named without one: the article's, or the year before
        when that month has not started yet at the article's date ("en décembre" in February);
        with ``ahead``, the month just after the article's is still this year ("au 1er février"
        in a January article announces a change).

        >>> ArticleDate(2025, 1).year_of(12), ArticleDate(2025, 1).year_of(2, ahead=True)
        (2024, 2025)
        """
        if self.year is None:
            return None
        if ahead and self.month is not None and first_month == self.month + 1:
            return self.year
        if self.month is not None and first_month > self.month:
            return self.year - 1
        return self.year

    def weekday_back(self, weekday: int) -> str | None:
        """The date of the last ``weekday`` (0 = Monday) on or before the article's day.

        >>> ArticleDate(2016, 5, 30).weekday_back(0), ArticleDate(2022, 9, 8).weekday_back(3)
        ('2016-05-30', '2022-09-08')
        """
        if self.year is None or self.month is None or self.day is None:
            return None
        from datetime import date, timedelta

        today = date(self.year, self.month, self.day)
        return (today - timedelta(days=(today.weekday() - weekday) % 7)).isoformat()


def _alternatives(forms) -> str:
    return "|".join(re.escape(f).replace("'", "['’]").replace(r"\ ", r"\s+")
                    for f in sorted(forms, key=len, reverse=True))


@cache
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    words: FrameWords = frame_words(lang)
    p = words.period
    months, ordinals = _alternatives(p.months), _alternatives(p.ordinals)
    quarter, half, fiscal = _alternatives(p.quarter), _alternatives(p.half), _alternatives(p.fiscal)
    pre = PREFIX[lang]
    of = (r"(?:\s+(?:de\s+l['’]année\s+|de\s+l['’]exercice(?:\s+fiscal)?\s+|of\s+fiscal(?:\s+year)?\s+|de\s+|of\s+)?"
          + YEAR + r")?")
    short = _alternatives(p.quarter_short)
    table = [
        ("day", rf"{pre}(\d{{1,2}})(?:er)?\s+({months})\s+{YEAR}"),
        ("day_en", rf"{pre}({months})\s+(\d{{1,2}}),?\s+{YEAR}"),
        ("day_alone", rf"{pre}(\d{{1,2}})(?:er)?\s+({months})"),
        ("day_alone_en", rf"{pre}({months})\s+(\d{{1,2}})(?!\d|[.,]\d)"),
        ("month", rf"{pre}({months}){of}"),
        ("quarter", rf"{pre}({ordinals})[\s-]+(?:{quarter}){of}"),
        ("half", rf"{pre}({ordinals})[\s-]+(?:{half}){of}"),
        ("quarter_short", rf"{pre}(?:{short})([1-4])(?:\s*{YEAR}|\s*['’]?(\d\d)\b)?"),
        ("quarter_first", rf"\b([1-4])(?:Q|{short})(\d\d)\b"),  # "4Q23", "4T24" (a results table's column)
        ("half_short", rf"{pre}H([12])(?:\s*{YEAR})?"),
        ("fiscal", rf"(?:{fiscal})\s+(?:year\s+)?{YEAR}(?:/(\d\d(?:\d\d)?))?"),
        ("fiscal_short", r"\bFY\s?(\d\d(?:\d\d)?)\b"),
        ("relative", rf"{pre}({_alternatives(p.relative_years)})"),
        ("weekday", rf"(?:(?:on|le|ce)\s+)?({_alternatives(p.weekdays)})"),
        ("previous_part", rf"({_alternatives(p.previous_parts) or '(?!)'})"),
        ("season", rf"{pre}({_alternatives(p.seasons) or '(?!)'})"),
        ("year", rf"{pre}(?:mi-)?{YEAR}"),
    ]
    flags = {"quarter_short": 0, "quarter_first": 0, "half_short": 0, "fiscal_short": 0}
    return [(kind, re.compile(rf"(?<![\w-]){body}(?![\w-])", flags.get(kind, re.IGNORECASE)))
            for kind, body in table]


# What each kind of period cannot be written without (a kind whose word is absent from the
# text is not looked for: the same periods, read faster).
REQUIRES = {"day": {"year", "months"}, "day_en": {"year", "months"}, "day_alone": {"months"},
            "day_alone_en": {"months"}, "month": {"months"}, "quarter": {"quarter"}, "half": {"half"},
            "fiscal": {"year"}, "year": {"year"}, "relative": {"relative_years"}, "weekday": {"weekdays"},
            "previous_part": {"previous_parts"}, "season": {"seasons"}}


@cache
def _required(lang: str) -> dict[str, re.Pattern[str]]:
    """A year's pattern, and for each list of period words the longest word of each form,
    case-folded: looked for in the case-folded text, faster than a pattern that ignores case
    (which equates the same letters, but for rare ones such as a dotted capital I inside a
    word)."""
    p = frame_words(lang).period
    words = {name: getattr(p, name) for name in ("months", "quarter", "half", "relative_years", "weekdays",
                                                  "previous_parts", "seasons")}
    longest = {name: {max(re.split(r"[\s'’]+", f.casefold()), key=len) for f in forms}
               for name, forms in words.items()}
    return {"year": re.compile(YEAR),
            **{name: re.compile("|".join(map(re.escape, sorted(found)))) for name, found in longest.items()}}


def periods_in(text: str, lang: str, article_date: str | None = None, offset: int = 0,
               days_alone: bool = False) -> list[FramePeriod]:
    """Every period written in ``text``, in reading order, none overlapping another; offsets
    are shifted by ``offset`` (the position of ``text`` in the document). With ``days_alone``,
    a day written without its year ("au 1er février", "on June 12") is that day of the year
    the article implies, else the month alone is read.

    >>> [p.value for p in periods_in("au 1er février", "fr", "2025-01-20", days_alone=True)]
    ['2025-02-01']
    >>> [p.value for p in periods_in("au 1er février", "fr", "2025-01-20")]
    ['2025-02']
    """
    date = ArticleDate.parse(article_date)
    found: list[FramePeriod] = []
    taken: list[tuple[int, int]] = []
    folded = text.casefold()
    absent = {word for word, pattern in _required(lang).items() if not pattern.search(folded)}
    for kind, pattern in _patterns(lang):
        if kind.startswith("day_alone") and not days_alone or REQUIRES.get(kind, set()) & absent:
            continue
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if lang == "en" and kind in ("month", "day_en", "day_alone_en") and _lowercase_month(match, kind):
                continue  # "may", "march": verbs unless written as months
            taken.append(match.span())
            value = _value(kind, match, lang, date)
            found.append(FramePeriod(text=match.group(0), start=offset + match.start(),
                                     end=offset + match.end(), value=value))
    return sorted(found, key=lambda period: period.start)


def _value(kind: str, match: re.Match[str], lang: str, date: ArticleDate) -> str | None:
    p = frame_words(lang).period
    groups = match.groups()
    if kind == "year":
        return groups[0]
    if kind == "weekday":
        return date.weekday_back([d.casefold() for d in p.weekdays].index(groups[0].casefold()))
    if kind == "previous_part":
        return None  # resolved against the figures' own period (frame/build.py), not the article's date
    if kind == "season":
        quarter = _lookup(p.seasons, groups[0])
        return None if date.year is None or quarter is None else f"{date.year}-Q{quarter}"
    if kind == "relative":
        offset = _lookup(p.relative_years, groups[0])
        return None if date.year is None or offset is None else str(date.year + offset)
    if kind in ("day", "day_en"):
        day, month = (groups[0], groups[1]) if kind == "day" else (groups[1], groups[0])
        return f"{groups[2]}-{_month(p.months, month):02d}-{int(day):02d}"
    if kind in ("day_alone", "day_alone_en"):
        day, month = (groups[0], groups[1]) if kind == "day_alone" else (groups[1], groups[0])
        number = _month(p.months, month)
        year = date.year_of(number, ahead=True)
        return f"{year}-{number:02d}-{int(day):02d}" if year and 1 <= int(day) <= 31 else None
    if kind == "month":
        month = _month(p.months, groups[0])
        year = groups[1] or date.year_of(month, ahead=True)
        return f"{year}-{month:02d}" if year else None
    if kind in ("quarter", "half", "quarter_short", "half_short", "quarter_first"):
        if _fiscal_part(match, p.fiscal):
            return None  # a company's fiscal quarter is no calendar quarter
        return _part_of_year(kind, groups, p.ordinals, date)
    return _fiscal(groups)


def _part_of_year(kind: str, groups: tuple, ordinals: dict[str, int], date: ArticleDate) -> str | None:
    if kind == "quarter_first":
        number, year = int(groups[0]), "20" + groups[1]
    elif kind in ("quarter", "half"):
        number, year = _lookup(ordinals, groups[0]), groups[1]
    else:
        number = int(groups[0])
        year = groups[1] or (("20" + groups[2]) if len(groups) > 2 and groups[2] else None)
    if number is None:
        return None
    letter = "H" if kind.startswith("half") else "Q"
    if letter == "H" and number > 2:
        number = 2  # "dernier semestre", "final half"
    first_month = (number - 1) * (6 if letter == "H" else 3) + 1
    year = year or date.year_of(first_month)
    return f"{year}-{letter}{number}" if year else None


def _fiscal_part(match: re.Match[str], fiscal: list[str]) -> bool:
    """"fiscal fourth quarter", "quatrième trimestre fiscal": a quarter of a fiscal year whose
    months the text does not give ("of fiscal 2023", with its year, is read as the calendar's)."""
    text = match.string
    before = text[max(0, match.start() - 12):match.start()].casefold()
    after = text[match.end():match.end() + 10].casefold()
    return before.rstrip().endswith("fiscal") or after.lstrip().startswith("fiscal") or (
        "fiscal" in match.group(0).casefold() and not re.search(r"\d{4}", match.group(0)))


def _fiscal(groups: tuple) -> str:
    """``FY2024`` for "fiscal 2024", "FY24", and the closing year of "exercice 2023/24"."""
    year, closing = groups[0], groups[1] if len(groups) > 1 else None
    if len(year) == 2:
        year = "20" + year
    if closing:
        year = year[:4 - len(closing)] + closing
    return f"FY{year}"


def _lowercase_month(match: re.Match[str], kind: str) -> bool:
    return match.group(1 if kind == "month" else 1).islower()


def _month(months: list[str], name: str) -> int:
    return [m.casefold() for m in months].index(name.casefold()) + 1


def _lookup(table: dict[str, int], written: str) -> int | None:
    key = re.sub(r"\s+", " ", written.casefold().replace("’", "'"))
    return table.get(key)
