"""Amounts whose currency the article implies: "le déficit atteindra 34 milliards",
"40 milliards d'économies", "the deficit will reach 34 billion".

A bare number with a scale word (million, milliard, billion, bn…) is taken for money only
when three things hold, and its claim is then marked ``currency_inferred``:

- the article writes a currency elsewhere: the nearest one is taken (never guessed from
  nothing: with no currency written anywhere, nothing is inferred);
- a money word comes before it in its sentence ("déficit", "budget", "revenue"), or a money
  noun follows it after "de"/"of" ("d'économies", "of savings");
- what follows does not make it a count: "332 millions d'Européens", "82,2 millions de
  tonnes", "3 million people" stay out.

>>> from factcheck.lang.data import load
>>> text = "Le budget 2025 prévoit 60 milliards d'euros d'efforts. Le déficit atteindra 34 milliards."
>>> reader = ImpliedCurrency(text, load("fr"), [(23, "EUR")])
>>> reader.currency_for(text.index("34"), text.index("34") + 12)
'EUR'
>>> other = "Le budget prévoit 60 milliards d'euros. La France compte 68 millions d'habitants."
>>> ImpliedCurrency(other, load("fr"), [(18, "EUR")]).currency_for(other.index("68"), other.index("68") + 11) is None
True
"""

from __future__ import annotations

import re

from factcheck.lang.data import LanguageData, alternatives

SENTENCE_START = re.compile(r"[.!?\n]")
LOOK_BACK = 200
FOLLOW = re.compile(r"[\s\u00a0\u202f]*([^\W\d_][\w'’-]*)?")
OF = {"de", "d'", "d’", "des", "du", "of"}
# English words that may follow an amount without making it a count ("34 billion in 2025")
EN_FOLLOW = {"in", "on", "for", "to", "from", "by", "this", "last", "next", "a", "an", "per",
             "and", "or", "over", "at", "after", "before", "according", "while", "was", "were",
             "is", "are", "will", "would", "has", "had", "have", "compared", "against", "than",
             "since", "until", "into", "under", "more", "less", "so", "but", "as", "with"}


class ImpliedCurrency:
    """Decides, for one article, which bare scaled amounts are money and in what currency."""

    def __init__(self, text: str, data: LanguageData, written: list[tuple[int, str]]):
        self.text = text
        self.lang = data.lang
        self.written = written  # (offset, ISO code) of every currency written in the article
        words = data.implied_currency
        self.cue = re.compile(rf"(?<![^\W\d_])(?:{alternatives(words.cues)})(?![^\W\d_])", re.I) \
            if words.cues else None
        self.money_nouns = {w.casefold() for w in words.money_nouns}
        self.money_noun = re.compile(rf"(?:{alternatives(words.money_nouns)})(?![^\W\d_])", re.I) \
            if words.money_nouns else None

    def currency_for(self, start: int, end: int) -> str | None:
        """The currency the article implies for the bare amount at ``start:end``, or None."""
        if not self.written or self.cue is None:
            return None
        money_after = self._followed_by_money_noun(end)
        if money_after is False:
            return None  # a count: "332 millions d'Européens"
        if not money_after and not self._cue_before(start):
            return None
        return min(self.written, key=lambda place: abs(place[0] - start))[1]

    def _cue_before(self, start: int) -> bool:
        window_start = max(0, start - LOOK_BACK)
        breaks = [m.end() for m in SENTENCE_START.finditer(self.text, window_start, start)]
        sentence_start = breaks[-1] if breaks else window_start
        return self.cue.search(self.text, sentence_start, start) is not None

    def _followed_by_money_noun(self, end: int) -> bool | None:
        """True: a money noun follows ("d'économies"); False: something that makes the amount a
        count; None: nothing that decides (punctuation, a verb, "en 2025")."""
        follow = FOLLOW.match(self.text, end)
        word = follow.group(1)
        if word is None:
            return None
        folded = word.casefold().replace("’", "'")
        if folded.startswith("d'"):
            noun = word[2:]
        elif folded in OF:
            noun = FOLLOW.match(self.text, follow.end()).group(1)
        elif self.lang == "en" and folded not in EN_FOLLOW:
            return False  # "3 million people", "2 billion years"
        else:
            return None
        return bool(noun and self.money_noun and self.money_noun.match(noun))
