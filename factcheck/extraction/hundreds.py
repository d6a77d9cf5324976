"""A sub-unit name that is also a count of hundreds: French "cents" is the cents of a dollar
and the plural of "cent" (a hundred), the word cricket copy uses for centuries ("a marqué 14
cents de première classe"). Such a figure is money unless nothing in its sentence speaks of
money and "de"/"d'" and a noun that is no currency follow it: then it counts hundreds of
something.

>>> from factcheck.extraction.lexer import lexicon
>>> lex = lexicon("fr")
>>> def counted(text):
...     atoms = lex.atoms(text)
...     k = next(i for i, atom in enumerate(atoms) if atom.text == "cents")
...     return HundredsReader(text, atoms, lex.data).counts_hundreds(k)
>>> counted("Il a réussi 14 cents de première classe."), counted("Il a payé 14 cents de taxe en dollars.")
(True, False)
>>> counted("Le timbre coûte 14 cents de frais."), counted("Le timbre a pris 14 cents de plus.")
(False, False)
>>> counted("Le ticket a pris 14 cents de hausse.")
False
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.lexer import CUR, Atom
from factcheck.lang.data import LanguageData, alternatives, load

SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
REACH = 300  # characters looked at around the figure for its sentence
NOUN_AFTER = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+)")


class HundredsReader:
    """Decides, for one text, whether a sub-unit name that may count hundreds does."""

    def __init__(self, text: str, atoms: list[Atom], data: LanguageData):
        self.text = text
        self.atoms = atoms
        self.forms, self.of, self.not_a_count, self.money = _words(data.lang)

    def counts_hundreds(self, k: int) -> bool:
        """Whether the sub-unit atom ``k`` ("cents") counts hundreds of something here."""
        atom = self.atoms[k]
        if atom.text.casefold() not in self.forms or self.of is None:
            return False
        of = self.of.match(self.text, atom.end)
        noun = NOUN_AFTER.match(self.text, of.end()) if of else None
        if noun is None or noun.group(1).casefold() in self.not_a_count:
            return False  # "14 cents", "14 cents de plus": money
        start, end = self._sentence(atom.start)
        if self.money and self.money.search(self.text, start, end):
            return False  # "coûte 14 cents de frais"
        return not any(start <= other.start < end and other.has(CUR) for other in self.atoms)

    def _sentence(self, position: int) -> tuple[int, int]:
        ends = [m.end() for m in SENTENCE_END.finditer(self.text, max(0, position - REACH), position)]
        after = SENTENCE_END.search(self.text, position)
        return (ends[-1] if ends else max(0, position - REACH)), (after.start() if after else len(self.text))


@cache
def _words(lang: str) -> tuple:
    """(the forms, the "de" pattern, the words after "de" that keep money, the money words)."""
    data = load(lang)
    words = data.implied_currency
    of = re.compile(rf"[ \u00a0\u202f]+(?:{alternatives(data.of_words)})", re.I) if data.of_words else None
    money = words.cues + words.money_nouns
    return ({form.casefold() for form in data.number_words.subunit_or_hundreds}, of,
            {w.casefold() for w in words.of_adverbs} | _change_nouns(data),
            re.compile(rf"(?<![^\W\d_])(?:{alternatives(money)})(?![^\W\d_])", re.I) if money else None)


def _change_nouns(data: LanguageData) -> set[str]:
    """The nouns of a move that the direction cues write before "de" ("hausse de", "baisse de",
    "augmentation de"): "14 cents de hausse" is a move of fourteen cents."""
    of = {w.casefold() for w in data.of_words}
    nouns = set()
    for cue in data.cues.direction_up + data.cues.direction_down:
        words = cue.casefold().replace("’", "'").split()
        if len(words) == 2 and words[1] in of:
            nouns.add(words[0])  # "hausse de", "hausse d'"; not "en hausse de", "a baissé de"
    return nouns
