"""Tell French from English by counting each language's common words.

>>> detect("Le PDG d'OpenAI serait en train de coordonner un effort de financement")
'fr'
>>> detect("The chief executive said the company would raise funds")
'en'
>>> detect("$5")
'fr'
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang.data import LANGS, load

WORD = re.compile(r"[^\W\d_]+(?:['\u2019])?", re.UNICODE)
SAMPLE = 20_000
DEFAULT = "fr"


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.casefold() for w in load(lang).stopwords) for lang in LANGS}


def detect(text: str) -> str:
    """The language of ``text`` ("fr" or "en"); French, our first language, on a tie."""
    counts = dict.fromkeys(LANGS, 0)
    stopwords = _stopwords()
    for match in WORD.finditer(text[:SAMPLE]):
        word = match.group().casefold().replace("\u2019", "'")
        for lang in LANGS:
            counts[lang] += word in stopwords[lang]
    best = max(LANGS, key=lambda lang: counts[lang])
    return best if counts[best] > counts[DEFAULT] else DEFAULT


def resolve(lang: str, text: str) -> str:
    """``lang`` itself, or the detected language for "auto"."""
    return detect(text) if lang == "auto" else load(lang).lang
