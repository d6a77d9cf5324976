"""Ambiguous currency names read by the story they are written in.

Bare "couronnes" names five crowns; in a story about the Czech budget it is the Czech one.
Bare "dollars" is the US dollar by press convention; in a sentence about a Quebec body it is
the Canadian one. Each [[local]] entry of ``currency_extras.toml`` names the forms it may
resolve, the words that name the place, and where those words count:

- ``article``: anywhere in the text, the nearest cue of any entry winning (a story that names
  Prague and Stockholm gives each amount the crown named closest to it);
- ``sentence``: in the amount's own sentence only, and not when the sentence also says the
  default ("dollars américains", "a barrel").

>>> from factcheck.lang.data import load
>>> text = "Le budget tchèque prévoit 70 milliards de couronnes de déficit."
>>> StoryCurrency(text, local_currencies("fr")).currency_for(text.index("70"), "couronnes")
'CZK'
>>> StoryCurrency("Le plan coûte 70 milliards de couronnes.", local_currencies("fr")).currency_for(14, "couronnes") is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from factcheck.lang.data import LanguageData, LocalCurrency, alternatives, load

SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives(words)})(?![^\W\d_])", re.IGNORECASE)


class LocalCurrencies:
    """The [[local]] entries of one language, compiled once."""

    def __init__(self, data: LanguageData):
        self.by_name: dict[str, list[tuple[LocalCurrency, re.Pattern, re.Pattern | None]]] = {}
        for entry in data.local_currency:
            compiled = (entry, _words(entry.cues), _words(entry.not_with) if entry.not_with else None)
            for name in entry.names:
                self.by_name.setdefault(name.casefold(), []).append(compiled)
        # per name, the substrings a text must hold for one of its entries to apply (a fast
        # test before the regexes: most texts with "dollars" name no Canadian place)
        self.cue_substrings = {name: tuple({c.casefold() for entry, _, _ in entries for c in entry.cues})
                               for name, entries in self.by_name.items()}


class StoryCurrency:
    """Reads, for one text, which currency its ambiguous names stand for."""

    def __init__(self, text: str, local: LocalCurrencies):
        self.text = text
        self.local = local
        self.by_name = local.by_name
        self._cue_places: dict[str, list[int]] = {}
        self._named: dict[str, bool] = {}  # name -> whether the text holds one of its cues at all
        self._folded: str | None = None

    def currency_for(self, start: int, written: str) -> str | None:
        """The code the story gives the name ``written`` of the amount at ``start``, or None."""
        name = " ".join(written.split()).casefold()
        entries = self.by_name.get(name)
        if not entries or not self._names_a_place(name):
            return None
        sentence = None
        best: tuple[int, str] | None = None
        for entry, cue, not_with in entries:
            places = self._places(cue)  # where the text names the place, found once per text
            if not places:
                continue
            if entry.scope == "sentence":
                sentence = sentence or _sentence(self.text, start)
                inside = bisect_left(places, sentence[0]) < bisect_left(places, sentence[1])
                if inside and not (not_with and not_with.search(self.text, *sentence)):
                    return entry.code
                continue
            at = bisect_left(places, start)
            distance = min(abs(places[i] - start) for i in (at - 1, at) if 0 <= i < len(places))
            if best is None or distance < best[0]:
                best = (distance, entry.code)
        return best[1] if best else None

    def _names_a_place(self, name: str) -> bool:
        if name not in self._named:
            self._folded = self._folded if self._folded is not None else self.text.casefold()
            self._named[name] = any(cue in self._folded for cue in self.local.cue_substrings[name])
        return self._named[name]

    def _places(self, cue: re.Pattern) -> list[int]:
        places = self._cue_places.get(cue.pattern)
        if places is None:
            places = self._cue_places[cue.pattern] = [m.start() for m in cue.finditer(self.text)]
        return places


def _sentence(text: str, start: int) -> tuple[int, int]:
    before = [m.end() for m in SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = SENTENCE_END.search(text, start)
    return (before[-1] if before else max(0, start - 400)), (after.start() if after else len(text))


@cache
def local_currencies(lang: str) -> LocalCurrencies:
    return LocalCurrencies(load(lang))
