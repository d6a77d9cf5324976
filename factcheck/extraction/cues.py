"""Words just before a claim that change its meaning: hedges (environ), open bounds
(au moins), a sign (-33 %, minus five percent) and a direction (en baisse de 2,1 %).

Each cue is looked for in the claim's own clause: the text before it, cut at the last
sentence or clause mark and at the last digit.

A hedge counts right before the figure ("environ 80 %"), or before an indefinite noun
phrase whose figure follows "de"/"of" ("environ une part de marché de 80 %"); not before
any words at all ("questions about the rescue plan of $700bn" is not hedged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extraction.sign import written_sign
from factcheck.lang.data import LanguageData, alternatives, load

WINDOW = 80
CLAUSE_END = re.compile(r"[.;:!?\n()\[\]\d,]")
SPACES = r"[ \u00a0\u202f]*"


@dataclass(frozen=True)
class ClaimCues:
    hedge: str | None = None
    bound: str | None = None  # "min" or "max"
    bound_text: str | None = None
    sign: int = 1
    sign_at: int | None = None  # where a written sign ("-", "+") starts, to keep it in the claim's text
    direction: str | None = None  # "up" or "down"


def _direction(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<![^\W\d_]))(?:{alternatives(words) or '(?!)'})\W*$", re.I)


def _ending(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<![^\W\d_]))({alternatives(words)}){SPACES}$", re.I)


class CueReader:
    def __init__(self, data: LanguageData):
        cues = data.cues
        self.hedge = _ending(cues.hedges)
        # the weak number words ("un", "une", "a") are the indefinite articles
        self.hedge_far = re.compile(
            rf"(?:^|(?<![^\W\d_]))({alternatives(cues.hedges)})\s+"
            rf"(?:{alternatives(data.number_words.weak)})\s+(?:[^\W\d]+['\u2019\s-]+){{1,4}}"
            rf"(?:{alternatives(data.of_words)}){SPACES}$", re.I)
        self.bound_min = _ending(cues.bound_min)
        self.bound_max = _ending(cues.bound_max)
        self.negative = _ending(cues.negative)
        self.down = _direction(cues.direction_down)
        self.up = _direction(cues.direction_up)
        self.down_percent = _direction(cues.direction_down_percent)
        self.up_percent = _direction(cues.direction_up_percent)

    def read(self, text: str, start: int, kind: str = "percent") -> ClaimCues:
        """The cues before the claim of ``kind`` starting at ``start``; market verbs ("a perdu",
        "gained") give a direction to a percentage only."""
        window = text[max(0, start - WINDOW):start]
        written = written_sign(text, start)
        sign_value = written.value
        cut = max((m.end() for m in CLAUSE_END.finditer(window)), default=0)
        clause = window[cut:]
        hedge = self.hedge.search(clause) or self.hedge_far.search(clause) or self._abbreviated(window)
        bound, bound_text = None, None
        found = [(match.start(1), name, match.group(1)) for name, pattern in
                 (("max", self.bound_max), ("min", self.bound_min)) if (match := pattern.search(clause))]
        if found:  # the longest cue wins: "pas moins de" is a floor, though it ends in "moins de"
            _, bound, bound_text = min(found)
        # "plus ou moins 2 %", "plus or minus 3 points": a margin, not a minus
        if sign_value == 1 and bound is None and hedge is None and self.negative.search(clause):
            sign_value = -1
        direction = "down" if self.down.search(clause) else "up" if self.up.search(clause) else None
        if direction is None and kind == "percent":
            direction = "down" if self.down_percent.search(clause) else "up" if self.up_percent.search(clause) else None
        return ClaimCues(
            hedge=hedge.group(1) if hedge else None,
            bound=bound,
            bound_text=bound_text,
            sign=sign_value,
            sign_at=written.at,
            direction=direction,
        )

    def _abbreviated(self, window: str) -> re.Match | None:
        """A hedge that ends with its own full stop ("approx. $40m", "env. 3 %"): the stop
        is not a clause end."""
        match = self.hedge.search(window)
        return match if match and match.group(1).endswith(".") else None


@cache
def cue_reader(lang: str) -> CueReader:
    return CueReader(load(lang))
