"""Align the sentences of an original and its translation without an MT model.

A Gale–Church-like dynamic programme over sentence lengths (moves 1-1, 1-2, 2-1, 1-0,
0-1), pulled towards pairs that share anchors: numbers (digits only, so "1,5" and "1.5"
agree), capitalised names, and acronyms (letters in any order, so ECB ↔ BCE, IMF ↔ FMI).

>>> sorted(anchors("The ECB said 1.5 billion, Reuters reported."))
['a:BCE', 'n:15', 'w:reuters']
>>> sorted(anchors("La BCE a dit 1,5 milliard, selon Reuters."))
['a:BCE', 'n:15', 'w:reuters']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.text.fold import fold
from factcheck.text.sentences import Sentence

NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
LENGTH_VARIANCE = 6.8
MOVE_PENALTY = {(1, 1): 0.0, (1, 2): 2.3, (2, 1): 2.3, (1, 0): 4.6, (0, 1): 4.6}
ANCHOR_BONUS = 1.5
ANCHOR_CAP = 4
BAND = 12
CREDIBLE_RATIO = 2.2


SCALE_WORDS = {"thousand": 3, "mille": 3, "million": 6, "millions": 6, "billion": 9,
               "billions": 9, "bn": 9, "milliard": 9, "milliards": 9, "trillion": 12, "trillions": 12}
SCALE_WORD = re.compile(r"\b(?:" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")\b", re.I)


def scale_magnitude(word: str | None) -> int | None:
    """The power of ten of a scale word, English short scale (the word as the extractor kept it).

    >>> scale_magnitude("milliards"), scale_magnitude("bn"), scale_magnitude(None)
    (9, 9, None)
    """
    return SCALE_WORDS.get(word.lower()) if word else None


ROUGH = re.compile(r"\b(?:centaines?|dizaines?|hundreds|dozens|tens|une? bonne)\s+(?:de\s+|d'|of\s+)?$", re.I)


def scale_magnitudes(text: str, rough: bool = False) -> set[int]:
    """The scale words of a text; ``rough``: only those after a round count ("une centaine
    de milliards", "hundreds of millions")."""
    return {SCALE_WORDS[m.group().lower()] for m in SCALE_WORD.finditer(text)
            if not rough or ROUGH.search(text, max(0, m.start() - 30), m.start())}


@dataclass(frozen=True)
class Bead:
    """One step of the alignment: original sentences [o0, o1) with translation [t0, t1)."""

    o0: int
    o1: int
    t0: int
    t1: int
    shared: int
    credible: bool


@dataclass(frozen=True)
class Alignment:
    beads: list[Bead]
    ratio: float
    anchors: int

    def aligned(self) -> list[Bead]:
        return [b for b in self.beads if b.credible]


def anchors(text: str) -> set[str]:
    """The numbers, names and acronyms of a sentence, in a form both languages share."""
    found = set()
    for match in NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group()).strip("0")
        if digits:
            found.add(f"n:{digits}")
    for index, match in enumerate(WORD.finditer(text)):
        word = re.sub(r"['’]s$", "", match.group())
        if len(word) >= 2 and word.isupper():
            found.add("a:" + "".join(sorted(word)))
        elif index > 0 and len(word) >= 4 and word[0].isupper():
            found.add("w:" + fold(word))
    return found


def align(original: list[Sentence], translation: list[Sentence]) -> Alignment:
    """The cheapest path of beads through both sentence lists."""
    n, m = len(original), len(translation)
    lo = [len(s.text) for s in original]
    lt = [len(s.text) for s in translation]
    ratio = (sum(lt) / sum(lo)) if sum(lo) and sum(lt) else 1.0
    scale = min(max(ratio, 0.5), 2.0)
    ao = [anchors(s.text) for s in original]
    at = [anchors(s.text) for s in translation]
    band = max(BAND, abs(n - m) + BAND)
    cost = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        centre = i * m / n if n else 0
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            if (i, j) == (0, 0):
                continue
            best = None
            for (di, dj), penalty in MOVE_PENALTY.items():
                prev = cost.get((i - di, j - dj))
                if prev is None:
                    continue
                step = penalty + _length_cost(sum(lo[i - di:i]), sum(lt[j - dj:j]), scale)
                step -= ANCHOR_BONUS * min(ANCHOR_CAP, _shared(ao, at, i - di, i, j - dj, j))
                total = prev[0] + step
                if best is None or total < best[0]:
                    best = (total, (di, dj))
            if best is not None:
                cost[(i, j)] = best
    return Alignment(_beads(cost, n, m, lo, lt, ao, at, scale), ratio,
                     sum(len(a) for a in ao))


def _length_cost(ls: int, lt: int, scale: float) -> float:
    if ls == 0 or lt == 0:
        return 0.0
    mean = (ls + lt / scale) / 2
    delta = (lt - ls * scale) / math.sqrt(mean * LENGTH_VARIANCE)
    return delta * delta / 2


def _shared(ao: list[set], at: list[set], o0: int, o1: int, t0: int, t1: int) -> int:
    if o0 == o1 or t0 == t1:
        return 0
    left = set().union(*ao[o0:o1])
    right = set().union(*at[t0:t1])
    return len(left & right)


def _beads(cost: dict, n: int, m: int, lo, lt, ao, at, scale: float) -> list[Bead]:
    beads = []
    i, j = n, m
    if (n, m) not in cost:
        return beads
    while (i, j) != (0, 0):
        di, dj = cost[(i, j)][1]
        o0, t0 = i - di, j - dj
        shared = _shared(ao, at, o0, i, t0, j)
        beads.append(Bead(o0, i, t0, j, shared,
                          _credible(sum(lo[o0:i]), sum(lt[t0:j]), scale, shared,
                                    set().union(*ao[o0:i]), set().union(*at[t0:j]))))
        i, j = o0, t0
    return beads[::-1]


def _credible(ls: int, lt: int, scale: float, shared: int, left: set, right: set) -> bool:
    """A bead of sentences on both sides, of plausible lengths, whose anchors do not
    contradict it (both sides having three anchors or more and sharing none)."""
    if ls == 0 or lt == 0:
        return False
    ratio = lt / (ls * scale)
    if shared >= 2:
        return ratio < 2 * CREDIBLE_RATIO and ratio > 1 / (2 * CREDIBLE_RATIO)
    if not 1 / CREDIBLE_RATIO < ratio < CREDIBLE_RATIO:
        return False
    return shared > 0 or min(len(left), len(right)) < 3
