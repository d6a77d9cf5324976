"""Check an article's claims against a reference table: one value verdict per claim, plus
attribution and scale-word findings, each explaining itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from itertools import islice
from typing import Iterable, Iterator, NamedTuple

from factcheck.checking import messages
from factcheck.checking.article import AliasCache, Article, Crowd, as_read, clip, sentence_years_of, value_key
from factcheck.checking.attribution import Credit, attribution_reader
from factcheck.checking.by_value import NEAR_VALUE_CAP, found_by_value, period_slip, scale_slip
from factcheck.checking.cue_words import ranked_groups
from factcheck.checking.gate import (FORECAST_ROLES, ClaimFacts, counterfactual_in, is_change, level_reached,
                                     missing_for_error, move_direction, moved_by, sure_of_figure)
from factcheck.checking.matching import Candidate, Context, collect, is_outlook, kin_metric_named
from factcheck.checking.period_cues import without_dateline
from factcheck.checking.periods import carried_period, claim_period, clause_windows
from factcheck.checking.verdict import Verdict, figure_middle, judge, readings, tolerance
from factcheck.extraction.finder import find_claims
from factcheck.frame.build import FrameInput, add_frames_many
from factcheck.frame.role import roles_of
from factcheck.lang.detect import resolve
from factcheck.models import (Attribution, AttributionDetails, CheckedAgainst, Claim, CurrencyDetails, DocumentResult,
                              Finding, FindingCode, GarbleDetails, NoMatchDetails, Reference,
                              ScaleWordDetails, Severity, ValueDetails, WeakMatchDetails)
from factcheck.reference.index import FigureIndex, singular
from factcheck.reference.sources import SourceResolver
from factcheck.reference.table import Figure, ReferenceTable, load_reference
from factcheck.text.fold import fold
from factcheck.text.sentences import Sentence, index_of, split

class _Read(NamedTuple):
    """A document as extraction leaves it: its text, language, year and date, claims, its
    sentences and the claims' roles, and its frames when a batch built them already."""
    text: str
    lang: str
    year: int | None
    date: str | None
    claims: tuple[Claim, ...]
    sentences: list[Sentence]
    roles: tuple[str, ...]
    frames: tuple | None = None


RESTATED_REACH = 8  # claims of the same value a restated credit is looked for in, the nearest first
TOGETHER = 16  # texts ``check_many`` checks at once (with frames, one parse for them)
NEXT_TO = 40  # "soit une marge opérationnelle de 21,3 %": a metric written just before its figure
__all__ = ["AliasCache", "Article", "Checker"]



class Checker:
    """A reusable checker: the reference table and its index are built once."""

    def __init__(self, reference: str | ReferenceTable | None = None, lang: str = "auto", frames: bool = False):
        """``frames``: give each claim its frame (frame/build.py) and read its role from it; the
        frame runs the spaCy parser (about five times the checking time); without it, roles come
        from the role reader the frame starts from (frame/role.py). Same verdicts on our check
        sets either way."""
        self.frames = frames
        self.table = reference if isinstance(reference, ReferenceTable) else load_reference(reference)
        self.lang = lang
        given = None if reference is None or isinstance(reference, ReferenceTable) else str(reference)
        self.checked_against = CheckedAgainst(
            reference=given or ("bundled" if reference is None else "a table given in Python"),
            bundled_demo=reference is None, sources=len(self.table.sources),
            figures=len(self.table.figures))
        self.index = FigureIndex(self.table)
        self.figures_by_id = {figure.id: figure for figure in self.table.figures}
        self.figures_index = {figure.id: number for number, figure in enumerate(self.table.figures)}
        self.resolver = SourceResolver(self.table.sources)
        topics = Counter((figure.entity, figure.metric) for figure in self.table.figures)
        self.lone = frozenset(f.id for f in self.table.figures if topics[(f.entity, f.metric)] == 1)

    def check(self, text: str, id: str | None = None, lang: str | None = None,
              date: str | None = None) -> DocumentResult:
        """``date`` (YYYY-MM-DD or YYYY), when known, dates relative years ("l'année dernière")."""
        read = self._read(text, lang, date)
        return self._checked(self._framed_together([read])[0] if self.frames else read, id)

    def check_batch(self, documents: list[tuple[str, str | None, str | None, str | None]]
                    ) -> list[DocumentResult | Exception]:
        """``check`` of each (text, id, lang, date), in order. With frames, the parser reads the
        windows of all of them at once (faster than one by one; the same results). A document
        that raises gives its exception in its place, and the others are checked all the same."""
        read: list[_Read | Exception] = []
        for text, _, lang, date in documents:
            try:
                read.append(self._read(text, lang, date))
            except Exception as error:  # one bad document never stops the others
                read.append(error)
        if self.frames:
            read = self._framed_together(read)
        results: list[DocumentResult | Exception] = []
        for item, (_, id, _, _) in zip(read, documents):
            try:
                results.append(item if isinstance(item, Exception) else self._checked(item, id))
            except Exception as error:
                results.append(error)
        return results

    def _framed_together(self, read: list["_Read | Exception"]) -> list["_Read | Exception"]:
        """The documents read, each with its frames built in one batch (when that fails, each
        builds its own later, so one bad document costs only its own)."""
        ready = [n for n, item in enumerate(read) if not isinstance(item, Exception) and item.claims]
        try:
            framed = add_frames_many([FrameInput(read[n].text, read[n].lang, list(read[n].claims), read[n].date,
                                                 read[n].sentences, list(read[n].roles)) for n in ready])
        except Exception:
            return read
        read = list(read)
        for n, claims in zip(ready, framed):
            read[n] = read[n]._replace(frames=tuple(c.frame for c in claims))
        return read

    def _read(self, text: str, lang: str | None, date: str | None) -> "_Read":
        doc_lang = resolve(lang or self.lang, text)
        year = int(date[:4]) if date and re.fullmatch(r"[0-9]{4}", date[:4]) else None
        claims = find_claims(text, doc_lang)
        sentences = split(text)  # split once: the roles (and frames) read the text as written, the checker without its dateline
        return _Read(text, doc_lang, year, date if year else None, tuple(claims), sentences,
                     tuple(roles_of(text, doc_lang, claims, sentences)) if claims else ())

    def _checked(self, read: "_Read", id: str | None) -> DocumentResult:
        text, doc_lang, year, claims = read.text, read.lang, read.year, list(read.claims)
        sentences = without_dateline(read.sentences)
        article = Article(text, sentences, self.index.aliases_in(as_read(text, sentences)) if claims else set(),
                          doc_lang, year, AliasCache(self.index), tuple(claims), read.roles, read.date,
                          frozenset(m.source for m in self.resolver.find_all(text)) if claims else frozenset(),
                          self.frames, built_frames=read.frames)
        complete: list[Claim] = []
        findings: list[Finding] = []
        for number, claim in enumerate(claims):
            claim, found = self.check_claim(number, claim, article)
            if self.frames and number < len(article.frames):
                claim = claim.model_copy(update={"frame": article.frames[number]})
            complete.append(claim)
            findings.extend(found)
        return DocumentResult(id=id, lang=doc_lang, claims=complete, findings=findings,
                              checked_against=self.checked_against)

    def check_many(self, texts: Iterable[str]) -> Iterator[DocumentResult]:
        """``check`` of each text, in order, checked ``TOGETHER`` at a time (``check_batch``);
        a text that fails raises where its result would come."""
        texts = iter(texts)
        while chunk := list(islice(texts, TOGETHER)):
            for result in self.check_batch([(text, None, None, None) for text in chunk]):
                if isinstance(result, Exception):
                    raise result
                yield result

    # -- one claim ------------------------------------------------------------------------
    def check_claim(self, number: int, claim: Claim, article: "Article") -> tuple[Claim, list[Finding]]:
        """The claim completed with its attribution, and its findings."""
        sentences, where = self.claim_sentences(claim, article)
        own = sentences[where]
        previous = sentences[where - 1] if where > 0 else None
        credit = attribution_reader(article.lang).read(article.text, sentences, where, claim.start, self.resolver)
        claim = with_attribution(claim, credit)
        local = article.claims_within(own.start, own.end)  # the claims of its sentence
        year = article.year_of(claim, sentences, where, local)
        said = claim_period(claim, own, local, article.lang, article.year, article.date,
                            year.written if year.base else None)
        role = article.role_of(number)  # a move written just before it ("by", "de") may make it a change
        before = article.text[max(own.start, claim.start - 60):claim.start]
        if role == "level" and moved_by(before, article.lang):
            role = "change"
        way = move_direction(before, article.lang) if claim.direction is None else None
        judged = claim.model_copy(update={"direction": way}) if way else claim  # "devraient baisser de 15 %"
        context = Context(article.aliases.of(own), article.aliases.of(previous), article.document_hits,
                          sentence_years_of(claim, own, article, local), said,
                          year.year if year.where == "clause" else None,
                          year.where == "clause" and len(year.written or "") == 4,
                          None if said else carried_period(sentences, where, article.lang, article.year, article.date))
        facts = ClaimFacts(
            year, role, self._named_in(article, own)[1],
            entities_in_clause=self.clause_entities(claim, own, local),
            near_words=frozenset(singular(w) for w in fold(own.text + " " + (previous.text if previous else "")).split()),
            sole_entity=article.sole_entity, next_to=self.index.aliases_in(
                article.text[max(own.start, claim.start - NEXT_TO, *(c.end for c in local if c.end <= claim.start)):claim.start]),
            counterfactual=counterfactual_in(own.text, article.lang), lone=self.lone, sources_named=article.sources,
            latest_year=article.latest_year,
            level_reached=level_reached(article.text[max(own.start, claim.start - 30):claim.start], article.lang),
            credited=credit.source if credit is not None else self.restated_source(claim, article, sentences, where),
            credited_elsewhere=credit is None, period_named=said, ranked_in=self.ranked_in(own.text, article.lang))
        neighbours = [other for other in local  # points crowd no rate
                      if other.kind == claim.kind and other.start != claim.start and other.points == claim.points]
        crowded = Crowd(bool(neighbours), said is not None and all(
            claim_period(other, own, local, article.lang, article.year, article.date) not in (said, None)
            for other in neighbours) or year.where == "clause" and all(
            article.year_of(other, sentences, where, local).year not in (year.year, None)
            for other in neighbours), all(bool(o.direction or o.points) for o in neighbours), tuple(neighbours))
        value, sure = self.value_finding(number, judged, context, credit, crowded, facts)
        findings = [value]
        if value.details is not None and value.details.rule == messages.RULE_ROLE:
            findings.append(self.role_finding(number, claim, value))
        if credit is not None:
            findings.extend(self.attribution_findings(number, claim, credit, value if sure else None))
        if article.lang == "fr" and claim.scale_reading:
            findings.append(self.scale_word_finding(number, claim))
        return claim, findings

    def restated_source(self, claim: Claim, article: "Article", sentences: list[Sentence], where: int) -> str | None:
        """The source the text credits the same figure to in another sentence: a headline or a
        lead restates the figure its body credits ("Le déficit public a atteint 5,8 % du PIB"
        over "…s'est élevé à 5,8 % du PIB, a annoncé l'Insee"). The same figure: the same
        value, kind and unit, a metric of the table named in both sentences, and no entity
        of the table named in one that the other does not name. Only the ``RESTATED_REACH``
        nearest claims of that value are asked. None when none of them is credited to a source
        of the table."""
        key = value_key(claim)
        if not any(key[1:4]):  # zero (or no value): no figure to recognise
            return None
        own = self._named_in(article, sentences[where])
        if not own[0]:
            return None
        same = sorted((c for c in article.same_value.get(key, ()) if c.start != claim.start),
                      key=lambda c: abs(c.start - claim.start))[:RESTATED_REACH]
        for other in same:
            there = index_of(sentences, other.start)
            if there == where:
                continue
            metrics, entities = self._named_in(article, sentences[there])
            if not own[0] & metrics or own[1] != entities and own[1] and entities:
                continue
            if other.start not in article.credits_read:
                credit = attribution_reader(article.lang).read(article.text, sentences, there, other.start,
                                                               self.resolver)
                article.credits_read[other.start] = credit.source if credit is not None else None
            if article.credits_read[other.start]:
                return article.credits_read[other.start]
        return None

    def _named_in(self, article: "Article", sentence: Sentence) -> tuple[frozenset[str], frozenset[str]]:
        """The table's metrics and entities a sentence names (by any of their aliases)."""
        aliases = article.aliases.of(sentence)
        return tuple(frozenset(getattr(self.index.figures[hit.figure], field)
                               for hit in self.index.hits(aliases, field, narrow_only=False))
                     for field in ("metric", "entity"))

    def ranked_in(self, sentence: str, lang: str) -> frozenset[str]:
        """The table's entities a sentence names as the group a figure is ranked in."""
        return frozenset(self.index.figures[hit.figure].entity for start, end in ranked_groups(sentence, lang)
                         for hit in self.index.hits(self.index.aliases_in(sentence[start:end]), "entity",
                                                    narrow_only=False))

    def clause_entities(self, claim: Claim, own: Sentence, local: tuple[Claim, ...]) -> frozenset[str]:
        """The table's entities named in the claim's own clause ("1.6% in the EU", not the euro area
        of the next figure)."""
        words = " ".join(own.text[start - own.start:end - own.start] for start, end in clause_windows(claim, own, local))
        return frozenset(self.index.figures[hit.figure].entity
                         for hit in self.index.hits(self.index.aliases_in(words), "entity", narrow_only=False))

    @staticmethod
    def claim_sentences(claim: Claim, article: "Article") -> tuple[list[Sentence], int]:
        """The article's sentences (the claim's own clipped when very long) and its index."""
        text = article.text
        sentences = clip(article.sentences, claim) if article.sentences else [Sentence(0, len(text), text)]
        return sentences, index_of(sentences, claim.start)

    def attributed_claims(self, text: str, lang: str | None = None) -> list[Claim]:
        """The claims of ``text`` completed with their attribution, without any verdict
        (for the spaCy component and other extract-only callers)."""
        doc_lang = resolve(lang or self.lang, text)
        article = Article(text, split(text), set(), doc_lang, None, AliasCache(self.index))
        reader = attribution_reader(doc_lang)
        completed = []
        for claim in find_claims(text, doc_lang):
            sentences, where = self.claim_sentences(claim, article)
            completed.append(with_attribution(claim, reader.read(text, sentences, where, claim.start,
                                                                 self.resolver)))
        return completed

    def value_finding(self, number: int, claim: Claim, context: Context, credit: Credit | None,
                      crowd: "Crowd", facts: ClaimFacts) -> tuple[Finding, bool]:
        """The claim's value verdict, and whether its reference is sure enough to judge the
        attribution by. ``crowd``: the sentence gives other figures of the same kind, so naming
        the figure's entity and metric there does not say which of them it is: no accusation,
        unless the claim's own month or quarter is the figure's and not its neighbours'."""
        unit = "%" if claim.kind == "percent" else claim.currency
        source = credit.source if credit else None
        first = readings(claim)[0]
        near = self.index.near_value(unit, first.middle, tolerance(claim, first)) if unit else set()
        if len(near) > NEAR_VALUE_CAP:  # a common value says nothing by itself
            near = {n for n in near if source and self.index.figures[n].source == source}

        def value_ok(figure: Figure) -> int:
            verdict = judge(claim, figure, False).code
            return {FindingCode.consistent: 2, FindingCode.scale_mismatch: 1}.get(verdict, 0)

        same_unit = collect(self.index, context, lambda f: f.unit == unit, near, source, value_ok)
        if same_unit:
            best = max(same_unit, key=lambda c: (c.score, -_distance(first.middle, c.figure)))
            found, sure = self.verdict_on(number, claim, best, crowd, facts, context)
            if found.code is not FindingCode.unverified:
                return found, sure
        else:
            found = Finding(claim=number, code=FindingCode.unverified, severity=Severity.info,
                            message=messages.no_match(claim.text), details=NoMatchDetails(rule=messages.RULE_NO_MATCH))
        by_value = found_by_value(self.index, claim, unit, context, facts)
        if by_value is not None:
            return self.compare(number, claim, by_value), False
        slip = period_slip(self.index, claim, unit, context, facts)
        if slip is not None:
            return self.compare(number, claim, slip), False
        slip = scale_slip(self.index, claim, unit, context, facts)
        if slip is not None:
            return self.compare(number, claim, slip), False
        if claim.kind == "money" and unit and not claim.currency_inferred:  # an implied currency accuses no one
            other = [c for c in collect(self.index, context, lambda f: f.unit not in ("%", unit), set(),
                                        source, lambda f: 0)
                     if judge(claim, c.figure, False).code is FindingCode.consistent  # the same amount,
                     and sure_of_figure(claim, c, facts)]  # metric, entity and period: another currency
            if other:
                best = max(other, key=lambda c: c.score)
                return self.currency_finding(number, claim, best), True
        return found, False

    def verdict_on(self, number: int, claim: Claim, best: Candidate, crowd: "Crowd",
                   facts: ClaimFacts, context: Context) -> tuple[Finding, bool]:
        """The verdict against the best candidate, once the gate (gate.py) has had its say."""
        finding = self.compare(number, claim, best)
        crowded = crowd.crowded and not crowd.sets_apart(claim, best, facts, finding.code in (
            FindingCode.consistent, FindingCode.scale_mismatch))
        figure = best.figure
        claimed, reference = finding_values(finding, claim, figure)
        facts = replace(facts, metric_next_to=self.index.names(
            self.figures_index[figure.id], "metric", facts.next_to) is not None)
        missing = missing_for_error(claim, best, finding, facts, claimed, reference)
        if finding.code is FindingCode.consistent:
            if is_change(claim, facts.role) and figure.role in ("level", "share"):
                if best.strong and not best.period_conflict and not crowded and not facts.level_reached:
                    return self.weak_match(number, claim, best, finding, missing=[messages.MISSING_CHANGE],
                                           rule=messages.RULE_ROLE), False
            kin = "metric_own" not in best.found and kin_metric_named(self.index, figure, Context(
                context.own, set(), context.document, set()))
            return finding, sure_of_figure(claim, best, facts, kin)
        if finding.code is FindingCode.period_mismatch:  # the value agrees: only the period conflict is missing
            missing = [m for m in missing if not m.startswith("the text ") and m != messages.MISSING_PREVIOUS]
            if facts.role not in FORECAST_ROLES and is_outlook(figure):  # an outturn that equals a forecast
                missing.append(messages.MISSING_FORECAST)  # of another year says nothing of its period
        if crowded:
            return self.weak_match(number, claim, best, finding, True), False
        if missing:
            return self.weak_match(number, claim, best, finding, missing=missing), False
        return finding, True

    def weak_match(self, number: int, claim: Claim, best: Candidate, would_be: Finding,
                   crowded: bool = False, missing: list[str] | None = None, rule: str | None = None) -> Finding:
        if crowded:
            message, rule = messages.crowded_match(claim.text, self.figure_text(best.figure)), messages.RULE_CROWDED
        else:
            message = messages.missing_match(claim.text, self.figure_text(best.figure), missing or [
                messages.MISSING_STRONG])
            rule = rule or f"{messages.RULE_MISSING}; missing: {'; '.join(missing or [messages.MISSING_STRONG])}"
        return Finding(
            claim=number, code=FindingCode.unverified, severity=Severity.info, message=message,
            reference=self.reference(best.figure),
            details=WeakMatchDetails(rule=rule, would_be=would_be.code, match_score=best.score,
                                     matched_by=best.reasons))

    def role_finding(self, number: int, claim: Claim, value: Finding) -> Finding:
        """Added to an ``unverified`` value verdict: a change in the text ("a augmenté de 7,3 %")
        whose value is, on a strong match of the right period, the figure's level or share."""
        figure = self.figures_by_id[value.reference.id]
        return Finding(
            claim=number, code=FindingCode.role_mismatch, severity=Severity.warning,
            message=messages.role_mismatch(f"'{claim.text}'", figure.role or "level", self.figure_text(figure)),
            reference=value.reference,
            details=WeakMatchDetails(rule=messages.RULE_ROLE, would_be=FindingCode.consistent,
                                     match_score=value.details.match_score, matched_by=value.details.matched_by))

    def compare(self, number: int, claim: Claim, best: Candidate) -> Finding:
        figure = best.figure
        verdict = judge(claim, figure, best.near_conflict)
        reading = verdict.reading
        details = ValueDetails(
            rule=messages.rule_tolerance(verdict.tolerance, claim.approx),
            claimed=reading.value if reading.value is not None else [reading.low, reading.high],
            reading=reading.label or None, difference=verdict.difference, tolerance=verdict.tolerance,
            factor=verdict.factor, match_score=best.score, matched_by=best.reasons,
            reference_note=figure.note)
        return Finding(claim=number, code=verdict.code, severity=verdict.severity,
                       message=self.verdict_message(claim, figure, verdict),
                       reference=self.reference(figure), details=details)

    def verdict_message(self, claim: Claim, figure: Figure, verdict: Verdict) -> str:
        reading = verdict.reading
        said = f"'{claim.text}' ({messages.span_amount(*reading.as_tuple(), figure.unit)})"
        ref = self.figure_text(figure)
        tol = messages.gap(verdict.tolerance, figure.unit)
        if verdict.code is FindingCode.consistent:
            other = reading.label if reading.label in ("long", "short") and reading.label != claim.scale_reading \
                else None
            return messages.consistent(said, ref, tol, other)
        if verdict.code is FindingCode.period_mismatch:
            return messages.period_mismatch(said, ref)
        if verdict.code is FindingCode.scale_mismatch:
            return messages.scale_mismatch(said, verdict.factor, ref)
        diff = messages.gap(abs(verdict.difference), figure.unit) if verdict.difference is not None else "?"
        share = messages.share_of(reading.middle - figure_middle(figure), figure_middle(figure), figure.unit)
        return messages.value_mismatch(said, ref, diff, share, tol)

    def currency_finding(self, number: int, claim: Claim, best: Candidate) -> Finding:
        figure = best.figure
        return Finding(
            claim=number, code=FindingCode.currency_mismatch, severity=Severity.error,
            message=messages.currency_mismatch(claim.text, claim.currency, self.figure_text(figure),
                                               figure.unit),
            reference=self.reference(figure),
            details=CurrencyDetails(rule=messages.RULE_CURRENCY, match_score=best.score,
                                    matched_by=best.reasons))

    def attribution_findings(self, number: int, claim: Claim, credit: Credit, value: Finding | None) -> list[Finding]:
        """Garbles; and an attribution mismatch when ``value`` (the value verdict, None when its
        reference is not sure to be the claim's figure) names a figure of other sources."""
        found = []
        if credit.signals:
            probable = credit.probable or credit.match
            found.append(Finding(
                claim=number, code=FindingCode.garbled_attribution, severity=Severity.warning,
                message=messages.garbled_attribution(
                    claim.text, credit.notes, self.source_name(probable.source) if probable else None),
                details=GarbleDetails(signals=sorted(set(credit.signals)), attribution=credit.text,
                                      probable_source=probable.source if probable else None,
                                      fuzzy_score=probable.score if probable else None)))
        figure = value.reference if value is not None else None
        row = self.figures_by_id.get(figure.id) if figure is not None else None
        if credit.source and row is not None and value is not None and value.code is not FindingCode.unverified \
                and not row.accepts_source(credit.source):  # any of the row's sources will do
            found.append(Finding(
                claim=number, code=FindingCode.attribution_mismatch, severity=Severity.error,
                message=messages.attribution_mismatch(claim.text, self.source_name(credit.source),
                                                      self.source_name(figure.source)),
                reference=figure,
                details=AttributionDetails(attribution=credit.text, resolved=credit.source,
                                           fuzzy_score=credit.match.score if credit.match else None)))
        return found

    def scale_word_finding(self, number: int, claim: Claim) -> Finding:
        word = claim.scale_word or ""
        base = "trillion" if "trillion" in word.lower() else "billion"
        shown = messages.span_amount(*readings(claim)[0].as_tuple(), claim.currency or "")
        return Finding(
            claim=number, code=FindingCode.ambiguous_scale_word, severity=Severity.warning,
            message=messages.ambiguous_scale_word(claim.text, base, shown, claim.scale_reading),
            details=ScaleWordDetails(scale_word=word, reading=claim.scale_reading,
                                     readings=claim.scale_readings or {}))

    def figure_text(self, figure: Figure) -> str:
        """"588 400 000 000 USD for Global semiconductor market, sales forecast 2024 (SIA)"."""
        return (f"{messages.span_amount(figure.value, figure.low, figure.high, figure.unit)} for "
                f"{messages.describe(figure.entity, figure.metric, figure.period, self.source_name(figure.source))}")

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


def finding_values(finding: Finding, claim: Claim, figure: Figure) -> tuple[Decimal, Decimal]:
    """The claimed value the finding read and the figure's, for the same-order test."""
    claimed = finding.details.claimed if hasattr(finding.details, "claimed") else claim.value
    if isinstance(claimed, list):
        claimed = (claimed[0] + claimed[1]) / 2
    return Decimal(claimed if claimed is not None else readings(claim)[0].middle), figure_middle(figure)


def with_attribution(claim: Claim, credit: Credit | None) -> Claim:
    """The completed claim: a copy with its public attribution (the claim itself is frozen)."""
    if credit is None:
        return claim
    return claim.model_copy(update={"attribution": Attribution(
        text=credit.text, source=credit.source, start=credit.start, end=credit.end)})


def _distance(value: Decimal, figure: Figure) -> Decimal:
    return abs(value - figure_middle(figure))
