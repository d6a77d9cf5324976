"""Find the reference figures a claim may be about, fast on large tables.

Aliases are folded to word tuples and indexed by their first word, so one pass over a
sentence's words finds every alias it contains, whatever the size of the table. Figures
are also sorted by value per unit, so the ones a claim's value (or the value off by a power
of 1000) lands on are found by bisection.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from .reference import Figure, ReferenceTable
from .textnorm import fold

SCALE_FACTORS = tuple(Decimal(1000) ** k for k in (-3, -2, -1, 1, 2, 3))


@dataclass(frozen=True)
class AliasHit:
    figure: int
    field: str  # "entity" or "metric"
    alias: str


class FigureIndex:
    def __init__(self, table: ReferenceTable):
        self.figures: list[Figure] = table.figures
        self._by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self._hits: dict[tuple[str, ...], list[AliasHit]] = defaultdict(list)
        self._values: dict[str, list[tuple[Decimal, int]]] = defaultdict(list)
        for number, figure in enumerate(self.figures):
            for field, aliases in (("entity", (figure.entity, *figure.entity_aliases)),
                                   ("metric", figure.metric_aliases)):
                for alias in dict.fromkeys(aliases):
                    words = tuple(fold(alias).split())
                    if words:
                        self._by_first[words[0]].add(words)
                        self._hits[words].append(AliasHit(number, field, alias))
            anchor = figure.value if figure.value is not None else figure.low
            self._values[figure.unit].append((anchor, number))
            if figure.value is None:
                self._values[figure.unit].append((figure.high, number))
        for entries in self._values.values():
            entries.sort(key=lambda entry: entry[0])

    def alias_hits(self, text: str) -> list[AliasHit]:
        """Every alias written in ``text`` (folded), as hits on figures."""
        words = fold(text).split()
        found: list[AliasHit] = []
        for start, word in enumerate(words):
            for alias in self._by_first.get(word, ()):
                if tuple(words[start:start + len(alias)]) == alias:
                    found.extend(self._hits[alias])
        return found

    def near_value(self, unit: str, value: Decimal, tolerance: Decimal) -> set[int]:
        """Figures of ``unit`` within ``tolerance`` of ``value``, or of it times 1000^k."""
        entries = self._values.get(unit)
        if not entries:
            return set()
        found: set[int] = set()
        for factor in (Decimal(1), *SCALE_FACTORS):
            target, margin = value * factor, tolerance * factor
            low = bisect.bisect_left(entries, target - margin, key=lambda entry: entry[0])
            high = bisect.bisect_right(entries, target + margin, key=lambda entry: entry[0])
            found.update(number for _, number in entries[low:high])
        return found
