"""Which path a frame's subject takes: rules, or a model's parse of the windows they leave
open. ``en_core_web_sm`` is not installable here (not on PyPI), so the English model is
replaced by a pipeline built offline that returns a hand-written parse: these tests check the
switch and the reading of a parse, not the real model's accuracy."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from factcheck.extraction.finder import find_claims
from factcheck.frame import english_parse, subject
from factcheck.frame.build import add_frames

# A sentence the English rules leave open (a comma aside between subject and verb), with
# the parse a dependency model would give it: (head index, label, part of speech) per token.
ASIDE = "Profit, analysts had warned for weeks before the results, slipped 4%."
ASIDE_PARSE = [(11, "nsubj", "NOUN"), (11, "punct", "PUNCT"), (4, "nsubj", "NOUN"), (4, "aux", "AUX"),
               (11, "parataxis", "VERB"), (4, "prep", "ADP"), (5, "pobj", "NOUN"), (4, "prep", "ADP"),
               (9, "det", "DET"), (7, "pobj", "NOUN"), (11, "punct", "PUNCT"), (11, "ROOT", "VERB"),
               (13, "nummod", "NUM"), (11, "dobj", "NOUN"), (11, "punct", "PUNCT")]


class HandParser:
    """Stands for an installed model: tokenizes with a blank English pipeline and gives each
    window it knows its hand-written parse; records every window it is asked to read."""

    def __init__(self, parses: dict[str, list[tuple[int, str, str]]]):
        self.blank = spacy.blank("en")
        self.parses = parses
        self.read: list[str] = []

    def pipe(self, texts, batch_size: int = 64):
        for text in texts:
            self.read.append(text)
            tokens = self.blank(text)
            heads, deps, pos = zip(*self.parses[text])
            yield Doc(self.blank.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
                      heads=list(heads), deps=list(deps), pos=list(pos))


def framed(text: str, lang: str = "en"):
    return [claim.frame for claim in add_frames(text, lang, find_claims(text, lang))]


def test_english_without_the_model_uses_rules_only(monkeypatch):
    def no_load(*args, **kwargs):
        raise AssertionError("spacy.load called for a model that is not installed")

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    monkeypatch.setattr(spacy, "load", no_load)
    english_parse.english_model.cache_clear()
    try:
        assert english_parse.english_model() is None
        assert framed(ASIDE)[0].metric is None  # the rules find no subject across the aside
        assert framed("Nvidia's revenue rose to $35.1 billion.")[0].metric.text == "revenue"
    finally:
        english_parse.english_model.cache_clear()


def test_english_model_is_loaded_when_installed(monkeypatch):
    loaded = []
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm")
    monkeypatch.setattr(spacy, "load", lambda name, exclude=(): loaded.append((name, tuple(exclude))) or "model")
    english_parse.english_model.cache_clear()
    try:
        assert english_parse.english_model() == "model"
        assert english_parse.english_model() == "model"
    finally:
        english_parse.english_model.cache_clear()
    assert loaded == [("en_core_web_sm", ("lemmatizer", "ner"))]  # loaded once, without its NER


def test_english_model_parses_the_window_the_rules_leave_open(monkeypatch):
    parser = HandParser({ASIDE: ASIDE_PARSE})
    monkeypatch.setattr(subject, "english_model", lambda: parser)
    frame = framed(ASIDE)[0]
    assert parser.read == [ASIDE]
    assert (frame.metric.text, frame.metric.start, frame.metric.end) == ("Profit", 0, 6)
    assert frame.entity is None


def test_english_model_not_asked_where_the_rules_decide(monkeypatch):
    parser = HandParser({})
    monkeypatch.setattr(subject, "english_model", lambda: parser)
    frame = framed("Nvidia's revenue rose to $35.1 billion.")[0]
    assert parser.read == []
    assert (frame.metric.text, frame.entity.text) == ("revenue", "Nvidia")


def test_english_parse_reads_a_pronoun_and_a_name():
    blank = spacy.blank("en")

    def doc(words, heads, deps, pos):
        return Doc(blank.vocab, words=words, heads=heads, deps=deps, pos=pos)

    pronoun = doc(["It", "reached", "12.5", "%"], [1, 1, 3, 1], ["nsubj", "ROOT", "nummod", "dobj"],
                  ["PRON", "VERB", "NUM", "NOUN"])
    assert english_parse.english_parsed_subject(pronoun, pronoun.text, 11, 17).pronoun
    name = doc(["Apple", "gained", "2", "%"], [1, 1, 3, 1], ["nsubj", "ROOT", "nummod", "dobj"],
               ["PROPN", "VERB", "NUM", "NOUN"])
    found = english_parse.english_parsed_subject(name, name.text, 13, 16)
    assert (found.metric, found.entity) == (None, (0, 5, "Apple"))
    forecasters = doc(["Analysts", "expected", "5", "%"], [1, 1, 3, 1], ["nsubj", "ROOT", "nummod", "dobj"],
                      ["NOUN", "VERB", "NUM", "NOUN"])
    assert english_parse.english_parsed_subject(forecasters, forecasters.text, 18, 21) == english_parse.Subject()
    of = doc(["a", "deficit", "of", "5.1", "%"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "nummod", "pobj"],
             ["DET", "NOUN", "ADP", "NUM", "NOUN"])
    assert english_parse.english_parsed_subject(of, of.text, 13, 18).metric == (2, 9, "deficit")


def test_french_window_not_parsed_without_a_word_before_its_figures(monkeypatch):
    asked = []

    class Recorder:
        def pipe(self, texts, batch_size=64):
            asked.extend(texts)
            return iter(())

    monkeypatch.setattr(subject, "french_model", lambda: Recorder())
    found = subject.french_subjects(["23 euros.", "Au total 4 000 euros."], [[(0, 8)], [(9, 20)]])
    assert found[0][0] == subject.Subject()
    assert asked == ["Au total 4 000 euros."]  # only the sentence with words before its figure


# A metric of several words whose first modifies the second, not the head ("consumer" of
# "price"), as inflation copy writes it ("core consumer price inflation"), behind an aside.
CHAIN = "Core consumer price inflation, officials had warned, slowed to 2.1%."
CHAIN_PARSE = [(3, "amod", "ADJ"), (2, "compound", "NOUN"), (3, "compound", "NOUN"), (9, "nsubj", "NOUN"),
               (9, "punct", "PUNCT"), (7, "nsubj", "NOUN"), (7, "aux", "AUX"), (9, "parataxis", "VERB"),
               (9, "punct", "PUNCT"), (9, "ROOT", "VERB"), (9, "prep", "ADP"), (12, "nummod", "NUM"),
               (10, "pobj", "NOUN"), (9, "punct", "PUNCT")]


def test_english_model_phrase_takes_the_whole_modifier_chain(monkeypatch):
    monkeypatch.setattr(subject, "english_model", lambda: HandParser({CHAIN: CHAIN_PARSE}))
    assert framed(CHAIN)[0].metric.text == "Core consumer price inflation"


def test_english_model_phrase_stops_at_a_word_outside_the_phrase(monkeypatch):
    # negative: the aside's subject ("officials") is not glued to the metric
    monkeypatch.setattr(subject, "english_model", lambda: HandParser({ASIDE: ASIDE_PARSE}))
    assert framed(ASIDE)[0].metric.text == "Profit"


def test_charsets_once_compiles_the_same_patterns(monkeypatch):
    """The French tokenizer's own patterns compile to the same code with ``charsets_once`` as
    without it (``re.Pattern`` equality compares flags, pattern and compiled code), with far
    fewer calls to the step it saves, and the step is put back after the block."""
    import re
    from re import _compiler

    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH
    from factcheck.frame.model_load import charsets_once

    calls = []
    real = _compiler._optimize_charset

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(_compiler, "_optimize_charset", counting)
    source = TOKEN_MATCH.__self__
    plain, plain_calls = _compiler.compile(source.pattern, source.flags), len(calls)
    calls.clear()
    with charsets_once():
        once = _compiler.compile(source.pattern, source.flags)
        mixed = [_compiler.compile("[a-zßſİ]+", flags) for flags in (re.I, 0, re.I | re.A)]
    assert once == plain and once is not plain
    assert len(calls) < plain_calls / 5  # each distinct class optimised once
    assert mixed == [_compiler.compile("[a-zßſİ]+", flags) for flags in (re.I, 0, re.I | re.A)]
    assert _compiler._optimize_charset is counting  # put back after the block
    # negative: a different class compiles to different code
    assert _compiler.compile("[a-z]+", re.I) != _compiler.compile("[a-y]+", re.I)
