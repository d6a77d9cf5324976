"""When bare "point(s)", "dixièmes", "tenths" or "un point" are percentage points: "le
chômage recule de 0,3 point", "les prix augmentent de cinq dixièmes, à 4,1 %", "inférieur de
presque un point" beside a rate; not "le CAC 40 a perdu 50 points", "deux dixièmes de
seconde", "d'un point de vue".

A mixin of ``QuantityReader`` (extraction/quantity.py): the methods read ``self.atoms`` and
the language's word patterns the reader holds (``of_gap``, ``of_articles``, ``one_point_lead``).
"""

from __future__ import annotations

import re

from factcheck.extraction.amount import Quantity
from factcheck.extraction.lexer import NUM, PCT, PTS, WORD

SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
WORD_AFTER = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+)")
REACH = 300  # characters looked at around the figure for its sentence


class PointsReader:
    """The percentage-points half of ``QuantityReader``."""

    def percentage_points(self, quantity: Quantity, k: int) -> bool:
        """Bare "point(s)" are percentage points for a figure under ten, unscaled, not a
        spoken decimal ("1 point 5") nor "un"/"one", with no index or match in the clause before: the
        unemployment rate "recule de 0,3 point", "sept points au-dessus", but "le CAC 40 a
        perdu 50 points", "the Dow lost 120 points", "scored 7 points" are no percentage."""
        after = k + 1
        spoken_decimal = after < len(self.atoms) and self.atoms[after].has(NUM, WORD) \
            and self.tight(k, after)
        return (abs(quantity.value) < 10 and not quantity.scale and not spoken_decimal
                and (not quantity.weak or self.one_point_of_a_rate(quantity, k))  # not "at one point"
                and (self.tenths_of_a_rate(k) if self.atoms[k].sense(PTS).value is not None
                     else not self.lex.index_points(self.text, quantity.start)))

    def one_point_of_a_rate(self, quantity: Quantity, k: int) -> bool:
        """"un"/"one" before a bare "point": one percentage point after a hedge or a word of
        ``percent.one_point_after`` ("inférieur de presque un point", "fell by one point"), in
        a sentence that writes a percentage, not before "de"/"of" ("d'un point de vue")."""
        return self.one_point_lead is not None and self.tenths_of_a_rate(k) \
            and self.one_point_lead.search(self.text, max(0, quantity.start - 40), quantity.start) is not None

    def tenths_of_a_rate(self, k: int) -> bool:
        """Bare "dixièmes", "tenths" at atom ``k``: points of a rate only in a sentence that
        writes a percentage ("augmente de cinq dixièmes, à 4,1 %"), never before "de"/"of"
        ("nine tenths of the vote" is a share). A price index may rise by tenths: the index
        words that keep a bare "point" out do not count here."""
        atom = self.atoms[k]
        after = WORD_AFTER.match(self.text, atom.end)
        if self.of_gap.match(self.text, atom.end) or after and after.group(1).casefold() in self.of_articles:
            return False
        ends = [m.end() for m in SENTENCE_END.finditer(self.text, max(0, atom.start - REACH), atom.start)]
        start = ends[-1] if ends else max(0, atom.start - REACH)
        after = SENTENCE_END.search(self.text, atom.end)
        end = after.start() if after else len(self.text)
        return any(start <= other.start < end and (other.has(PCT) or other.has(PTS) and not other.sense(PTS).guarded)
                   for other in self.atoms if other is not atom)
