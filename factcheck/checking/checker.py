"""Check an article's claims against a reference table: one value verdict per claim, plus
attribution and scale-word findings, each explaining itself.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Iterator

from factcheck.checking.attribution import Attribution, attribution_reader
from factcheck.extraction.finder import find_claims
from factcheck.reference.index import FigureIndex
from factcheck.lang.data import load
from factcheck.lang.detect import resolve
from factcheck.checking.matching import Candidate, Context, collect
from factcheck.frame.period import years_named
from factcheck.models import Claim, DocumentResult, Finding, Reference
from factcheck.decimals import format_decimal
from factcheck.reference.table import Figure, ReferenceTable, load_reference
from factcheck.text.sentences import Sentence, index_of, split
from factcheck.reference.sources import SourceResolver
from factcheck.checking.verdict import (describe, figure_amount, figure_middle, judge, message, readings, span_amount,
                      tolerance)

NEAR_VALUE_CAP = 20
SCALE_WORD_NOTE = {
    "billion": "in French 'billion' means 10^12 (long scale) but 10^9 in English",
    "trillion": "in French 'trillion' means 10^18 (long scale) but 10^12 in English",
}


class Checker:
    """A reusable checker: the reference table and its index are built once."""

    def __init__(self, reference: str | ReferenceTable | None = None, lang: str = "auto"):
        self.table = reference if isinstance(reference, ReferenceTable) else load_reference(reference)
        self.lang = lang
        self.index = FigureIndex(self.table)
        self.resolver = SourceResolver(self.table.sources)

    def check(self, text: str, id: str | None = None, lang: str | None = None,
              date: str | None = None) -> DocumentResult:
        """``date`` (YYYY-MM-DD or YYYY), when known, dates relative years ("l'année dernière")."""
        doc_lang = resolve(lang or self.lang, text)
        year = int(date[:4]) if date and re.fullmatch(r"[0-9]{4}", date[:4]) else None
        claims = find_claims(text, doc_lang)
        sentences = split(text)
        document_hits = self.index.aliases_in(text) if claims else set()
        aliases = AliasCache(self.index)
        findings: list[Finding] = []
        for number, claim in enumerate(claims):
            findings.extend(self.check_claim(number, claim, text, sentences, document_hits, doc_lang,
                                             year, aliases))
        return DocumentResult(id=id, lang=doc_lang, claims=[Claim.model_validate(c) for c in claims],
                              findings=findings)

    def check_many(self, texts: Iterable[str]) -> Iterator[DocumentResult]:
        for text in texts:
            yield self.check(text)

    # -- one claim ------------------------------------------------------------------------
    def check_claim(self, number, claim, text, sentences, document_hits, lang,
                    year: int | None = None, aliases: "AliasCache | None" = None) -> list[Finding]:
        aliases = aliases or AliasCache(self.index)
        sentences = clip(sentences, claim) if sentences else [Sentence(0, len(text), text)]
        where = index_of(sentences, claim["start"])
        own = sentences[where]
        previous = sentences[where - 1] if where > 0 else None
        attribution = attribution_reader(lang).read(text, sentences, where, claim["start"], self.resolver)
        if attribution is not None:
            claim["attribution"] = {"text": attribution.text, "source": attribution.source,
                                    "start": attribution.start, "end": attribution.end}
        context = Context(aliases.of(own), aliases.of(previous), document_hits,
                          years_named(own.text, load(lang).relative_years, year))
        findings = [self.value_finding(number, claim, context, attribution)]
        if attribution is not None:
            findings.extend(self.attribution_findings(number, claim, attribution, findings[0]))
        if lang == "fr" and claim.get("scale_reading"):
            findings.append(self.scale_word_finding(number, claim))
        return findings

    def value_finding(self, number: int, claim: dict, context: Context,
                      attribution: Attribution | None) -> Finding:
        unit = "%" if claim["kind"] == "percent" else claim.get("currency")
        source = attribution.source if attribution else None
        first = readings(claim)[0]
        near = self.index.near_value(unit, first.middle, tolerance(claim, first)) if unit else set()
        if len(near) > NEAR_VALUE_CAP:  # a common value says nothing by itself
            near = {n for n in near if source and self.index.figures[n].source == source}

        def value_ok(figure: Figure) -> int:
            verdict = judge(claim, figure, False).code
            return {"consistent": 2, "scale_mismatch": 1}.get(verdict, 0)

        same_unit = collect(self.index, context, lambda f: f.unit == unit, near, source, value_ok)
        if same_unit:
            best = max(same_unit, key=lambda c: (c.score, -_distance(first.middle, c.figure)))
            finding = self.compare(number, claim, best)
            if finding.code == "consistent" or best.strong:
                return finding
            return self.weak_match(number, claim, best, finding)
        if claim["kind"] == "money" and unit:
            other = [c for c in collect(self.index, context, lambda f: f.unit not in ("%", unit), set(),
                                        source, lambda f: 0) if c.strong]
            if other:
                best = max(other, key=lambda c: c.score)
                return self.currency_finding(number, claim, best)
        return Finding(claim=number, code="unverified", severity="info",
                       message=f"'{claim['text']}': no reference figure matches its subject, unit and "
                               f"value, so it could not be checked.",
                       details={"rule": "no candidate with entity, metric or source evidence"})

    def weak_match(self, number: int, claim: dict, best: Candidate, would_be: Finding) -> Finding:
        figure = best.figure
        return Finding(
            claim=number, code="unverified", severity="info",
            message=f"'{claim['text']}' does not agree with the closest reference, "
                    f"{figure_amount(figure)} for {describe(figure, self.source_name(figure.source))}, "
                    f"but only {', '.join(best.reasons) or 'its value'} links them: too little to call "
                    f"it wrong.",
            reference=self.reference(figure),
            details={"rule": "an error verdict needs the entity near the claim and the metric, or "
                             "the attributed source and one of them",
                     "would_be": would_be.code, "match_score": best.score, "matched_by": best.reasons})

    def compare(self, number: int, claim: dict, best: Candidate) -> Finding:
        figure = best.figure
        verdict = judge(claim, figure, best.period_conflict)
        source_name = self.source_name(figure.source)
        details = {
            "rule": f"value within ±{_fmt(verdict.tolerance)} (half the last stated digit"
                    f"{', 10 % band for a hedged figure' if claim.get('approx') else ''})",
            "claimed": _fmt(verdict.reading.value) if verdict.reading.value is not None
            else [_fmt(verdict.reading.low), _fmt(verdict.reading.high)],
            "reading": verdict.reading.label or None,
            "difference": _fmt(verdict.difference) if verdict.difference is not None else None,
            "tolerance": _fmt(verdict.tolerance),
            "factor": _fmt(verdict.factor) if verdict.factor is not None else None,
            "match_score": best.score,
            "matched_by": best.reasons,
            "reference_note": figure.note,
        }
        return Finding(claim=number, code=verdict.code, severity=verdict.severity,
                       message=message(claim, figure, verdict, source_name),
                       reference=self.reference(figure), details=details)

    def currency_finding(self, number: int, claim: dict, best: Candidate) -> Finding:
        figure = best.figure
        return Finding(
            claim=number, code="currency_mismatch", severity="error",
            message=f"'{claim['text']}' is in {claim.get('currency') or 'an unnamed currency'}, but "
                    f"the reference {figure_amount(figure)} for "
                    f"{describe(figure, self.source_name(figure.source))} is in {figure.unit}.",
            reference=self.reference(figure),
            details={"rule": "same subject, other currency", "match_score": best.score,
                     "matched_by": best.reasons})

    def attribution_findings(self, number, claim, attribution: Attribution, value: Finding) -> list[Finding]:
        found = []
        if attribution.signals:
            probable = attribution.probable or attribution.match
            meant = f"; the text probably meant {self.source_name(probable.source)}" if probable else ""
            found.append(Finding(
                claim=number, code="garbled_attribution", severity="warning",
                message=f"The attribution of '{claim['text']}' looks garbled: "
                        f"{'; '.join(attribution.notes)}{meant}.",
                details={"signals": sorted(set(attribution.signals)), "attribution": attribution.text,
                         "probable_source": probable.source if probable else None,
                         "fuzzy_score": probable.score if probable else None}))
        figure = value.reference
        if attribution.source and figure is not None and value.code != "unverified" \
                and figure.source and figure.source != attribution.source:
            found.append(Finding(
                claim=number, code="attribution_mismatch", severity="error",
                message=f"The text credits '{claim['text']}' to {self.source_name(attribution.source)}, "
                        f"but the reference figure comes from {self.source_name(figure.source)}.",
                reference=figure,
                details={"attribution": attribution.text, "resolved": attribution.source,
                         "fuzzy_score": attribution.match.score if attribution.match else None}))
        return found

    def scale_word_finding(self, number: int, claim: dict) -> Finding:
        word = claim.get("scale_word") or ""
        base = "trillion" if "trillion" in word.lower() else "billion"
        chosen = claim["scale_reading"]
        readings_ = claim.get("scale_readings") or {}
        shown = span_amount(*readings(claim)[0].as_tuple(), claim.get("currency") or "")
        return Finding(
            claim=number, code="ambiguous_scale_word", severity="warning",
            message=f"'{claim['text']}': {SCALE_WORD_NOTE[base]}; it is read here as {shown} "
                    f"({chosen} scale), so write the amount with 'milliards' or digits to remove the doubt.",
            details={"scale_word": word, "reading": chosen, "readings": readings_})

    def source_name(self, source_id: str | None) -> str:
        source = self.table.sources.get(source_id or "")
        return source.name if source else (source_id or "an unknown source")

    def reference(self, figure: Figure) -> Reference:
        source = self.table.sources.get(figure.source)
        return Reference(id=figure.id, value=figure.value, low=figure.low, high=figure.high,
                         unit=figure.unit, period=figure.period, source=figure.source,
                         url=figure.url or (source.url if source else None),
                         entity=figure.entity, metric=figure.metric,
                         source_name=source.name if source else None)


MAX_SENTENCE = 1500  # a longer "sentence" (a list, a table pasted as text) is cut around the claim


def clip(sentences: list[Sentence], claim: dict) -> list[Sentence]:
    """The sentences, with the claim's own cut to a window around it when it is very long,
    so that a 100 KB run-on sentence costs the same per claim as a normal one."""
    where = index_of(sentences, claim["start"])
    own = sentences[where]
    if own.end - own.start <= MAX_SENTENCE:
        return sentences
    start = max(own.start, claim["start"] - MAX_SENTENCE // 2)
    end = min(own.end, claim["end"] + MAX_SENTENCE // 2)
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


def _distance(value: Decimal, figure: Figure) -> Decimal:
    return abs(value - figure_middle(figure))


def _fmt(value: Decimal | None) -> str | None:
    return None if value is None else format_decimal(value)
