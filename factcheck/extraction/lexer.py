"""Cut a text into the atoms a claim is made of: numerals, number words, scale words,
currencies, sub-units and percent words, each with its character offsets.

Everything else is skipped; the finder looks at the text between two atoms (the gap) to
decide whether they belong together. Atoms inside a URL are dropped ("%20", "q=30%25").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.lang.data import LanguageData, alternatives, load

NUM, WORD, FRAC, SCALE, CUR, SCUR, SUB, PCT, PTS, COLL = (
    "num", "word", "frac", "scale", "cur", "scur", "sub", "pct", "pts", "coll",
)

NUMERAL = (
    r"(?<![\d])(?:\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3}(?!\d))+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)*)"
)
URL = re.compile(r"(?:https?://|www\.)\S+|[^\s@]{1,64}@[^\s@]{1,255}\.\w+", re.IGNORECASE)
MARKUP = re.compile(r"<[A-Za-z/!?][^<>]{0,2000}>")
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
NOT_LETTER_AFTER = r"(?![^\W\d_]|['\u2019][^\W\d_])"
ISO_CODE = re.compile(r"[A-Z]{3}")
COMPOUND = r"[-\u2011][^\W\d_]"  # "franc-maçon", "euro-dollar": part of another word
CLAUSE_END = re.compile(r"[.!?;\n](?:\s|$)|\n")
GUARD_REACH = 80  # how far back, within the clause, a guard word counts ("a écrit … 20 livres")


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of a form: its kind and what it carries."""

    kind: str
    code: str = ""
    value: Decimal | None = None  # a scale's multiplier, a sub-unit's or basis points' factor
    short_value: Decimal | None = None
    glued_only: bool = False
    before_number: bool = True  # a currency that may stand before its number ("$5", "PLN 5")
    after_scale: bool = False  # a currency name only after a scale word ("5 million pounds")
    guarded: bool = False  # money unless the words around say weight, books, teeth


@dataclass(frozen=True, slots=True)
class Atom:
    start: int
    end: int
    text: str
    senses: tuple[Sense, ...]

    def sense(self, kind: str) -> Sense | None:
        return next((s for s in self.senses if s.kind == kind), None)

    def has(self, *kinds: str) -> bool:
        return any(s.kind in kinds for s in self.senses)


class Lexicon:
    """The forms of one language, compiled into one regular expression."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self.exact: dict[str, list[Sense]] = {}
        self.folded: dict[str, list[Sense]] = {}
        self._collect(data)
        self.codes = {form for form, senses in self.exact.items()
                      if ISO_CODE.fullmatch(form) and all(s.kind == CUR for s in senses)}
        self.pattern = self._compile()
        self.not_a_name = _name_blocker(data.currency_not_before)
        self.guards = _guards(data)
        self.index_words = re.compile(_words_pattern(data.percent.bare_points_not_before))
        # "0.81% or 3.06 points", "0,81 %, soit 3,06 points": the same move again, in index points
        spaces = r"[ \u00a0\u202f]*"
        self.percent_or = re.compile(rf"(?<![^\W\d_])(?:{alternatives(data.percent.forms)}){spaces}"
                                     rf"(?:{alternatives(data.cues.restate) or '(?!)'}){spaces}[-+]?{spaces}$", re.I)

    def _add(self, form: str, sense: Sense, case_sensitive: bool = False) -> None:
        table, key = (self.exact, form) if case_sensitive else (self.folded, form.casefold())
        senses = table.setdefault(key, [])
        if sense not in senses:
            senses.append(sense)

    def _collect(self, data: LanguageData) -> None:
        for scale in data.scale:
            sense = Sense(SCALE, value=scale.value, short_value=scale.short_value,
                          glued_only=scale.glued_or_currency)
            for form in scale.forms:
                self._add(form, sense)
            for form in scale.case_sensitive:
                self._add(form, sense, case_sensitive=True)
        for currency in data.currency:
            for form in currency.symbols:
                self._add(form, Sense(CUR, code=currency.code))
            for form in currency.codes:
                self._add(form, Sense(CUR, code=currency.code, glued_only=currency.glued_only,
                                      before_number=not (currency.after_number_only
                                                         or currency.glued_only),
                                      after_scale=currency.after_scale),
                          case_sensitive=True)
            guarded = {f.casefold() for g in data.guarded_names for f in g.forms}
            for form in currency.words:
                self._add(form, Sense(CUR, code=currency.code, before_number=False,
                                      after_scale=currency.after_scale,
                                      guarded=form.casefold() in guarded))
        for sub in data.subunit:
            for form in sub.forms:
                single = len(form) == 1 and form.isalpha()
                self._add(form, Sense(SUB, code=sub.code, value=sub.factor, glued_only=single),
                          case_sensitive=single)
        for scur in data.scaled_currency:
            for form in scur.forms:
                self._add(form, Sense(SCUR, code=scur.code, value=scur.value,
                                      before_number=not scur.after_number_only),
                          case_sensitive=True)
        for form in data.percent.forms:
            self._add(form, Sense(PCT))
        for form in data.percent.points:
            self._add(form, Sense(PTS))
        for form in data.percent.bare_points:
            self._add(form, Sense(PTS, guarded=True))
        for scaled in filter(None, (data.percent.basis_points, data.percent.tenths)):
            for form in scaled.forms:
                self._add(form, Sense(PTS, value=scaled.factor))
            for form in scaled.case_sensitive:
                self._add(form, Sense(PTS, value=scaled.factor), case_sensitive=True)
            for form in scaled.bare:  # "cinq dixièmes": guarded as "point" alone
                self._add(form, Sense(PTS, value=scaled.factor, guarded=True))
        for form in data.number_words.words:
            self._add(form, Sense(WORD))
        for form, value in data.number_words.fractions:
            self._add(form, Sense(FRAC, value=value))
        for form, value in data.number_words.collectives:
            self._add(form, Sense(COLL, value=value))

    def _compile(self) -> re.Pattern[str]:
        """One pattern: numerals, then the forms grouped by first character behind a quick
        look-ahead, each group a trie (exact-case forms, then the others, then the sub-units
        that only count glued to a number), so ``re`` walks the shared beginnings of ~1,000
        currency names once; then any three capitals (looked up in the ISO codes after the
        match). Positions inside a word are skipped up front (a form never starts mid-word), and
        so are those no match opens with."""
        groups: dict[str, tuple[list[str], list[str], list[str]]] = {}
        for form in self.exact:
            if form not in self.codes:
                exact, _, glued = groups.setdefault(form[0].casefold(), ([], [], []))
                (glued if self._glued_only(form, True) else exact).append(form)
        for form in self.folded:
            groups.setdefault(form[0].casefold(), ([], [], []))[1].append(form)
        words = "|".join(f"(?={_first_char_class(first)})(?:{_group_pattern(*forms)})"
                         for first, forms in groups.items())
        # every character a match can open with, looked at once: the many positions no form,
        # numeral or code opens at (spaces, punctuation) fail at once, not after each group
        opening = "".join(_first_char_class(first)[1:-1] for first in groups)
        return re.compile(rf"(?:(?<![^\W\d_])|(?<=\d)|(?![^\W\d_]))(?=[\dA-Z{opening}])"
                          rf"(?:(?P<num>{NUMERAL})|(?P<form>{words})"
                          rf"|(?P<code>{NOT_LETTER_BEFORE}[A-Z]{{3}}{NOT_LETTER_AFTER}))")

    def _glued_only(self, form: str, case_sensitive: bool) -> bool:
        return case_sensitive and all(s.kind in (SUB, CUR) and s.glued_only
                                      for s in self.exact[form])

    def guarded_out(self, text: str, start: int, end: int, name: str) -> bool:
        """Whether the words around the guarded name ``name`` (the amount spans ``start`` to
        ``end``) say it is no money: "Il a écrit 20 livres", "weighs 180 pounds",
        "20 pounds of beef".

        >>> lex = lexicon("en")
        >>> [lex.guarded_out(t, t.index("2"), t.index("s ") + 1, "pounds")
        ...  for t in ("He weighs 200 pounds now.", "He paid 200 pounds now.")]
        [True, False]
        """
        before, after = self.guards.get(name.casefold(), (None, None))
        if before is None:
            return False
        return bool(before.search(_clause_before(text, start)) or after.match(text, end))

    def index_points(self, text: str, start: int) -> bool:
        """Whether bare "points" at a figure starting at ``start`` are index or match points:
        an index, a session or a match named in the clause before, or "% or" just before
        ("0.81% or 3.06 points").

        >>> lex = lexicon("fr")
        >>> [lex.index_points(t, t.index("3")) for t in ("Le CAC 40 a perdu 3 points.",
        ...  "Le taux recule de 3 points.", "Il gagne 0,8 % ou 3 points.")]
        [True, False, True]
        """
        clause = _clause_before(text, start)
        return bool(self.index_words.search(clause) or self.percent_or.search(clause))

    def senses(self, matched: str) -> tuple[Sense, ...]:
        found = self.exact.get(matched) or self.folded.get(_fold_spaces(matched).casefold())
        return tuple(found or ())

    def atoms(self, text: str) -> list[Atom]:
        """The atoms of ``text`` in reading order, none inside a URL, an e-mail or a markup
        tag ("width:100%" in pasted HTML), and no numeral glued to a word ("1e308", "A4")
        unless that word is a currency ("USD1,23")."""
        skip = [m.span() for m in URL.finditer(text)] if ("/" in text or "@" in text) else []
        if "<" in text:
            skip += [m.span() for m in MARKUP.finditer(text)]
        found: list[Atom] = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if skip and any(a <= start < b for a, b in skip):
                continue
            is_number = match.lastgroup == "num"
            senses = (Sense(NUM),) if is_number else self.senses(match.group())
            if senses and self.not_a_name.match(text, end):
                senses = tuple(s for s in senses if s.kind != CUR or s.before_number)
            if not senses:
                continue
            if is_number and start and text[start - 1].isalpha() and not (
                    found and found[-1].end == start and found[-1].has(CUR, SCUR)):
                continue
            found.append(Atom(start, end, match.group(), senses))
        return found


def _group_pattern(exact: list[str], folded: list[str], glued: list[str]) -> str:
    """Exact-case forms first ("$US" before "$"), then the case-free ones, then the one-letter
    sub-units that only count glued to a number ("43c")."""
    parts = [_trie_pattern(exact)] if exact else []
    if folded:
        parts.append(f"(?i:{_trie_pattern(folded)})")
    parts += [r"(?<=\d)" + _trie_pattern([form]) + r"(?!\d)"
              for form in sorted(glued, key=len, reverse=True)]
    return "|".join(parts)


def _trie_pattern(forms: list[str]) -> str:
    """A regular expression for ``forms`` as a trie: shared beginnings written once, longer
    forms tried before shorter ones, flexible inner spaces and apostrophes, and a letter
    boundary after a form that ends in a letter or a dot.

    >>> [bool(re.fullmatch(_trie_pattern(["euro", "euros", "$ US"]), text))
    ...  for text in ("euro", "Euros", "euros", "$\u00a0US", "eur")]
    [True, False, True, True, False]
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(_char_pattern(char), {})
        node[""] = NOT_LETTER_AFTER if form[-1].isalpha() or form[-1] == "." else ""
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    branches = [key + _node_pattern(child) for key, child in node.items() if key]
    if "" in node:
        branches.append(node[""])  # the form ending here, after its longer neighbours
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _char_pattern(char: str) -> str:
    if char in " \u00a0\u202f":
        return r"[ \u00a0\u202f]+"
    return "['\u2019]" if char in "'\u2019" else re.escape(char)


def _name_blocker(nouns: list[str]) -> re.Pattern[str]:
    """What, right after a currency name, makes it part of something else: a hyphen and a
    letter ("un franc-maçon"), or a noun it qualifies ("the 17 Euro countries")."""
    after = rf"|[ \u00a0\u202f]+(?i:{alternatives(nouns)}){NOT_LETTER_AFTER}" if nouns else ""
    return re.compile(rf"{COMPOUND}{after}")


def _clause_before(text: str, start: int) -> str:
    return CLAUSE_END.split(text[max(0, start - GUARD_REACH):start])[-1]


def _words_pattern(words: list[str]) -> str:
    return rf"(?<![^\W\d_])(?i:{alternatives(words) or '(?!)'}){NOT_LETTER_AFTER}"


def _guards(data: LanguageData) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """name -> (words before the number, words right after the name) that make it no money."""
    guards = {}
    for group in data.guarded_names:
        before = _words_pattern(group.not_before)
        after = rf"[ \u00a0\u202f]+(?i:{alternatives(group.not_after) or '(?!)'}){NOT_LETTER_AFTER}"
        for form in group.forms:
            guards[form.casefold()] = (re.compile(before), re.compile(after))
    return guards


def _first_char_class(char: str) -> str:
    variants = {char, char.upper(), char.lower(), char.casefold()}
    if char == "'":
        variants.add("\u2019")
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def _fold_spaces(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon for ``lang``, built once per process."""
    return Lexicon(load(lang))
