"""One article as the checker reads it: its text, sentences, claims and their roles, the
aliases named in each sentence, each claim's year; and the other figures of a claim's sentence
(``Crowd``), which may leave it unclear which of them a reference figure is about.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.checking.gate import ClaimFacts, period_fits
from factcheck.checking.matching import Candidate
from factcheck.checking.periods import ClaimYear, claim_year, sentence_years
from factcheck.checking.verdict import judge
from factcheck.frame.build import add_frames
from factcheck.frame.period import YEAR, years_named
from factcheck.lang.data import load
from factcheck.models import Claim, FindingCode, Frame
from factcheck.reference.index import FigureIndex
from factcheck.text.sentences import Sentence, index_of


@dataclass(frozen=True)
class Article:
    """What every claim of one article is checked with: its text, sentences, aliases, language, year."""

    text: str
    sentences: list[Sentence]
    document_hits: set
    lang: str
    year: int | None
    aliases: "AliasCache"
    claims: tuple[Claim, ...] = ()  # in reading order
    roles: tuple[str, ...] = ()  # each claim's role in its sentence (frame/role.py)
    date: str | None = None  # the article's date as given (YYYY, YYYY-MM or YYYY-MM-DD)
    sources: frozenset[str] = frozenset()  # the table's sources named anywhere in it
    framed: bool = False  # roles from each claim's frame (``Checker(frames=True)``)
    built_frames: tuple[Frame, ...] | None = None  # the frames when already built (a batch frames many at once)
    years_read: dict[int, ClaimYear] = field(default_factory=dict, compare=False, repr=False)  # year_of's memo
    credits_read: dict[int, str | None] = field(default_factory=dict, compare=False, repr=False)  # restated_source's

    @cached_property
    def same_value(self) -> dict[tuple, list[Claim]]:
        """The claims by what they state, metric aside (kind, value, bounds, unit)."""
        found: dict[tuple, list[Claim]] = {}
        for claim in self.claims:
            found.setdefault(value_key(claim), []).append(claim)
        return found

    def claims_within(self, start: int, end: int) -> tuple[Claim, ...]:
        """The claims that start inside ``start:end`` (found by bisection: a long document
        with thousands of claims costs each claim a lookup, not a scan)."""
        return self.claims[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def role_of(self, number: int) -> str:
        """The claim's role: its frame's when the article is framed (``framed``), else the role
        reader's (frame/role.py, ``roles``). The two differ only for a forecast the frame
        revises with its period and the words before it (a forecast of a month already over
        is a flash estimate, a decision's value for a near date a level: frame/build.py); the
        frame runs the parser, so it is built only on request."""
        if self.framed and number < len(self.frames) and self.frames[number].role:
            return self.frames[number].role
        return self.roles[number] if number < len(self.roles) else "level"

    @cached_property
    def frames(self) -> tuple[Frame, ...]:
        """Each claim's frame, in reading order (built on first use unless given)."""
        if self.built_frames is not None:
            return self.built_frames
        return tuple(c.frame for c in add_frames(self.text, self.lang, list(self.claims), self.date))

    def year_of(self, claim: Claim, sentences: list[Sentence], where: int, local: tuple[Claim, ...]) -> ClaimYear:
        """``periods.claim_year`` of a claim, read once per claim (its neighbours ask for it too)."""
        if claim.start not in self.years_read:
            self.years_read[claim.start] = claim_year(claim, sentences, where, local, self.lang, self.year, self.date)
        return self.years_read[claim.start]

    @cached_property
    def sole_entity(self) -> str | None:
        """The only entity of the table the article names, when it names one only."""
        named = {self.aliases.index.figures[hit.figure].entity
                 for hit in self.aliases.index.hits(self.document_hits, "entity", narrow_only=False)}
        return named.pop() if len(named) == 1 else None

    @cached_property
    def latest_year(self) -> int | None:
        """The article's year, else the latest year it names."""
        return self.year or max((int(y) for y in YEAR.findall(self.text)), default=None)

    @cached_property
    def starts(self) -> list[int]:
        return [claim.start for claim in self.claims]



@dataclass(frozen=True)
class Crowd:
    """Other figures of the claim's kind in its sentence, and whether the claim's own month,
    quarter or year (named in its clause) sets it apart from all of them."""

    crowded: bool
    own_period: bool
    all_changes: bool = False  # every other figure is a rise or fall said in words or points
    agreeing: tuple[Claim, ...] = ()  # the other figures, to see whether one meets the reference

    def sets_apart(self, claim: Claim, best: Candidate, facts: ClaimFacts, meets: bool) -> bool:
        """Whether the claim is told apart from the others for ``best``: by its own period; by
        being no change where all the others are changes and the figure a level or share; when
        it ``meets`` the figure (exactly or a thousand-fold), by no other one meeting it."""
        if self.own_period and ("period" in best.found or (facts.year.where == "clause" and period_fits(best, facts))):
            return True
        if self.all_changes and not (claim.direction or claim.points) and best.figure.role in ("level", "share"):
            return True
        return meets and not any(judge(other, best.figure, False).code is FindingCode.consistent
                                 for other in self.agreeing)


def sentence_years_of(claim: Claim, own: Sentence, article: "Article", local: tuple[Claim, ...]) -> set[str]:
    """The years of the claim's sentence that belong to no other figure, and those it says
    relative to the article's year ("l'année dernière")."""
    relative = years_named(own.text, load(article.lang).relative_years, article.year) - set(YEAR.findall(own.text))
    return set(sentence_years(claim, own, local)) | relative


MAX_SENTENCE = 1500  # a longer "sentence" (a list, a table pasted as text) is cut around the claim


def clip(sentences: list[Sentence], claim: Claim) -> list[Sentence]:
    """The sentences, with the claim's own cut to a window around it when it is very long,
    so that a 100 KB run-on sentence costs the same per claim as a normal one."""
    where = index_of(sentences, claim.start)
    own = sentences[where]
    if own.end - own.start <= MAX_SENTENCE:
        return sentences
    start = max(own.start, claim.start - MAX_SENTENCE // 2)
    end = min(own.end, claim.end + MAX_SENTENCE // 2)
    window = Sentence(start, end, own.text[start - own.start:end - own.start])
    return sentences[:where] + [window] + sentences[where + 1:]


class AliasCache:
    """The aliases written in each sentence, found once per sentence, not once per claim."""

    def __init__(self, index: FigureIndex):
        self.index, self.seen = index, {}

    def of(self, sentence: Sentence | None) -> set:
        if sentence is None:
            return set()
        key = (sentence.start, sentence.end)
        if key not in self.seen:
            self.seen[key] = self.index.aliases_in(sentence.text)
        return self.seen[key]


def as_read(text: str, sentences: list[Sentence]) -> str:
    """``text`` with each sentence as the checker reads it (a dateline blanked: "PARIS, 26 mars
    2024 —" names no company called Mars), offsets kept.

    >>> as_read("AB. CD.", [Sentence(0, 3, "   "), Sentence(4, 7, "CD.")])
    '    CD.'
    """
    pieces, at = [], 0
    for sentence in sentences[:2]:  # a dateline opens the text or follows its headline
        if text[sentence.start:sentence.end] != sentence.text and len(sentence.text) == sentence.end - sentence.start:
            pieces += [text[at:sentence.start], sentence.text]
            at = sentence.end
    return "".join(pieces) + text[at:] if pieces else text


def value_key(claim: Claim) -> tuple:
    """What makes two claims state the same figure, metric aside: kind, value, bounds, unit."""
    return (claim.kind, claim.value, claim.low, claim.high, claim.currency)
