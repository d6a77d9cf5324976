"""The role of a figure in its sentence, from the words around it and the claim's own links:
level, change, share, previous, forecast, target or revision (docs: CONTRACT.md, Frame).

>>> from factcheck.extraction.finder import find_claims
>>> text = "L'inflation a ralenti à 1,3 % contre 1,5 % précédemment."
>>> [roles_of(text, "fr", find_claims(text, "fr"))[i] for i in (0, 1)]
['level', 'previous']
>>> text = "Le groupe détient 80 % du marché et ses ventes ont reculé de 5 %."
>>> roles_of(text, "fr", find_claims(text, "fr"))
['share', 'change']
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.frame.vocab import RoleWords, frame_words
from factcheck.models import Claim
from factcheck.text.sentences import Sentence, index_of, split

WINDOW = 90
LEVEL_REACHED = re.compile(r"(?<![\w-])(?:(?:à|to)(?:\s+(?:a|an|un|une|new|nouveau|nouvel|record|high|low|peak|"
                           r"historic|historique|sommet|niveau|plus|haut|bas)){0,4}(?:\s+(?:of|de|d['’]))?|"
                           r"(?:est|était|sont|s['’]établit\s+à|s['’]élève\s+à|stood\s+at|came\s+in\s+at)(?:\s+de)?)\s*$",
                           re.IGNORECASE)
# A figure after a name, its verb left out: "Peugeot a avancé de 1,5 % et Renault de 1,4 %".
ELLIPTIC = re.compile(r"^\s*[,;]?\s*(?:et|and|while|tandis\s+que|alors\s+que)?\s*(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
                      r"[A-Z][\w&.-]*(?:\s+[\w&.-]+){0,2}\s+(?:de\s+|by\s+)?$")
AFTER = 45
SIGNED = re.compile(r"^\s*[+\-−–]")
INHERITED = ("forecast", "target", "revision", "previous", "change")
# The next item of a list in brackets after its own words: "l'énergie (+3,1 points), suivie des services (".
BRACKET_ITEM = re.compile(r"^[^()\d]{0,12}\)\s*[,;]?[^()\d]{1,60}\(\s*$")
JOINED = re.compile(r"^\s*(?:(?:en|in)\s+\d{4}\s*)?(?:,|;|et|puis|and|then|while|,\s*et|,\s*and|soit|or|ou)?"
                    r"\s*(?:(?:en|in)\s+\d{4}\s*)?$",
                    re.IGNORECASE)


def _words(forms: list[str]) -> str:
    return "|".join(re.escape(f).replace("'", "['’]").replace(r"\ ", r"\s+")
                    for f in sorted(forms, key=len, reverse=True))


@cache
def _cues(lang: str) -> dict[str, re.Pattern[str]]:
    r: RoleWords = frame_words(lang).roles
    endings = rf"|\w{{2,}}(?:{_words(r.forecast_endings)})" if r.forecast_endings else ""
    edge = r"(?<![\w-])"
    return {
        "previous_before": re.compile(rf"{edge}(?:{_words(r.previous_before)})(?:\s+[^\s\d+\-−]+){{0,3}}\s*[(+\-−]?\s*$",
                                      re.IGNORECASE),
        "previous_after": re.compile(rf"^[^\d;.]{{0,25}}?{edge}(?:{_words(r.previous_after)})(?![\w-])", re.IGNORECASE),
        "forecast_after": re.compile(rf"^[^\d;.]{{0,30}}?{edge}(?:{_words(r.forecast_after) or '(?!)'})(?![\w-])",
                                     re.IGNORECASE),
        "revision": re.compile(rf"{edge}(?:{_words(r.revision)})(?![\w-])", re.IGNORECASE),
        "revision_moves": re.compile(rf"{edge}(?:{_words(r.revision_moves) or '(?!)'})(?![\w-])", re.IGNORECASE),
        "path_start": re.compile(rf"{edge}(?:{_words(r.path_start) or '(?!)'})\s*[(+\-−]?\s*$", re.IGNORECASE),
        "path_to": re.compile(rf"^\s*(?:(?:en|in)\s+\d{{4}}\s*)?,?\s*(?:{_words(r.path_to) or '(?!)'})\s+(?:au\s+moins\s+|at\s+least\s+)?[+\-−]?\d",
                              re.IGNORECASE),
        "target": re.compile(rf"{edge}(?:{_words(r.target)})(?![\w-])", re.IGNORECASE),
        "forecast": re.compile(rf"{edge}(?:{_words(r.forecast)}{endings})(?![\w-])", re.IGNORECASE),
        "share_after": re.compile(rf"^\s*(?:{_words(r.share_after)})\s*(?:the\s+)?(?!(?:{_words(r.share_not)})(?![\w-]))\w",
                                  re.IGNORECASE),
        "share_words": re.compile(rf"{edge}(?:{_words(r.share_words)})(?![\w-])", re.IGNORECASE),
        "target_after": re.compile(rf"^\s*(?:{_words(r.target_after) or '(?!)'})(?![\w-])", re.IGNORECASE),
        "change_noun_subject": re.compile(rf"(?:^|[,;:]\s*)(?:la|le|l['’]|une|un|the|a|an)\s*(?:{_words(r.change_nouns) or '(?!)'})"
                                          rf"(?![\w-])[^,;:]*$", re.IGNORECASE),
        "replaced": re.compile(rf"{edge}(?:{_words(r.replaced) or '(?!)'})(?![\w-])", re.IGNORECASE),
        "contribution": re.compile(rf"{edge}(?:{_words(r.contribution) or '(?!)'})(?![\w-])", re.IGNORECASE),
        "change_after": re.compile(rf"^[\s,]*(?:{_words(r.change_after)})(?![\w-])", re.IGNORECASE),
        "change": re.compile(rf"{edge}(?:{_words(r.change)})(?![\w-])", re.IGNORECASE),
    }


def roles_of(text: str, lang: str, claims: list[Claim], sentences: list[Sentence] | None = None) -> list[str]:
    """One role per claim of ``claims`` (the document's claims, in order); ``sentences``, when
    the caller has split the text already."""
    sentences = split(text) if sentences is None else sentences
    old_values = {claim.change_of for claim in claims if claim.change_of is not None}
    roles: list[str] = []
    for number, claim in enumerate(claims):
        sentence = sentences[index_of(sentences, claim.start)] if sentences else Sentence(0, len(text), text)
        before_start = max(sentence.start, claim.start - WINDOW)
        previous = claims[number - 1] if number else None
        joined = False
        if previous is not None and previous.end > before_start:
            before_start = previous.end
            between = text[previous.end:claim.start]
            joined = bool(roles) and roles[-1] in INHERITED and (
                JOINED.match(between) or roles[-1] == "change" and ELLIPTIC.match(between))
        following = claims[number + 1].start if number + 1 < len(claims) else len(text)
        after = text[claim.end:min(claim.end + AFTER, following, sentence.end)]
        before = text[before_start:claim.start]
        role = _role(claim, lang, number in old_values, before, after)
        if role == "previous" and roles and roles[-1] in ("level", "change") and not joined \
                and _cues(lang)["replaced"].search(text[previous.end:claim.start] if previous else ""):
            roles[-1] = "revision"  # "une hausse de 5,9 % au lieu du taux de 5,8 % indiqué": the new value
        if joined and (role == "level" or role == "change" and roles[-1] != "change"):
            roles.append(roles[-1])  # "1,2 % en 2024 et 1,5 % en 2025", "Peugeot de 1,5 % et Renault de 1,4 %"
            continue
        if previous is not None and roles[-1] == "share" and role in ("level", "change") \
                and previous.end > before_start - 1 and BRACKET_ITEM.match(text[previous.end:claim.start]):
            roles.append("share")  # "contributions … de l'énergie (+3,1 points), suivie des services (+1,0 point)"
            continue
        cues = _cues(lang)
        opening = text[sentence.start:claim.start]
        if role in ("level", "change") and cues["forecast"].search(text[sentence.start:before_start]):
            role = "forecast"  # "seen easing from 4.8% this year to 2.9% next year": the whole path
        if role == "forecast" and (cues["revision_moves"].search(opening)
                                   or cues["revision"].search(_said_before(text, sentences, sentence, claims))):
            role = "revision"  # "raised its forecasts and now sees 2.5%", "relevé ses prévisions et table sur"
        if role != "previous" and not claim.direction and role != "change" and cues["path_start"].search(before) \
                and cues["path_to"].match(text[claim.end:sentence.end]):
            role = "previous"  # "inflation would fall from 6.4% in 2023 to 2.7%": the start of the path
        if role in ("level", "share") and _earlier_aside(text, claim, sentence):
            role = "previous"  # "proche de l'avant-crise (43,9 % en 2019)" in a sentence on 2022 and after
        roles.append(role)
    return roles


# A figure in brackets with its own year: "(43,9 % en 2019)", "(51,8 % du PIB en 2018)".
ASIDE_YEAR = re.compile(r"\D{0,25}?((?:19|20)\d\d)\s*\)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _earlier_aside(text: str, claim: Claim, sentence: Sentence) -> bool:
    """A figure in brackets for a year before another year its sentence names: an earlier
    value given to compare with."""
    if not text[max(sentence.start, claim.start - 2):claim.start].strip().endswith("("):
        return False
    aside = ASIDE_YEAR.match(text, claim.end)
    if aside is None:
        return False
    years = [int(y) for y in YEAR.findall(text, sentence.start, claim.start)]
    return any(year > int(aside.group(1)) for year in years)


def _said_before(text: str, sentences: list[Sentence], sentence: Sentence, claims: list[Claim]) -> str:
    """The sentence before the figure's when it holds no figure: it may say what the figures
    after it are ("Les prévisions sont revues à la baisse. La banque table sur 0,9 %")."""
    index = index_of(sentences, sentence.start) if sentences else 0
    if index > 0:
        before = sentences[index - 1]
        if not any(before.start <= c.start < before.end for c in claims):
            return text[before.start:before.end]
    return ""


def _role(claim: Claim, lang: str, is_old_value: bool, before: str, after: str) -> str:
    cues = _cues(lang)
    if not is_old_value and cues["forecast_after"].search(after):
        return "forecast"  # "contre 23,7 milliards attendus par les analystes": the consensus, not an earlier value
    if is_old_value or cues["previous_before"].search(before) or (
            cues["previous_after"].search(after) and not claim.direction):
        return "previous"  # "down 1% from a year earlier" is a change, "1,5 % précédemment" an earlier value
    for role in ("revision", "target", "forecast"):
        if cues[role].search(before):
            return role
    if cues["forecast_after"].search(after):
        return "forecast"
    if cues["target_after"].search(after):
        return "target"  # "the ECB's 2% target", "la limite de 3 % fixée par l'UE"
    if cues["contribution"].search(before):
        return "share"  # "le commerce extérieur a apporté +0,3 point à la croissance"
    if claim.kind == "percent" and SIGNED.match(claim.text):
        return "change"  # "+0,2 %", a table's "Change" column "-24%"
    if claim.kind == "percent" and not claim.points and not claim.direction and (
            cues["share_after"].search(after) or cues["share_words"].search(before)
            or cues["share_words"].match(after.lstrip())):
        return "share"
    if cues["change_noun_subject"].search(before):
        return "change"  # "la hausse des loyers est évaluée à 4 %"
    if not claim.direction and not claim.points and LEVEL_REACHED.search(before):
        return "level"  # "a progressé à 6,2 milliards", "rose to $35.1 billion": the level reached
    if claim.direction or claim.points or (claim.change_of is None and (
            cues["change"].search(before) or cues["change_after"].search(after))):
        return "change"
    return "level"
