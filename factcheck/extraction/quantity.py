"""Read one quantity from the atoms: [currency] number [scale] [currency | sub-unit | %].

A quantity with no unit is kept as a *bare* number: it becomes a claim only when a range
or a list gives it the unit of its neighbour ("entre 5 et 7 milliards de dollars").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from factcheck.extraction.amount import Quantity
from factcheck.extraction.hundreds import HundredsReader
from factcheck.extraction.lexer import COLL, CUR, FRAC, NUM, PCT, PTS, SCALE, SCUR, SUB, WORD, Atom, Lexicon
from factcheck.extraction.numbers import NumeralError, kept_grouping, parse_numeral, parse_number_words
from factcheck.extraction.points import PointsReader
from factcheck.extraction.scales import HYPHEN, THOUSAND, ScaleReader, half_patterns
from factcheck.lang.data import alternatives, load

TIGHT = re.compile(r"[ \u00a0\u202f\u2009]{0,2}")
WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0\u202f]+$")
WORD_AFTER = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+)")
WORD_JOIN = re.compile(r"[ \u00a0\u202f]*[-\u2011]?[ \u00a0\u202f]*")
ZEROS = re.compile(r"00+")
HEAD, TORN = re.compile(r"[1-9]\d{0,2}"), re.compile(r"[,.][ \u00a0]")  # "80, 000": a group torn off by a space
END_OF_AMOUNT = re.compile(r"[ \u00a0\u202f]*(?:[)\],;:.!?»\"]|$)")
MAX_WORDS = 12  # "deux cent quarante-trois mille cinq cent vingt et un": longer runs are not numbers


class QuantityReader(ScaleReader, PointsReader):
    """Reads quantities atom by atom for one text (the scale words: extraction/scales.py)."""

    def __init__(self, text: str, atoms: list[Atom], lexicon: Lexicon, decimal_mark: str):
        self.text = text
        self.atoms = atoms
        self.lex = lexicon
        self.lang = lexicon.data.lang
        self.mark = decimal_mark
        self.__dict__.update(_reader_words(self.lang))  # not_first, weak_words, of_gap, half_before…
        self.hundreds = HundredsReader(text, atoms, lexicon.data)

    def gap(self, left: Atom, right: Atom) -> str:
        return self.text[left.end:right.start]

    def tight(self, i: int, j: int) -> bool:
        return j < len(self.atoms) and TIGHT.fullmatch(self.gap(self.atoms[i], self.atoms[j])) is not None

    def read_all(self) -> list[Quantity]:
        found, i = [], 0
        while i < len(self.atoms):
            quantity, nxt = self.read(i)
            if quantity is not None:
                found.append(quantity)
            i = max(nxt, i + 1)
        return found

    # -- one quantity -------------------------------------------------------------------
    def read(self, i: int) -> tuple[Quantity | None, int]:
        atoms = self.atoms
        prefix = None
        if _may_lead(atoms[i]) and i + 1 < len(atoms) and atoms[i + 1].has(NUM, WORD, FRAC) \
                and self.tight(i, i + 1):
            prefix, i = atoms[i], i + 1
        # "£480,000" in French copy: a sign before the figure is English typography, and so is
        # its comma (the reasoning that reads "$7 trillions" on the short scale)
        english = prefix is not None and self.lang == "fr" and not prefix.text[0].isalpha()
        number = self.read_number(i, "." if english else self.mark)
        if number is None:
            return None, i + (prefix is None)
        quantity, k = number
        if prefix is not None:
            self.apply_prefix(quantity, prefix)
        k = self.read_scale(quantity, k, prefix)
        k = self.read_unit(quantity, k, prefix)
        if quantity.kind == "money" and not quantity.scale and quantity.factor == 1 and quantity.extra.get("fraction_digits") == 3 \
                and kept_grouping(self.atoms[i].text, self.text[quantity.end:quantity.end + 40],
                                  self.lex.data.per_unit.leads, self.lex.data.per_unit.time_words):
            quantity.number *= THOUSAND  # "20,000 GBP par an" in French copy: see numbers.kept_grouping
            quantity.extra["fraction_digits"] = 0
        return self.finish(quantity), k + 1

    def read_number(self, i: int, mark: str | None = None) -> tuple[Quantity, int] | None:
        atom = self.atoms[i]
        if atom.has(NUM):
            if ZEROS.fullmatch(atom.text):
                return None  # "80, 000", "550 00": the tail of a number split by a typo
            try:
                number = parse_numeral(atom.text, self.lang, mark or self.mark)
            except NumeralError:
                return None
            quantity = Quantity(atom.start, atom.end, number)
            quantity.extra["fraction_digits"] = _fraction_digits(number)
            return self.join_torn_group(quantity, i)
        return self.read_words(i)

    def join_torn_group(self, quantity: Quantity, i: int) -> tuple[Quantity, int]:
        """"some 80, 000 Czech crowns": a group of three zeros torn from its head by a space
        after the separator, with a currency or scale word right after it, is one number; the
        zeros alone ("550 00 euros") are no group, and nothing is guessed for them."""
        atoms, head = self.atoms, self.atoms[i].text
        if i + 2 >= len(atoms) or not HEAD.fullmatch(head) or atoms[i + 1].text != "000" \
                or not TORN.fullmatch(self.gap(atoms[i], atoms[i + 1])) \
                or not atoms[i + 2].has(CUR, SCUR, SCALE) or not self.tight(i + 1, i + 2):
            return quantity, i
        quantity.number, quantity.end = Decimal(head) * THOUSAND, atoms[i + 1].end
        quantity.extra["fraction_digits"] = 0
        return quantity, i + 1

    def read_collective(self, i: int) -> tuple[Quantity, int] | None:
        """"une centaine de milliards": the count, "de"/"of", the scale word; the claim is about
        the count times the scale. The plural ("des dizaines de millions", "tens of billions")
        writes no figure: a vague amount, no claim (corpora/gold/GUIDE.md)."""
        atoms = self.atoms
        if i + 1 >= len(atoms) or not atoms[i + 1].has(SCALE) or not self.of_gap.fullmatch(self.gap(atoms[i], atoms[i + 1])):
            return None
        scale = atoms[i + 1].sense(SCALE)
        if scale.glued_only or atoms[i].text.casefold().endswith("s"):
            return None
        quantity = Quantity(atoms[i].start, atoms[i + 1].end, atoms[i].sense(COLL).value, words=True,
                            scale=scale.value, short_scale=scale.short_value, scale_word=atoms[i + 1].text)
        quantity.extra["collective"] = True
        quantity.extra["unit_of"] = True  # "of pounds" may follow the plural scale word
        return quantity, i + 1

    def read_words(self, i: int) -> tuple[Quantity, int] | None:
        atoms, j = self.atoms, i
        if atoms[i].has(COLL):
            return self.read_collective(i)
        if atoms[i].has(FRAC):  # "half a million"; "half a percentage point" (not a bare "point")
            unit = atoms[i + 1] if i + 1 < len(atoms) else None
            if unit is not None and (unit.has(SCALE) or unit.has(PTS) and not unit.sense(PTS).guarded) \
                    and self.tight(i, i + 1):
                frac = atoms[i].sense(FRAC).value
                return Quantity(atoms[i].start, atoms[i].end, frac, words=True), i
            return None
        if not atoms[i].has(WORD):
            return None
        while j + 1 < len(atoms) and atoms[j + 1].has(WORD) and j - i < MAX_WORDS:
            gap = self.gap(atoms[j], atoms[j + 1])
            if WORD_JOIN.fullmatch(gap) is None and not (
                gap.strip().casefold() in self.joiners and _may_follow_and(atoms[j + 1].text)
            ):
                break
            j += 1
        if atoms[i].text.casefold() in self.not_first:
            return None
        phrase = self.text[atoms[i].start:atoms[j].end]
        if phrase.casefold() in self.weak_words:
            quantity = Quantity(atoms[i].start, atoms[j].end, Decimal(1), weak=True, words=True)
            quantity.extra["article"] = phrase.casefold() in self.article_only
            return quantity, j
        for end in range(j, i - 1, -1):  # longest readable prefix of the run
            phrase = self.text[atoms[i].start:atoms[end].end]
            phrase = self.read_as.sub(lambda m: self.read_as_words[m.group(1).casefold()] + " ", phrase) \
                if self.read_as else phrase  # "a hundred": text2num reads "one hundred"
            try:
                number = parse_number_words(phrase, self.lang)
            except NumeralError:
                continue
            return Quantity(atoms[i].start, atoms[end].end, number, words=True), end
        return None

    def apply_prefix(self, quantity: Quantity, prefix: Atom) -> None:
        quantity.start = prefix.start
        scur = prefix.sense(SCUR)
        if scur is not None:
            quantity.currency, quantity.scale = scur.code or None, scur.value
            quantity.scale_word = prefix.text
        else:
            quantity.currency = _leading_sense(prefix).code or None
            quantity.prefix_symbol = not prefix.text[0].isalpha()
        quantity.kind = "money"
        quantity.extra["prefix"] = prefix.text

    def read_unit(self, quantity: Quantity, k: int, prefix: Atom | None) -> int:
        atoms, nxt = self.atoms, k + 1
        if nxt >= len(atoms) or quantity.extra.get("unit_done"):
            return k
        atom, gap = atoms[nxt], self.text[quantity.end:atoms[nxt].start]
        tight = TIGHT.fullmatch(gap) is not None
        hyphenated = HYPHEN.fullmatch(gap) is not None and atom.has(PCT) and atom.text[0].isalpha()
        infixed = self.points_infix is not None and atom.has(PTS) and not atom.sense(PTS).guarded \
            and self.points_infix.fullmatch(gap) is not None  # "a full percentage point"
        if atom.has(PCT, PTS) and (tight or hyphenated or infixed) and prefix is None:  # "eighty-percent", "a 50-percent rise"
            points = None if atom.has(PCT) else atom.sense(PTS)
            if points is not None and points.guarded and not self.percentage_points(quantity, nxt):
                return k
            quantity.kind, quantity.points, quantity.end = "percent", points is not None, atom.end
            if points is not None and points.value is not None:
                quantity.factor = points.value  # "50 points de base" are 0.5 points
            return nxt
        sub = atom.sense(SUB)
        after_scale = quantity.scale and self.lang == "fr" and self.of_gap.fullmatch(gap)
        if sub is not None and prefix is None and (gap == "" or (not sub.glued_only and (
                tight or HYPHEN.fullmatch(gap) or after_scale))):
            if gap and atom.text[:1].isupper() and atom.text[1:].islower():
                return k  # "50 Cent": a capitalised sub-unit word after a spaced number is a name
            if self.hundreds.counts_hundreds(nxt):
                return k  # "14 cents de première classe": cricket centuries (extraction/hundreds.py)
            quantity.kind, quantity.factor = "money", sub.value
            quantity.currency, quantity.end = sub.code or None, atom.end
            quantity.extra["subunit"] = atom.text.isalpha() and len(atom.text) > 1  # a word, not "¢" or "43c"
            return self.read_subunit_currency(quantity, nxt)
        cur = atom.sense(CUR)
        if cur is None or not self.joins_currency(quantity, nxt, gap):
            return k
        if not self.name_is_money(quantity, cur, atom, gap):
            return k
        if prefix is not None and quantity.currency not in (None, cur.code) and cur.code:
            return k
        quantity.kind, quantity.end = "money", atom.end
        quantity.currency = quantity.currency or cur.code or None
        quantity.extra["suffix"] = atom.text
        return self.read_cents_after_name(quantity, nxt)

    def read_cents_after_name(self, quantity: Quantity, k: int) -> int:
        """A sub-unit right after the currency name: "5 euro cents" is 0.05 EUR."""
        nxt = k + 1
        if nxt >= len(self.atoms) or quantity.scale or not self.tight(k, nxt) \
                or not _is_word(self.atoms[k].text):
            return k
        sub = self.atoms[nxt].sense(SUB)
        if sub is None or sub.glued_only or sub.code:
            return k
        quantity.factor, quantity.end = sub.value, self.atoms[nxt].end
        return nxt

    def name_is_money(self, quantity: Quantity, cur, atom: Atom, gap: str) -> bool:
        """A name that needs a scale word ("16,3 milliards US"), a letter glued to a figure
        with decimals ("1,33E"), a bare "couronnes"/"pounds" whose context says no weight,
        book or tooth ("lost 20 pounds", "a écrit 20 livres")."""
        if cur.after_scale:  # "(16,3 milliards US)", not "5 million U.S. troops"
            return bool(quantity.scale) and END_OF_AMOUNT.match(self.text, atom.end) is not None
        if quantity.scale:
            return True
        if cur.glued_only:
            return gap == "" and quantity.extra.get("fraction_digits", 0) > 0
        if cur.guarded:
            return quantity.value != 1 and not self.lex.guarded_out(
                self.text, quantity.start, atom.end, atom.text)
        return True

    def read_subunit_currency(self, quantity: Quantity, k: int) -> int:
        """The currency named after a sub-unit: "5 centimes d'euro" is 0.05 EUR."""
        nxt = k + 1
        if nxt >= len(self.atoms) or quantity.currency is not None:
            return k
        cur = self.atoms[nxt].sense(CUR)
        if cur is None or not cur.code or self.of_gap.fullmatch(self.gap(self.atoms[k], self.atoms[nxt])) is None:
            return k
        quantity.currency, quantity.end = cur.code, self.atoms[nxt].end
        return nxt

    def joins_currency(self, quantity: Quantity, nxt: int, gap: str) -> bool:
        atom = self.atoms[nxt]
        tight = TIGHT.fullmatch(gap) is not None
        words_unit = _is_word(atom.text)
        if not (tight or (quantity.scale and self.lang == "fr" and self.of_gap.fullmatch(gap))
                or (words_unit and HYPHEN.fullmatch(gap))
                or (quantity.extra.get("unit_of") and words_unit and self.of_gap.fullmatch(gap))
                or (quantity.scale and words_unit and self.scale_infix and self.scale_infix.fullmatch(gap))):
            return False
        after = nxt + 1
        if after < len(self.atoms) and self.atoms[after].has(NUM, WORD) and self.tight(nxt, after) \
                and not words_unit:
            return self.symbol_goes_left(gap, nxt, after)
        return True

    def symbol_goes_left(self, gap_before: str, nxt: int, after: int) -> bool:
        """A symbol between two numbers: the one it is glued to ("paid 1 $10 bill"), else the
        language's default side (French "12 $", English "$12")."""
        gap_after = self.gap(self.atoms[nxt], self.atoms[after])
        if (gap_before == "") != (gap_after == ""):
            return gap_before == ""
        return self.lex.data.symbol_side == "suffix"

    def finish(self, quantity: Quantity) -> Quantity:
        if quantity.short_scale is not None:
            quantity.scale_reading = self.pick_reading(quantity)
            if quantity.scale_reading == "short":
                quantity.scale, quantity.short_scale = quantity.short_scale, quantity.scale
        if quantity.weak and quantity.kind is not None:
            if quantity.extra.get("article") and not quantity.points or self.weak_idiom(quantity):
                quantity.kind = None  # "a dollar", "pas un euro", "un euro plus fort": no amount
            else:
                quantity.weak = False  # "one penny", "pour un euro symbolique", "a percentage point"
        return quantity

    def weak_idiom(self, quantity: Quantity) -> bool:
        words = self.lex.data.number_words
        before = WORD_BEFORE.search(self.text, max(0, quantity.start - 20), quantity.start)
        after = WORD_AFTER.match(self.text, quantity.end)
        return bool(before and before.group(1).casefold() in words.weak_idioms_before
                    or after and after.group(1).casefold() in words.weak_idioms_after)


def _leading_sense(atom: Atom):
    """The currency sense of ``atom`` that may stand before a number, if any."""
    return next((s for s in atom.senses if s.kind == CUR and s.before_number), None)


def _may_lead(atom: Atom) -> bool:
    """A sign or a code may open an amount ("$5", "PLN 5.5 billion"); a name may not
    ("won 3 games", "euro 2016")."""
    return atom.has(SCUR) or _leading_sense(atom) is not None


def _is_word(unit: str) -> bool:
    """A unit written as a word ("dollars", "yen"), not a symbol or a code ("$", "USD")."""
    return unit[0].isalpha() and not unit.isupper()


def _fraction_digits(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


@cache
def _reader_words(lang: str) -> dict:
    """The word sets and patterns of a language the reader uses, built once per process."""
    data = load(lang)
    words = data.number_words
    spaced = r"[ \u00a0\u202f]+"
    infix, read_as = data.percent.points_infix, {w.casefold(): reading for w, reading in words.read_as}
    return {
        "not_first": {w.casefold() for w in words.not_first},
        "weak_words": {w.casefold() for w in words.weak},
        "joiners": set(data.cues.number_and),
        "article_only": {w.casefold() for w in words.article_only},
        "read_as_words": read_as,
        "read_as": re.compile(rf"^({alternatives(list(read_as))})\s+", re.I) if read_as else None,
        "points_infix": re.compile(rf"{spaced}(?i:{alternatives(infix)}){spaced}") if infix else None,
        "of_articles": {w.casefold() for w in data.implied_currency.of_articles},
        "one_point_lead": re.compile(rf"(?<![^\W\d_])(?:{alternatives(data.percent.one_point_after + data.cues.hedges)})"
                                     rf"[ \u00a0\u202f]*$", re.I) if data.percent.one_point_after else None,
        "of_gap": of_gap(data.of_words),  # "12 milliards d'euros", "tens of billions"
        "scale_infix": re.compile(rf"{spaced}(?i:{alternatives(words.scale_infix)}){spaced}")
        if words.scale_infix else None,
        **half_patterns(words),
    }


def of_gap(words: list[str]) -> re.Pattern[str]:
    """The gap of "de", "of" (a space after it) or "d'" (glued or not) between two atoms.

    >>> [bool(of_gap(["de", "d'"]).fullmatch(gap)) for gap in (" de ", " d'", " d’ ", " de")]
    [True, True, True, False]
    """
    glued = [w for w in words if w.endswith("'")]
    spaced = [w for w in words if not w.endswith("'")]
    forms = [rf"[ \u00a0\u202f]+(?:{alternatives(spaced)})[ \u00a0\u202f]+"] if spaced else []
    forms += [rf"[ \u00a0\u202f]+(?:{alternatives(glued)})[ \u00a0\u202f]?"] if glued else []
    return re.compile("|".join(forms) or r"(?!)", re.I)


def _may_follow_and(word: str) -> bool:
    """'vingt et un', 'soixante et onze', 'one hundred and five'."""
    return word.isalpha()
