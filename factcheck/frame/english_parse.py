"""What an English figure measures, read in ``en_core_web_sm``'s parse (ClearNLP labels) of the
window ``subject.py`` gives it, for the figures the rules of ``english.py`` leave open: the
subject of the verb leading to the figure ("Revenue at the group climbed to $4 billion"), or
the noun the figure completes ("a deficit of 5.1%"). A capitalised subject, or one owning
the noun ("Nvidia's revenue"), is the entity; a pronoun says the metric is carried.

The model is loaded only when installed (``english_model``); without it English frames are
built by rules alone.
"""

from __future__ import annotations

from functools import cache

from factcheck.frame.english import Subject
from factcheck.frame.governors import governors
from factcheck.frame.model_load import load_model
from factcheck.frame.names import Found
from factcheck.frame.vocab import frame_words

PRONOUNS = frozenset(frame_words("en").phrase.pronouns)  # frame_en.toml [phrase]
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NOUNS = ("NOUN", "PROPN")
MODIFIERS = ("compound", "amod", "nmod")


@cache
def english_model():
    """``en_core_web_sm`` without its NER and lemmatizer (names are found by rules), or None
    when it is not installed (it is not on PyPI: English frames then use rules only)."""
    import spacy

    if not spacy.util.is_package("en_core_web_sm"):
        return None
    try:
        return load_model("en_core_web_sm", exclude=["lemmatizer", "ner"])
    except OSError:
        return None


def english_parsed_subject(doc, text: str, start: int, end: int) -> Subject:
    """The subject of the figure at ``start``-``end`` (offsets into ``text``, ``doc.text``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Subject()
    inside = {token.i for token in span}
    token = _metric_token(span.root, inside)
    if token is None:
        token = _nearest_subject(doc, span.start)
    if token is None:
        return Subject()
    if token == "pronoun":
        return Subject(pronoun=True)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.text[:1].isupper()), None)
    entity = None if owner is None else _found(owner, owner)
    if token.pos_ == "PROPN" and token.text not in frame_words("en").metric.acronyms:
        return Subject(entity=_found(token, token))  # "Apple rose 2%": a name
    return Subject(metric=_phrase(token, inside), entity=entity)


def _metric_token(root, inside: set[int]):
    """The subject of the verb the figure hangs from, or the noun it completes ("a deficit
    of 5%"); "pronoun" when that subject is a pronoun."""
    for node, child, subjects in governors(root, inside, SUBJECT_DEPS):
        if subjects:
            if subjects[0].dep_ == "nsubj" and node.text.casefold() in _forecasters():
                return None  # "analysts expected 5%": who forecasts measures nothing
            return _usable_or_pronoun(subjects[0])
        if child.dep_ == "pobj" and node.dep_ == "prep" and node.text.casefold() == "of" \
                and node.head.pos_ == "NOUN" and _usable(node.head):
            return node.head
    return None
    return None


@cache
def _forecasters() -> frozenset[str]:
    """Verbs whose active subject forecasts the figure ("expected", "predicts"): the
    language's forecast words of one word."""
    return frozenset(w.casefold() for w in frame_words("en").roles.forecast if " " not in w)


def _nearest_subject(doc, first: int):
    """The last noun subject before the figure, when the parse cut it off from its verb."""
    for token in reversed(doc[:first]):
        if token.dep_ in SUBJECT_DEPS and _usable_or_pronoun(token) not in (None, "pronoun") \
                and not (token.dep_ == "nsubj" and token.head.text.casefold() in _forecasters()):
            return token
    return None


def _usable_or_pronoun(token):
    if token.pos_ == "PRON" or token.text.casefold() in PRONOUNS:
        return "pronoun"
    return token if _usable(token) else None


def _usable(token) -> bool:
    """A noun that can head a metric: not a generic word ("year", "forecast")."""
    return token.pos_ in NOUNS and token.is_alpha and len(token.text) > 1 \
        and token.text.casefold() not in frame_words("en").metric.not_heads


def _phrase(head, inside: set[int]) -> Found:
    """The head noun with the compounds and adjectives before it ("core consumer price
    inflation"), left of any owner."""
    first = head
    while first.i > 0:  # each word just before that modifies a word of the phrase ("consumer" of "price")
        before = head.doc[first.i - 1]
        if before.dep_ not in MODIFIERS or before.i in inside or not first.i <= before.head.i <= head.i:
            break
        first = before
    return _found(first, head)


def _found(first, last) -> Found:
    start, end = first.idx, last.idx + len(last.text)
    return start, end, first.doc.text[start:end]
