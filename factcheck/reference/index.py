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

from factcheck.reference.table import Figure, ReferenceTable
from factcheck.text.fold import fold

SCALE_FACTORS = tuple(Decimal(1000) ** k for k in (-3, -2, -1, 1, 2, 3))


@dataclass(frozen=True)
class AliasHit:
    figure: int
    field: str  # "entity" or "metric"
    alias: str


def singular(word: str) -> str:
    """A folded word without its plural ending, so that an alias matches both numbers
    ("growth forecasts", "prévisions de croissance" meet "growth forecast", "prévision de
    croissance"); text and aliases are cut the same way.

    >>> singular("forecasts"), singular("prévisions"), singular("prix"), singular("gas"), singular("taux")
    ('forecast', 'prévision', 'prix', 'gas', 'taux')
    """
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


BROAD = 200  # a metric alias shared by more figures than this adds evidence, not candidates


class FigureIndex:
    def __init__(self, table: ReferenceTable):
        self.figures: list[Figure] = table.figures
        self._by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self._hits: dict[str, dict[tuple[str, ...], list[AliasHit]]] = {
            "entity": defaultdict(list), "metric": defaultdict(list)}
        self._values: dict[str, list[tuple[Decimal, int]]] = defaultdict(list)
        self._figure_aliases = [{"entity": [], "metric": []} for _ in self.figures]
        self._spelling: dict[tuple[str, ...], str] = {}
        self._by_entity: dict[str, list[int]] = defaultdict(list)
        for number, figure in enumerate(self.figures):
            for field, aliases in (("entity", (figure.entity, *figure.entity_aliases)),
                                   ("metric", figure.metric_aliases)):
                for alias in dict.fromkeys(aliases):
                    words = tuple(singular(word) for word in fold(alias).split())
                    if words:
                        self._by_first[words[0]].add(words)
                        self._hits[field][words].append(AliasHit(number, field, alias))
                        self._figure_aliases[number][field].append(words)
                        self._spelling.setdefault(words, alias)
            self._by_entity[figure.entity].append(number)
            anchor = figure.value if figure.value is not None else figure.low
            self._values[figure.unit].append((anchor, number))
            if figure.value is None:
                self._values[figure.unit].append((figure.high, number))
        for entries in self._values.values():
            entries.sort(key=lambda entry: entry[0])

    def aliases_in(self, text: str) -> set[tuple[str, ...]]:
        """Every alias (as folded words) written in ``text``."""
        words = [word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] != "s" else word
                 for word in fold(text).split()]  # ``singular`` of each word, inline: a whole text has many
        found: set[tuple[str, ...]] = set()
        for start, word in enumerate(words):
            for alias in self._by_first.get(word, ()):
                if tuple(words[start:start + len(alias)]) == alias:
                    found.add(alias)
        return found

    def hits(self, aliases: set[tuple[str, ...]], field: str, narrow_only: bool) -> list[AliasHit]:
        """The figures those aliases name in ``field``; with ``narrow_only``, skip broad aliases."""
        found = []
        table = self._hits[field]
        for alias in aliases:
            hits = table.get(alias, ())
            if narrow_only and len(hits) > BROAD:
                continue
            found.extend(hits)
        return found

    def names(self, number: int, field: str, aliases: set[tuple[str, ...]]) -> str | None:
        """The alias of figure ``number`` (in ``field``) found among ``aliases``, if any."""
        for alias in self._figure_aliases[number][field]:
            if alias in aliases:
                return self._spelling[alias]
        return None

    def of_entity(self, entity: str) -> list[int]:
        """The numbers of the figures about ``entity``."""
        return self._by_entity.get(entity, [])

    def metric_aliases(self, number: int) -> list[tuple[str, ...]]:
        """The folded metric aliases of figure ``number``."""
        return self._figure_aliases[number]["metric"]

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
