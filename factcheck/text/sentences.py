"""Sentences with offsets, split where a new sentence plainly starts.

A full stop followed by a lower-case word does not start a sentence here: in translated
copy ". a atteint" is a broken sentence, which the attribution checks look for.

>>> [s.text for s in split("Il a dit. Elle aussi ! Mis en place. a atteint 3 $.")]
['Il a dit.', 'Elle aussi !', 'Mis en place. a atteint 3 $.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BOUNDARY = re.compile(r"(?<=[.!?…»\"])\s+(?=[\"«“(]?[A-ZÀ-ÖØ-Þ0-9$€£])|\n+")
ABBREVIATIONS = re.compile(
    r"(?:\b(?:M|MM|Mme|Mlle|Dr|Pr|St|Mr|Mrs|Ms|Jr|etc|cf|p|n°|art|av|vs|No|env|approx|Inc|Ltd|Corp)\."
    r"|\b(?:[A-Za-z]\.){1,3})$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split(text: str) -> list[Sentence]:
    sentences, start = [], 0
    for match in BOUNDARY.finditer(text):
        if ABBREVIATIONS.search(text, max(0, match.start() - 8), match.start()):
            continue
        _append(sentences, text, start, match.start())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


def index_of(sentences: list[Sentence], offset: int) -> int:
    """The index of the sentence holding ``offset`` (the last one before it otherwise)."""
    low, high = 0, len(sentences) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if sentences[middle].start <= offset:
            low = middle
        else:
            high = middle - 1
    return low
