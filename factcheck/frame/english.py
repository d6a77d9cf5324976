"""What an English figure measures, by rules (no model needed): walking back from the figure
over the words that link it to its noun phrase ("was expected to grow by", "stood at", "of",
"to"), then taking that noun phrase up to its determiner. Names opening the phrase are its
entity ("Eurozone GDP growth", "Nvidia's revenue"); a pronoun ("it was 2.1%") says the
metric is carried from an earlier figure.

>>> s = english_subject("Nvidia's revenue rose to $35.1 billion, the company said.", 26)
>>> (s.metric[2], s.entity[2])
('revenue', 'Nvidia')
>>> s = english_subject("Output is forecast to rise by 1.2% next year.", 30)
>>> (s.metric[2], s.entity)
('Output', None)
>>> s = english_subject("It is likely to climb to 2.4% by the autumn.", 25)
>>> (s.metric, s.pronoun)
(None, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.frame.names import Found, names_in
from factcheck.frame.vocab import frame_words

WORD = re.compile(r"[A-Za-z][\w&'’-]*|\d[\d.,]*|[,;:()\[\]\"“”|]")
YEARS = re.compile(r"^(?:19|20)\d\d$|^\d")
YEAR = re.compile(r"^(?:19|20)\d\d$")
FOOTNOTE = re.compile(r"\(\d\)")


@dataclass(frozen=True)
class Subject:
    metric: Found | None = None
    entity: Found | None = None
    pronoun: bool = False
    """The measured thing is a pronoun ("it", "elles"): carry the metric of the figure before."""


@cache
def _words(kind: str) -> frozenset[str]:
    """A list of [phrase] in frame_en.toml, as a set ("links", "stops", "pronouns", ...)."""
    return frozenset(getattr(frame_words("en").phrase, kind))


def _is_link(word: str) -> bool:
    folded = word.casefold()
    return folded in _words("links") or folded in _verbs() or folded.endswith(("ed", "ing", "ly")) and word.islower()


@cache
def _role_words() -> frozenset[str]:
    """One-word role marks ("versus", "vs", "year-on-year"): they compare or qualify a figure,
    never name what it measures."""
    roles = frame_words("en").roles
    return frozenset(w.casefold().rstrip(".") for w in (*roles.previous_before, *roles.change_after) if " " not in w)


@cache
def _verbs() -> frozenset[str]:
    return frozenset(frame_words("en").metric.verbs)


def english_subject(sentence: str, claim_start: int, claim_end: int | None = None) -> Subject:
    """The noun phrase the figure at ``claim_start`` of ``sentence`` measures, and a name
    opening it or owning it; with nothing before the figure, the noun right after it ("a
    new projection of 1.1% growth", "19% return on equity") when ``claim_end`` is given.

    >>> s = english_subject("Prices in the euro area rose to 2.4% in May.", 32)
    >>> s.metric, s.entity
    ((0, 6, 'Prices'), (14, 23, 'euro area'))
    >>> english_subject("It cut the forecast from the previous 1.4% in spring.", 38)
    Subject(metric=None, entity=None, pronoun=False)
    >>> english_subject("Adding a new projection of 1.1% growth for 2027.", 27, 31).metric
    (32, 38, 'growth')
    """
    words = list(WORD.finditer(FOOTNOTE.sub(lambda m: " " * len(m.group(0)), sentence), 0, claim_start))
    index = _linked(words, len(words) - 1)
    if index < 0:  # the figure opens its line: "7.1% ordinary dividend increase"
        return _noun_after(sentence, claim_end) if claim_end is not None else Subject()
    if words[index].group(0) == "(":
        return _before_bracket(sentence, words, index)
    if words[index].group(0).casefold() in _words("pronouns"):
        return Subject(pronoun=True)
    if words[index].group(0).casefold() in frame_words("en").names.designations and index \
            and words[index - 1].group(0).casefold() in _words("stops"):  # "the company returned $25 billion"
        return Subject(entity=(words[index].start(), words[index].end(), words[index].group(0)))
    phrase, index = _phrase_before(words, index)
    if not phrase and index >= 2 and words[index].group(0).casefold() == "the" \
            and words[index - 1].group(0).casefold() in _words("period_links"):
        phrase, index = _phrase_before(words, index - 2)  # "Data center revenue for the year reached"
    subject = _split(sentence, phrase)
    if subject.metric is None and subject.entity is None and claim_end is not None:
        after = _noun_after(sentence, claim_end)
        return after if after.metric is not None else _opening_clause(sentence, claim_start)
    if subject.metric is None and subject.entity is not None and index >= 1 \
            and words[index].group(0).casefold() in ("the", "in", "of", "for") :
        start = index - 1 if words[index].group(0).casefold() == "the" else index
        if start >= 1 and words[start].group(0).casefold() in ("in", "of", "for"):
            owner, _ = _phrase_before(words, start - 1)  # "inflation in the euro zone jumped to"
            inner = _split(sentence, owner)
            return Subject(metric=inner.metric, entity=subject.entity)
    return subject


OPENING_CLAUSE = re.compile(r"^\W*(?:[A-Za-z]+ly\s+)?[A-Za-z]+ing\s+(?:(?:up|down)\s+)?(?:(?:its|their|the)\s+)?"
                            r"(?P<phrase>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*,")


def _opening_clause(sentence: str, claim_start: int) -> Subject:
    """The object of a clause opening the sentence on a participle, when nothing nearer
    names what the figure measures: "Revising up its inflation projections, it now expects an
    8.1% average"."""
    match = OPENING_CLAUSE.match(sentence, 0, claim_start)
    if match is None:
        return Subject()
    words = match.group("phrase").casefold().split()
    if any(w in _words("stops") or _is_link(w) for w in words) or words[-1] in frame_words("en").metric.not_heads:
        return Subject()
    return Subject(metric=(match.start("phrase"), match.end("phrase"), match.group("phrase")))


AFTER_PHRASE = re.compile(r"\s+((?:[A-Za-z][\w-]*)(?:\s+(?:on|of)\s+[a-z][\w-]*|\s+[a-z][\w-]*){0,3})")


def _noun_after(sentence: str, claim_end: int) -> Subject:
    """The words right after the figure when they name what it measures ("1.6% growth",
    "7.1% ordinary dividend increase"), not a unit, a link or a period ("1.02% higher",
    "3% in May", "5% of GDP")."""
    match = AFTER_PHRASE.match(sentence, claim_end)
    if match is None:
        return Subject()
    words = match.group(1).split()
    kept = []
    for number, word in enumerate(words):
        folded = word.casefold()
        if folded in _words("stops") and folded not in ("on", "of") or _is_link(word) and word.islower() \
                or folded in frame_words("en").metric.not_heads or folded in frame_words("en").period.months \
                or folded in _role_words() or words[number + 1:number + 2] == ["by"]:
            break  # "1.16 versus the dollar", "4% year-on-year", "€7.7 billion driven by": no measured noun
        kept.append(word)
    while kept and kept[-1].casefold() in ("on", "of"):
        kept.pop()
    if not kept or kept[0].casefold() in ("on", "of"):
        return Subject()
    start = match.start(1)
    text = " ".join(kept)
    return Subject(metric=(start, start + len(text), sentence[start:start + len(text)])) \
        if sentence[start:start + len(text)] == text else Subject()


def _linked(words: list[re.Match], index: int) -> int:
    """Back over the words linking a figure to its phrase: "was expected to ease further to",
    "would top", "more than halve from"."""
    while index >= 0 and words[index].group(0) not in "([" and (
            _is_link(words[index].group(0))
            or index > 0 and words[index].group(0) in _words("participles")
            and words[index - 1].group(0).casefold() in _words("be")
            or index > 0 and words[index - 1].group(0).casefold() in _words("auxiliaries")
            and words[index].group(0).islower()
            and words[index].group(0).casefold() not in _words("stops")):
        index -= 1
    return index


def _phrase_before(words: list[re.Match], index: int) -> tuple[list[re.Match], int]:
    """The words of the noun phrase ending at ``index`` (none when it is only a generic word:
    "the previous", "a new projection"), and the index of the word before it."""
    phrase: list[re.Match] = []
    while index >= 0:
        word = words[index].group(0)
        if word.casefold() in _words("stops") or word.casefold() in _role_words() or not word[0].isalnum() \
                or YEARS.match(word) and not phrase \
                or word[0].isdigit() and not YEAR.match(word) \
                or (phrase and _is_link(word) and word.islower()):
            break
        phrase.insert(0, words[index])
        if re.search(r"['’]s?$", word) and len(phrase) > 1:
            break
        index -= 1
    generic = set(frame_words("en").metric.not_heads)
    if all(w.group(0).casefold() in generic or w.group(0).casefold() in _words("qualifiers") for w in phrase):
        return [], index
    return phrase, index


def _before_bracket(sentence: str, words: list[re.Match], index: int) -> Subject:
    """"Estonia (5.0%)": a name before the bracket is the entity; "services (1.1%)" the metric.

    >>> english_subject("Energy had the highest annual rate in August (15.4%).", 46)
    Subject(metric=None, entity=None, pronoun=False)
    """
    phrase = []
    index -= 1
    while index >= 0 and words[index].group(0)[0].isalnum() and words[index].group(0).casefold() not in _words("stops"):
        phrase.insert(0, words[index])
        index -= 1
    period_words = {w.casefold() for w in (*frame_words("en").period.months, *frame_words("en").period.weekdays)}
    if phrase and all(w.group(0).casefold() in period_words for w in phrase):
        return Subject()  # "the highest rate in August (15.4%": a month, not what is measured
    return _split(sentence, phrase)


def _split(sentence: str, phrase: list[re.Match]) -> Subject:
    """A phrase cut into its opening name (entity) and the measured words (metric)."""
    owner = None
    for number, word in enumerate(phrase):
        if re.search(r"['’]s?$", word.group(0)) and word.group(0)[0].isupper():
            owner, phrase = word, phrase[number + 1:]
            break
    while phrase and YEARS.match(phrase[0].group(0)):
        phrase = phrase[1:]
    if not phrase and owner is None:
        return Subject()
    if owner is None and phrase[-1].group(0).casefold() in frame_words("en").names.securities:
        start, end = phrase[0].start(), phrase[-1].end()  # "Brent crude oil futures were up 0.37%"
        return Subject(entity=(start, end, sentence[start:end]))
    entity = None
    if owner is not None:
        name = re.sub(r"['’]s?$", "", owner.group(0))
        entity = (owner.start(), owner.start() + len(name), name)
    elif phrase:
        start = phrase[0].start()
        names = [n for n in names_in(sentence, "en")
                 if n[0] == start and n[1] <= phrase[-1].end()]
        if names:
            entity = names[0]
            phrase = [w for w in phrase if w.start() >= entity[1]]
    if entity is None and len(phrase) > 1:
        entity, phrase = _segment(phrase)
    metric = (phrase[0].start(), phrase[-1].end(), sentence[phrase[0].start():phrase[-1].end()]) if phrase else None
    return Subject(metric=metric, entity=entity)


def _segment(phrase: list[re.Match]) -> tuple[Found | None, list[re.Match]]:
    """Sales of a part of a company ("iPhone revenue", "Data center revenue"): the words
    before the sales noun are the entity, unless they qualify it ("organic", "net", "total").

    >>> [w.group(0) for w in _segment(list(WORD.finditer("services revenue")))[1]]
    ['revenue']
    >>> _segment(list(WORD.finditer("organic revenue")))[0] is None
    True
    """
    metric = frame_words("en").metric
    kept = {w.casefold() for w in (*metric.not_segments, *metric.not_heads)} | _words("qualifiers")
    modifiers = phrase[:-1]
    if phrase[-1].group(0).casefold() not in metric.segmented or any(
            w.group(0).casefold() in kept or not w.group(0).isalpha() for w in modifiers):
        return None, phrase
    start, end = modifiers[0].start(), modifiers[-1].end()
    text = " ".join(w.group(0) for w in modifiers)
    return (start, end, text), phrase[-1:]
