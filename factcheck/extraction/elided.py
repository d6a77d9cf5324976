"""Bare figures that share the unit of an amount written just before them in the sentence.

Price and pay copy writes the currency once and lists the other figures bare: "900 euros à
Milan, 700 à Florence, 650 à Naples", "34 247 euros en Angleterre, 25 751 en France", "9
millions, face aux 5,2 reçus par l'autre". Such a figure is an amount of the same currency
(and of the same scale word when it has none) when:

- the amount before it is in its sentence, with no other figure between them (a year may
  stand there: "900 euros en 2019 et 700 en 2020");
- both are of a size (a tenth to ten times each other): "5 euros à Milan, 3 000 à Rome" is
  not a list of prices;
- before it comes a list mark, a conjunction, a preposition, a hedge or a bound (", 700",
  "et 450", "au moins 350", "environ 700"), never a noun ("la ligne 3");
- after it comes punctuation or a function word ("à Florence", "pour une simple", "in
  Spain"), never a noun ("500 salariés", "3 pièces");
- it is no year ("900 euros en 2019, 2020…") and carries no unit or scale of its own.

The claim is not marked ``currency_inferred``: its currency is written in its sentence, once
for the list, as in "600, 700 voire 800 euros".

>>> from factcheck.lang.data import load
>>> text = "Une chambre coûte 900 euros à Milan, 700 à Florence et la ligne 3 est gratuite."
>>> elided = ElidedUnit(text, load("fr"))
>>> elided.follows(text.index("700"), text.index("700") + 3, text.index("900 euros") + 9)
True
>>> elided.follows(text.index("3 "), text.index("3 ") + 1, text.index("700") + 3)  # "la ligne 3"
False
"""

from __future__ import annotations

import re

from functools import cache

from factcheck.lang.data import LanguageData, alternatives, load

SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
DIGIT = re.compile(r"\d")
YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")  # "900 euros en 2019, 700 en 2020": a date between
# what may stand between the amount and the bare figure's own lead-in: a place, a noun
# phrase ("à Milan, ", "euros bruts annuels en Angleterre, ")
MAX_GAP = 90
PUNCT_BEFORE = re.compile(r"[,;(/:][ \u00a0\u202f]*$")
PUNCT_AFTER = re.compile(r"[ \u00a0\u202f]*(?:[,;.!?()\]]|:(?!\d)|$)")  # not "17:00 GMT"
WORD_AFTER = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+['’]?)")
class ElidedUnit:
    """Decides, for one text, which bare figures take the unit of the amount before them."""

    def __init__(self, text: str, data: LanguageData):
        self.text = text
        self.lead = _lead(data.lang)
        # after the figure: a preposition or a word that leaves it an amount, never a verb
        # ("$4.25 and 32 is the quantity")
        self.follow_words = frozenset(data.elided.follows)

    def follows(self, start: int, end: int, amount_end: int) -> bool:
        """Whether the bare figure at ``start:end`` continues the amount ending at ``amount_end``."""
        if start - amount_end > MAX_GAP:
            return False
        between = self.text[amount_end:start]
        if DIGIT.search(YEAR.sub("", between)) or SENTENCE_END.search(between):
            return False
        before = self.text[max(amount_end, start - 30):start]
        if not (PUNCT_BEFORE.search(before) or self.lead.search(before)):
            return False
        if PUNCT_AFTER.match(self.text, end):
            return True
        word = WORD_AFTER.match(self.text, end)
        return bool(word) and word.group(1).casefold().replace("’", "'") in self.follow_words


@cache
def _lead(lang: str) -> re.Pattern[str]:
    data = load(lang)
    leads = data.elided.leads + data.cues.hedges + data.cues.bound_min + data.cues.bound_max
    return re.compile(rf"(?:^|(?<![^\W\d_]))(?:{alternatives(leads)})[ \u00a0\u202f]*$", re.I)
