"""Resolve a name written in an article to a source of the reference table.

Three ways, strongest first: an alias written out in full (accents and case folded), an
acronym written as such ("SIA", "WSJ": case-sensitive, whole word), then a fuzzy match of
the whole name (rapidfuzz, explicit folding processor, scorer and cutoff) for mangled
forms such as a literal translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from factcheck.reference.table import Source
from factcheck.text.fold import fold, fold_processor

FUZZY_CUTOFF = 85.0
ACRONYM_MAX = 5


@dataclass(frozen=True)
class SourceMatch:
    source: str
    alias: str
    score: float
    how: str  # "alias", "acronym" or "fuzzy"


class SourceResolver:
    def __init__(self, sources: dict[str, Source]):
        self.sources = sources
        self.phrases: list[tuple[str, str, str]] = []  # (folded alias, source id, alias)
        self.acronyms: list[tuple[re.Pattern[str], str, str]] = []
        for source in sources.values():
            for alias in dict.fromkeys((source.name, *source.aliases)):
                if len(alias) <= ACRONYM_MAX and alias.replace(".", "").isupper():
                    pattern = re.compile(rf"(?<![\w.]){re.escape(alias)}(?![\w])")
                    self.acronyms.append((pattern, source.id, alias))
                elif fold(alias):
                    self.phrases.append((fold(alias), source.id, alias))
        self.choices = [phrase for phrase, _, _ in self.phrases]

    def find_all(self, text: str) -> list[SourceMatch]:
        """Every source named in ``text`` by a full alias or an acronym, one per source."""
        folded = f" {fold(text)} "
        words = set(folded.split())
        found: dict[str, SourceMatch] = {}
        for phrase, source, alias in self.phrases:
            if phrase.split(" ", 1)[0] in words and f" {phrase} " in folded and (
                    source not in found or len(alias) > len(found[source].alias)):
                found[source] = SourceMatch(source, alias, 100.0, "alias")
        for pattern, source, alias in self.acronyms:
            if source not in found and alias in text and pattern.search(text):  # ``in`` first: fast on a long text
                found[source] = SourceMatch(source, alias, 100.0, "acronym")
        return sorted(found.values(), key=lambda m: folded.find(f" {fold(m.alias)}"))

    def fuzzy(self, name: str) -> SourceMatch | None:
        """The closest source to a whole name, if it is close enough (mangled forms)."""
        if not self.choices or len(fold(name)) < 4:
            return None
        best = process.extractOne(name, self.choices, scorer=fuzz.token_sort_ratio,
                                  processor=fold_processor, score_cutoff=FUZZY_CUTOFF)
        if best is None:
            return None
        _, score, index = best
        _, source, alias = self.phrases[index]
        return SourceMatch(source, alias, float(score), "fuzzy")
