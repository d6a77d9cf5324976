"""Amounts whose currency the article implies: "le déficit atteindra 34 milliards",
"40 milliards d'économies", "the deficit will reach 34 billion".

A bare number with a scale word (million, milliard, billion, bn…) is taken for money only
when three things hold, and its claim is then marked ``currency_inferred``:

- the article writes a currency elsewhere: the nearest one is taken (never guessed from
  nothing: with no currency written anywhere, nothing is inferred);
- a money word comes before it in its sentence ("déficit", "budget", "revenue"), or a money
  noun follows it after "de"/"of" ("d'économies", "of savings"), or nothing follows it but
  punctuation or a function word ("le Barça a empoché 2,5 millions pour…", "the champion
  will win 9 million, versus…"): in an article that writes its currency, a bare "9 millions"
  with no noun after it is an amount of that currency;
- what follows does not make it a count: "332 millions d'Européens", "82,2 millions de
  tonnes", "3 million people", "12,9 millions d'actions nouvelles" stay out, and so do a
  ratio ("une personne sur 12 millions", "one in 12 million") and a count bought for a
  written price ("a racheté 2 millions de ses titres pour 14 millions d'euros").

>>> from factcheck.lang.data import load
>>> text = "Le budget 2025 prévoit 60 milliards d'euros d'efforts. Le déficit atteindra 34 milliards."
>>> reader = ImpliedCurrency(text, load("fr"), [(23, "EUR")])
>>> reader.currency_for(text.index("34"), text.index("34") + 12)
'EUR'
>>> other = "Le budget prévoit 60 milliards d'euros. La France compte 68 millions d'habitants."
>>> ImpliedCurrency(other, load("fr"), [(18, "EUR")]).currency_for(other.index("68"), other.index("68") + 11) is None
True
>>> sport = "Le bonus atteint 800 000 euros. Le champion gagnera 9 millions, face aux autres."
>>> ImpliedCurrency(sport, load("fr"), [(16, "EUR")]).currency_for(sport.index("9 m"), sport.index("9 m") + 10)
'EUR'
>>> bought = "Il a vendu 40 millions d'euros de titres; X en a acheté 5 millions pour 31 millions d'euros."
>>> written = [(11, "EUR"), (bought.index("31"), "EUR")]
>>> ImpliedCurrency(bought, load("fr"), written).currency_for(bought.index("5 m"), bought.index("5 m") + 10) is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cache

from factcheck.extraction.lexer import CUR, NUM, Atom
from factcheck.lang.data import LanguageData, alternatives, load

SENTENCE_START = re.compile(r"[.!?\n]")
LOOK_BACK = 200
FOLLOW = re.compile(r"[\s\u00a0\u202f]*([^\W\d_][\w'’-]*)?")
SPLIT_FIGURE = re.compile(r"\d[ \u00a0\u202f]?[.,][ \u00a0\u202f]?$")  # "1 . 6 billion": a figure torn apart
WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0\u202f]+$")
# a bracket right after the amount that converts it: "30 milliards (54,2 milliards US)"
CONVERSION = re.compile(r"[ \u00a0\u202f]*(\([^()\n]{1,40}\))")


class ImpliedCurrency:
    """Decides, for one article, which bare scaled amounts are money and in what currency."""

    def __init__(self, text: str, data: LanguageData, written: list[tuple], named: list[tuple] = ()):
        self.text = text
        self.lang = data.lang
        self.written = written  # (offset, ISO code[, value]) of every currency written in the article
        self.named = sorted(named)  # (offset, ISO code) of currencies named as a unit: named_units
        self.__dict__.update(_article_words(data.lang))  # cue, money_noun, words, article_only…

    def currency_for(self, start: int, end: int, value: Decimal | None = None) -> str | None:
        """The currency the article implies for the bare amount at ``start:end`` (of value
        ``value``, when known), or None."""
        places = self._places(start)
        if not places or self.cue is None:
            return None
        bracket = CONVERSION.match(self.text, end)
        converted = {place[1] for place in places if bracket and bracket.start(1) <= place[0] < bracket.end(1)}
        written = [place for place in places if place[1] not in converted]
        if not written:
            return None  # "30 milliards (54,2 milliards US)": the bracket converts, into another currency
        money_after = self._followed_by_money_noun(end)
        if money_after is False or self._ratio_or_bought(start, end):
            return None  # a count: "332 millions d'Européens", "une personne sur 12 millions"
        if not money_after and not self._cue_before(start) and not self._plainly_followed(start, end) \
                and not self._same_amount_written(start, value):
            return None
        return self.nearest_currency(start, value, written)

    def currency_for_plain(self, start: int, end: int) -> str | None:
        """A bare figure of thousands with no scale word ("The new ward costs at least
        385,400, which…"): money only after a money word in its sentence, never followed by
        a noun that counts ("costs 12,500 jobs")."""
        places = self._places(start)
        if not places or self.cue is None or not self._cue_before(start):
            return None
        if self._followed_by_money_noun(end) is False or self._ratio_or_bought(start, end):
            return None
        if FOLLOW.match(self.text, end).group(1) and not self._plainly_followed(start, end):
            return None
        return self.nearest_currency(start, None, places)

    def _places(self, start: int) -> list[tuple]:
        """The currencies written with an amount, and those named as a unit before ``start`` in
        its sentence. A name whose currency is unclear (code "", bare "couronnes") counts only
        before ``start``: a story names its unit, then drops it."""
        written = [place for place in self.written if place[1] or place[0] < start]
        if not self.named:
            return written
        sentence_start = self._sentence(start)[0]
        return written + [place for place in self.named if sentence_start <= place[0] < start]

    def _same_amount_written(self, start: int, value: Decimal | None) -> bool:
        """The same amount written with its currency elsewhere in the text (a headline's
        "365 milliards" and the story's "365 milliards de couronnes"); not a scale word
        defined ("A crore is ten million rupees")."""
        return value is not None and not self._scale_defined(start) and any(len(place) > 2 and place[2] == value for place in self.written)

    def nearest_currency(self, start: int, value: Decimal | None, written: list[tuple] | None = None) -> str:
        """The currency of the same amount written elsewhere ("365 milliards" in a headline,
        "365 milliards de couronnes" in the story), else the nearest written in the amount's
        sentence, else the nearest before it (a story names its currency, then drops it), else
        the nearest after it; never the currency of a bracket right after the amount (``written``
        leaves it out wherever it is written: "41 billion (75.5 billion U.S.)" converts)."""
        written = self.written if written is None else written
        same = [place for place in written if value is not None and len(place) > 2 and place[2] == value]
        if same:
            return min(same, key=lambda place: abs(place[0] - start))[1]
        sentence_start, sentence_end = self._sentence(start)
        near = [place for place in written if sentence_start <= place[0] < sentence_end]
        before = [place for place in written if place[0] < start]
        if near:
            return min(near, key=lambda place: abs(place[0] - start))[1]
        if before:
            return max(before, key=lambda place: place[0])[1]
        return min(written, key=lambda place: abs(place[0] - start))[1]

    def _sentence(self, start: int) -> tuple[int, int]:
        window_start = max(0, start - LOOK_BACK)
        breaks = [m.end() for m in SENTENCE_START.finditer(self.text, window_start, start)]
        end = SENTENCE_START.search(self.text, start)
        return (breaks[-1] if breaks else window_start), (end.start() if end else len(self.text))

    def _ratio_or_bought(self, start: int, end: int) -> bool:
        """"une personne sur 12 millions" (a ratio's total); "a acheté 5 millions pour 31
        millions d'euros" (a count bought for a written price); "1 . 6 billion" (the tail of a
        figure torn apart by tokenised copy, whose head is unknown)."""
        if SPLIT_FIGURE.search(self.text, max(0, start - 4), start) or self.shares_after.match(self.text, end):
            return True
        before = WORD_BEFORE.search(self.text, max(0, start - 30), start)
        if before and before.group(1).casefold() in self.words["ratio_before"]:
            return True
        bought = self.bought_for.match(self.text, end)
        return bool(bought) and any(bought.end() <= place <= bought.end() + 1 for place, *_ in self.written)

    def _scale_defined(self, start: int) -> bool:
        """"A crore is ten million rupees": a sentence that opens on "a"/"un" and a scale word
        defines the word; "un crédit d'un milliard pour…" inside a sentence is an amount."""
        if not self.article_only.match(self.text, start):
            return False
        return not self.text[self._sentence(start)[0]:start].strip(" \u00a0\"«“'")

    def _elided_of(self, folded: str) -> str:
        """The elided "of" a word opens on ("d'économies"), or ""."""
        return next((of for of in self.words["of"] if of.endswith("'") and folded.startswith(of) and folded != of), "")

    def _determiner(self, word: str) -> bool:
        folded = word.casefold().replace("’", "'")
        return folded in self.words["determiners"] or any(
            form.endswith("'") and folded.startswith(form) for form in self.words["determiners"])

    def _plainly_followed(self, start: int, end: int) -> bool:
        """Nothing but punctuation or a function word after the amount: "9 millions, face…"."""
        if self.article_only.match(self.text, start):
            return False  # "A crore is ten million rupees", "downloads will reach a billion this year"
        follow = FOLLOW.match(self.text, end)
        word = follow.group(1)
        if word is None:
            return True
        folded = word.casefold().replace("’", "'")
        elided = self._elided_of(folded)
        if folded in self.words["of"] or elided:
            noun = word[len(elided):] if elided else FOLLOW.match(self.text, follow.end()).group(1)
            return bool(noun) and noun.casefold() in self.words["of_adverbs"]  # "30 milliards de plus"
        return folded in self.words["follow"]

    def _cue_before(self, start: int) -> bool:
        """A money word before the amount in its sentence, or a currency named as the unit of
        its figures ("In forints, the average rise was 1,480")."""
        window_start = max(0, start - LOOK_BACK)
        breaks = [m.end() for m in SENTENCE_START.finditer(self.text, window_start, start)]
        sentence_start = breaks[-1] if breaks else window_start
        return self.cue.search(self.text, sentence_start, start) is not None \
            or any(sentence_start <= place < start for place, _ in self.named)

    def _followed_by_money_noun(self, end: int) -> bool | None:
        """True: a money noun follows ("d'économies"); False: something that makes the amount a
        count; None: nothing that decides (punctuation, a verb, "en 2025")."""
        follow = FOLLOW.match(self.text, end)
        word = follow.group(1)
        if word is None or "\n" in self.text[end:follow.start(1)]:
            return None  # the next line's first word is not the amount's noun (a headline)
        folded = word.casefold().replace("’", "'")
        elided = self._elided_of(folded)
        if elided:
            noun = word[len(elided):]
            if noun.casefold() in self.words["of_adverbs"]:
                return None  # "d'ici 2030"
        elif folded in self.words["of"]:
            noun = FOLLOW.match(self.text, follow.end()).group(1)
            if noun and noun.casefold() in self.words["of_adverbs"]:
                return None  # "60 000 millions de plus"
            if folded in self.words["of_articles"] or noun and self._determiner(noun):
                after = FOLLOW.match(self.text, FOLLOW.match(self.text, follow.end()).end()).group(1) if noun else None
                if after and self.money_noun and self.money_noun.fullmatch(after):
                    return True  # "413.1 million of that money"
                return None  # "965,4 millions de l'exercice 2006", "the 965.4 million of the 2006 accounts"
        elif self.lang == "en" and folded not in self.words["follow"] and folded not in self.words["neutral"]:
            if self.cue.match(self.text, follow.start(1)) or self.money_noun and self.money_noun.match(word):
                return True  # "the 15 million budget", "a 2 billion loan": a money noun as modifier
            return False  # "3 million people", "2 billion years"
        else:
            return None
        return bool(noun and self.money_noun and self.money_noun.match(noun))


def named_units(text: str, atoms: list[Atom], taken: list[tuple[int, int]], data: LanguageData) -> list[tuple[int, str]]:
    """Currencies named, with no figure, as the unit of a sentence's figures: a currency word
    right after a word of ``unit_lead`` ("In forints, the average rise was 1,480", "en euros"),
    outside every amount read (``taken``: their spans), and not before a figure ("in euros 5").

    >>> from factcheck.extraction.lexer import lexicon
    >>> from factcheck.lang.data import load
    >>> text = "In forints, the rise was 1,480; paid in 5 euros."
    >>> named_units(text, lexicon("en").atoms(text), [(40, 47)], load("en"))
    [(3, 'HUF')]
    """
    if not data.implied_currency.unit_lead:
        return []
    lead = _unit_lead(data.lang)
    inside = _within(taken)
    named = []
    for number, atom in enumerate(atoms):
        sense = atom.sense(CUR)
        if sense is None or not sense.code or not atom.text[0].isalpha() or inside(atom.start):
            continue
        after = atoms[number + 1] if number + 1 < len(atoms) else None
        if after is not None and after.has(NUM) and not text[atom.end:after.start].strip(" \u00a0"):
            continue
        if lead.search(text, max(0, atom.start - 12), atom.start):
            named.append((atom.start, sense.code))
    return named


def _within(spans: list[tuple[int, int]]):
    """A test of whether a position is inside any of ``spans`` (start included, end not), by
    bisection: a long document's thousands of amounts cost each currency word a lookup, not a scan.

    >>> inside = _within([(10, 20), (0, 30), (40, 45)])
    >>> [inside(p) for p in (0, 25, 30, 39, 40, 44, 45)]
    [True, True, False, False, True, True, False]
    """
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach, furthest = [], -1
    for _, end in ordered:  # the furthest end among the spans opened so far
        furthest = max(furthest, end)
        reach.append(furthest)

    def inside(position: int) -> bool:
        last = bisect_right(starts, position) - 1
        return last >= 0 and reach[last] > position
    return inside


@cache
def _unit_lead(lang: str) -> re.Pattern[str]:
    """``[implied_currency] unit_lead`` ("In", "en") ending just before a currency word, built once."""
    words = load(lang).implied_currency.unit_lead
    return re.compile(rf"(?:^|(?<![^\W\d_]))(?:{alternatives(words)})[ \u00a0]+$", re.I)


@cache
def _article_words(lang: str) -> dict:
    """The patterns and word sets of ``[implied_currency]`` for a language, built once."""
    data = load(lang)
    words = data.implied_currency
    folded = {name: _folded_set(getattr(words, name)) for name in
              ("follow", "neutral", "of_articles", "of_adverbs", "determiners", "ratio_before")}
    folded["of"] = _folded_set(data.of_words + words.of_articles)
    return {
        "cue": re.compile(rf"(?<![^\W\d_])(?:{alternatives(words.cues)})(?![^\W\d_])", re.I) if words.cues else None,
        "money_noun": re.compile(rf"(?:{alternatives(words.money_nouns)})(?![^\W\d_])", re.I)
        if words.money_nouns else None,
        "words": folded,
        "article_only": _opening(words.articles, r"[ \u00a0\u202f]"),  # the amount opens on "a", "un"
        "bought_for": _opening(words.bought_for, r"[\s\u00a0\u202f]+", lead=r"[\s\u00a0\u202f]*"),
        # shares counted a few words on: "placed 12.9 million in new shares", "12,9 millions d'actions nouvelles"
        "shares_after": _opening(words.shares, r"(?![^\W\d_])",
                                 lead=r"(?:[\s\u00a0\u202f]+[^\W\d_]+){0,2}?[\s\u00a0\u202f]+"),
    }


def _folded_set(words: list[str]) -> set[str]:
    return {word.casefold().replace("’", "'") for word in words}


def _opening(words: list[str], after: str, lead: str = "") -> re.Pattern:
    """A pattern for one of ``words`` (never matching when there are none), between ``lead``
    and ``after``."""
    return re.compile(rf"{lead}(?:{alternatives(words)}){after}" if words else r"(?!)", re.I)
