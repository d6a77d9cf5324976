"""Build the frame of every claim of a document: entity, metric, period, role, per-unit.

Frames are built on request (``add_frames``), after extraction: French metric and entity
need the spaCy parser on the sentences that hold a claim, which costs more than extraction
itself (bench/frame_accuracy.py and the report give the numbers).

>>> from factcheck.extraction.finder import find_claims
>>> text = "Le chiffre d'affaires de LVMH a atteint 86,2 milliards d'euros en 2023, contre 79,2 milliards en 2022."
>>> frames = [c.frame for c in add_frames(text, "fr", find_claims(text, "fr"))]
>>> [(f.role, f.period.value, f.metric.text, f.entity.text) for f in frames]
[('level', '2023', "chiffre d'affaires", 'LVMH'), ('previous', '2022', "chiffre d'affaires", 'LVMH')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from factcheck.frame.english import Subject
from factcheck.frame.names import (Found, capitalised_inside, common_abbreviations, is_group, named_after, names_in,
                                   nearest_before, owner_after, sources_in)
from factcheck.frame.role import roles_of
from factcheck.frame.subject import SubjectPlan, finish_subjects, parse_plans, plan_subjects
from factcheck.frame.claim_period import column_period, period_of, periods_of, results_year
from factcheck.frame.table import colon_label, row_label
from factcheck.frame.vocab import frame_words
from factcheck.models import Claim, Frame, FramePeriod, FrameSpan
from factcheck.periods import PeriodError, parse_period
from factcheck.text.sentences import Sentence, index_of, split


def add_frames(text: str, lang: str, claims: list[Claim], article_date: str | None = None) -> list[Claim]:
    """``claims`` (the document's, in order) each with its ``frame``; ``article_date``
    (YYYY-MM-DD or YYYY) resolves "en novembre", "l'an dernier", "au troisième trimestre"."""
    return add_frames_many([(text, lang, claims, article_date)])[0]


class FrameInput(NamedTuple):
    """One document to frame: its text, language, claims (in order) and date; its sentences
    (``split``) and the claims' roles (``roles_of``) when the caller has them already."""
    text: str
    lang: str
    claims: list[Claim]
    article_date: str | None = None
    sentences: list[Sentence] | None = None
    roles: list[str] | None = None


def add_frames_many(documents: list[FrameInput | tuple]) -> list[list[Claim]]:
    """``add_frames`` of each (text, lang, claims, article_date), the parser reading the
    windows of all of them at once (a batch parses faster together than one by one; the
    frames are the same).

    >>> from factcheck.extraction.finder import find_claims
    >>> texts = ["Le chiffre d'affaires de LVMH a atteint 86,2 milliards d'euros.", "Rien ici.",
    ...          "Apple's revenue rose to $94.9 billion."]
    >>> framed = add_frames_many([(t, l, find_claims(t, l), None) for t, l in zip(texts, ("fr", "fr", "en"))])
    >>> [[(c.frame.metric.text, c.frame.entity.text) for c in claims] for claims in framed]
    [[("chiffre d'affaires", 'LVMH')], [], [('revenue', 'Apple')]]
    """
    inputs = [FrameInput(*document) for document in documents]
    prepared = [_prepare(document) if document.claims else None for document in inputs]
    parsed = iter(parse_plans([p.plan for p in prepared if p is not None]))
    return [_framed(p, next(parsed), document.article_date) if p is not None else []
            for p, document in zip(prepared, inputs)]


class _Prepared(NamedTuple):
    """A document's frames before the parse: everything but the subjects, and their plan."""
    document: "_Document"
    held: list[int]  # the sentences that hold a claim, in order
    plan: SubjectPlan


def _prepare(document: FrameInput) -> _Prepared:
    text, lang, claims = document.text, document.lang, document.claims
    split_text = split(text) if document.sentences is None else document.sentences
    sentences = split_text or [Sentence(0, len(text), text)]
    where = [index_of(sentences, claim.start) for claim in claims]
    measures = common_abbreviations(text)  # abbreviations of measures ("TRVE"): a metric, never an entity
    sources = sources_in(text, sentences, lang, [c.attribution.text for c in claims if c.attribution is not None]) \
        | measures  # never an entity: who reports, and abbreviations of measures
    names = _names_by_sentence(sentences, lang, capitalised_inside(text))
    by_sentence: dict[int, list[tuple[int, int]]] = {}  # one pass: thousands of claims cost no square
    for claim, index in zip(claims, where):
        by_sentence.setdefault(index, []).append((claim.start - sentences[index].start,
                                                  claim.end - sentences[index].start))
    held = sorted(by_sentence)
    spans = [by_sentence[index] for index in held]
    roles = roles_of(text, lang, claims, split_text) if document.roles is None else document.roles
    doc = _Document(text, lang, claims, sentences, where, roles, [], names,
                    sources, measures, _topic(text, sentences, names, sources))
    return _Prepared(doc, held, plan_subjects("fr" if lang == "fr" else "en",
                                              [sentences[index].text for index in held], spans))


def _framed(prepared: _Prepared, parsed: list, article_date: str | None) -> list[Claim]:
    """The frames of a prepared document, with its windows' parse."""
    doc, held = prepared.document, prepared.held
    text, lang, claims, sentences, where = doc.text, doc.lang, doc.claims, doc.sentences, doc.where
    by_sentence = {index: iter(subjects) for index, subjects in zip(held, finish_subjects(prepared.plan, parsed))}
    doc = doc._replace(subjects=[next(by_sentence[w]) for w in where])
    periods = periods_of(text, lang, sentences, article_date)
    framed: list[Claim] = []
    for number, claim in enumerate(claims):
        sentence = sentences[where[number]]
        row = row_label(text, claim.start, claim.end)
        label = row or colon_label(text, claim.start)
        metric, entity = _metric_and_entity(doc, number, framed, label)
        period = (row and column_period(text, lang, claim, article_date)) or results_year(
            period_of(claims, number, periods, where, sentences, framed, doc.roles, text), article_date, framed, lang,
            doc.roles[number])
        frame = Frame(
            entity=entity,
            metric=metric,
            period=period,
            role=_decided(_measured(doc.roles[number], period, article_date, text[sentence.start:claim.start],
                                    text[claim.end:min(sentence.end, claim.end + AFTER_REACH)]),
                          text[sentence.start:claim.start]),
            per_unit=per_unit(text, lang, claim) or _unit_named(lang, _around(text, metric, claim), label)
            or _per_share_measure(lang, metric, claim),
        )
        framed.append(claim.model_copy(update={"frame": frame}))
    return framed


class _Document(NamedTuple):
    """What the frames of one text are read from: its claims, sentences, roles, subjects, names."""
    text: str
    lang: str
    claims: list[Claim]
    sentences: list[Sentence]
    where: list[int]
    roles: list[str]
    subjects: list[Subject]
    names: Callable[[int], tuple[Found, ...]]
    sources: frozenset[str]
    measures: frozenset[str]
    topic: FrameSpan | None


def _metric_and_entity(doc: _Document, number: int, framed: list[Claim], label) -> tuple[FrameSpan | None,
                                                                                        FrameSpan | None]:
    """The metric and the entity of claim ``number``: the subject's, a table's label, the names
    around the figure, else carried from the figures before."""
    text, lang, claims, where = doc.text, doc.lang, doc.claims, doc.where
    claim, sentence, subject, names = claims[number], doc.sentences[where[number]], doc.subjects[number], doc.names
    metric = FrameSpan(text=label[2], start=label[0], end=label[1]) if label else _span(subject.metric, sentence, claim)
    if doc.roles[number] == "previous" and framed and framed[-1].frame.metric \
            and _same_aside(text, claims[number - 1], claim):
        metric = framed[-1].frame.metric  # "l'énergie (40,8 %, comparé à 38,6 % en août)": the same measure
    if metric is not None and not label and INDEX_MOVE.match(metric.text):
        metric = None  # "l'indice EuroStoxx 50 a cédé 0,37 %": an index move, the index (a name) is the entity
    owner = owner_after(text, claim, lang, names(where[number]), sentence) if doc.roles[number] == "target" else None
    entity = _span(subject.entity or owner or named_after(text, claim, lang, sentence)
                   or _named_before(names(where[number]), claims, sentence, claim, metric, doc.sources), sentence, claim)
    if entity is not None and entity.text.casefold() in doc.sources:
        if metric is None and entity.text.casefold() in doc.measures:
            metric = entity  # "les TRVE devraient baisser de 15 %": the measure leads to the figure
        entity = None
    if entity is None and _policy_rate(lang, metric):  # "la BCE a abaissé son taux de dépôt à 3,75 %"
        entity = _span(_named_before(names(where[number]), claims, sentence, claim, metric, frozenset()),
                       sentence, claim)
    if metric is None and subject.pronoun and not (framed and where[number - 1] == where[number]):
        metric = _antecedent(doc.sentences, where, number, claim, bool(framed))
    if metric is None and framed and (subject.pronoun or where[number] - where[number - 1] <= 1):
        metric = framed[-1].frame.metric  # carried: "elles progressent de 2 %", "Malte (7,3 %)"
    if entity is None and where[number] > 0 and _latter(lang).search(text, sentence.start, claim.start):
        entity = _span(_last_name(names(where[number] - 1), doc.sources), doc.sentences[where[number] - 1], claim)
    if entity is None:  # carried: "In Spain ... It was ..."
        entity = _carried_entity(framed, where, number, lang, doc.topic, text, doc.roles[number])
    return metric, entity


def _per_share_measure(lang: str, metric: FrameSpan | None, claim: Claim) -> str | None:
    """"share" for a dividend amount with no scale word ("Dividende : 6,60 euros"): paid per share
    (FRAMES.md), unlike a total ("5 milliards d'euros de dividendes")."""
    if metric is None or claim.scale_word or claim.kind != "money":
        return None
    words = {w.casefold() for w in frame_words(lang).per_unit.share_measures}
    return "share" if any(w.casefold() in words for w in re.findall(r"[^\W\d_]+", metric.text)) else None


def _same_aside(text: str, before: Claim, claim: Claim) -> bool:
    """The figure follows another in one bracket that opens on that one: "(40,8 %, comparé à 38,6 %"."""
    opened = text.rfind("(", 0, before.start)
    between = text[before.end:claim.start]
    return opened >= 0 and not text[opened + 1:before.start].strip() and "(" not in between and ")" not in between


@cache
def _latter(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in frame_words(lang).phrase.latter) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def _last_name(names: tuple[Found, ...], sources: frozenset[str]) -> Found | None:
    """The last name of a sentence that is no source: what "ce dernier" stands for."""
    return next((name for name in reversed(names) if name[2].casefold() not in sources), None)


def _carried_entity(framed: list[Claim], where: list[int], number: int, lang: str,
                    topic: FrameSpan | None, text: str, role: str) -> FrameSpan | None:
    """The entity of the figure before; a population group ("chez les 15-24 ans"), a part, a
    target's owner only within its sentence: later sentences carry the last entity before that
    can carry, or the topic."""
    if not framed:
        return topic
    def carries(frame: Frame) -> bool:  # a target's owner ("de la BCE") is not what later outturns are about
        return frame.entity is not None and not _local(frame.entity, text, lang) and (
            frame.role != "target" or role == "target")

    last = framed[-1].frame
    if last.entity is None or where[number - 1] == where[number] or carries(last):
        return last.entity
    return next((c.frame.entity for c in reversed(framed) if carries(c.frame)), topic)


def _local(entity: FrameSpan, text: str, lang: str) -> bool:
    """An entity of its own sentence only: a population group ("les 15-24 ans"), a part named
    after "celui des" ("celui des entreprises (-1,4 %)")."""
    return is_group(entity.text, lang) or bool(_that_of(lang).search(text, max(0, entity.start - 25), entity.start))


@cache
def _that_of(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in frame_words(lang).phrase.that_of) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{words})\s+\S+\s*(?:\S+\s+)?$", re.IGNORECASE)


# An index named as the subject of a move: no measured noun ("l'indice EuroStoxx 50", "l'indice de
# référence", "l'indice phare"); "l'indice des prix" is a measure and stays the metric.
INDEX_MOVE = re.compile(r"indices?\s+(?:[A-Z][\w.&-]*|de\s+référence|phare|vedette)(?![\w-])")


OPENING_NOUN = re.compile(r"(?:Les|La|Le|L['’]|The)\s*([a-zà-ÿ][\w'’-]+(?:\s+(?:de|du|des|d['’]|of)\s*"
                          r"(?:la\s+|l['’]|the\s+)?[a-zà-ÿ][\w'’-]+)?)")


def _antecedent(sentences: list[Sentence], where: list[int], number: int, claim: Claim,
                has_previous: bool) -> FrameSpan | None:
    """What a pronoun before the figure stands for: the noun opening its own sentence ("Les
    dépenses ralentissent : elles augmentent de 3 %"), else the one opening the sentence before
    when no figure came between."""
    own = _opening_noun(sentences[where[number]])
    if own is not None and own.end < claim.start:
        return own
    if where[number] > 0 and (not has_previous or where[number - 1] < where[number] - 1):
        return _opening_noun(sentences[where[number] - 1])
    return None


def _opening_noun(sentence: Sentence) -> FrameSpan | None:
    """The noun opening a sentence after its article, the antecedent of a pronoun that opens
    the next one ("Les dépenses ralentissent. Elles augmentent de 3 %")."""
    match = OPENING_NOUN.match(sentence.text)
    if match is None:
        return None
    return FrameSpan(text=match.group(1), start=sentence.start + match.start(1), end=sentence.start + match.end(1))


# "devrait", "pourrait" are the present's conditional ("l'énergie devrait connaître 40,8 % en
# septembre" on 30 September: a flash estimate), not a past forecast.
PAST_FORECAST = re.compile(r"\b(?:had|avait|avaient)\b|\b(?!(?:dev|pour)(?:rait|raient)\b)\w{3,}(?:ait|aient)\b|"
                           r"\b(?:consensus|analysts?|analystes|économistes|economists)\b",
                           re.IGNORECASE)
# Who expected the figure, named after it: "contre 23,7 milliards attendus par les analystes",
# "+5,4 % attendu par le consensus".
FORECASTERS_AFTER = re.compile(r"\b(?:consensus|analysts?|analystes|économistes|economists)\b", re.IGNORECASE)
AFTER_REACH = 50


def _measured(role: str, period: FramePeriod | None, article_date: str | None, before: str, after: str = "") -> str:
    """A "forecast" of a period already over at the article's date, worded in the present
    ("inflation is expected to be 2.4% in May" on 31 August, "devrait connaître"), is a
    first measurement (a flash estimate): a level. A past forecast ("had forecast",
    "prévoyaient", the consensus) stays one.

    >>> p = FramePeriod(text="in August", start=0, end=9, value="2021-08")
    >>> _measured("forecast", p, "2021-08-31", "Inflation is expected to be "), _measured("forecast", p, "2021-07-30", "")
    ('level', 'forecast')
    >>> _measured("forecast", p, "2021-08-31", "L'énergie devrait connaître "), _measured("forecast", p, "2021-08-31", "Ils prévoyaient ")
    ('level', 'forecast')
    >>> _measured("forecast", p, "2021-08-31", "", " attendus par les analystes")
    'forecast'
    """
    if role != "forecast" or period is None or not period.value or not article_date or PAST_FORECAST.search(before) \
            or FORECASTERS_AFTER.search(after):
        return role
    try:
        covered = parse_period(period.value)
    except PeriodError:
        return role
    written = parse_period(article_date[:7] if len(article_date) >= 7 else article_date)
    return "level" if covered.end <= written.end and covered.kind != "year" else role


# A value fixed by a decision for a near date: "rates will be increased to 1.25%", "le taux sera
# porté à 3 %" (FRAMES.md: a level, not a forecast).
DECIDED = re.compile(r"(?:will\s+be|sera|seront)\s+(?:\w+ly\s+|\w+ment\s+)?(?:increased|raised|cut|lowered|reduced|set|"
                     r"relevée?s?|portée?s?|abaissée?s?|fixée?s?|ramenée?s?)\s+(?:to|à)\b", re.IGNORECASE)


def _decided(role: str, before: str) -> str:
    """A forecast that is a decision's value for a near date is a level (also when its verb
    reads as a revision: "l'accise sera seulement relevée à").

    >>> _decided("forecast", "The deposit rate will be increased to "), _decided("forecast", "Growth will reach ")
    ('level', 'forecast')
    >>> _decided("revision", "dont l'accise sera seulement relevée à ")
    'level'
    """
    return "level" if role in ("forecast", "revision") and DECIDED.search(before) else role


def _names_by_sentence(sentences: list[Sentence], lang: str, known: frozenset[str]):
    """The names of a sentence (``names_in``), read once per sentence however many of its
    figures ask."""
    @cache
    def names(index: int) -> tuple[Found, ...]:
        return tuple(names_in(sentences[index].text, lang, known))
    return names


def _named_before(names: tuple[Found, ...], claims: list[Claim], sentence: Sentence, claim: Claim,
                  metric: FrameSpan | None, sources: frozenset[str]) -> Found | None:
    """The name (of ``names``, the sentence's) nearest before the figure in its sentence,
    outside every figure, the metric and the attribution, and not one the document uses as a
    source."""
    if not names or names[0][1] > claim.start - sentence.start:
        return None  # no name before the figure
    spans = [(c.start, c.end) for c in claims if sentence.start <= c.start < sentence.end]
    if metric is not None:
        spans.append((metric.start, metric.end))

    def free(name: Found) -> bool:
        if name[2].casefold() in sources:
            return False
        start, end = sentence.start + name[0], sentence.start + name[1]
        return not any(start < high and low < end for low, high in spans)

    return nearest_before(sentence.text, list(names), claim.start - sentence.start, free)


def _policy_rate(lang: str, metric: FrameSpan | None) -> bool:
    folded = metric.text.casefold() if metric else ""
    return any(rate in folded for rate in frame_words(lang).metric.policy_rates)


def _topic(text: str, sentences: list[Sentence], names_of, sources: frozenset[str]) -> FrameSpan | None:
    """The name of the headline (else of the lead) the article repeats most, the first one on
    a tie: what figures with no name in reach are about ("Inflation en zone euro" over a
    release that never names the zone again)."""
    for index, sentence in enumerate(sentences[:2]):
        names = [n for n in names_of(index) if n[2].casefold() not in sources]
        if names:
            folded = text.casefold()

            def mentions(name: Found) -> int:  # a capitalised name as written, a lower-case one in any case
                return text.count(name[2]) if name[2][:1].isupper() else folded.count(name[2].casefold())

            start, end, words = max(names, key=lambda n: (mentions(n), -n[0]))
            return FrameSpan(text=words, start=sentence.start + start, end=sentence.start + end)
    return None


def _span(found: Found | None, sentence: Sentence, claim: Claim) -> FrameSpan | None:
    if found is None:
        return None
    start, end, words = found
    start, end = sentence.start + start, sentence.start + end
    attribution = claim.attribution
    if attribution is not None and attribution.start is not None and attribution.end is not None \
            and start < attribution.end and attribution.start < end:
        return None  # never the attribution
    return FrameSpan(text=words, start=start, end=end)


# Words that end the figure's phrase: a unit after them is another noun's ("by 50 points as annual inflation").
LINKING = r"(?:as|and|et|or|ou|of|in|en|à|to|the|le|la|les|des|du|de)(?![\w-])"


@cache
def _per_unit_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    words = frame_words(lang).per_unit
    table = []
    for unit in ("share", "hour", "month", "year", "person"):
        forms = "|".join(re.escape(f).replace("'", "['’]") for f in sorted(getattr(words, unit), key=len, reverse=True))
        table.append((unit, re.compile(rf"^\s*(?:(?!{LINKING})[a-zé]+\s*)?(?:{forms})(?![\w-])"
                                       rf"(?!\s+(?:dernier|passé|prochain|earlier|ago|before|later|plus\s+tôt))",
                                       re.IGNORECASE)))
    return table


def _around(text: str, metric: FrameSpan | None, claim: Claim) -> str:
    """The words around a metric phrase, before the figure: "Earnings per diluted share"."""
    if metric is None:
        return ""
    stop = claim.start if metric.end <= claim.start else metric.end + 25
    return text[max(0, metric.start - 25):min(stop, metric.end + 25)]


def _unit_named(lang: str, around: str, label) -> str | None:
    """The unit the words around a metric or a table's sub-row name: "bénéfice dilué par
    action", "- in dollars per share" (the figure is per share even when the unit is not
    written after it)."""
    for words in [around] + ([label[3]] if label and len(label) > 3 else []):
        for unit, pattern in _units_anywhere(lang):
            if pattern.search(words):
                return unit
    return None


@cache
def _units_anywhere(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Per-unit forms of two words ("par action", "per share"; adjectives such as "mensuelle"
    qualify the metric, not its unit), a glued footnote mark allowed ("par action2")."""
    words = frame_words(lang).per_unit
    table = []
    for unit in ("share", "hour", "month", "person"):
        forms = "|".join(re.escape(f) for f in getattr(words, unit) if " " in f)
        table.append((unit, re.compile(rf"(?<![\w-])(?:{forms or '(?!)'})(?![^\W\d_])", re.IGNORECASE)))
    return table


def per_unit(text: str, lang: str, claim: Claim) -> str | None:
    """"par action", "per share", "de l'heure", "par mois", "par an", "par habitant" right
    after the figure (one word may come between: "5,05 euros brut de l'heure").

    >>> c = Claim(kind="money", text="5,05 dollars", start=0, end=12)
    >>> per_unit("5,05 dollars par action", "fr", c), per_unit("5,05 dollars l'an dernier", "fr", c)
    ('share', None)
    """
    after = text[claim.end:claim.end + 40]
    for unit, pattern in _per_unit_patterns(lang):
        if pattern.search(after):
            return unit
    return None
