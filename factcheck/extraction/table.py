"""Cells of a results table whose unit is written once, in the row label.

Company releases lay out their key figures as rows: a label that carries the unit ("Résultat
net (G$)", "- in dollars per share"), then the figures, each alone in its cell (a line, a
tab or a ``|`` apart), changes in percent between them. A bare number in such a cell is an
amount of the label's currency and scale; the claim is marked ``currency_inferred`` (the
currency is written once for the row, not with the figure).

A cell counts only when the row looks like a table row: the label is short, states no
figure of its own and names a currency; at least two cells follow it; a label with a
percent sign ("Marge (%)") is a rate, not money.

>>> text = "Résultat net (G$)\\n4,0\\n+72%\\n15,8\\n-26%\\nEffectifs\\n1 200\\n3 400"
>>> cells = TableCells(text, "fr")
>>> cells.unit_of(text.index("4,0"), text.index("4,0") + 3)
('USD', Decimal('1E+9'))
>>> cells.unit_of(text.index("1 200"), text.index("1 200") + 5) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from factcheck.extraction.lexer import CUR, PCT, SCALE, SCUR, lexicon
from factcheck.lang.data import alternatives, load

CELL_BREAK = re.compile(r"[\n\t|]")
BLANK = re.compile(r"[ \u00a0\u202f\-–—]*")
FOOTNOTE = re.compile(r"\(\d\)|\*+")
# "(B$)", "(G$)", "(M€)", "(€m)", "($bn)": a scale letter glued to a sign, in a label only (signs
# and letters, the same in both languages; the words around them come from the language data)
LABEL_SCALE = (r"(?:(?P<scale>k|K|M|m|Mn|Md|Mds|Mrd|G|B|bn|Bn)[ \u00a0\u202f]?(?P<sign>[$€£¥])"
               r"|(?P<sign2>[$€£¥])[ \u00a0\u202f]?(?P<scale2>k|m|mn|M|bn|b|B|Md|G))")
LETTERS = {"k": "1e3", "K": "1e3", "M": "1e6", "m": "1e6", "Mn": "1e6", "mn": "1e6",
           "Md": "1e9", "Mds": "1e9", "Mrd": "1e9", "G": "1e9", "B": "1e9", "b": "1e9",
           "bn": "1e9", "Bn": "1e9"}
MAX_LABEL = 90
MIN_CELLS = 2
MAX_CELLS = 5  # cells of a row before the one read (two periods, their changes, a total)
MAX_PIECE = 200  # characters of one piece, at most
MAX_PIECES = 40  # blank cells and cells walked at most, back to the label or on after it


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A cell (a figure, then a percent or points word of the language: "+72%", "1,2 pt") and a
    label's glued unit, opened or not by a word of ``unit_lead`` ("(en M€)", "(in $m)")."""
    data = load(lang)
    spaces = r"[ \u00a0\u202f]"
    units = alternatives(data.percent.forms + data.percent.points + data.percent.bare_points)
    cell = re.compile(rf"{spaces}*[-+\u2212\u2013]?{spaces}*\d[\d \u00a0\u202f.,]*(?:{spaces}*(?:{units}))?{spaces}*", re.I)
    lead = alternatives(data.implied_currency.unit_lead)
    label = re.compile(rf"\((?:(?i:{lead}){spaces}+)?{LABEL_SCALE}\)" if lead else rf"\({LABEL_SCALE}\)")
    return cell, label


class TableCells:
    """Finds, for one text, the unit a table row's label gives its bare cells."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lex = lexicon(lang)
        self.cell, self.label_unit = _patterns(lang)
        self._labels: dict[int, tuple[str, Decimal | None] | None] = {}
        self._rows: dict[int, tuple[tuple[int, int], int] | None] = {}  # a cell's end -> (its label, its rank)

    def unit_of(self, start: int, end: int) -> tuple[str, Decimal | None] | None:
        """(currency, scale) for the bare number at ``start:end`` when it sits alone in a cell
        of a row whose label names a currency, else None."""
        cell_start, cell_end = self._cell(start, end)
        if not self.cell.fullmatch(self.text, cell_start, cell_end):
            return None
        label = self._label_before(cell_start, cell_end)
        return self._label_unit(*label) if label else None

    def _label_before(self, cell_start: int, cell_end: int) -> tuple[int, int] | None:
        """(start, end) of the row label before the cell at ``cell_start:cell_end``: back over
        blank cells and at most MAX_CELLS cells in all (a long column of figures is no row); a
        cell read before gives its label and rank at once."""
        label_end, cells, found = cell_start - 1, 1, None
        for _ in range(MAX_PIECES):
            if label_end <= 0 or cells > MAX_CELLS:
                break
            if label_end in self._rows:
                known = self._rows[label_end]
                if known is not None and known[1] + cells <= MAX_CELLS:
                    found, cells = known[0], known[1] + cells
                break
            piece_start = self._piece_start(label_end)
            piece = self.text[piece_start:label_end]
            if self.cell.fullmatch(piece):
                cells += 1
            elif not BLANK.fullmatch(piece):
                found = (piece_start, label_end)
                break
            label_end = piece_start - 1
        self._rows[cell_end] = (found, cells) if found else None
        return found

    def _cell(self, start: int, end: int) -> tuple[int, int]:
        after = CELL_BREAK.search(self.text, end, end + MAX_PIECE)
        return self._piece_start(start), after.start() if after else min(len(self.text), end + MAX_PIECE)

    def _piece_start(self, position: int) -> int:
        """Where the piece (cell or label) that ends at ``position`` starts; looked for at most
        MAX_PIECE characters back (a longer piece is no cell and no label)."""
        low = max(0, position - MAX_PIECE)
        found = max(self.text.rfind(mark, low, position) for mark in "\n\t|")
        return found + 1 if found >= 0 else low

    def _label_unit(self, start: int, end: int) -> tuple[str, Decimal | None] | None:
        if start not in self._labels:
            self._labels[start] = self._read_label(start, end)
        unit = self._labels[start]
        if unit is None or self._cells_after(start, end) < MIN_CELLS:
            return None
        return unit

    def _cells_after(self, label_start: int, label_end: int) -> int:
        count, position = 0, label_end + 1
        for _ in range(MAX_PIECES):
            if position >= len(self.text) or count >= MIN_CELLS:
                break
            nxt = CELL_BREAK.search(self.text, position, position + MAX_PIECE)
            piece_end = nxt.start() if nxt else min(len(self.text), position + MAX_PIECE)
            piece = self.text[position:piece_end]
            if self.cell.fullmatch(piece):
                count += 1
            elif not BLANK.fullmatch(piece):
                break
            position = piece_end + 1
        return count

    def _read_label(self, start: int, end: int) -> tuple[str, Decimal | None] | None:
        label = FOOTNOTE.sub(" ", self.text[start:end]).strip()
        if not label or len(label) > MAX_LABEL or any(ch.isdigit() for ch in label):
            return None
        glued = self.label_unit.search(label)
        if glued:
            sign = glued.group("sign") or glued.group("sign2")
            letters = glued.group("scale") or glued.group("scale2")
            code = self._code(sign)
            return (code, Decimal(LETTERS[letters])) if code else None
        atoms = self.lex.atoms(label)
        if any(a.has(PCT) for a in atoms):
            return None
        scur = next((a.sense(SCUR) for a in atoms if a.has(SCUR)), None)
        if scur is not None and scur.code:
            return scur.code, scur.value
        code = next((a.sense(CUR).code for a in atoms if a.has(CUR) and a.sense(CUR).code), None)
        scale = next((a.sense(SCALE).value for a in atoms if a.has(SCALE) and not a.sense(SCALE).glued_only), None)
        return (code, scale) if code else None

    def _code(self, sign: str) -> str | None:
        senses = self.lex.senses(sign)
        return next((s.code for s in senses if s.kind == CUR and s.code), None)
