"""Tell French from English: py3langid restricted to the two, with a stopword count as tie-breaker.

py3langid's character n-gram model reads short headlines far better than counting common
words ("Oil prices jump after OPEC cuts output" holds none of them). It reads the text
without its capitalised words (names) when enough words remain. When the model
hesitates (confidence under ``LOW_CONFIDENCE``, typical of two- or three-word lines) and the
common words lean one way ("To no avail", "Can Islam be French?"), the common words decide.
Text with no letter at all ("$5", "1.") gets the default, French. ``bench/langid_short_lines.py``
measures the choice on the short lines of the FR-EN parallel dev set.

>>> detect("Le PDG d'OpenAI serait en train de coordonner un effort de financement")
'fr'
>>> detect("The chief executive said the company would raise funds")
'en'
>>> detect("Oil prices jump after OPEC cuts output")
'en'
>>> detect("$5")
'fr'
"""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from factcheck.lang.data import LANGS, load

WORD = re.compile(r"[^\W\d_]+(?:['\u2019])?", re.UNICODE)
LETTER = re.compile(r"[^\W\d_]")
SAMPLE = 5_000  # characters read from the start of a document: ample for two languages, 0.5 ms
LOW_CONFIDENCE = 0.9  # under this probability the stopword count may overrule the model
DEFAULT = "fr"


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model restricted to our languages, built once per process (about 0.4 s).

    Our own instance, not py3langid's global one, so restricting it touches nobody else's.
    A forked worker inherits it ready-made; a fresh one builds its own on first use.
    """
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGS))
    return identifier


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.casefold() for w in load(lang).stopwords) for lang in LANGS}


def warm() -> None:
    """Build the model and word lists now (in a worker's start-up) rather than on the first call."""
    _identifier()
    _stopwords()


def stopword_counts(text: str) -> dict[str, int]:
    """How many of each language's common words ``text`` holds (apostrophes folded).

    >>> stopword_counts("Can Islam be French?")
    {'fr': 0, 'en': 1}
    >>> stopword_counts("L\u2019euro recule face au dollar")
    {'fr': 2, 'en': 0}
    """
    counts = dict.fromkeys(LANGS, 0)
    stopwords = _stopwords()
    for match in WORD.finditer(text):
        word = match.group().casefold().replace("\u2019", "'")
        for lang in LANGS:
            counts[lang] += word in stopwords[lang]
    return counts


def detect_by_stopwords(text: str) -> str:
    """The language with more common words in ``text``; the default on a tie (the old detector).

    >>> detect_by_stopwords("The euro falls as the dollar firms")
    'en'
    >>> detect_by_stopwords("Oil prices jump after OPEC cuts output")
    'fr'
    """
    counts = stopword_counts(text[:SAMPLE])
    best = max(LANGS, key=lambda lang: counts[lang])
    return best if counts[best] > counts[DEFAULT] else DEFAULT


def without_names(text: str) -> str:
    """``text`` without its capitalised words after the first, if two words with letters remain.

    Names weigh on a character model as much as words do: the accents of "Société Générale"
    pull English copy towards French. A title-case headline keeps all its words.

    >>> without_names("Shares in Société Générale fall 4%")
    'Shares in fall 4%'
    >>> without_names("Chávez Turns Back Clocks")
    'Chávez Turns Back Clocks'
    """
    words = text.split()
    kept = [word for position, word in enumerate(words) if position == 0 or not word[:1].isupper()]
    if sum(bool(LETTER.search(word)) for word in kept) < 2:
        return text
    return " ".join(kept)


def detect_by_langid(text: str) -> tuple[str, float]:
    """py3langid's choice between our languages and its probability (0.5 to 1).

    >>> detect_by_langid("Le chômage recule à 7,3 %")[0]
    'fr'
    """
    lang, confidence = _identifier().classify(text[:SAMPLE])
    return lang, confidence


def detect(text: str) -> str:
    """The language of ``text`` ("fr" or "en"); French, our first language, when nothing tells."""
    sample = text[:SAMPLE]
    if not LETTER.search(sample):
        return DEFAULT
    lang, confidence = detect_by_langid(without_names(sample))
    if confidence < LOW_CONFIDENCE:
        counts = stopword_counts(sample)
        leaning = max(LANGS, key=lambda code: counts[code])
        if counts[leaning] > min(counts.values()):
            return leaning
    return lang


def resolve(lang: str, text: str) -> str:
    """``lang`` itself, or the detected language for "auto"."""
    return detect(text) if lang == "auto" else load(lang).lang
