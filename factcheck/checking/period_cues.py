"""The dateline a story opens with ("PARIS, March 26 —"), which dates the news rather than its
figures (periods.py reads the sentences it leaves)."""

from __future__ import annotations

import re

from factcheck.frame.period import YEAR
from factcheck.text.sentences import Sentence, split  # noqa: F401 (doctests)

# A place in capitals and a comma, then the day and a dash ("PARIS, March 26 (Reuters) —"), or a
# line that holds nothing but the place and a day ("PARIS, 26 mars 2024"). A short sentence
# that merely opens with a capitalised word and a comma ("UK, inflation hit 3.5% in March") is
# no dateline: its month is the figure's.
PLACE = r"^\s*[A-Z][A-Z .'-]+,"
DATELINE_DAY = re.compile(PLACE + r"[^—–\n]{0,40}?\s[—–-]+\s"
                          r"|" + PLACE + r"\s*(?:[A-Za-zéû]+\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+[a-zéû]+\.?)"
                          r"(?:,?\s+\d{4})?\s*(?:\([A-Za-z]+\))?\s*$")


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
    >>> without_dateline(split("UK, inflation hit 3.5% in March 2024."))[0].text
    'UK, inflation hit 3.5% in March 2024.'
    >>> without_dateline(split("PARIS, 26 mars 2024\\nLe déficit a atteint 5,5 %."))[0].text
    'PARIS,         2024'
    """
    for number, sentence in enumerate(sentences[:2]):
        found = DATELINE_DAY.match(sentence.text)
        if found is not None:
            return sentences[:number] + [blanked(sentence, found)] + sentences[number + 1:]
    return sentences


def blanked(sentence: Sentence, dateline: re.Match[str]) -> Sentence:
    """``sentence`` with its dateline's words after the place blanked, but for a year."""
    text = sentence.text
    comma = text.index(",", dateline.start(), dateline.end()) + 1
    kept = {at for year in YEAR.finditer(text, comma, dateline.end()) for at in range(*year.span())}
    words = "".join(ch if at in kept or ch.isspace() else " "
                    for at, ch in enumerate(text[comma:dateline.end()], comma))
    return Sentence(sentence.start, sentence.end, text[:comma] + words + text[dateline.end():])
