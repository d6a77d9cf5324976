"""What a French figure measures, by rules first (the parser in ``subject.py`` only reads the
sentences these leave open): the noun phrase opened by an article right before the verb that
leads to the figure ("le taux de chômage a atteint 7,5 %", "la dette publique s'élève à
110 %", "les prix à la consommation ont augmenté de 0,3 %"). A pronoun there ("elles
progressent de 2 %") says the metric is carried.

>>> french_rule("Le taux de chômage a atteint 7,5 % fin 2023.", 29)
Subject(metric=(3, 18, 'taux de chômage'), entity=None, pronoun=False)
>>> french_rule("En 2023, la dette publique s'élève à 110,6 % du PIB.", 37).metric[2]
'dette publique'
>>> french_rule("Elles progressent de 2,0 % sur un an.", 21).pronoun
True
>>> french_rule("Le chiffre d'affaires du groupe enregistre une hausse de 13 %.", 57).metric[2]
"chiffre d'affaires du groupe"
>>> french_rule("Le régulateur suggère une baisse de 9 % des redevances.", 36, 39).metric[2]
'redevances'
>>> french_rule("L'inflation dans la zone euro est remontée à 2,6 %.", 45)
Subject(metric=(2, 11, 'inflation'), entity=(20, 29, 'zone euro'), pronoun=False)
>>> french_rule("L'inflation devrait atteindre 6 % en 2023.", 30).metric[2]
'inflation'
>>> french_rule("Selon l'Insee, 7,5 % des actifs sont au chômage.", 15)
Subject(metric=None, entity=None, pronoun=False)
"""

from __future__ import annotations

import re

from factcheck.frame.english import Subject
from factcheck.frame.vocab import frame_words
from factcheck.lang.data import load


def _forms(words: list[str]) -> str:
    """Words of a list as a regular-expression alternation, longest first, any spaces between."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _in_order(words: list[str]) -> str:
    """Words of a list as an alternation in the list's order, any spaces between, either apostrophe."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)


_PHRASE_WORDS = frame_words("fr").phrase  # frame_fr.toml [phrase]
WORD = r"[a-zà-öø-ÿœæ][\w-]*(?:['’][\w-]+)?"
AUXILIARY = rf"(?:{_in_order(_PHRASE_WORDS.auxiliaries)})"
PRONOUN = rf"(?:{_forms(frame_words('fr').phrase.pronouns)})(?![\w’'-])"
NOUN = rf"(?!{PRONOUN})(?!{AUXILIARY}(?![\w’'-]))(?!(?:s|n|qu|c|j|m|t)['’]){WORD}"
_ELIDED = [w for w in _PHRASE_WORDS.articles if w.endswith("'")]  # "l'" takes no space before its noun
ARTICLE = rf"(?:(?:{_in_order([w for w in _PHRASE_WORDS.articles if w not in _ELIDED])})\s|{_in_order(_ELIDED)})"
FUNCTION = rf"(?:{_in_order(_PHRASE_WORDS.stops)})(?![\w’'-])"
LOWER = rf"(?!{AUXILIARY}(?![\w’'-]))(?!{FUNCTION})(?!(?:un|une|le|la|les)(?![\w’'-]))(?!(?:s|n|qu|c|j|m|t)['’])(?-i:[a-zà-öø-ÿœæ])[\w-]*(?:['’][\w-]+)?"
# "de la consommation", "d'affaires" (a preposition as a whole word: "devrait" is none)
COMPLEMENT = rf"(?:\s+(?:(?:de|du|des|à|au|aux|hors)\s+|d['’]\s*)(?:la\s+|l['’]|les\s+)?{LOWER}(?:\s+{LOWER})?)"
VERB = (rf"(?:(?:ne\s+|n['’])?(?:se\s+|s['’])?(?:{AUXILIARY}\s+)?(?:\w+ment\s+|encore\s+|déjà\s+|aussi\s+)*"
        rf"(?!{FUNCTION})(?-i:[a-zà-öø-ÿœæ])[\w-]*(?:['’][\w-]+)?)")
LINK = rf"(?:\s+(?:{_in_order(_PHRASE_WORDS.links)}))*"
COMPLEMENT_BEFORE = re.compile(r"(?:\bde|\bdu|\bdes)\s*$")
PHRASE = rf"{NOUN}(?:\s+{LOWER}){{0,2}}{COMPLEMENT}?"
SUBJECT_BEFORE = re.compile(rf"(?:^|[\s,;:(«\"“])(?P<article>{ARTICLE})\s*(?P<noun>{PHRASE})"
                            rf"\s+(?P<verb>{VERB}){LINK}\s*[+\-−]?$", re.IGNORECASE)
# "a abaissé son taux de dépôt à 3,75 %", "la dette publique à 110 %": the noun brought to the figure.
OBJECT_TO = re.compile(rf"(?:^|[\s,;:(«\"“])(?P<article>{ARTICLE})\s*(?P<noun>{PHRASE})\s+(?:à|au)\s*[+\-−]?$", re.IGNORECASE)
# "un chiffre d'affaires record de 22,1 milliards", "une croissance de 0,7 %": the noun the figure completes.
NOUN_OF = re.compile(rf"(?:^|[\s,;:(«\"“])(?P<article>{ARTICLE})\s*(?P<noun>{PHRASE})\s+(?:de|d['’])\s*[+\-−]?$",
                     re.IGNORECASE)
# Verbs whose subject undergoes the move named after them: "le chiffre d'affaires enregistre une
# hausse de 13 %" (not "l'autorité propose une baisse de 15 %").
UNDERGOES = re.compile(r"(?:enregistr|affich|conna[iî]|subi|accus|signe|réalis)\w*$", re.IGNORECASE)
# "une baisse de 15 % des tarifs réglementés": what the move is of, after the figure.
MOVED_AFTER = re.compile(rf"\s*(?:des|du|de\s+la|de\s+l['’]|d['’])\s*(?P<noun>{NOUN}(?:\s+{LOWER}){{0,2}}{COMPLEMENT}?)", re.IGNORECASE)
# "au recul de 2 % sur douze mois du prix du fioul": a move noun before the figure, what moves after it
# (past the span of the change).
MOVE_BEFORE = re.compile(rf"(?:^|[\s,;:(«\"“])(?:{ARTICLE}|au\s+|du\s+)\s*(?:\w+\s+)?"
                         rf"(?:{_forms(frame_words('fr').roles.change_nouns)})\s+(?:de|d['’])\s*[+\-−]?$", re.IGNORECASE)
SPAN_AFTER = re.compile(rf"\s*(?:(?:{_forms(frame_words('fr').roles.change_after)})(?![\w-]))?", re.IGNORECASE)
# The measured noun before the place a subject names: "l'inflation dans la zone euro".
PLACE_OF = re.compile(rf"(?:^|[\s,;:(«\"“])(?:{ARTICLE})\s*(?P<noun>{NOUN}(?:\s+{LOWER}){{0,2}})\s+(?:dans|de|en)\s*$",
                      re.IGNORECASE)
PRONOUN_BEFORE = re.compile(rf"(?:^|[\s,;:])(?:{_forms(frame_words('fr').phrase.subject_pronouns)})\s+{VERB}{LINK}"
                            rf"\s*[+\-−]?$", re.IGNORECASE)


# "une progression du produit intérieur brut de 0,3 %": the move's complement is what moves.
_MOVES = _forms(frame_words("fr").roles.change_nouns)
MOVE_OF = re.compile(rf"(?:^|[\s,;:(«\"“])(?:{ARTICLE})\s*(?:\w+\s+)?(?:{_MOVES})\s+(?:(?:des|du|de\s+la)\s+|de\s+l['’]|d['’])"
                     rf"(?P<noun>{NOUN}(?:\s+{LOWER}){{0,2}})\s+(?:de|d['’])\s*[+\-−]?$", re.IGNORECASE)
# "un cash-flow en hausse de 5 %": the noun the move is said of, no verb between.
MOVING = re.compile(rf"(?:^|[\s,;:(«\"“])(?:{ARTICLE})\s*(?P<noun>{PHRASE})\s+en\s+(?:{_MOVES})\s+(?:de|d['’])\s*[+\-−]?$",
                    re.IGNORECASE)
# "la dépense sociale, qui pèse près de 57 %": the noun a relative clause opens on.
RELATIVE = re.compile(rf"(?:^|[\s,;:(«\"“])(?:{ARTICLE})\s*(?P<noun>{PHRASE})\s*,\s*qui\s+{VERB}{LINK}\s*[+\-−]?$",
                      re.IGNORECASE)


# "L'indice des prix … européennes (IPCH) affiche sur un an une hausse de": the measure's short
# name in brackets, right before the verb leading to the figure, is the metric (the nearest mention).
BRACKETED_MEASURE = re.compile(rf"\((?P<noun>(?-i:{_forms(frame_words('fr').metric.acronyms)}))\)\s+{VERB}"
                               rf"(?:\s+[^\s\d,;:.()%]+){{0,6}}?{LINK}\s*[+\-−]?$", re.IGNORECASE)


def _other_shapes(before: str) -> re.Match | None:
    """The measured noun when no subject leads to the figure: the complement of a move noun
    ("une progression du PIB de"), a noun said to move ("un cash-flow en hausse de"), the
    noun a relative clause opens on ("la dépense sociale, qui pèse près de")."""
    return MOVE_OF.search(before) or MOVING.search(before) or RELATIVE.search(before)


# "l'AEX à Amsterdam a progressé de", "Peugeot a avancé de": the name that moves is the entity;
# not a name completing a noun before it ("le chiffre d'affaires de LVMH a atteint").
NAMED_MOVE = re.compile(rf"(?:^|[\s,;:(])(?<!\bde\s)(?<!\bdu\s)(?<!\bdes\s)(?:(?:le|la|les)\s+|l['’])?"
                        rf"(?P<name>(?-i:[A-Z][\w&.-]*)(?:\s+\d{{1,4}})?)"
                        rf"(?:\s+(?:à|en)\s+(?-i:[A-Z])[\w-]+)?\s+{VERB}{LINK}\s*[+\-−]?$",
                        re.IGNORECASE)


# "celui des services a atteint un sommet de": the measure named before, of another part (the entity).
THAT_OF = re.compile(rf"(?:^|[\s,;:])(?:{_forms(frame_words('fr').phrase.that_of)})\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]|d['’])"
                     rf"(?P<part>{NOUN}(?:\s+{LOWER}){{0,2}}?)\s+{VERB}(?:\s+[^\s\d,;:.()%]+){{0,4}}?{LINK}\s*[+\-−]?$",
                     re.IGNORECASE)


# "Peugeot a avancé de 1,46 % et Renault de": the next name of a list of moves, its verb left out.
ELLIPTIC_NAME = re.compile(r"\d\s*(?:%|points?)\s*(?:,\s*|\s+)(?:et\s+|puis\s+)?(?:(?:le|la|les)\s+|l['’])?"
                           r"(?P<name>(?-i:[A-Z])[\w&.-]*)\s+(?:de|d['’])\s*[+\-−]?$", re.IGNORECASE)


_CUES = load("fr").cues  # fr.toml [cues]: the extractor's hedges and bounds
HEDGE = rf"(?:{_forms([*_CUES.hedges, *_CUES.bound_min, *_CUES.bound_max])})"
# "Nvidia détient 80 %", "Nvidia, qui détient environ 80 %": the name that holds the figure (not a
# name completing a noun before it: "la part de LVMH détient").
HOLDER = re.compile(rf"(?:^|[\s;:(])(?<!\bde\s)(?<!\bdu\s)(?<!\bdes\s)(?P<name>(?-i:[A-Z][\w&.-]*))"
                    rf"(?:\s*,\s*qui)?\s+(?:{_forms(frame_words('fr').phrase.holds)})(?:\s+{HEDGE})?\s*$", re.IGNORECASE)
# Last words of a noun phrase that open a hedge or a bound before the figure ("une capitalisation
# boursière proche de", "une part de marché d'environ"): not part of the metric.
_HEDGE_OPENERS = {h.split()[0].casefold() for h in [*_CUES.hedges, *_CUES.bound_min, *_CUES.bound_max]
                  if len(h.split()) == 2 and h.split()[1] in ("de", "d'")} | {
                      h.casefold() for h in _CUES.hedges if " " not in h and h.isalpha()}


def unhedged(found: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """A metric phrase without the hedge or bound word it ran into: "capitalisation boursière
    proche" (of "proche de 1 720 milliards") is "capitalisation boursière".

    >>> unhedged((3, 34, "capitalisation boursière proche"))
    (3, 27, 'capitalisation boursière')
    >>> unhedged((0, 15, "salaire minimum"))
    (0, 15, 'salaire minimum')
    """
    if found is None:
        return None
    start, end, noun = found
    kept = noun
    while (last := re.search(r"\s+(\S+)$", kept)) and last.group(1).casefold() in _HEDGE_OPENERS:
        kept = kept[:last.start()]
    return found if kept == noun else (start, start + len(kept), kept)


# A verb right before a percentage (a hedge or bound between): "pèse 12 %", "détient environ 80 %";
# not a figure opening its clause ("Selon l'Insee, 7,5 % des actifs").
VERB_BEFORE_SHARE = re.compile(rf"(?:^|\s)(?!{FUNCTION})(?!{ARTICLE})(?-i:[a-zà-öø-ÿœæ])[\w-]+(?:\s+{HEDGE})?\s*$",
                               re.IGNORECASE)


# "12 % des exportations", "40 % de son chiffre d'affaires": the whole a share is of.
WHOLE_AFTER = re.compile(rf"\s*(?:des|du|de\s+la|de\s+l['’]|d['’]|de\s+(?:son|sa|ses|leur|leurs)\s)\s*"
                         rf"(?P<noun>{NOUN}(?:\s+{LOWER}){{0,2}}{COMPLEMENT}?)", re.IGNORECASE)


def share_whole(sentence: str, claim_start: int, claim_end: int) -> tuple[int, int, str] | None:
    """What a share is of, named after it when nothing before measures it: "pèse 12 % des
    exportations" ("exportations"); None when the figure opens its clause or is no percentage.

    >>> share_whole("Le secteur automobile pèse 12 % des exportations.", 27, 31)
    (36, 48, 'exportations')
    >>> share_whole("Selon l'Insee, 7,5 % des actifs sont au chômage.", 15, 20) is None
    True
    """
    if "%" not in sentence[claim_start:claim_end] or not VERB_BEFORE_SHARE.search(sentence, 0, claim_start):
        return None
    whole = WHOLE_AFTER.match(sentence, claim_end)
    if whole is None or _generic(whole.group("noun"), set(frame_words("fr").metric.not_heads)) \
            or whole.group("noun")[:1].isupper():
        return None
    return whole.start("noun"), whole.end("noun"), whole.group("noun")


def _holder(sentence: str, before: str, offset: int, claim_end: int | None) -> Subject | None:
    """The name that holds the figure, its share's whole after it the metric: "Nvidia détient
    80 % du marché" (entity Nvidia, metric "marché")."""
    match = HOLDER.search(before)
    if match is None or match.group("name").casefold() in {
            w.casefold() for w in (*frame_words("fr").names.not_names, *frame_words("fr").metric.acronyms)}:
        return None
    whole = _moved_after(sentence, claim_end) if claim_end is not None else None
    return Subject(metric=whole.metric if whole else None,
                   entity=(offset + match.start("name"), offset + match.end("name"), match.group("name")))


def _elliptic(before: str, offset: int) -> Subject | None:
    match = ELLIPTIC_NAME.search(before)
    if match is None or match.group("name").casefold() in {w.casefold() for w in frame_words("fr").names.not_names}:
        return None
    return Subject(entity=(offset + match.start("name"), offset + match.end("name"), match.group("name")))


def _named_move(before: str, offset: int) -> Subject:
    """The name whose move the figure is, when no noun leads to it: "le Dax à Francfort a
    progressé de 0,46 %", "Peugeot a avancé de 1,5 %"."""
    match = NAMED_MOVE.search(before)
    words = frame_words("fr")
    if match is None or match.group("name").split()[0].casefold() in {
            w.casefold() for w in (*words.names.not_names, *words.metric.acronyms, *words.period.months)}:
        return Subject()
    first = match.group("name").split()[0]
    if not offset and not before[:match.start("name")].strip(" -–•*\"«(") and sum(c.isupper() for c in first) < 2:
        return Subject()  # "- Marge opérationnelle en hausse de": a capital only because it opens the line
    return Subject(entity=(offset + match.start("name"), offset + match.end("name"), match.group("name")))


def _generic(noun: str, skipped: set[str]) -> bool:
    """A phrase that names no metric: a generic word ("hausse", "niveau"), also after an
    adjective ("une forte hausse", "une franche progression": the move, not what moves)."""
    words = noun.casefold().split()
    return words[0] in skipped or len(words) > 1 and words[1] in frame_words("fr").roles.change_nouns


def french_rule(sentence: str, claim_start: int, claim_end: int | None = None) -> Subject:
    """The noun phrase before the verb leading to the figure at ``claim_start``, by rules;
    an empty Subject when the words there are not of that shape (the parser decides). A move
    someone proposes or announces ("propose une baisse de 15 % des tarifs") is of the noun
    after the figure (``claim_end``), not of who proposes it."""
    offset = max(0, claim_start - 160)
    if offset:
        offset = sentence.find(" ", offset, claim_start) + 1 or offset  # start on a word
    before = sentence[offset:claim_start]
    if PRONOUN_BEFORE.search(before):
        return Subject(pronoun=True)
    elliptic = _elliptic(before, offset) or _holder(sentence, before, offset, claim_end)
    if elliptic is not None:
        return elliptic
    that_of = THAT_OF.search(before)
    if that_of is not None:
        return Subject(entity=(offset + that_of.start("part"), offset + that_of.end("part"), that_of.group("part")),
                       pronoun=True)
    not_heads = set(frame_words("fr").metric.not_heads)
    skipped = not_heads | {w.casefold() for w in frame_words("fr").names.not_names}
    # "une hausse de 13 %" names no metric: the subject before the verb may ("le chiffre
    # d'affaires enregistre une hausse de 13 %")
    match = NOUN_OF.search(before)
    if match is not None and _generic(match.group("noun"), skipped):
        subject = SUBJECT_BEFORE.search(before)
        if subject is not None and UNDERGOES.search(subject.group("verb")):
            match = subject
        elif subject is not None and claim_end is not None:
            return _moved_after(sentence, claim_end) or Subject()
    elif match is None and claim_end is not None and MOVE_BEFORE.search(before) and not SUBJECT_BEFORE.search(before):
        moved = _moved_after(sentence, claim_end)
        if moved is not None:
            return moved
    match = match or SUBJECT_BEFORE.search(before) or OBJECT_TO.search(before)
    pointing = _pointing(match, offset)
    if pointing is not None:
        return pointing
    if match is None or _generic(match.group("noun"), skipped):
        match = _other_shapes(before)
    if match is None or _generic(match.group("noun"), skipped):
        measure = BRACKETED_MEASURE.search(before)
        if measure is not None:
            return Subject(metric=(offset + measure.start("noun"), offset + measure.end("noun"), measure.group("noun")))
        return _named_move(before, offset)
    return _measured(before, offset, match)


def _moved_after(sentence: str, claim_end: int) -> Subject | None:
    """What a move is of, after the figure: "une baisse de 15 % des tarifs", "un recul de 3 %
    sur un an du prix de l'essence"."""
    after = MOVED_AFTER.match(sentence, SPAN_AFTER.match(sentence, claim_end).end())
    return Subject(metric=(after.start("noun"), after.end("noun"), after.group("noun"))) if after else None


def _pointing(match: re.Match | None, offset: int) -> Subject | None:
    """A subject that points elsewhere: a designation of a company named before, the entity
    ("l'entreprise avait reversé près de 25 milliards"); a demonstrative before a noun that only
    says "figure", the figure before, whose metric is carried ("ce chiffre était de 3,1 %")."""
    if match is None:
        return None
    words, noun = frame_words("fr"), match.group("noun")
    if noun.casefold() in words.names.designations:
        start = offset + match.start("noun")
        return Subject(entity=(start, start + len(noun), noun))
    article = match.group("article").strip().casefold()
    if noun.casefold() in words.phrase.figure_nouns and article in words.phrase.demonstratives:
        return Subject(pronoun=True)
    return None


def _measured(before: str, offset: int, match: re.Match) -> Subject:
    """The measured noun a rule matched, cut of the place it names ("la dette des
    administrations publiques", "le PIB allemand"), or the name it is ("l'Ibex à Madrid")."""
    noun = match.group("noun")
    words = noun.split()
    start = offset + match.start("noun")
    words_fr = frame_words("fr")
    places = {w.casefold() for w in words_fr.names.collective}  # "zone euro", "français"
    if " ".join(words).casefold() in places:  # "l'inflation dans la zone euro est remontée à 2,6 %"
        measured = PLACE_OF.search(before, 0, match.start("article"))
        return Subject(metric=(offset + measured.start("noun"), offset + measured.end("noun"), measured.group("noun"))
                       if measured else None, entity=(start, start + len(noun), noun))
    for place in sorted(places, key=len, reverse=True):  # "la dette des administrations publiques"
        cut = re.search(rf"\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]|les\s+)?{re.escape(place)}$", noun, re.IGNORECASE)
        if cut and cut.start() > 0:
            noun, words = noun[:cut.start()], noun[:cut.start()].split()
            break
    while len(words) > 1 and words[-1].casefold() in places:
        words.pop()  # "le PIB allemand": the adjective is the entity (names.py)
        noun = noun[:noun.rfind(words[-1]) + len(words[-1])]
    if words[0][:1].isupper() and words[0] not in words_fr.metric.acronyms:
        if COMPLEMENT_BEFORE.search(before[:match.start("article")]):
            return Subject()  # "le chiffre d'affaires de L'Oréal a atteint": the name completes a noun before it
        return Subject(entity=(start, start + len(words[0]), words[0]))  # "l'Ibex à Madrid a gagné 0,8 %"
    return segment(noun, start) or Subject(metric=(start, start + len(noun), noun))


def segment(noun: str, start: int) -> Subject | None:
    """Sales of a part of a company: "le chiffre d'affaires de l'activité centres de données",
    "les ventes de la division X": the part after the sales noun is the entity, the sales noun
    the metric; not a designation of the whole ("du groupe") nor a generic word.

    >>> segment("chiffre d'affaires annuel des centres", 0)
    Subject(metric=(0, 25, "chiffre d'affaires annuel"), entity=(30, 37, 'centres'), pronoun=False)
    >>> segment("chiffre d'affaires du groupe", 0) is None
    True
    """
    words = frame_words("fr")
    match = re.match(rf"(?P<head>(?:{_forms(words.metric.segmented)})(?:\s+{LOWER})?)\s+(?:(?:des|du|de)\s+|d['’])"
                     rf"(?:la\s+|l['’]|les\s+)?(?P<part>.+)$", noun, re.IGNORECASE)
    if match is None or match.group("part").split()[0].casefold() in words.metric.not_heads:
        return None
    return Subject(metric=(start, start + match.end("head"), match.group("head")),
                   entity=(start + match.start("part"), start + match.end("part"), match.group("part")))
