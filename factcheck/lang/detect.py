"""Tell French from English: py3langid restricted to the two, with a stopword count as tie-breaker.

py3langid's character n-gram model reads short headlines far better than counting common
words ("Oil prices jump after OPEC cuts output" holds none of them). It reads the text
without its capitalised words (names) when enough words remain. When the model
hesitates (confidence under ``LOW_CONFIDENCE``, typical of two- or three-word lines) and the
common words lean one way ("To no avail", "Can Islam be French?"), the common words decide.
Text with no letter at all ("$5", "1.") gets the default, French. ``bench/langid_short_lines.py``
measures the choice on the short lines of the FR-EN parallel dev set.

An article needs no model: over ``LONG_TEXT`` words, when one language's common words number
at least ``SURE_COUNT`` and ``SURE_RATIO`` times the other's, they decide, and py3langid's model
(about 0.3 s to unpack) is never built. ``bench/langid_long_texts.py`` measures that reading on
whole documents: 745 of 745 agree with the known language (or with py3langid where none is known).

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

import lzma
import re
import tempfile
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.lang.data import LANGS, load

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

WORD = re.compile(r"[^\W\d_]+(?:['\u2019])?", re.UNICODE)
LETTER = re.compile(r"[^\W\d_]")
SAMPLE = 5_000  # characters read from the start of a document: ample for two languages, 0.5 ms
LOW_CONFIDENCE = 0.9  # under this probability the stopword count may overrule the model
DEFAULT = "fr"
LONG_TEXT = 40  # words (with letters) from which the common words alone may decide
SURE_COUNT = 8  # common words the leading language needs at least
SURE_RATIO = 3  # and this many times the other language's count


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model restricted to our languages, built once per process (about 0.4 s,
    most of it unpacking the LZMA file; py3langid and numpy are imported here, not before).

    Our own instance, not py3langid's global one, so restricting it touches nobody else's.
    A forked worker inherits it ready-made; a fresh one builds its own on first use.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        ptc, pc, classes, nextmove, row, output = _model_arrays(MODEL_DIR / MODEL_FILE)
        identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    except (ImportError, KeyError, ValueError, TypeError):  # another py3langid layout: its own loader
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGS))
    return identifier


UNPACK_CHUNK = 16 << 20  # bytes of the unpacked model per LZMA call


def _model_arrays(path: Path) -> tuple:
    """py3langid's model file read as its ``load_model`` reads it, the same arrays, but unpacked
    in a few large LZMA calls: each lets go of the GIL for its whole length, so a ``prefetch``
    thread progresses while the main thread runs Python (py3langid's 8 KB reads wait for the
    GIL some 700 times). Like py3langid, through a temporary file, not all in memory."""
    import numpy as np
    from py3langid.modelio import _to_array

    unpacker = lzma.LZMADecompressor()
    packed = path.read_bytes()
    with tempfile.TemporaryFile(suffix=".npz") as unpacked:
        while not unpacker.eof:
            chunk = unpacker.decompress(packed, max_length=UNPACK_CHUNK)
            if not chunk and unpacker.needs_input:
                raise ValueError(f"{path}: truncated LZMA stream")
            unpacked.write(chunk)
            packed = b""
        unpacked.seek(0)
        with np.load(unpacked, allow_pickle=False) as data:
            return (np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                    _to_array(data["nextmove"]), _to_array(data["nextmove_row"]),
                    data["out_feat"].tolist())


_IDENTIFIER_LOCK = threading.Lock()


def _model() -> LanguageIdentifier:
    """The model; a caller waits for a build that ``prefetch`` started rather than start another."""
    with _IDENTIFIER_LOCK:
        return _identifier()


def prefetch() -> threading.Thread:
    """Start building the model in a thread and return it; ``join`` it before the command ends.

    The LZMA unpacking lets go of the GIL, so on a second core it runs while the caller
    imports and compiles its own tables: a one-shot command waits for the longer of the
    two, not their sum. The first detection then takes the model (waiting for it if need be).
    Join the thread before forking (a held lock would be copied into the child).
    """
    thread = threading.Thread(target=_model_or_nothing, name="factcheck-langid", daemon=True)
    thread.start()
    return thread


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.casefold() for w in load(lang).stopwords) for lang in LANGS}


def _model_or_nothing() -> None:
    """``_model()`` for a thread: a failure is left for the first detection to raise."""
    try:
        _model()
    except Exception:  # noqa: BLE001  (raised again, in the caller's thread, on first use)
        pass


def warm() -> None:
    """Build the model and word lists now (in a worker's start-up) rather than on the first call."""
    _model()
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


def sure_by_stopwords(text: str) -> str | None:
    """The language of a long text when its common words leave no doubt, else None.

    >>> sure_by_stopwords("Le gouvernement a présenté le budget aux députés. " * 6)
    'fr'
    >>> sure_by_stopwords("The government presented the budget to the parliament on Monday. " * 4)
    'en'
    >>> sure_by_stopwords("Oil prices jump after OPEC cuts output") is None
    True
    """
    sample = text[:SAMPLE]
    if sum(1 for _ in WORD.finditer(sample)) < LONG_TEXT:
        return None
    counts = stopword_counts(sample)
    leading = max(LANGS, key=lambda code: counts[code])
    others = max(count for code, count in counts.items() if code != leading)
    if counts[leading] >= SURE_COUNT and counts[leading] >= SURE_RATIO * max(others, 1):
        return leading
    return None


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
    lang, confidence = _model().classify(text[:SAMPLE])
    return lang, confidence


def detect(text: str) -> str:
    """The language of ``text`` ("fr" or "en"); French, our first language, when nothing tells."""
    sample = text[:SAMPLE]
    if not LETTER.search(sample):
        return DEFAULT
    if (sure := sure_by_stopwords(sample)) is not None:
        return sure
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
