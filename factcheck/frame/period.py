"""When a figure is for: the years named around a claim (a figure's period is compared with
them in checking/matching.py) and an article's date as a user gives it. Relative years ("l'année dernière", "last year") are resolved with the
article's own year when it is known.

>>> sorted(years_named("En 2023, contre 2022."))
['2022', '2023']
>>> sorted(years_named("l'année dernière", {"l'année dernière": -1}, 2024))
['2023']
"""

from __future__ import annotations

import re
from datetime import date

ARTICLE_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}-[0-9]{2})?")
YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def years_named(text: str, relative: dict[str, int] | None = None, year: int | None = None) -> set[str]:
    """Years written in ``text``, plus those said relative to the article's ``year``
    ("l'année dernière" in a 2024 article is 2023)."""
    years = set(YEAR.findall(text))
    if year is not None and relative:
        folded = text.casefold().replace("\u2019", "'")
        years.update(str(year + offset) for phrase, offset in relative.items() if phrase in folded)
    return years


def article_date(value: str) -> str:
    """An article's date as given by a user: a real calendar day YYYY-MM-DD, or a year.

    >>> article_date("2009-07-16"), article_date("2024")
    ('2009-07-16', '2024')
    >>> article_date("2009-13-45")
    Traceback (most recent call last):
    ...
    ValueError: '2009-13-45' is not a date; write YYYY-MM-DD (e.g. 2009-07-16) or a year (2009).
    """
    if ARTICLE_DATE.fullmatch(value):
        try:
            if len(value) == 4 or date.fromisoformat(value):
                return value
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD (e.g. 2009-07-16) or a year (2009).")
