"""The row label of a figure standing in a table cell: results releases print their key
figures as tables, either one row per line with "|" between cells, or (copied from a web
page) one cell per line. The label is the row's first cell, before its brackets and footnote
marks; a sub-row ("- in dollars per share", "- en milliards de dollars") takes the label of
the row above it.

>>> text = "|Net income (Group share) (B$) | 5.1 | -24% |\\n|- in dollars per share | 2.16 | -18% |"
>>> row_label(text, text.index("-18%"), text.index("-18%") + 4)
(1, 11, 'Net income', '- in dollars per share')
>>> text = "Adjusted EBITDA (1)\\n\\n- en milliards de dollars\\n\\n10,5\\n\\n+5%"
>>> row_label(text, text.index("+5%"), len(text))[:3]
(0, 15, 'Adjusted EBITDA')
>>> text = "|Net income (B$)\\n|- in dollars per share\\n2.16\\n-18%"
>>> row_label(text, text.index("-18%"), len(text))[:3]
(1, 11, 'Net income')
>>> text = "|Cash flow from operations\\nexcluding working capital (B$)\\n8.5\\n-9%"
>>> row_label(text, text.index("-9%"), len(text))[2]
'Cash flow from operations'
>>> row_label("Revenue rose 5% in 2023.", 13, 15)
"""

from __future__ import annotations

import re
from functools import lru_cache

Found = tuple[int, int, str]
LABEL = re.compile(r"[^\W\d_][^(|]*")
NUMERIC_LINE = re.compile(r"^[\s\d.,%+\-−–$€£()|]*$")


def row_label(text: str, start: int, end: int) -> tuple[int, int, str, str] | None:
    """The label of the table row holding the figure at ``start``..``end`` (offsets into
    ``text``) and the text of the figure's own row label (a sub-row's "- in dollars per
    share"); None when the figure is not in a table cell."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if line.count("|") >= 2:
        first = line.lstrip(" |")
        offset = line_start + len(line) - len(first)
        if start < offset + first.find("|"):
            return None  # the figure is in the first cell: no label for it
        found = _label_above(text, offset, first.split("|")[0])
        return found + (first.split("|")[0].strip(),) if found else None
    if line.strip() != text[start:end].strip():
        return None
    position = line_start
    while position > 0:
        above_end = position - 1
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end]
        position = above_start
        if not NUMERIC_LINE.match(above):
            opening = text.rfind("\n", 0, max(0, above_start - 1)) + 1
            first = text[opening:max(opening, above_start - 1)]
            if not above.lstrip().startswith("|") and first.lstrip().startswith("|") and not NUMERIC_LINE.match(first):
                above_start, above = opening, first  # "|Cash flow from operations" / "excluding working capital"
            found = _label_above(text, above_start, above)
            return found + (above.strip(" |"),) if found else None
    return None


def _label_above(text: str, offset: int, cell: str) -> Found | None:
    """The cleaned label of ``cell`` (at ``offset``), or of the nearest row above when the
    cell is a sub-row opening with a dash."""
    stripped = cell.lstrip(" |")
    offset, cell = offset + len(cell) - len(stripped), stripped
    if cell.lstrip().startswith(("-", "–", "—")):
        line_start = text.rfind("\n", 0, max(0, offset - 1)) + 1
        while line_start > 0:
            above_end = line_start - 1
            line_start = text.rfind("\n", 0, above_end) + 1
            above = text[line_start:above_end]
            first = above.lstrip(" |").split("|")[0]
            if not NUMERIC_LINE.match(first) and not first.lstrip().startswith(("-", "–", "—")):
                return _label_above(text, line_start + len(above) - len(above.lstrip(" |")), first)
        return None
    match = LABEL.search(cell)
    if match is None:
        return None
    label = match.group(0).rstrip()
    return offset + match.start(), offset + match.start() + len(label), label


COLON_LABEL = re.compile(r"(?:^|[\n;•]|\s[-–—]\s)\s*(?:[-–—•]\s*)?(?P<label>[A-ZÀ-ÖØ-Þ][^\n;:•()]{1,60}?)\s*(?:\(\d\)\s*)?:\s*(?:de\s+|of\s+)?[+\-−]?\s*$", re.MULTILINE)
VERBAL = re.compile(r"(?<![\w'’-])(?:a|est|ont|sont|était|is|was|are|were|has|have|had|dit|said|says|déclare|explique)(?![\w'’-])",
                    re.IGNORECASE)
FOOTNOTE = re.compile(r"(?:(?<=[^\W\d_])\d+|\s+\d+)$")


def colon_label(text: str, start: int) -> Found | None:
    """The label of a "Label : figure" item in a results list ("- Bénéfice net par action2 :
    12,08 euros", "Revenue: $5.1 billion"), without a footnote mark glued to it.

    >>> t = "Chiffres clés ; - Dividende 3 : 6,60 euros"
    >>> colon_label(t, t.index("6,60"))
    (18, 27, 'Dividende')
    >>> colon_label("Il a dit : 5 % de plus.", 11)
    """
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - 90)
    match = COLON_LABEL.search(text, window_start, start)
    if match is None:
        return None
    label = FOOTNOTE.sub("", match.group("label")).rstrip()
    if len(label.split()) > 8 or len(label) < 2 or VERBAL.search(label):
        return None  # "Il a dit : 5 %": a clause, not a label
    begin = match.start("label")
    return begin, begin + len(label), label


# A header cell that heads a change column, not a period ("Change", "Variation", "vs 3T24").
CHANGE_HEADER = re.compile(r"(?:%\s*)?(?:change|var\.?|variation|évolution|evolution|chg\.?)(?:\s+(?:vs\.?|versus|sur)\s.*)?"
                           r"|(?:vs\.?|versus)\s.*", re.IGNORECASE)
HEADER_CELL = 24  # header cells are short: "4Q23", "Variation", "vs 2023"


def column_header(text: str, start: int, end: int, is_period) -> tuple[int, int, str] | None:
    """The header cell of the period column a table figure stands in, for a table copied one
    cell per line: the header block (periods and "Change"/"Variation" cells, each on its own
    line) above the first row, the figure's column counted among its row's figures; a change
    column takes the period to its left. ``is_period(cell)`` tells a period cell. None when the
    header cells and the row's figures do not line up.

    >>> text = "Results:\\n4Q23\\nChange\\n2023\\nChange\\n|Net income (B$)\\n5.1\\n-24%\\n21.4\\n+4%\\n"
    >>> year = lambda cell: cell[:1].isdigit()
    >>> column_header(text, text.index("-24%"), text.index("-24%") + 4, year)
    (9, 13, '4Q23')
    >>> column_header(text, text.index("21.4"), text.index("21.4") + 4, year)[2]
    '2023'
    >>> column_header("Revenue\\n5.1\\n", 8, 11, year)
    """
    lines = _lines(text)  # split once per text: a results table asks once per figure
    row = next((i for i, (s, e, _) in enumerate(lines) if s <= start < e), None)
    if row is None or lines[row][2].strip() != text[start:end].strip():
        return None
    label = row
    while label >= 0 and NUMERIC_LINE.match(lines[label][2]):
        label -= 1
    cells = [line for line in lines[label + 1:] if line[2].strip()]
    values = []
    for line in cells:
        if not NUMERIC_LINE.match(line[2]):
            break
        values.append(line)
    column = next((i for i, line in enumerate(values) if line[0] == lines[row][0]), None)
    header = _header_above(lines, label, is_period)
    if column is None or header is None or len(header) != len(values):
        return None
    for cell in reversed(header[:column + 1]):
        if is_period(cell[2]):
            return cell
    return None


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[tuple[int, int, str], ...]:
    """The text's lines with their offsets (start, end, line)."""
    found, position = [], 0
    for line in text.split("\n"):
        found.append((position, position + len(line), line))
        position += len(line) + 1
    return tuple(found)


def _header_above(lines: list[tuple[int, int, str]], label: int, is_period) -> list[tuple[int, int, str]] | None:
    """The header cells nearest above line ``label``: a run of short lines, periods or change
    headings, at least one a period; a "vs 3T24" line completes the heading above it."""
    index, reach = label, 0
    while index >= 0 and reach < 120:
        stripped = lines[index][2].strip()
        if stripped and len(stripped) <= HEADER_CELL and (is_period(stripped) or CHANGE_HEADER.fullmatch(stripped)):
            break
        index, reach = index - 1, reach + 1
    else:
        return None
    block: list[tuple[int, int, str]] = []
    while index >= 0:
        stripped = lines[index][2].strip()
        if stripped and not (len(stripped) <= HEADER_CELL and (is_period(stripped) or CHANGE_HEADER.fullmatch(stripped))):
            break
        if stripped:
            block.insert(0, lines[index])
        index -= 1
    cells: list[tuple[int, int, str]] = []
    for start, end, line in block:
        stripped = line.strip()
        if cells and re.match(r"(?:vs\.?|versus)\s", stripped, re.IGNORECASE) and CHANGE_HEADER.fullmatch(cells[-1][2]):
            continue  # "Variation" / "vs 3T24": one heading on two lines
        offset = start + len(line) - len(line.lstrip())
        cells.append((offset, offset + len(stripped), stripped))
    return cells if any(is_period(cell[2]) for cell in cells) else None
