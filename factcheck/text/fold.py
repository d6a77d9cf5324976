"""Text folding for matching names and aliases: case, accents, apostrophes, punctuation.

>>> fold("l'Association de l’industrie des Semi-Conducteurs (SIA)")
'l association de l industrie des semi conducteurs sia'
>>> fold("États-Unis")
'etats unis'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache



CACHED_LENGTH = 120  # names and aliases are cached; whole sentences are not (flat memory)


def fold(text: str) -> str:
    """Lower-case, accent-free, words separated by single spaces."""
    return _fold_cached(text) if len(text) <= CACHED_LENGTH else _fold_long(text)


@lru_cache(maxsize=2)
def _fold_long(text: str) -> str:
    """A whole text folded: the last two are kept, for the checker folds the document it
    reads more than once (aliases, then sources)."""
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold_cached(text: str) -> str:
    return _fold(text)


WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(WORD.findall(without_marks(decomposed)))


class _Marks(dict):
    """The ``str.translate`` table that drops combining marks: each character is asked once
    per process, then looked up in C (a whole article is folded without a Python step per
    character)."""

    def __missing__(self, code: int) -> int | None:
        if len(self) >= 20_000:  # a text of every character there is: keep memory flat
            self.clear()
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


MARKS = _Marks()


def without_marks(text: str) -> str:
    """``text`` without its combining marks.

    >>> without_marks(unicodedata.normalize("NFKD", "Élysée, São Paulo"))
    'Elysee, Sao Paulo'
    """
    return text.translate(MARKS)


def fold_processor(text: str) -> str:
    """The rapidfuzz processor: accent- and case-folding (rapidfuzz does none by default)."""
    return fold(text)
