"""``compare()``: extract both sides, align their sentences, pair their claims, report
what changed. The original is the reference: no table is needed (one is used only to
resolve source names).

>>> result = compare("Revenue rose 3.5% to $1.5 billion, Reuters reported.",
...                  "Le chiffre d'affaires a augmenté de 3,5 % à 1,5 billion de dollars, selon Reuters.")
>>> [f.code.value for f in result.findings]
['scale_error']
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factcheck.checking.checker import Checker
from factcheck.comparing import findings as build
from factcheck.comparing.align import Alignment, align, anchors, scale_magnitude, scale_magnitudes
from factcheck.comparing.direction import written_direction
from factcheck.comparing.bare import bare_figures, currency_family, scale_powers, written_currency
from factcheck.comparing.match import _digit_text, _same_digits, RANK_CHANGED, RANK_QUALIFIED, RANK_ROUNDED, Diagnosis, diagnose
from factcheck.comparing.names import is_proper, named_in, same_source
from factcheck.lang.detect import resolve
from factcheck.models import (AlignmentSummary, Claim, ClaimPair, CompareCode, CompareFinding,
                              CompareResult, ErrorInfo)
from factcheck.text.sentences import Sentence, index_of, split

ALIGNED_COVERAGE = 0.7
PARTIAL_COVERAGE = 0.35
LENGTH_RATIO_MAX = 2.5
# the unit written right after a bare figure: percentage points (group 1) or per cent
PERCENT_UNIT = re.compile(r"\s*(?:(points? de pourcentage|percentage points?|pp\b)|%|pour ?cent|per ?cent|p\. ?100)", re.I)
STATUS = {None: "same", CompareCode.rounded: "rounded"}


@lru_cache(maxsize=4)
def _checker(reference: str | None) -> Checker:
    return Checker(reference)


def compare(original: str, translation: str, *, source_lang: str = "auto", target_lang: str = "auto",
            reference=None, id: str | None = None) -> CompareResult:
    """Compare a translation with its original, figure by figure."""
    checker = reference if isinstance(reference, Checker) else _checker(reference)
    if not original.strip() or not translation.strip():
        side = "the original" if not original.strip() else "the translation"
        summary = AlignmentSummary(original_sentences=len(split(original)),
                                   translation_sentences=len(split(translation)), aligned=0,
                                   coverage=0.0, verdict="unrelated")
        return CompareResult(id=id, alignment=summary, findings=[
            build.alignment_finding(f"{side} is empty", 0, summary.original_sentences, 0.0)],
            error=ErrorInfo(type="empty_side", message=f"{side} is empty"))
    src, tgt = resolve(source_lang, original), resolve(target_lang, translation)
    o_claims = checker.attributed_claims(original, src)
    t_claims = checker.attributed_claims(translation, tgt)
    o_sent, t_sent = split(original), split(translation)
    alignment = align(o_sent, t_sent)
    summary, reason = summarise(alignment, o_sent, t_sent, src, tgt)
    result = CompareResult(id=id, source_lang=src, target_lang=tgt, original_claims=o_claims,
                           translation_claims=t_claims, alignment=summary)
    if reason:
        result.findings = [build.alignment_finding(reason, summary.aligned, summary.original_sentences,
                                                   summary.coverage)]
        return result
    pairing = Pairing(o_claims, t_claims, alignment, o_sent, t_sent, (src, tgt))
    result.pairs, result.findings = pairing.run()
    return result


def first_name(said: str) -> str:
    """An attribution glued to link text across a sentence end ("Agence européenne pour la
    reconstruction. Wall Street Journal"): the name the sentence itself gives, before the stop.

    >>> first_name("Agence européenne pour la reconstruction. Wall Street Journal")
    'Agence européenne pour la reconstruction'
    >>> first_name("U.S. Treasury")
    'U.S. Treasury'
    """
    head = re.split(r"(?<=[a-zà-ÿ]{2})\.\s+(?=[A-Z])", said, maxsplit=1)[0]
    return head or said


def summarise(alignment: Alignment, o_sent: list[Sentence], t_sent: list[Sentence], src: str,
              tgt: str) -> tuple[AlignmentSummary, str | None]:
    """The alignment in figures, and why it is weak (None when it is good)."""
    beads = alignment.aligned()
    covered = sum(b.o1 - b.o0 for b in beads)
    coverage = round(covered / len(o_sent), 3) if o_sent else 0.0
    verdict = "aligned" if coverage >= ALIGNED_COVERAGE else (
        "partial" if coverage >= PARTIAL_COVERAGE else "unrelated")
    reason = None
    if src == tgt:
        reason = f"both texts are in the same language ({src})"
        verdict = "unrelated" if verdict != "aligned" else "partial"
    elif alignment.ratio > LENGTH_RATIO_MAX or alignment.ratio < 1 / LENGTH_RATIO_MAX:
        reason = f"the translation is {alignment.ratio:.1f} times as long as the original"
        verdict = "partial" if verdict == "aligned" else verdict
    elif verdict != "aligned":
        reason = "few sentences match in length, numbers and names" if verdict == "unrelated" else \
            "only part of the sentences match in length, numbers and names"
    summary = AlignmentSummary(original_sentences=len(o_sent), translation_sentences=len(t_sent),
                               aligned=len(beads), coverage=coverage,
                               anchors=sum(b.shared for b in beads), verdict=verdict)
    return summary, reason


class Pairing:
    """Pair the claims bead by bead, then with neighbouring beads; what is left is dropped
    or added (unless its digits are written in the counterpart sentences)."""

    def __init__(self, o_claims: list[Claim], t_claims: list[Claim], alignment: Alignment,
                 o_sent: list[Sentence], t_sent: list[Sentence], langs: tuple[str, str]):
        self.o_claims, self.t_claims = o_claims, t_claims
        self.beads = alignment.beads
        o_bead = {i: k for k, b in enumerate(self.beads) for i in range(b.o0, b.o1)}
        t_bead = {j: k for k, b in enumerate(self.beads) for j in range(b.t0, b.t1)}
        self.o_where = [o_bead.get(index_of(o_sent, c.start), 0) if o_sent else 0 for c in o_claims]
        self.t_where = [t_bead.get(index_of(t_sent, c.start), 0) if t_sent else 0 for c in t_claims]
        self.o_sent, self.t_sent, self.langs = o_sent, t_sent, langs
        self.matched: dict[int, tuple[int, Diagnosis]] = {}
        self.t_used: set[int] = set()

    def run(self) -> tuple[list[ClaimPair], list[CompareFinding]]:
        self.assign(0, RANK_CHANGED)
        self.assign(1, RANK_QUALIFIED)
        return self.report()

    def assign(self, distance: int, worst: int) -> None:
        """Greedy: the best diagnoses first, then the closest in order."""
        options = []
        for o, oc in enumerate(self.o_claims):
            if o in self.matched:
                continue
            for t, tc in enumerate(self.t_claims):
                if t in self.t_used or tc.kind != oc.kind:
                    continue
                gap = abs(self.o_where[o] - self.t_where[t])
                if gap > distance:
                    continue
                diagnosis = diagnose(oc, tc, self.langs[1])
                if diagnosis.rank <= worst:
                    options.append((diagnosis.rank, gap, abs(self._order(o, True) - self._order(t, False)),
                                    o, t, diagnosis))
        for rank, gap, _, o, t, diagnosis in sorted(options, key=lambda x: x[:5]):
            if o not in self.matched and t not in self.t_used:
                self.matched[o] = (t, diagnosis)
                self.t_used.add(t)

    def _order(self, number: int, original: bool) -> int:
        """The claim's rank among the claims of its own bead."""
        where = self.o_where if original else self.t_where
        return sum(1 for k in range(number) if where[k] == where[number])

    def report(self) -> tuple[list[ClaimPair], list[CompareFinding]]:
        pairs, found, credited = [], [], set()
        for o, (t, diagnosis) in sorted(self.matched.items()):
            oc, tc = self.o_claims[o], self.t_claims[t]
            if diagnosis.code in STATUS and self._written_flip(oc, tc):
                diagnosis = replace(diagnosis, code=CompareCode.sign_flipped, rank=RANK_QUALIFIED)
            status = STATUS.get(diagnosis.code, "changed")
            pairs.append(ClaimPair(original=o, translation=t, status=status))
            if diagnosis.code is not None:
                found.append(build.pair_finding(o, oc, t, tc, diagnosis))
            found.extend(self._attribution(o, oc, t, tc, credited))
        for o, oc in enumerate(self.o_claims):
            if o not in self.matched:
                pairs.append(ClaimPair(original=o, status="dropped"))
                found.extend(self._lone(o, oc, "original"))
        for t, tc in enumerate(self.t_claims):
            if t not in self.t_used:
                pairs.append(ClaimPair(translation=t, status="added"))
                found.extend(self._lone(t, tc, "translation"))
        return pairs, found

    def _written_flip(self, oc: Claim, tc: Claim) -> bool:
        """One claim carries a direction, the other none, and the words next to the other
        figure say the opposite explicitly ("went up by 0.7 percent" / "ont diminué de 0,7 %")."""
        if bool(oc.direction) == bool(tc.direction) or oc.kind != tc.kind:
            return False
        bare, sentences, lang, marked = (oc, self.o_sent, self.langs[0], tc.direction) if tc.direction \
            else (tc, self.t_sent, self.langs[1], oc.direction)
        if marked not in ("up", "down") or not sentences:
            return False
        sentence = sentences[index_of(sentences, bare.start)]
        start = bare.start - sentence.start
        written = written_direction(sentence.text, start, start + len(bare.text), lang)
        return written is not None and written != marked

    def _attribution(self, o: int, oc: Claim, t: int, tc: Claim, credited: set) -> list[CompareFinding]:
        """The sources of a claim pair: both named and not the same; or named on one side
        only and written nowhere in the counterpart sentences (a description never accuses)."""
        said_o, said_t = oc.attribution, tc.attribution
        if said_t and said_o and is_proper(said_t.text) and not is_proper(said_o.text):
            said_o = None  # a description in the original, a name in the translation: is it written there?
        if said_o and said_t:
            name_o, name_t = first_name(said_o.text), first_name(said_t.text)
            key = (said_o.text, said_t.text)
            if key in credited or same_source(name_o, said_o.source if name_o == said_o.text else None,
                                              name_t, said_t.source if name_t == said_t.text else None) is not False:
                return []
            if named_in(name_o, self._pair_text(o, t, "t")) and named_in(name_t, self._pair_text(o, t, "o")):
                return []  # both names are in both sentences: two sources, not a change
        elif said_o or said_t:
            said, side = (said_o, "t") if said_o else (said_t, "o")
            key = (said.text, side)
            if key in credited or not is_proper(said.text) or named_in(said.text, self._pair_text(o, t, side)):
                return []
        else:
            return []
        credited.add(key)
        return [build.attribution_finding(o, oc, t, tc)]

    def _pair_text(self, o: int, t: int, side: str) -> str:
        """The ``side`` sentences of the beads holding claims ``o`` and ``t``."""
        sentences = self.t_sent if side == "t" else self.o_sent
        beads = sorted({self.o_where[o], self.t_where[t]})
        return " ".join(s.text for k in beads for s in self._bead_sentences(k, sentences, side))

    def _lone(self, number: int, claim: Claim, side: str) -> list[CompareFinding]:
        """A claim with no counterpart claim: compared with the bare figures written on the
        other side (a scale error or separator misread shows there too), else dropped or
        added unless its number is written there."""
        original = side == "original"
        bead = (self.o_where if original else self.t_where)[number]
        other, sentences, lang = ("t", self.t_sent, self.langs[1]) if original else ("o", self.o_sent, self.langs[0])
        for sentence, figure in self._bare(bead, sentences, other, lang):
            money = figure.currency or (written_currency(sentence.text) if claim.kind == "money" else None)
            unit = PERCENT_UNIT.match(sentence.text, figure.end) if claim.kind == "percent" else None
            twin = Claim(kind=claim.kind, text=figure.text, start=sentence.start + figure.start,
                         end=sentence.start + figure.end, value=figure.value, currency=self._money(claim, money),
                         scale_word=figure.scale_word, points=bool(unit and unit.group(1)))
            diagnosis = diagnose(claim, twin) if original else diagnose(twin, claim)
            if diagnosis.rank <= RANK_ROUNDED:
                return []
            if _same_digits(_digit_text(claim), figure.text) and (
                    (diagnosis.code is CompareCode.currency_changed and money)
                    or diagnosis.code is CompareCode.separator_misread
                    or (diagnosis.code is CompareCode.scale_error and figure.scale_word)) \
                    or (diagnosis.code is CompareCode.points_changed and unit) \
                    or self._minus_only(claim, figure, sentence, lang, diagnosis):
                return [build.pair_finding(number if original else None, claim if original else twin,
                                           None if original else number, twin if original else claim,
                                           diagnosis)]
            if diagnosis.code is CompareCode.sign_flipped:
                return []  # the figure is written there; a direction word may say its sign
        if self._written(claim, bead, sentences, other):
            return []
        return [build.lone_finding(number, claim, side)]

    @staticmethod
    def _minus_only(claim: Claim, figure, sentence: Sentence, lang: str, diagnosis: Diagnosis) -> bool:
        """A minus written on one side only ("-cinquante pourcent" for "fifty percent"), and
        no direction said on either side: a sign flip even without a claim opposite."""
        if diagnosis.code is not CompareCode.sign_flipped or claim.direction:
            return False
        bound = claim.value if claim.value is not None else claim.high
        if bound is None or (bound < 0) == (figure.value < 0):
            return False
        return written_direction(sentence.text, figure.start, figure.end, lang) is None

    @staticmethod
    def _money(claim: Claim, family: str | None) -> str | None:
        """The currency of a bare figure: the claim's own code when the word agrees with it."""
        return claim.currency if family in (None, currency_family(claim.currency)) else family

    def _bare(self, bead: int, sentences: list[Sentence], side: str, lang: str):
        for k in range(max(0, bead - 1), min(len(self.beads), bead + 2)):
            for sentence in self._bead_sentences(k, sentences, side):
                for figure in bare_figures(sentence.text, lang):
                    yield sentence, figure

    def _written(self, claim: Claim, bead: int, sentences: list[Sentence], side: str) -> bool:
        """The claim's number is written (not as a claim) in the counterpart bead or its
        neighbours: the extractor, not the translator, missed it."""
        numbers = {a for a in anchors(claim.text) if a.startswith("n:")}
        if not numbers:  # a figure in words ("eight percent"): its twin, in words or digits,
            # was looked for among the bare figures; one we cannot read ("a third") may be there
            own, other = self.langs if side == "t" else self.langs[::-1]
            return not bare_figures(claim.text.lstrip("-−+ "), own) or self._scale_only(claim, bead, sentences, side, other)
        text = " ".join(s.text for k in range(max(0, bead - 1), min(len(self.beads), bead + 2))
                        for s in self._bead_sentences(k, sentences, side))
        magnitude = scale_magnitude(claim.scale_word)
        if magnitude and magnitude in scale_magnitudes(self._unclaimed(bead, sentences, side), rough=True):
            return True  # "100 billion euros" / "une centaine de milliards"
        return numbers <= anchors(text)

    def _scale_only(self, claim: Claim, bead: int, sentences: list[Sentence], side: str, lang: str) -> bool:
        """"un billion de couronnes" for "the trillion crown limit": a power of ten the
        counterpart writes as a bare scale word."""
        value = claim.value if claim.value is not None else claim.high
        if not value or value < 10 ** 6 or value.normalize().as_tuple().digits != (1,):
            return False
        return value.adjusted() in scale_powers(self._unclaimed(bead, sentences, side), lang)

    def _unclaimed(self, bead: int, sentences: list[Sentence], side: str) -> str:
        """The counterpart bead's text with its claims blanked out."""
        claims = self.t_claims if side == "t" else self.o_claims
        where = self.t_where if side == "t" else self.o_where
        spans = [(c.start, c.end) for c, k in zip(claims, where) if k == bead]
        parts = []
        for s in self._bead_sentences(bead, sentences, side):
            text = s.text
            for start, end in spans:
                if s.start <= start < s.end:
                    text = text[:start - s.start] + " " * (end - start) + text[end - s.start:]
            parts.append(text)
        return " ".join(parts)

    def _bead_sentences(self, k: int, sentences: list[Sentence], side: str) -> list[Sentence]:
        b = self.beads[k]
        return sentences[b.t0:b.t1] if side == "t" else sentences[b.o0:b.o1]
