"""Aliases so generic that they match almost any article: ``reference validate`` warns about them.

The checker finds the figures a claim may be about by the entity and metric aliases written
near it. An alias such as "PIB" or "prix" is written in nearly every economic article ("5,5 %
du PIB", "les prix de l'énergie"), so it draws every figure that carries it into claims it is
not about. The rule, on the folded alias (case and accents ignored):

- once the function words are set aside ("le", "du", "the", "of", ...), the alias is a
  single word of the generic economic vocabulary below ("la hausse", "PIB", "growth"); or
- it is a single all-lower-case word of at most three letters ("up", "cut"): acronyms and
  symbols with capitals ("BCE", "CPI", "EPS", "MWh") are left alone, they name one thing.

An alias of two words that are not function words ("croissance du PIB", "prix à la
consommation") is specific enough. The lists are data: each generic word maps to what to
write instead, quoted in the warning. Words were taken from the hand-written tables of the
shared development set (metric aliases "PIB", "prix", "croissance", "hausse", "change", "up")
and from the measures Insee, Eurostat and company releases name.

>>> generic_reason("prix", "metric")
'prix à la consommation'
>>> generic_reason("prix à la consommation", "metric") is None
True
"""

from __future__ import annotations

from factcheck.text.fold import fold

SHORT_WORD = 3

# Folded function words, French and English: they add nothing to what an alias names.
FUNCTION_WORDS = frozenset(
    "le la les l de du des d un une en a au aux sur par pour et the of a an in on to by for and its".split())

# Generic words of economic copy (folded) -> a more specific alias to suggest, by field.
GENERIC_METRIC = {
    # French
    "pib": "croissance du PIB", "prix": "prix à la consommation", "croissance": "croissance du PIB",
    "taux": "taux de chômage", "hausse": "hausse des prix", "baisse": "baisse du chômage",
    "evolution": "évolution du chiffre d'affaires", "variation": "variation du PIB",
    "niveau": "niveau de la dette", "montant": "montant des économies", "chiffre": "chiffre d'affaires",
    "chiffres": "chiffre d'affaires", "total": "total des dépenses", "valeur": "valeur boursière",
    "part": "part de marché", "progression": "progression des ventes", "recul": "recul du PIB",
    "milliards": "milliards d'euros de déficit", "millions": "millions d'euros de bénéfice",
    "euros": "euros de chiffre d'affaires", "pourcentage": "pourcentage du PIB", "gain": "gain de pouvoir d'achat",
    # English
    "gdp": "GDP growth", "price": "consumer prices", "prices": "consumer prices", "growth": "GDP growth",
    "rate": "unemployment rate", "rise": "rise in prices", "increase": "increase in revenue",
    "fall": "fall in unemployment", "decrease": "decrease in output", "change": "change in GDP",
    "level": "debt level", "amount": "amount raised", "figure": "sales figure", "value": "market value",
    "share": "market share", "billion": "billion in revenue", "million": "million in profit",
    "percent": "percent of GDP", "higher": "higher prices", "lower": "lower output",
}
GENERIC_ENTITY = {
    "groupe": "groupe LVMH", "entreprise": "the company's name", "societe": "the company's name",
    "gouvernement": "gouvernement français", "etat": "État français", "pays": "the country's name",
    "marche": "marché des puces d'IA", "secteur": "secteur du luxe", "banque": "Banque de France",
    "group": "LVMH group", "company": "the company's name", "government": "French government",
    "state": "the state's name", "country": "the country's name", "market": "AI chip market",
    "sector": "luxury sector", "bank": "Bank of France",
}
GENERIC = {"metric": GENERIC_METRIC, "entity": GENERIC_ENTITY}
SHORT_SUGGESTION = ""  # no word to suggest: say what is measured and of what


def generic_reason(alias: str, field: str) -> str | None:
    """What to write instead when ``alias`` (an ``entity`` or ``metric`` alias) is generic,
    else None.

    >>> generic_reason("la hausse", "metric"), generic_reason("Growth", "metric")
    ('hausse des prix', 'GDP growth')
    >>> generic_reason("up", "metric"), generic_reason("BCE", "entity"), generic_reason("EPS", "metric")
    ('', None, None)
    >>> generic_reason("croissance du PIB", "metric"), generic_reason("le groupe", "entity")
    (None, 'groupe LVMH')
    """
    words = [word for word in fold(alias).split() if word not in FUNCTION_WORDS]
    if not words:
        return SHORT_SUGGESTION
    if len(words) != 1:
        return None
    suggestion = GENERIC[field].get(words[0])
    if suggestion is not None:
        return suggestion
    written = alias.strip()
    if len(written) <= SHORT_WORD and written.isalpha() and written.islower():
        return SHORT_SUGGESTION
    return None


def generic_warning(alias: str, field: str) -> str | None:
    """The warning sentence for a generic alias (without FILE:LINE), else None.

    >>> generic_warning("prix", "metric")
    'warning: metric alias \\'prix\\' is so generic it matches almost any article; add words ("prix à la consommation")'
    >>> generic_warning("up", "metric")[-47:]
    'add words that say what is measured and of what'
    """
    suggestion = generic_reason(alias, field)
    if suggestion is None:  # "" is generic too, with nothing to suggest
        return None
    advice = f"(\"{suggestion}\")" if suggestion else "that say what is measured and of what"
    return f"warning: {field} alias {alias!r} is so generic it matches almost any article; add words {advice}"
