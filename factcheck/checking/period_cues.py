"""Cue words of the periods reader (periods.py) from the language data (check_<lang>.toml), and
the dateline a story opens with, which dates the news rather than its figures."""

from __future__ import annotations

import re
from functools import cache

from factcheck.frame.names import DATELINE_SPAN
from factcheck.frame.period import YEAR
from factcheck.lang.data import LANGS, alternatives, check_words
from factcheck.text.sentences import Sentence, split  # noqa: F401 (doctests)


@cache
def trailing_back() -> re.Pattern[str]:
    """Any language's "a year earlier" written right after a figure (spaces only between): it is
    that figure's, not the next one's (periods.clause_windows; TURN is read in every language too).

    >>> trailing_back().match(" a year earlier, but it reached ") is not None, trailing_back().match(", then") is None
    (True, True)
    """
    words = [w for lang in LANGS for w in check_words(lang).looking_back.year + check_words(lang).looking_back.quarter]
    return re.compile(rf"\s*(?:{alternatives(words)})(?![\w-])", re.IGNORECASE)


@cache
def looking_back_pattern(lang: str) -> re.Pattern[str] | None:
    """A period said relative to the one just named, not to the article's date (check_<lang>.toml
    [looking_back]): "Un an plus tôt, le taux s'établissait à 7,5 %" after "au quatrième
    trimestre 2024" is the fourth quarter of 2023; group ``q`` when it is a quarter back."""
    if lang not in LANGS:
        return None
    words = check_words(lang).looking_back
    quarter = alternatives(words.quarter) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternatives(words.year)}|(?P<q>{quarter}))(?![\w-])", re.IGNORECASE)


def without_dateline(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with the day of the text's dateline blanked (same offsets): "PARIS, March 26
    —" dates the news, not the figures after it; a year written there is kept (the story's). The
    dateline opens the text or follows its headline.

    >>> without_dateline(split("PARIS, March 26, 2024 — The deficit rose to 5.5%."))[0].text[:24]
    'PARIS,           2024   '
    >>> without_dateline(split("Deficit widens\\n\\nPARIS, March 26 — It rose to 5.5%."))[1].text[:20]
    'PARIS,            It'
    >>> without_dateline(split("In March, the deficit rose to 5.5%."))[0].text[:9]
    'In March,'
    """
    for number, sentence in enumerate(sentences[:2]):
        found = DATELINE_SPAN.match(sentence.text)
        if found is not None:
            return sentences[:number] + [blanked(sentence, found)] + sentences[number + 1:]
    return sentences


def blanked(sentence: Sentence, dateline: re.Match[str]) -> Sentence:
    """``sentence`` with its dateline's words after the place blanked, but for a year."""
    text = sentence.text
    comma = text.index(",", dateline.start(), dateline.end()) + 1
    kept = {at for year in YEAR.finditer(text, comma, dateline.end()) for at in range(*year.span())}
    words = "".join(ch if at in kept or ch.isspace() else " " for at, ch in enumerate(text[comma:dateline.end()], comma))
    return Sentence(sentence.start, sentence.end, text[:comma] + words + text[dateline.end():])
