"""Every sentence a finding says, in one place, so wording can be reviewed (and one day
translated) without reading the checker.

Each function takes plain values (texts, Decimals, names) and returns one sentence in
English. Amounts are written with digit groups and their unit:

>>> amount(Decimal("595300000000"), "USD"), amount(Decimal("13.1"), "%")
('595 300 000 000 USD', '13.1 %')
>>> span_amount(None, Decimal("5E12"), Decimal("7E12"), "USD")
'5 000 000 000 000 USD to 7 000 000 000 000 USD'
>>> value_mismatch("'$595,3 milliards' (595 300 000 000 USD)", "588 400 000 000 USD for X",
...                "6 900 000 000 USD", " (1.2 %)", "50 000 000 USD")[41:]
'differs from the reference 588 400 000 000 USD for X by 6 900 000 000 USD (1.2 %), more than the ±50 000 000 USD its stated precision allows.'
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.decimals import format_decimal, group_digits

SCALE_NAMES = {Decimal(1000) ** k: name for k, name in ((1, "thousand"), (2, "million"), (3, "billion"))}
SCALE_WORD_NOTE = {
    "billion": "in French 'billion' means 10^12 (long scale) but 10^9 in English",
    "trillion": "in French 'trillion' means 10^18 (long scale) but 10^12 in English",
}


# -- amounts and references ----------------------------------------------------------------
def amount(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "?"
    text = group_digits(format_decimal(value))
    return f"{text} %" if unit == "%" else f"{text} {unit}"


def span_amount(value: Decimal | None, low: Decimal | None, high: Decimal | None, unit: str) -> str:
    """One value, or a range "low to high", with its unit."""
    if value is not None:
        return amount(value, unit)
    return f"{amount(low, unit)} to {amount(high, unit)}"


def gap(value: Decimal, unit: str) -> str:
    """A difference or a tolerance: between percentages it is in points, not percent.

    >>> gap(Decimal("0.4"), "%"), gap(Decimal("1"), "%"), gap(Decimal("6900000000"), "USD")
    ('0.4 points', '1 point', '6 900 000 000 USD')
    """
    if unit != "%":
        return amount(value, unit)
    text = group_digits(format_decimal(value))
    return f"{text} point" if abs(value) == 1 else f"{text} points"


def describe(entity: str, metric: str, period: str | None, source_name: str) -> str:
    """What a reference figure is: "Nvidia, market value 2024 (Reuters)".

    >>> describe("Nvidia", "market_value", "2024", "Reuters")
    'Nvidia, market value 2024 (Reuters)'
    """
    when = f" {period}" if period else ""
    return f"{entity}, {metric.replace('_', ' ')}{when} ({source_name})"


def share_of(difference: Decimal, reference: Decimal, unit: str) -> str:
    """The difference as a share of the reference, for a value mismatch: " (1.2 %)"; none
    between percentages, whose difference is already said in points."""
    if not reference or unit == "%":
        return ""
    return f" ({abs(difference) / abs(reference) * 100:.1f} %)"


# -- value verdicts ------------------------------------------------------------------------
def consistent(said: str, reference: str, tolerance: str, other_reading: str | None) -> str:
    other = f", read on the {other_reading} scale" if other_reading else ""
    return f"{said} agrees with the reference {reference} within ±{tolerance}{other}."


def period_mismatch(said: str, reference: str) -> str:
    return (f"{said} matches the value of {reference}, but the period named around it (year, "
            f"quarter or month) does not match the reference period: check which period the "
            f"figure is for.")


def scale_mismatch(said: str, factor: Decimal, reference: str) -> str:
    size = SCALE_NAMES.get(factor if factor > 1 else 1 / factor, format_decimal(factor))
    way = "too small" if factor > 1 else "too large"
    return (f"{said} is a {size} times {way} for {reference}: check the scale word "
            f"(e.g. milliard vs million, billion vs trillion).")


def value_mismatch(said: str, reference: str, difference: str, share: str, tolerance: str) -> str:
    return (f"{said} differs from the reference {reference} by {difference}{share}, more than "
            f"the ±{tolerance} its stated precision allows.")


def no_match(claim_text: str) -> str:
    return (f"'{claim_text}': no reference figure matches its subject, unit and value, so it "
            f"could not be checked.")


def missing_match(claim_text: str, reference: str, missing: list[str]) -> str:
    return (f"'{claim_text}' does not agree with the closest reference, {reference}, but "
            f"{'; '.join(missing)}: too little to call it wrong.")


def role_mismatch(said: str, role: str, reference: str) -> str:
    return (f"{said} is written as a change, but the value is the {role} itself in the reference "
            f"{reference}: a level or share said as a rise or fall?")


def missing_period(year: str | None, unresolved: str | None, period: str | None) -> str:
    if unresolved:
        return f"the period '{unresolved}' next to it cannot be placed without the article's date"
    if year is None:
        return f"the text does not say which period it is for (the reference is for {period})"
    return f"the text puts it in {year}, the reference is for {period}"


def missing_other_entity(names: list[str]) -> str:
    return f"its sentence is about {', '.join(repr(n) for n in names)}, not the reference's entity"


def missing_other_source(credited: str, sources: list[str], elsewhere: bool = False) -> str:
    credits = "the text credits the same figure to" if elsewhere else "the text credits it to"
    return (f"{credits} {credited!r}{' in another sentence' if elsewhere else ''}, the reference figure is "
            f"{' or '.join(repr(s) for s in sources)}'s: another body's estimate of the same measure may differ")


def missing_ranked(entity: str) -> str:
    return (f"its sentence ranks the figure within {entity!r}: it may be a member's figure, not the group's "
            "(\"le plus bas des Vingt-Sept\")")


def missing_counterfactual(words: str) -> str:
    return f"its sentence makes it hypothetical ('{words}'), the reference is what was measured or planned"


MISSING_STRONG = ("the reference's metric is not named in its sentence with the reference's entity "
                  "or source near it")
MISSING_CHANGE = "it is a change, the reference is not"
MISSING_SHARE = "it is a share, the reference is not"
MISSING_OUTTURN = "it is a forecast or a target, the reference is a measured outcome"
MISSING_FORECAST = "it is a measured outcome, the reference a forecast or a target"
MISSING_ASSUMPTION = ("it is a forecast, the reference a budget's working assumption: forecasts are revised, "
                      "and the table gives no edition to judge it by")
MISSING_TARGET = "it is a target, the reference is not a target (a forecast or an outcome)"
MISSING_PREVIOUS = "it is an earlier value, which later editions often revise"
MISSING_PREVIOUS_PERIOD = "it is an earlier value and its own period is not named"
MISSING_ORDER = ("the two values are more than a factor of two apart (or of opposite sign): "
                 "probably not the same measure")


def crowded_match(claim_text: str, reference: str) -> str:
    return (f"'{claim_text}' does not agree with the closest reference, {reference}, but its "
            f"sentence gives other figures of the same kind, so which one the reference is about "
            f"is not clear: too little to call it wrong.")


def currency_mismatch(claim_text: str, currency: str | None, reference: str, unit: str) -> str:
    return (f"'{claim_text}' is in {currency or 'an unnamed currency'}, but the reference "
            f"{reference} is in {unit}.")


# -- attribution ---------------------------------------------------------------------------
def garbled_attribution(claim_text: str, notes: list[str], probable_name: str | None) -> str:
    meant = f"; the text probably meant {probable_name}" if probable_name else ""
    return f"The attribution of '{claim_text}' looks garbled: {'; '.join(notes)}{meant}."


def attribution_mismatch(claim_text: str, credited: str, reference_source: str) -> str:
    return (f"The text credits '{claim_text}' to {credited}, but the reference figure comes from "
            f"{reference_source}.")


def note_glued(tail: str) -> str:
    return f"'{tail}' glues a link text to the next sentence"


def note_two_sources(aliases: list[str]) -> str:
    return "two sources run together: " + " and ".join(f"'{alias}'" for alias in aliases)


def note_mangled(name: str, alias: str, score: float) -> str:
    return f"'{name}' looks like a mangled '{alias}' (similarity {score:.0f}/100)"


def note_unknown_institution(name: str, alias: str) -> str:
    return f"'{name}' is in no reference table, while the next fragment names '{alias}'"


def note_sentence_cut(fragment: str, glued_to: str) -> str:
    return (f"the name ends the sentence and the next one starts with the fragment "
            f"'{fragment}' glued to '{glued_to}'")


def note_broken_sentence(word: str, institution: str | None, as_agent: bool) -> str:
    note = (f"the figure's sentence restarts after a full stop with the lower-case '{word}', "
            f"so its subject is lost")
    if institution:
        note += f", and the fragment before it names '{institution}' instead"
        if as_agent:
            note += " as the agent"
    return note


# -- scale words -----------------------------------------------------------------------------
def ambiguous_scale_word(claim_text: str, base: str, shown: str, chosen: str) -> str:
    return (f"'{claim_text}': {SCALE_WORD_NOTE[base]}; it is read here as {shown} ({chosen} scale), "
            f"so write the amount with 'milliards' or digits to remove the doubt.")


# -- the rules, as said in a finding's details --------------------------------------------------
def rule_tolerance(tolerance: Decimal, hedged: bool) -> str:
    band = ", 10 % band for a hedged figure" if hedged else ""
    return f"value within ±{format_decimal(tolerance)} (half the last stated digit{band})"


RULE_NO_MATCH = "no candidate with entity, metric or source evidence"
RULE_MISSING = ("an error verdict needs the reference figure's entity, metric, period and role to "
                "be the claim's, and a value of the same order")
RULE_ROLE = "a change in the text whose value is the reference's level or share"
RULE_CURRENCY = "same subject, other currency"
RULE_CROWDED = ("an error verdict needs the claim to be the only figure of its kind in its sentence "
                "that the entity and metric named there can be about")
