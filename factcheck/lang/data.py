"""Per-language data (scale words, currencies, percent words, cues), validated on load.

The data lives in ``factcheck/lang/data/<lang>.toml``; currencies come from
``currencies.json`` (generated from the CLDR by ``build_currencies``) and the hand-kept
``currency_extras.toml`` on top of it, not from the language files. Adding a scale word or a
cue touches that file and one line of the test table, nothing else.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import defaultdict
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.errors import FactcheckError

LANGS = ("fr", "en")
WordsModel = TypeVar("WordsModel", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScaleWord(_Strict):
    forms: list[str] = []
    case_sensitive: list[str] = []
    value: Decimal
    short_value: Decimal | None = None
    glued_or_currency: bool = False
    """An abbreviation such as "m" or "k": a scale only glued to the number or next to a
    currency ("$5m", "5 M€"), never as a free word ("5 m" is five metres)."""


class Currency(_Strict):
    code: str = Field(pattern=r"^([A-Z]{3})?$")
    symbols: list[str] = []
    """Signs, any case, before or after the number ("$", "US$", "$ US")."""
    codes: list[str] = []
    """ISO codes and lettered signs, exact case only ("PLN", "$SG", "RMB"): "try" is no lira."""
    words: list[str] = []
    """Names, any case, after the number only ("won 3 games" is no amount)."""
    after_scale: bool = False
    """A name that is a currency only after a scale word: "361 million pounds", not
    "lost 20 pounds"."""
    after_number_only: bool = False
    """Codes that are words in capitals ("TOP 10", "COP 28"): never before the number."""
    glued_only: bool = False
    """One-letter codes that count only glued to a number with decimals ("1,33E par action")."""


class GuardedNames(_Strict):
    """Names that are money after a number unless the words around say weight, books or
    teeth: "1600 couronnes" is money, "3 couronnes en céramique" after "dentiste" is not.
    A number of exactly one is never enough ("un livre", "one pound")."""

    forms: list[str]
    not_before: list[str] = []
    """Words in the same clause before the number ("écrit", "weighs", "dentiste")."""
    not_after: list[str] = []
    """Words right after the name ("pounds of", "couronnes en céramique")."""


class SubUnit(_Strict):
    forms: list[str]
    factor: Decimal
    code: str = Field(default="", pattern=r"^([A-Z]{3})?$")


class ScaledCurrency(_Strict):
    forms: list[str]
    value: Decimal
    code: str = Field(pattern=r"^[A-Z]{3}$")
    after_number_only: bool = False
    """Abbreviations that are words or letters in capitals ("ME", "G$"): after a number only."""


class ScaledPoints(_Strict):
    """Points forms whose number counts in a fraction of a percentage point: "25 basis
    points" are 0.25 points."""

    forms: list[str] = []
    case_sensitive: list[str] = []
    """Abbreviations, exact case only ("bps", "pb"): "BP" is an oil company."""
    bare: list[str] = []
    """Forms that name no point ("dixièmes", "tenths"): guarded like bare "point(s)", and
    points only in a sentence that writes a percentage, not before "de"/"of" (a tenth of
    something)."""
    factor: Decimal


class PercentWords(_Strict):
    forms: list[str]
    points: list[str]
    basis_points: ScaledPoints
    tenths: ScaledPoints | None = None
    one_point_after: list[str] = []
    """Words before "un"/"one" and a bare "point" that make it one percentage point, with the
    hedges, in a sentence that writes a percentage: "inférieur de presque un point"."""
    points_infix: list[str] = []
    """Words between a number and its percentage points: "a full percentage point"."""
    bare_points: list[str] = []
    """"point(s)" alone: a percentage point only for a figure under ten with no index, match
    or market session in the clause before it, not after "% or" (the same move in index points)."""
    bare_points_not_before: list[str] = []


class Cues(_Strict):
    hedges: list[str]
    bound_min: list[str]
    bound_max: list[str]
    negative: list[str]
    direction_down: list[str]
    direction_up: list[str]
    direction_down_percent: list[str] = []
    """Market verbs ("a perdu", "gained"): a direction for a percentage, not for an amount."""
    direction_up_percent: list[str] = []
    range_open: list[str]
    range_join: list[str]
    range_pairs: list[tuple[str, str]]
    range_from: list[str] = []
    """Openers of an old value then a new one after a change verb: "passé de 5,5 % à 7 %"."""
    change_to: list[str] = []
    """The join of a change with no opener: "rose $2.30 to $85.40"."""
    range_between: list[str] = []
    """Openers of a range that may be written downwards: "entre 7 et 5 milliards"."""
    either: list[str] = []
    """"three or four thousand crowns": the word between two counts read as one range."""
    restate: list[str] = []
    """After a percentage, the same move said again in points: "0.81% or 3.06 points"."""
    list_join: list[str]
    compound_join: list[str]
    change_verbs: list[str]
    number_and: list[str]


class NumberWords(_Strict):
    words: list[str]
    weak: list[str]
    article_only: list[str] = []
    """Weak words that are only an article, never the numeral ("a", "an"; not "one", not the
    French "un"): "a dollar" is no amount of one."""
    read_as: list[tuple[str, str]] = []
    """A word text2num does not read at the head of a number, and the word it reads instead:
    "a hundred thousand" as "one hundred thousand"."""
    not_first: list[str] = []
    fractions: list[tuple[str, Decimal]]
    half_before_scale: list[str] = []
    """The half between a number and its scale word: "three and a half million"."""
    half_after_scale: list[str] = []
    """The half after the scale word: "7 millions et demi de dollars"."""
    scale_infix: list[str] = []
    """Words between a number and its scale word, or a scale word and its currency name:
    "50 autres milliards", "12,000 million remaining pounds"."""
    weak_idioms_before: list[str] = []
    """Words right before "un euro" that make it an idiom, not the amount one: "pas un euro"."""
    weak_idioms_after: list[str] = []
    """Words right after "un euro" that make it the currency, not an amount: "un euro plus fort"."""
    subunit_or_hundreds: list[str] = []
    """A sub-unit name that is also the plural of "cent" (a hundred): money unless its sentence
    speaks of no money and "de" and a noun that is no currency follow ("14 cents de première
    classe", centuries in cricket copy): extraction/hundreds.py."""
    collectives: list[tuple[str, Decimal]] = []
    """Nouns that count by tens or hundreds before "de"/"of" and a scale word: "une centaine
    de milliards" (about 100 billion); a plural ("tens of billions") is a vague amount, no claim."""


class AttributionCues(_Strict):
    forward: list[str]
    backward: list[str]
    lead_words: list[str]
    sentence_starters: list[str]
    institution_words: list[str]
    agent: list[str]


class ImpliedCurrency(_Strict):
    """When a bare amount with a scale word is money though no currency is written with it
    ("le déficit atteindra 34 milliards", "40 milliards d'économies")."""

    cues: list[str] = []  # money words earlier in the sentence: déficit, budget, revenue…
    money_nouns: list[str] = []  # nouns after "de"/"of" that are money: économies, savings…
    # words between a rate and the currency it is quoted in: "at 1.1647 against the dollar"
    quoted_against: list[str] = []
    # a word before a currency name written with no figure that makes it the unit of the figures
    # after it in the sentence: "In forints, the average rise was 1,480"
    unit_lead: list[str] = []
    follow: list[str] = []
    """Words after a bare amount that leave it an amount ("9 millions, face aux…", "34 billion
    in 2025"): prepositions, conjunctions, auxiliaries."""
    neutral: list[str] = []
    """Words after it that decide nothing either way ("a credit line of 40 billion which…"): a money
    word before decides; where a following noun makes a count, these are no noun."""
    of_articles: list[str] = []
    """"du", "des": an "of" that carries its article ("millions des dépenses")."""
    of_adverbs: list[str] = []
    """Words after "de" that leave the amount an amount: "60 000 millions de plus", "d'ici 2030"."""
    determiners: list[str] = []
    """After "of", the amount is of something named, not a count of it ("the 965.4 million of the
    accounts"); a form ending in an apostrophe is an elided prefix ("l'exercice")."""
    articles: list[str] = []
    """The indefinite articles that may open an amount: "a billion", "un milliard"."""
    ratio_before: list[str] = []
    """The word before a ratio's total: "une personne sur 12 millions", "one in 12 million"."""
    bought_for: list[str] = []
    """"a acheté 5 millions pour 31 millions d'euros": a count bought for a written price."""
    shares: list[str] = []
    """Shares counted a few words on: "17,4 millions nouvelles actions", "17.4 million in new shares"."""


class PerUnitWords(_Strict):
    """A price per unit after an amount ("2,000 euros le litre", "1.000 dollar for one euro"),
    which may keep three decimals; a time is no such unit ("20,000 GBP par an")."""

    leads: list[str] = []
    """Words between the amount and its unit ("par", "le", "l'", "pour un", "per", "a")."""
    time_words: list[str] = []
    """Units that are a time ("an", "mois", "year", "annum")."""


class LocalCurrency(_Strict):
    """An ambiguous currency name read by the story: bare "couronnes" in a story that names
    the Czech Republic is CZK, bare "dollars" in a sentence that names Quebec is CAD."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    names: list[str] = Field(min_length=1)  # the written forms it may resolve ("couronnes", "$")
    cues: list[str] = Field(min_length=1)  # words that name the place ("tchèque", "Québec")
    scope: str = Field(pattern=r"^(article|sentence)$")
    not_with: list[str] = []  # words in the sentence that keep the default ("américains", "baril")


class ElidedWords(_Strict):
    """Bare figures that share the unit of the amount before them ("820 euros à Turin, 640 à
    Gênes"): the words that may come before such a figure, and after it."""

    leads: list[str] = []
    """Conjunctions and prepositions before the bare figure ("et", "face aux", "versus")."""
    follows: list[str] = []
    """Words after it that leave it an amount ("à Florence", "in Spain", "apiece"), never a verb."""


class LanguageData(_Strict):
    lang: str
    decimal_mark: str = Field(pattern=r"^[.,]$")
    symbol_side: str = Field(pattern=r"^(prefix|suffix)$")
    stopwords: list[str]
    of_words: list[str] = []
    """"de", "d'", "of": between a count and what it counts ("12 milliards d'euros")."""
    scale: list[ScaleWord]
    currency: list[Currency]
    subunit: list[SubUnit]
    scaled_currency: list[ScaledCurrency]
    percent: PercentWords
    cues: Cues
    number_words: NumberWords
    attribution: AttributionCues
    relative_years: dict[str, int] = {}
    per_unit: PerUnitWords = PerUnitWords()
    implied_currency: ImpliedCurrency = ImpliedCurrency()
    currency_not_before: list[str] = []
    """Nouns that make the currency name before them an adjective ("17 Euro countries")."""
    guarded_names: list[GuardedNames] = []
    local_currency: list[LocalCurrency] = []
    elided: ElidedWords = ElidedWords()

    @field_validator("scale", "currency", "subunit", "scaled_currency")
    @classmethod
    def _not_empty(cls, entries):
        if not entries:
            raise ValueError("must list at least one entry")
        return entries


def alternatives(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, with flexible spaces and apostrophes.

    >>> [bool(re.fullmatch(alternatives(["près de", "d'"]), t)) for t in ("près\u00a0de", "d’", "de")]
    [True, True, False]
    """
    escaped = (re.escape(w).replace("'", "['’]").replace(r"\ ", r"[\s\u00a0\u202f]+")
               for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


class _Example(_Strict):
    example: str
    """Id of the test sentence in tests/cases/extract_currency.jsonl."""


class ExtraCurrency(Currency, _Example):
    pass


class ExtraSubUnit(SubUnit, _Example):
    pass


class ExtraScaledCurrency(ScaledCurrency, _Example):
    pass


class ExtraGuardedNames(GuardedNames, _Example):
    pass


class ExtraLocalCurrency(LocalCurrency, _Example):
    pass


class LanguageExtras(_Strict):
    drop: list[str] = []
    after_scale: list[str] = []
    not_before: list[str] = []
    currency: list[ExtraCurrency]
    subunit: list[ExtraSubUnit]
    scaled_currency: list[ExtraScaledCurrency]
    guarded: list[ExtraGuardedNames] = []
    local: list[ExtraLocalCurrency] = []


class CurrencyExtras(_Strict):
    codes_after_number_only: list[str]
    fr: LanguageExtras
    en: LanguageExtras


def resolve(candidates: dict[str, set[str]], current: set[str]) -> dict[str, str]:
    """One code per form: the form's only candidate, else its only current one, else ""
    (ambiguous: "francs", "couronnes", "pesos").

    >>> resolve({"couronne tchèque": {"CZK"}, "couronnes": {"CZK", "SEK"},
    ...          "livre turque": {"TRY", "TRL"}}, {"CZK", "SEK", "TRY"})
    {'couronne tchèque': 'CZK', 'couronnes': '', 'livre turque': 'TRY'}
    """
    chosen = {}
    for form, codes in candidates.items():
        live = codes & current if len(codes) > 1 else codes
        chosen[form] = next(iter(live)) if len(live) == 1 else ""
    return chosen


def generated_forms(table: dict, lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(sign -> code, name -> code) for ``lang`` from the generated CLDR table."""
    signs: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for code, entry in table.items():
        for sign in entry.get("symbols", []):
            signs[sign].add(code)
        for name in entry[lang]["names"] + entry[lang].get("heads", []):
            names[name.casefold()].add(code)
    current = {code for code, entry in table.items() if entry["current"]}
    return resolve(signs, current), resolve(names, current)


def currency_entries(table: dict, extras: CurrencyExtras, lang: str) -> list[dict]:
    """The [[currency]] entries of ``lang``: CLDR codes, signs and names, less the forms the
    hand-kept extras drop or redefine, plus the extras."""
    mine: LanguageExtras = getattr(extras, lang)
    taken = {f.casefold() for c in mine.currency for f in c.symbols + c.codes + c.words}
    taken |= {f.casefold() for f in mine.drop}
    after_scale = {f.casefold() for f in mine.after_scale}
    groups: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for code in table:
        groups[(code, False, code in extras.codes_after_number_only)]["codes"].append(code)
    signs, names = generated_forms(table, lang)
    for sign, code in signs.items():
        if sign.casefold() not in taken:
            lettered = any(ch.isalpha() for ch in sign)
            groups[(code, False, False)]["codes" if lettered else "symbols"].append(sign)
    for name, code in names.items():
        if name not in taken:
            groups[(code, name in after_scale, False)]["words"].append(name)
    entries = [{"code": code, "after_scale": scaled, "after_number_only": late, **forms}
               for (code, scaled, late), forms in groups.items()]
    return entries + [c.model_dump(exclude={"example"}) for c in mine.currency]


def _read_text(name: str) -> tuple[str, str]:
    path = resources.files("factcheck.lang") / "data" / name
    return str(path), path.read_text(encoding="utf-8")


@cache
def currency_sections(lang: str) -> dict:
    """The currency sections of ``lang`` (generated table + hand-kept extras), as raw data."""
    path = ""
    try:
        path, text = _read_text("currencies.json")
        table = json.loads(text)["currencies"]
        path, text = _read_text("currency_extras.toml")
        extras = CurrencyExtras.model_validate(tomllib.loads(text))
    except (json.JSONDecodeError, KeyError, tomllib.TOMLDecodeError, ValueError) as error:
        raise FactcheckError("E004", path=path, detail=str(error)) from error
    mine: LanguageExtras = getattr(extras, lang)
    return {
        "currency": currency_entries(table, extras, lang),
        "subunit": [s.model_dump(exclude={"example"}) for s in mine.subunit],
        "scaled_currency": [s.model_dump(exclude={"example"}) for s in mine.scaled_currency],
        "currency_not_before": mine.not_before,
        "guarded_names": [g.model_dump(exclude={"example"}) for g in mine.guarded],
        "local_currency": [c.model_dump(exclude={"example"}) for c in mine.local],
    }


@cache
def load(lang: str) -> LanguageData:
    """The validated data for ``lang`` ("fr" or "en"), read once per process. The language
    file's own [[currency]], [[subunit]] and [[scaled_currency]] sections, if any, are
    replaced by the generated table and its extras."""
    if lang not in LANGS:
        raise FactcheckError("E003", lang=lang, langs=", ".join(LANGS))
    path = resources.files("factcheck.lang") / "data" / f"{lang}.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        raw.update(currency_sections(lang))
        return LanguageData.model_validate(raw)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise FactcheckError("E004", path=str(path), detail=str(error)) from error


def load_words(name: str, model: type[WordsModel]) -> WordsModel:
    """The language file ``data/<name>.toml`` validated by ``model`` (a pydantic model), as the
    checker's cue words are read (``load_words("check_fr", CheckWords)``, checking/cue_words.py)."""
    path = resources.files("factcheck.lang") / "data" / f"{name}.toml"
    try:
        return model.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValueError) as error:
        raise FactcheckError("E004", path=str(path), detail=str(error)) from error
