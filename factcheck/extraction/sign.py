"""The one reader of a sign written before a number: "-33 %", "– 0,3 %", "+0,1 %".

Every part of extraction that needs a sign asks here: a single figure (through the cues)
and each end of a range ("de -5 à -3 %"). A hyphen inside a word is no sign ("COVID-19"),
nor is a dash that opens a line (a bullet) or follows another dash ("- - $ 75").

>>> written_sign("baisse de -33 %", 11)
WrittenSign(value=-1, at=10)
>>> written_sign("variation de +0,1 %", 14)
WrittenSign(value=1, at=13)
>>> written_sign("le déficit - 33 % sur un an", 13)
WrittenSign(value=-1, at=11)
>>> written_sign("COVID-19", 6), written_sign("- 40 % des entreprises", 2)
(WrittenSign(value=1, at=None), WrittenSign(value=1, at=None))
>>> written_sign("Selon l'enquête – 40 % des PME", 18), written_sign("a poll - 71 percent - said", 9)
(WrittenSign(value=1, at=None), WrittenSign(value=1, at=None))
>>> written_sign("à +/-0,3 point", 6)
WrittenSign(value=1, at=None)
>>> written_sign("Ventes|+4%|", 8)  # a cell of a table written with pipes
WrittenSign(value=1, at=7)
>>> written_sign("-5 %", 1), written_sign("x-5 %", 2)
(WrittenSign(value=-1, at=0), WrittenSign(value=1, at=None))
"""

from __future__ import annotations

import re
from typing import NamedTuple

LOOK_BACK = 4
SIGN = re.compile(r"(?:^|(?<=[\s(\[:;=/|]))([-\u2212\u2013+])([ \u00a0\u202f]?)$")
MINUS = "-\u2212\u2013"
DASHES = "\u2013\u2014"  # en and em dashes: spaced, they are punctuation ("enquête – 40 % des…")
CLOSING = re.compile(r"[ \u00a0\u202f][-\u2013\u2014][ \u00a0\u202f]")
SENTENCE_END = re.compile(r"[.!?\n]")


class WrittenSign(NamedTuple):
    value: int  # -1 or 1
    at: int | None  # offset of the sign character when one is written, else None


def written_sign(text: str, start: int) -> WrittenSign:
    """The sign written just before the number that starts at ``start``."""
    match = SIGN.search(text, max(0, start - LOOK_BACK), start)  # the look-behind sees further back
    if match is None:
        return WrittenSign(1, None)
    char, space = match.group(1), match.group(2)
    if text[max(0, match.start(1) - 2):match.start(1)] == "+/":
        return WrittenSign(1, None)  # "+/-0,3 point": a margin either way, not a minus
    if char == "+":
        return WrittenSign(1, match.start(1))
    if space and (char in DASHES or not _spaced_minus(text, match.start(1), start)):
        return WrittenSign(1, None)
    return WrittenSign(-1, match.start(1))


def _spaced_minus(text: str, sign_at: int, start: int) -> bool:
    """"- 33 %" is a minus; a bullet at a line's start, "- - $ 75", or a dash that a second
    one closes later in the sentence ("- 71 percent - said") is not."""
    before = text[max(0, sign_at - 40):sign_at].rstrip(" \u00a0\u202f")
    if not before or before.endswith(("\n", "-", ".", "\u2013")) or not text[start:start + 1].isdigit():
        return False
    end = SENTENCE_END.search(text, start)
    return CLOSING.search(text, start, end.start() if end else len(text)) is None
