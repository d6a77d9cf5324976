"""A direction written next to a figure in words the extractor did not attach to it
("prices went up by 0.7 percent", "une diminution de deux pence"): read from the verb or
noun closest to the figure in its own sentence, so that a sign flip shows even when only
one side's claim carries a direction.

>>> written_direction("prices went up by 0.7 percent since May", 18, 29, "en")
'up'
>>> written_direction("succède à une diminution de deux penny", 28, 38, "fr")
'down'
>>> written_direction("the fine was 1,000 forints", 13, 26, "en") is None
True
"""

from __future__ import annotations

import re

WORDS = {
    ("en", "up"): r"went up|rose|risen|rises?|rising|increas\w*|grew|grown|grow\w*|climb\w*|jump\w*|"
                  r"soar\w*|surg\w*|hikes?|hiked|higher|up",
    ("en", "down"): r"went down|fell|fallen|fall\w*|drop\w*|declin\w*|decreas\w*|shr[ai]nk\w*|shrunk|"
                    r"slump\w*|plung\w*|lower|down",
    ("fr", "up"): r"hausse|augment\w*|progress\w*|croissance|grimp\w*|bond\w*|accroissement|accru\w*",
    ("fr", "down"): r"baisse|baiss\w*|diminu\w*|recul\w*|chut\w*|repli\w*|réduction|contraction",
}
PATTERNS = {key: re.compile(rf"\b(?:{words})\b", re.I) for key, words in WORDS.items()}
BEFORE, AFTER = 45, 16


def written_direction(sentence: str, start: int, end: int, lang: str) -> str | None:
    """'up' or 'down' when the closest direction word to ``sentence[start:end]`` (before it,
    back to the previous figure, else just after it) says so; None when none or both."""
    before = sentence[max(0, start - BEFORE):start]
    digit = max((m.end() for m in re.finditer(r"\d", before)), default=0)
    before = before[digit:]
    after = sentence[end:end + AFTER]
    after = after[:re.search(r"\d|$", after).start()]
    for window, last in ((before, True), (after, False)):
        hits = sorted((m.start(), way) for (language, way), pattern in PATTERNS.items() if language == lang
                      for m in pattern.finditer(window))
        if hits:
            ways = {way for _, way in hits}
            return hits[-1 if last else 0][1] if len(ways) == 1 else None
    return None
