"""The checker's cue words of a language, from ``factcheck/lang/data/check_<lang>.toml``,
validated on load (lang/data.load_words): what makes a figure hypothetical, the size of a move,
"a year earlier", a part of a year, a quarter named by its ordinal alone, the end of a year,
the words that start another figure's clause, the group a figure is ranked in. The regexes are built here, once per language.

>>> check_words("fr").looking_back.year[0], check_words("en").move.verb_needed
('un an plus tôt', False)
>>> bool(patterns("fr").counterfactual.search("sans mesures correctrices")), patterns("fr").ordinals["deuxième"]
(True, 2)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from factcheck.errors import FactcheckError
from factcheck.lang.data import LANGS, alternatives, load_words

Words = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CueGroup(_Strict):
    """A lead and an object ("sans" + "mesures", an adjective before or after it), or a phrase."""

    leads: Words
    objects: Words
    before_object: Words = []
    after_object: Words = []
    phrases: Words = []


class MoveCues(_Strict):
    """The size of a move: a verb stem (``down``, ``up``), at most four words, then ``by``."""

    down: Words = Field(min_length=1)
    up: Words = Field(min_length=1)
    by: Words = Field(min_length=1)
    by_fillers: Words = []
    verb_needed: bool  # whether "by" alone says a move (English "by") or needs its verb (French "de")
    level_after: Words = Field(min_length=1)


class LookingBack(_Strict):
    year: Words = Field(min_length=1)
    quarter: Words = []


class PartOfYear(_Strict):
    """Any of ``before``, a count, maybe a word ``between``, a unit; or a phrase."""

    before: Words = []
    counts: Words = Field(min_length=1)
    between: Words = []
    units: Words = Field(min_length=1)
    phrases: Words = []


class Quarters(_Strict):
    lead: Words = Field(min_length=1)
    words: Words = Field(min_length=1)
    ordinals: dict[str, int] = Field(min_length=1)
    year_end: Words = []


class Turn(_Strict):
    words: Words = Field(min_length=1)


class Ranked(_Strict):
    """A superlative, a link, then the group a figure is ranked in ("le plus bas des Vingt-Sept")."""

    superlatives: Words = Field(min_length=1)
    links: Words = Field(min_length=1)
    over_time: Words = []  # words after the group that make it a ranking over time ("depuis 2008")


class CheckWords(_Strict):
    counterfactual: CueGroup
    move: MoveCues
    looking_back: LookingBack
    part_of_year: PartOfYear
    quarters: Quarters
    turn: Turn
    ranked: Ranked


@cache
def check_words(lang: str) -> CheckWords:
    """The validated cue words of ``lang`` ("fr" or "en"), read once per process."""
    if lang not in LANGS:
        raise FactcheckError("E003", lang=lang, langs=", ".join(LANGS))
    return load_words(f"check_{lang}", CheckWords)


def _any(words: Words) -> str:
    """An alternation of ``words`` that matches nothing when there are none."""
    return alternatives(words) if words else "(?!)"


GAP = r",?(?:\s+[^\s\d,;.:]+,?){0,4}\s+"  # at most four words between a move's verb and its "by"
WORD = r"(?<![\w-])(?:{})(?![\w-])"


@dataclass(frozen=True)
class Patterns:
    counterfactual: re.Pattern[str]
    moved_by: re.Pattern[str]
    ways: tuple[tuple[str, re.Pattern[str]], ...]
    level_after: re.Pattern[str]
    looking_back: re.Pattern[str]
    part_of_year: re.Pattern[str]
    elliptic_quarter: re.Pattern[str]
    quarter_word: re.Pattern[str]
    ordinals: dict[str, int]
    year_end: re.Pattern[str]
    ranked: re.Pattern[str]
    over_time: re.Pattern[str]


@cache
def patterns(lang: str) -> Patterns:
    """The cue regexes of ``lang``, built from its word lists."""
    words = check_words(lang)
    cf, move, back, part, quarters = (words.counterfactual, words.move, words.looking_back, words.part_of_year,
                                      words.quarters)
    lead = (rf"(?:{_any(cf.leads)})\s+(?:(?:{_any(cf.before_object)})\s+)?(?:{_any(cf.objects)})"
            rf"(?:\s+(?:{_any(cf.after_object)}))?")
    fillers = rf"(?:(?:{alternatives(move.by_fillers)})\s+)?" if move.by_fillers else ""
    by = rf"(?:{_any(move.by)})\s*{fillers}$"
    stems = _any(move.down + move.up)
    counted = (rf"(?:(?:{_any(part.before)})\s+)*(?:{_any(part.counts)})[\s-]+(?:(?:{_any(part.between)})\s+)?"
               rf"(?:{_any(part.units)})")
    return Patterns(
        counterfactual=re.compile(WORD.format(f"{lead}|{_any(cf.phrases)}"), re.IGNORECASE),
        moved_by=re.compile(rf"(?<![\w-])(?:{stems})\w*{GAP}{by}" if move.verb_needed else rf"(?<![\w-]){by}",
                            re.IGNORECASE),
        ways=tuple((way, re.compile(rf"(?<![\w-])(?:{_any(forms)})\w*{GAP}{by}", re.IGNORECASE))
                   for way, forms in (("down", move.down), ("up", move.up))),
        level_after=re.compile(rf"(?<![\w-])(?:{_any(move.level_after)})(?:\s+[^\s\d]+){{0,2}}\s*$", re.IGNORECASE),
        looking_back=re.compile(WORD.format(f"{_any(back.year)}|(?P<q>{_any(back.quarter)})"), re.IGNORECASE),
        part_of_year=re.compile(WORD.format(f"{counted}|{_any(part.phrases)}"), re.IGNORECASE),
        elliptic_quarter=re.compile(rf"(?<![\w-])(?:{_any(quarters.lead)})\s+({_any(list(quarters.ordinals))})"
                                    r"(?!\s+[a-zà-ÿ])", re.IGNORECASE),
        quarter_word=re.compile(WORD.format(_any(quarters.words)), re.IGNORECASE),
        ordinals={word.casefold(): number for word, number in quarters.ordinals.items()},
        year_end=re.compile(rf"(?:{_any(quarters.year_end)})\b", re.IGNORECASE),
        # the superlative, at most two words (English puts the noun between: "the lowest jobless
        # rate in"), the link, then the group: one to four words up to a bracket, a comma or a figure
        ranked=re.compile(rf"(?<![\w-])(?:{_any(words.ranked.superlatives)})(?:\s+[^\W\d_]+){{0,2}}?\s+"
                          rf"(?:{_any(words.ranked.links)})(?<=['’\w])\s*"
                          r"(?P<group>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)(?=\s*[(),;.:]|\s+\d|\s*$)",
                          re.IGNORECASE),
        over_time=re.compile(WORD.format(_any(words.ranked.over_time)), re.IGNORECASE),
    )


@cache
def every_language() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The comparison words (``turn``) and "a year earlier" right at the start, of every
    language at once: a clause is cut the same way whatever the text's language."""
    turn = [w for lang in LANGS for w in check_words(lang).turn.words]
    back = [w for lang in LANGS for w in check_words(lang).looking_back.year + check_words(lang).looking_back.quarter]
    return (re.compile(WORD.format(_any(turn)), re.IGNORECASE),
            re.compile(rf"\s*(?:{_any(back)})(?![\w-])", re.IGNORECASE))


def ranked_groups(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the groups figures are ranked in ("le plus bas des Vingt-Sept"): a name
    there says what the figure is compared with; the figure may be a member's (the checker
    then makes no accusation against the group's figure). Not a ranking over time ("the
    lowest in France since 2008").

    >>> t = "Le Portugal a le taux le plus bas des Vingt-Sept (6,1 %)."
    >>> [t[a:b] for a, b in ranked_groups(t, "fr")]
    ['Vingt-Sept']
    >>> ranked_groups("Portugal had the lowest rate in France since 2008, at 7.1%.", "en")
    []
    """
    if lang not in LANGS:
        return []
    folded = text.casefold()  # the pattern ignores case, and is slow: look for its words first
    if not any(word in folded for word in _superlatives(lang)):
        return []
    over_time = patterns(lang).over_time
    return [match.span("group") for match in patterns(lang).ranked.finditer(text)
            if not over_time.search(text, match.start("group"), min(len(text), match.end("group") + 15))]


@cache
def _superlatives(lang: str) -> tuple[str, ...]:
    """The last word of each superlative, case-folded (the pattern lets any spacing come before it)."""
    return tuple(dict.fromkeys(word.split()[-1].casefold() for word in check_words(lang).ranked.superlatives))
