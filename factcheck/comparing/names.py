"""Do two attributions, one per language, name the same source?

Strongest first: both resolve to the same source of the reference table (its aliases hold
both languages); the same acronym, letters in any order (ECB ↔ BCE, IMF ↔ FMI); an acronym
and the initials of a name; a name whose content words translate word for word
(Semiconductor Industry Association ↔ Association de l'industrie des semi-conducteurs);
a fuzzy match of the folded names.

>>> same_name("ECB", "BCE"), same_name("Bloomberg", "l'agence Bloomberg")
(True, True)
>>> same_name("Semiconductor Industry Association", "Association de l'industrie des semi-conducteurs")
True
>>> same_name("Wall Street Journal", "Agence européenne pour la reconstruction")
False
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factcheck.text.fold import fold

FUZZY_SAME = 80.0
STOP = frozenset(
    "the of for and a an de des du la le les l d pour et en au aux sur un une its s "
    "agence agency journal newspaper quotidien daily selon according".split())
# content words of institution names, English -> French (folded), both ways
GLOSSARY = {
    "european": "europeenne", "europe": "europe", "bank": "banque", "central": "centrale",
    "office": "bureau", "statistics": "statistiques", "statistical": "statistique",
    "association": "association", "industry": "industrie", "semiconductor": "semi",
    "semiconductors": "semi", "conducteurs": "semi", "institute": "institut",
    "ministry": "ministere", "finance": "finances", "national": "national",
    "international": "international", "monetary": "monetaire", "fund": "fonds",
    "union": "union", "commission": "commission", "reconstruction": "reconstruction",
    "organisation": "organisation", "organization": "organisation", "world": "mondiale",
    "trade": "commerce", "federal": "federale", "reserve": "reserve", "economic": "economique",
    "research": "recherche", "agriculture": "agriculture", "labour": "travail", "labor": "travail",
    "energy": "energie", "development": "developpement", "cooperation": "cooperation",
    "investment": "investissement", "court": "cour", "audit": "comptes", "auditors": "comptes",
    "government": "gouvernement", "state": "etat", "council": "conseil", "french": "francais",
    "treasury": "tresor", "german": "allemand", "british": "britannique", "american": "americain",
    "england": "angleterre", "germany": "allemagne", "brussels": "bruxelles", "czech": "tcheque",
    "hungarian": "hongrois", "spanish": "espagnol", "italian": "italien", "chinese": "chinois",
    "japanese": "japonais", "russian": "russe", "polish": "polonais", "department": "departement",
    "commerce": "commerce", "census": "recensement",
}
FOLDED_SAME = {word: word for word in GLOSSARY.values()} | GLOSSARY
ACRONYM = re.compile(r"\b[A-Z][A-Z.&]{1,6}\b")


def _content(name: str) -> list[str]:
    words = [w for w in fold(name).replace("-", " ").split() if w not in STOP and len(w) > 1]
    return [FOLDED_SAME.get(w, FOLDED_SAME.get(w.rstrip("s"), w)) for w in words]


def _acronyms(name: str) -> set[str]:
    return {"".join(sorted(a.replace(".", ""))) for a in ACRONYM.findall(name)}


def _initials(name: str) -> str:
    return "".join(sorted(w[0] for w in fold(name).split() if w not in STOP and len(w) > 1)).upper()


def same_name(left: str, right: str) -> bool:
    """True when the two names plausibly denote the same source."""
    la, ra = _acronyms(left), _acronyms(right)
    if la & ra:
        return True
    if (la and _initials(right) in la) or (ra and _initials(left) in ra):
        return True
    lc, rc = set(_content(left)), set(_content(right))
    if lc and rc and (lc <= rc or rc <= lc):
        return True
    if lc and rc and len(lc & rc) >= max(1, min(len(lc), len(rc)) - 1) and len(lc & rc) >= 2:
        return True
    return fuzz.token_set_ratio(fold(left), fold(right)) >= FUZZY_SAME


ARTICLE = re.compile(r"^(?:(?:the|le|la|les|un|une|a|an)\b\s*|l['’]\s*)", re.I)
PROPER_WORDS_MAX = 8
# possessives, demonstratives and quantities: "Her lawyers", "Panier quotidien de ce dernier",
# "Thirteen percent of the sample" are descriptions, not names
DESCRIPTIVE = frozenset(
    "her his its their our my your this that these those latter former sample percent "
    "son sa ses leur leurs notre nos ce cet cette ces dernier derniere cent pourcent".split())


def is_proper(name: str) -> bool:
    """A short name whose first word (after an article) is capitalised: a source one can
    accuse a translator of changing; pronouns, clauses and common nouns are not.

    >>> is_proper("the Wall Street Journal"), is_proper("Agence européenne"), is_proper("lui")
    (True, True, False)
    >>> is_proper("survey"), is_proper("which the rate of use has risen to 60 % among women")
    (False, False)
    >>> is_proper("Her lawyers"), is_proper("Thirteen percent of the sample"), is_proper("Panier de ce dernier")
    (False, False, False)
    """
    bare = ARTICLE.sub("", name.strip(" ([\"'«»“”"))
    words = set(fold(bare).replace("'", " ").split())
    return (bool(bare) and bare[0].isupper() and len(bare.split()) <= PROPER_WORDS_MAX
            and not words & DESCRIPTIVE and not any(ch.isdigit() for ch in bare))


def same_source(left_text: str, left_id: str | None, right_text: str, right_id: str | None) -> bool | None:
    """True or False when it can be told; None when unsure (then nobody is accused)."""
    if left_id and right_id:
        return left_id == right_id
    if same_name(left_text, right_text):
        return True
    if not (is_proper(left_text) and is_proper(right_text)):
        return None
    return False


NAME_RUN = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:(?:of|the|for|and|de|du|des|la|le|et|pour|l['’]|d['’])\s*)*"
                      r"[A-Z][\w&.'’-]*)*")
PARTIAL_SAME = 90.0


def named_in(name: str, text: str) -> bool:
    """Is the source ``name`` written anywhere in ``text`` (the counterpart sentence, in the
    other language): verbatim once folded, or a run of capitalised words that names the same
    source (acronym, initials, translated name words), or a close fuzzy substring.

    >>> named_in("Reuters", "Les prix ont baissé de 3 %, selon l'agence Reuters.")
    True
    >>> named_in("the Bank of England", "La Banque d'Angleterre a prêté 10 milliards.")
    True
    >>> named_in("ECB", "La BCE prévoit 2,5 %."), named_in("Insee", "Prices rose 3%, Reuters said.")
    (True, False)
    """
    bare = fold(ARTICLE.sub("", name.strip(" ([\"'«»“”")))
    folded = fold(text)
    if bare and bare in folded:
        return True
    if any(same_name(name, run) for run in NAME_RUN.findall(text)):
        return True
    return len(bare) >= 5 and fuzz.partial_ratio(bare, folded) >= PARTIAL_SAME
