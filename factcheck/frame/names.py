"""Names in a sentence, found by rules that need no model (French and English alike): runs of
capitalised words ("Banque de France", "LVMH Moët Hennessy", "CAC 40", "Fashion & Leather
Goods"), plus the collective places a language writes in lower case ("zone euro", "euro
area"). Not names: a capitalised common word opening the sentence ("Looking at…", "Selon…"),
months, days and seasons, measures written in capitals ("PIB", "GDP"), and sources
("selon l'Insee", "Insee said").

>>> [n[2] for n in names_in("Selon l'Insee, la dette de la France a atteint 110 %.", "fr")]
['France']
>>> [n[2] for n in names_in("Looking at euro area inflation, the Stoxx 600 rose in Spring.", "en")]
['euro area', 'Stoxx 600']
>>> [n[2] for n in names_in("INSEE said the deficit of the euro area was 3%.", "en")]
['euro area']
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from factcheck.frame.vocab import frame_words

Found = tuple[int, int, str]  # start, end, text: offsets into the sentence

CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*"
CONNECTOR = r"(?:\s+(?:&|de|du|des|d['’]|of|and|et)\s*)"
RUN = re.compile(rf"(?<![\w-]){CAPITAL}(?:(?:\s+|{CONNECTOR}){CAPITAL}|\s+\d{{1,4}}(?![\d,.]))*")
CONNECTORS = {"&", "de", "du", "des", "d'", "d’", "of", "and", "et"}
LEADING_ARTICLE = re.compile(r"^(?:The|La|Le|Les|L['’])\s*(?=[A-ZÀ-ÖØ-Þ])")
TRAILING = re.compile(r"(?:['’]s?|[.'’-])$")
REPORTED_BEFORE = re.compile(r"(?:selon|d['’]après|according to|par|by|from|cité[es]* par|quoted by|au sens d[eu]|"
                             r"normes d[eu]|au sens de la|définition d[eu])\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$",
                             re.IGNORECASE)
REPORTED_AFTER = re.compile(r"^['’]?s?(?:\s+[a-zà-ÿ]+){0,3}?\s*(?:said|says|told|estimated|"
                            r"indique|a\s+indiqué|précise|a\s+précisé|estime|a\s+estimé|calcule|relève|souligne|"
                            r"observe|note|constate|expects|forecasts|sees|predicts|table|tablait|anticipe|prévoit|"
                            # announcing or publishing: a source when what follows is a report, not its own figure
                            r"(?:announced|annonce|a\s+annoncé|avait\s+annoncé|publie|a\s+publié|diffuse|a\s+diffusé|"
                            r"published|released)(?=\s+(?:que|qu['’]|that|(?:\S+\s+){0,3}?(?:estimations?|chiffres|"
                            r"prévisions|projections|estimates?|figures|data|indicateurs)\b)))\b", re.IGNORECASE)
REPORTED_VERB_BEFORE = re.compile(r"(?:(?:indique|indiqué|précise|précisé|souligne|souligné|explique|expliqué|écrit|"
                                  r"annonce|annoncé|estime|estimé)(?:\s+(?!que\b|qu['’])[\w’']+){0,4}?\s+"
                                  r"(?:l['’]|la\s+|le\s+|les\s+)|(?:said|says|told)\s+(?:the\s+)?)$", re.IGNORECASE)
# Any word one of the three patterns above needs, anywhere, matched in the case-folded sentence
# (faster than IGNORECASE, and as wide: "ſelon" folds to "selon"): a sentence without one names no source.
REPORT_CUE = re.compile(r"selon|d['’]apr|according|par|by|from|cité|quoted|au\s+sens|normes|définition|indiqu|précis|"
                        r"soulign|expliqu|écrit|annonc|announc|estim|said|says|told|calcul|relève|observe|note|"
                        r"constate|expects|forecasts|sees|predicts|tabl|anticip|prévoit|publi|diffus|released")
BRACKETED = re.compile(r"^\s*\)")
CLAUSE_FOLLOWS = re.compile(r"^['’]?s?\s+(?:had|has|have|was|is|were|are|would|will|could|expects|made|a|avait|est|sera|"
                            r"aurait|serait|va)\b", re.IGNORECASE)
SAYS_AFTER = re.compile(r"^['’]?s?\s+(?:said|says|told|added|a\s+déclaré|a\s+dit|a\s+ajouté)\b", re.IGNORECASE)
DATELINE_SPAN = re.compile(r"^\s*[A-Z][A-Z .'-]+,[^—–\n]{0,40}?(?:\s[—–-]+\s|$)")
BRACKETED_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
SMALL_WORDS = {"de", "la", "le", "les", "du", "des", "d", "l", "et", "of", "the", "and", "for", "à", "au", "aux", "en"}
DATELINE = re.compile(r"^\s*(?:\(|,|–|—|-)")
# Who publishes its own release speaks of its own figures: a source in that sentence only.
OWN_RELEASE = re.compile(r"(?:communiqué|press\s+release|news\s+release|statement)(?:\s+\w+){0,2}\s+"
                         r"(?:par|by|de|of|from)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$", re.IGNORECASE)


@cache
def _not_names(lang: str) -> frozenset[str]:
    words = frame_words(lang)
    return frozenset(w.casefold() for w in (*words.period.months, *words.names.not_names, *words.metric.acronyms))


@cache
def _collective(lang: str) -> re.Pattern[str]:
    """Lower-case places and groups ("zone euro"), and population groups ("les 15-24 ans")."""
    names = frame_words(lang).names
    forms = sorted(names.collective, key=len, reverse=True)
    body = "|".join([re.escape(f).replace(r"\ ", r"\s+") for f in forms] + names.groups)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def _group(lang: str) -> re.Pattern[str]:
    groups = "|".join(frame_words(lang).names.groups) or "(?!)"
    return re.compile(rf"(?:{groups})", re.IGNORECASE)


def is_group(words: str, lang: str) -> bool:
    """A population group ("15-24 ans", "50 ans ou plus"): what one figure is about, not a
    subject the next sentences carry."""
    return bool(_group(lang).fullmatch(words.strip()))


def names_in(sentence: str, lang: str, known: frozenset[str] = frozenset()) -> list[Found]:
    """Names of ``sentence`` in reading order (offsets into it); ``known`` holds words seen
    capitalised inside a sentence elsewhere in the document, so that one opening this sentence
    still counts ("Peugeot a gagné…")."""
    found: list[Found] = [(m.start(), m.end(), m.group(0)) for m in _collective(lang).finditer(sentence)]
    for match in RUN.finditer(sentence):
        name = _trimmed(sentence, match.start(), match.end(), lang, known)
        if name and not any(name[0] < end and start < name[1] for start, end, _ in found):
            found.append(name)
    return sorted((n for n in found if not _reports(sentence, n, lang) and not _aside(sentence, n, lang)),
                  key=lambda n: n[0])


@cache
def _event_place(lang: str) -> re.Pattern[str]:
    """The words before a place an event happened in: "l'invasion de l'", "the war in"."""
    events = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in frame_words(lang).names.events) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{events})\s+(?:de|d['’]|du|des|en|au|aux|dans|of|in|on|against)"
                      rf"(?:\s+(?:la|le|les|l['’]|the))?\s*$", re.IGNORECASE)


def _aside(sentence: str, name: Found, lang: str = "fr") -> bool:
    """A name the figure is not about: excluded or a time mark ("hors Mayotte", "avant
    Covid"), an abbreviation in brackets after the full name ("(BIT)"), a place in a
    dateline ("SANTA CLARA, California, Feb. 21 —"), the place of an event ("l'invasion
    de l'Ukraine", "the war in Ukraine"), or a cause in its clause ("bénéficiant de la
    performance des secteurs X", "driven by X").

    >>> s = "En Italie, les prix ont grimpé avec l'invasion de l'Ukraine."
    >>> [n[2] for n in names_in(s, "fr", frozenset({"Italie"}))]
    ['Italie']
    """
    start, end, _ = name
    dateline = DATELINE_SPAN.match(sentence)
    if dateline and start < dateline.end():
        return True
    before = sentence[max(0, start - 40):start].rstrip()
    if _event_place(lang).search(sentence[max(0, start - 40):start]):
        return True
    if re.search(r"(?:hors|sauf|excluding|except|avant|après|depuis|since|before|after|"
                 r"dans\s+le\s+cadre\s+d(?:e\s+la|e\s+l['’]|u|es|e)|within\s+the\s+framework\s+of(?:\s+the)?)$",
                 before, re.IGNORECASE):
        return True  # "hors Mayotte", "avant Covid", "dans le cadre de l'Eurosystème"
    if _cause(lang).search(re.split(r"[,;:(«»]", sentence[:start])[-1]):
        return True  # "bénéficiant de la performance des secteurs X", "driven by X": a cause, not the subject
    return before.endswith("(") and bool(BRACKETED.match(sentence[end:]))


@cache
def _cause(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in frame_words(lang).names.causes) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def _trimmed(sentence: str, start: int, end: int, lang: str, known: frozenset[str]) -> Found | None:
    """The run without a leading article, a trailing possessive or dot, and leading words that
    are no names ("Août", "Spring"); None when nothing is left."""
    article = LEADING_ARTICLE.match(sentence, start, end)
    if article:
        start = article.end()
    cut = TRAILING.search(sentence, start, end)
    while cut and end > start:
        end = cut.start()
        cut = TRAILING.search(sentence, start, end)
    not_names = _not_names(lang)
    words = list(re.finditer(r"\S+", sentence[start:end]))
    while words and words[0].group(0).casefold() in not_names:
        words.pop(0)
    while words and (words[-1].group(0).casefold() in not_names or words[-1].group(0).casefold() in CONNECTORS):
        words.pop()
    if not words:
        return None
    start, end = start + words[0].start(), start + words[-1].end()
    text = sentence[start:end]
    if len(text) < 2 or text.casefold() in not_names or not text[0].isupper():
        return None
    opening = not sentence[:start].strip(" \"«“(–-|•")
    if opening and text.isupper() and DATELINE.match(sentence[end:]):
        return None  # a dateline: "PARIS (Reuters) -", "SANTA CLARA, Calif."
    lettered = [w.group(0) for w in words if not w.group(0).isdigit()]
    if opening and len(lettered) == 1 and not _looks_named(lettered[0]) and lettered[0] not in known:
        return None  # "Looking at…", "Selon…", "- Dividende 3 :" (a footnote mark): a capital only because it opens
    return start, end, text


def _looks_named(word: str) -> bool:
    """An acronym or a word with a capital inside it ("INSEE", "TotalEnergies", "EU-27")."""
    return sum(c.isupper() for c in word) > 1


def _reports(sentence: str, name: Found, lang: str = "fr") -> bool:
    start, end, _ = name
    before = sentence[max(0, start - 30):start]
    inverted = REPORTED_VERB_BEFORE.search(before)
    if inverted and CLAUSE_FOLLOWS.match(sentence[end:end + 20]):
        inverted = None  # "Tim Cook said Apple had…": the name opens the reported clause
    cited = REPORTED_BEFORE.search(before)
    if cited and _ranked_by(lang).search(before[:cited.start()]):
        cited = None  # "suivie par Malte", "followed by Estonia": a rank; "dominé par Nvidia": an agent
    return bool(cited or inverted or REPORTED_AFTER.match(sentence[end:end + 80]))


@cache
def _ranked_by(lang: str) -> re.Pattern[str]:
    names = frame_words(lang).names
    words = "|".join(re.escape(w) for w in (*names.ranked_by, *names.agents)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{words})\s*$", re.IGNORECASE)


def sources_in(text: str, sentences, lang: str, attributions: list[str]) -> frozenset[str]:
    """Folded names the document uses as sources anywhere ("selon l'Insee", "Eurostat said",
    a claim's attribution): none of them is an entity of its figures.

    >>> from factcheck.text.sentences import split
    >>> t = "Selon l'Insee, le PIB a crû. L'Insee note une hausse."
    >>> sorted(sources_in(t, split(t), "fr", []))
    ['insee']
    >>> t = "LVMH a vu ses ventes croître de 13 %, selon le communiqué publié par LVMH."
    >>> sorted(sources_in(t, split(t), "fr", []))
    []
    """
    found = {re.sub(r"^(?:l['’]|la\s+|le\s+|les\s+|the\s+)", "", a.strip(), flags=re.IGNORECASE).casefold()
             for a in attributions}
    for sentence in sentences:
        if not REPORT_CUE.search(sentence.text.casefold()):
            continue
        for start, end, name in _all_names(sentence.text, lang):
            if _reports(sentence.text, (start, end, name), lang) and (
                    name.isupper() or not SAYS_AFTER.match(sentence.text[end:end + 30])) \
                    and not OWN_RELEASE.search(sentence.text[max(0, start - 50):start]):
                found.add(name.casefold())  # "Apple said" is local: a company speaks of its own figures
    for abbreviation, (start, end, words) in abbreviations(text).items():
        if abbreviation.casefold() in found:  # "l'Institut national … (Insee)" when the Insee is a source
            found.add(words.casefold())
            found.update(run.group(0).casefold() for run in RUN.finditer(words))
    for acronym in [f for f in found if 2 <= len(f) <= 6 and f.isalpha()]:
        for words in _spelled(text, acronym):  # "la Commission de régulation de l'énergie" when the CRE is one
            found.update(run.group(0).casefold() for run in RUN.finditer(words[:words.find(" ") + 1 or None]))
    return frozenset(found)


def abbreviations(text: str) -> dict[str, Found]:
    """Each bracketed abbreviation and the words before it that it abbreviates (their
    initials, small words left out, spell it).

    >>> abbreviations("selon le Bureau international du travail (BIT) et les tarifs réglementés de vente (TRV)")
    {'BIT': (9, 40, 'Bureau international du travail'), 'TRV': (54, 81, 'tarifs réglementés de vente')}
    """
    found: dict[str, Found] = {}
    for match in BRACKETED_ABBREVIATION.finditer(text):
        letters = _fold(match.group(1))
        low = max(0, match.start() - 120)
        words = list(re.finditer(r"[^\W\d_]+", text[low:match.start()]))
        kept: list[re.Match] = []
        for word in reversed(words):
            kept.insert(0, word)
            initials = "".join(_fold(w.group(0))[0] for w in kept if _fold(w.group(0)) not in SMALL_WORDS)
            if initials == letters and _fold(kept[0].group(0)) not in SMALL_WORDS:
                start, end = low + kept[0].start(), low + kept[-1].end()
                found[match.group(1)] = (start, end, text[start:end])
                break
            if len(initials) >= len(letters):
                break
    return found


def _spelled(text: str, acronym: str):
    """Words of ``text`` opening with a capital whose initials, small words left out, spell
    ``acronym`` (folded)."""
    for capital in re.finditer(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][^\W\d_]*", text):
        initials = ""
        for word in re.finditer(r"[^\W\d_]+", text[capital.start():capital.start() + 120]):
            folded = _fold(word.group(0))
            if folded in SMALL_WORDS:
                continue
            initials += folded[0]
            if not acronym.startswith(initials):
                break
            if initials == acronym:
                yield text[capital.start():capital.start() + word.end()]
                break


def common_abbreviations(text: str) -> frozenset[str]:
    """Folded abbreviations of lower-case phrases ("tarifs réglementés de vente (TRV)"): names
    of things measured, not of anyone."""
    return frozenset(abbreviation.casefold() for abbreviation, (_, _, words) in abbreviations(text).items()
                     if words[:1].islower())


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()


def _all_names(sentence: str, lang: str) -> list[Found]:
    found = []
    for match in RUN.finditer(sentence):
        name = _trimmed(sentence, match.start(), match.end(), lang, frozenset())
        if name:
            found.append(name)
    return found


def capitalised_inside(text: str) -> frozenset[str]:
    """Words written with a capital somewhere other than at a sentence's start: names.

    >>> sorted(capitalised_inside("Le groupe Peugeot a gagné. Peugeot a perdu."))
    ['Peugeot']
    """
    return frozenset(m.group(0) for m in re.finditer(r"(?<=[\w,;:)] )[A-ZÀ-ÖØ-Þ][\w&-]+", text))


NAME_BEFORE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\s*\($")
PLACE_OF_NAME = re.compile(r"^\s+(?:à|at|in)\s+$")


@cache
def _place_after(lang: str) -> re.Pattern[str]:
    """Right after a figure, past the span of a change ("sur un an", "year on year"): a place
    ("in Germany", "en métropole", "in the euro area"), or a population group ("chez les 15-24
    ans", "pour les 15-24 ans", "among under-25s")."""
    words = frame_words(lang)
    spans = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.roles.change_after)
    collective = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                          for w in sorted(words.names.collective, key=len, reverse=True))
    groups = "|".join(words.names.groups) or "(?!)"
    wholes = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words.roles.share_after)
    return re.compile(rf"\s*(?:(?i:{spans})\s*,?\s*)?(?:(?i:{wholes or '(?!)'})\s*[A-Z]{{2,5}}\s+)?"  # "48 % du PIB en Belgique"
                      rf"(?:(?i:{_alternation(words.names.place_after)})\s+"
                      rf"(?i:the\s+|la\s+|le\s+|l['’])?(?P<name>(?i:{collective})(?![\w-])|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)"
                      rf"|(?i:{_alternation(words.names.group_after)})\s+(?i:les\s+|the\s+|those\s+)?(?P<group>(?i:{groups})))")


@cache
def _owner(lang: str) -> re.Pattern[str]:
    """``[names] owner_after`` ("de la", "fixée par") then an article, built once per language."""
    words = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
                     for w in sorted(frame_words(lang).names.owner_after, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s*(?:{words})\s*(?:la\s+|le\s+|l['’]|the\s+)?", re.IGNORECASE)


def owner_after(text: str, claim, lang: str, names: tuple[Found, ...], sentence) -> Found | None:
    """The name right after a target's owner words ("2 % de la Banque centrale européenne",
    "3 % fixée par l'Union européenne"): whose target it is; ``names`` are the sentence's."""
    owner = _owner(lang).match(text, claim.end)
    if owner is None:
        return None
    return next((name for name in names if sentence.start + name[0] == owner.end()), None)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words) or "(?!)"


def named_after(text: str, claim, lang: str, sentence) -> Found | None:
    """A place written right after the figure ("3.4% in Germany", "7 % en France") or a name
    just before its bracket ("Estonia (5.0%)"); offsets into ``sentence``.

    >>> from types import SimpleNamespace as S
    >>> named_after("Inflation was 3.4% in Germany.", S(start=14, end=18), "en", S(start=0))
    (22, 29, 'Germany')
    >>> named_after("Inflation was 3.4% in August.", S(start=14, end=18), "en", S(start=0))
    """
    months = _not_names(lang)  # months, seasons, days: "1.4% in Spring" is a time, not a place
    after = _place_after(lang).match(text, claim.end, min(len(text), claim.end + 60))
    key = "name" if after and after.group("name") else "group"
    if after and after.group(key).casefold() not in months:
        return after.start(key) - sentence.start, after.end(key) - sentence.start, after.group(key)
    before = NAME_BEFORE.search(text, max(0, claim.start - 40), claim.start)
    if before and before.group(1).casefold() not in months:
        name = (before.start(1) - sentence.start, before.end(1) - sentence.start, before.group(1))
        own = text[sentence.start:sentence.end] if hasattr(sentence, "end") else text
        return None if _aside(own, name, lang) else name
    return None


def nearest_before(sentence: str, names: list[Found], claim_start: int, usable=lambda name: True) -> Found | None:
    """The name nearest before the figure for which ``usable`` holds, not a place written
    after another name ("l'AEX à Amsterdam a progressé": the AEX).

    >>> s = "Le Dax à Francfort a progressé de 0,5 %."
    >>> nearest_before(s, names_in(s, "fr"), 34)
    (3, 6, 'Dax')
    """
    kept: list[Found] = []
    for number, name in enumerate(names):
        if name[1] > claim_start:
            break
        if number and PLACE_OF_NAME.match(sentence[names[number - 1][1]:name[0]]):
            continue
        kept.append(name)
    kept = [name for name in kept if usable(name)]
    return kept[-1] if kept else None
