"""The frame word lists of a language, from ``factcheck/lang/data/frame_<lang>.toml``,
validated on load (kept apart from ``<lang>.toml``, which extraction reads).

>>> words = frame_words("fr")
>>> words.period.months[10], words.per_unit.share[0]
('novembre', 'par action')
>>> frame_words("en").roles.previous_before[0]
'after'
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RoleWords(_Strict):
    previous_before: list[str]
    previous_after: list[str]
    revision: list[str]
    revision_moves: list[str] = []
    """A move of a forecast ("raised", "relevé", "désormais"): a revision when a forecast word
    precedes the figure in its sentence too ("raised its forecasts and now sees 2.5%")."""
    path_start: list[str] = []
    """Right before the first figure of a path ("from 6.4% in 2023 to 2.7%"): an earlier value."""
    path_to: list[str] = []
    target: list[str]
    forecast: list[str]
    forecast_endings: list[str] = []
    forecast_after: list[str] = []
    """Right after the figure: "the 4.9% the government had forecast", "+5,4 % attendu"."""
    target_after: list[str] = []
    """Right after the figure: "the ECB's 2% target"."""
    change: list[str]
    change_after: list[str]
    change_nouns: list[str] = []
    """A move named as the subject ("la hausse des prix est estimée à 32 %"): the figure is a change."""
    share_after: list[str]
    share_not: list[str]
    share_words: list[str]
    replaced: list[str] = []
    """Between two figures, the first the new value of the second: "5,9 % au lieu du taux de
    5,8 % indiqué en première estimation" (a revision, the old value previous)."""
    contribution: list[str] = []
    """A part of a total rate given in points: "contribue à hauteur de +0,1 point"."""


class PerUnitWords(_Strict):
    share: list[str]
    share_measures: list[str] = []
    """Measures paid per share even when "per share" is not written ("Dividende : 6,60 euros")."""
    hour: list[str]
    month: list[str]
    year: list[str]
    person: list[str]


class PeriodWords(_Strict):
    months: list[str] = Field(min_length=12, max_length=12)
    ordinals: dict[str, int]
    quarter: list[str]
    half: list[str]
    quarter_short: list[str]
    fiscal: list[str]
    relative_years: dict[str, int]
    previous_parts: dict[str, str] = {}
    """The quarter or month before the figures' own ("au trimestre précédent"): resolved
    against the period carried in the text, never against the article's date."""
    seasons: dict[str, int] = {}
    """This year's season as a quarter: "cet été" is the third quarter."""
    respectively: list[str] = []
    """The word that pairs a list of figures with a list of periods in order ("for 2025 and 2026
    to 1.3% and 1.5% respectively"): the n-th figure takes the n-th period."""
    weekdays: list[str] = Field(min_length=7, max_length=7)
    """Monday first: "lundi" in a daily market report is the last Monday up to the article's day."""


class MetricWords(_Strict):
    verbs: list[str]
    not_heads: list[str]
    acronyms: list[str] = []
    """Measures written in capitals ("GDP", "PIB"): a metric, never an entity."""
    segmented: list[str] = []
    """Sales nouns whose complement or modifier can name a part of a company ("le chiffre
    d'affaires de l'activité X", "iPhone revenue"): the part is the entity."""
    not_segments: list[str] = []
    """Words before a sales noun that qualify it, not a part of the company ("organic", "net")."""
    policy_rates: list[str] = []
    """A central bank's own rates: the bank is their entity even where it is also a source."""


class NameWords(_Strict):
    collective: list[str]
    """Places and groups written in lower case that a figure can be about ("zone euro")."""
    not_names: list[str]
    """Capitalised words that name no one: days, seasons, sentence openers ("Selon")."""
    groups: list[str] = []
    """Regular expressions for population groups a figure can be about ("les 15-24 ans")."""
    place_after: list[str] = []
    """Right after a figure, before the place it is about: "3.4% in Germany", "7 % en France"."""
    owner_after: list[str] = []
    """Right after a target, before whose target it is: "l'objectif de 2 % de la BCE", "la
    limite de 3 % fixée par l'Union européenne"."""
    group_after: list[str] = []
    """Right after a figure, before the population group it is about: "chez les 15-24 ans"."""
    designations: list[str] = []
    """Common nouns that stand for a company named elsewhere ("the company", "l'entreprise"):
    as the subject leading to a figure, the entity (FRAMES.md), never its metric."""
    securities: list[str] = []
    """Nouns ending the name of a traded security ("Brent crude oil futures"): the phrase is
    the entity whose price moves, not a measure."""
    causes: list[str] = []
    """Words opening a clause of cause ("bénéficiant de", "grâce à", "driven by"): a name in
    that clause is what helped the figure, not what it is about."""
    ranked_by: list[str] = []
    agents: list[str] = []
    """Passive participles after which "par" / "by" names the agent, not a source ("un secteur
    dominé par Nvidia"): the name after them can be an entity."""
    """Words after which "par" / "by" ranks rather than cites ("suivie par Malte", "followed by
    Estonia"): the name after them is no source."""
    events: list[str] = []
    """Nouns of an event whose place a figure is not about ("l'invasion de l'Ukraine", "the war
    in Ukraine"): the place named after them is no entity."""


class PhraseWords(_Strict):
    """Words that bound a noun phrase before or after a figure (frame/english.py, french.py)."""
    pronouns: list[str] = Field(min_length=1)
    """Pronouns standing for a metric named earlier ("it was 2.1%", "elles progressent")."""
    subject_pronouns: list[str] = []
    """Pronoun subjects before the verb leading to the figure, as written ("ce dernier a cédé",
    "elles progressent de"): the metric is carried."""
    demonstratives: list[str] = []
    """Before one of ``figure_nouns``, a mention of the figure before ("ce chiffre était de"): carried."""
    figure_nouns: list[str] = []
    holds: list[str] = []
    """Verbs by which a name holds a share or level right before the figure ("Nvidia détient
    80 % du marché", "…, qui contrôle près de"): the name before them is the entity."""
    that_of: list[str] = []
    """Pronouns completed by a part: "celui des services a atteint 22 milliards" (the measure
    before is carried, the part is the entity)."""
    latter: list[str] = []
    """"Ce dernier" / "the latter": the last name of the sentence before is the entity."""
    links: list[str] = []
    """Words linking a figure back to its noun phrase ("stood at", "was expected to")."""
    auxiliaries: list[str] = []
    """Auxiliaries and clitics before a verb ("a", "devrait", "s'"): never a noun of a phrase;
    in English, before a lower-case word that then links ("to rise", "will grow")."""
    articles: list[str] = []
    """Articles and determiners opening a subject noun phrase ("le", "son", "l'")."""
    participles: list[str] = []
    """Participles that link after a form of "be" ("is forecast to", "was seen at")."""
    be: list[str] = []
    stops: list[str] = []
    """Words a noun phrase never runs over: determiners, conjunctions, prepositions."""
    period_links: list[str] = []
    """Between a measure and the words of its period ("revenue for the year reached")."""
    qualifiers: list[str] = []
    """Words that with a generic noun name no metric ("the previous", "a record")."""


class FrameWords(_Strict):
    roles: RoleWords
    phrase: PhraseWords
    per_unit: PerUnitWords
    period: PeriodWords
    metric: MetricWords
    names: NameWords


@cache
def frame_words(lang: str) -> FrameWords:
    """The validated frame words of ``lang`` ("fr" or "en"), read once."""
    raw = resources.files("factcheck.lang").joinpath("data", f"frame_{lang}.toml").read_text(encoding="utf-8")
    return FrameWords.model_validate(tomllib.loads(raw))


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(day.casefold() for lang in ("fr", "en") for day in frame_words(lang).period.weekdays)


def ends_on_weekday(text: str) -> bool:
    """Whether a period's words end on a weekday, in either language ("lundi", "on Thursday").

    >>> ends_on_weekday("on Thursday"), ends_on_weekday("mardi"), ends_on_weekday("en mars")
    (True, True, False)
    """
    words = text.split()
    return bool(words) and words[-1].casefold() in _weekdays()
