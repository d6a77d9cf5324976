"""The period a claim's own clause names, compared with a reference figure's period at the
finest grain both give: "9,9 % en septembre" is not the October figure, "0,2 % au deuxième
trimestre" is the Q2 figure. A month or quarter named without its year keeps an unknown
year ("?") unless the article's date resolves it; only the part both sides say is compared.

>>> relation("?-10", "2022-09"), relation("?-10", "2022-10"), relation("2024-Q3", "2024-Q2")
(False, True, False)
>>> relation("2024-Q3", "2024"), relation(None, "2024-10"), relation("?-Q3", "2024-09-18")
(None, None, None)
"""

from __future__ import annotations

import re

from factcheck.frame.when import periods_in
from factcheck.models import Claim
from factcheck.text.sentences import Sentence

UNKNOWN_YEAR = "1900"  # stands for "a year the text does not say", replaced by "?"
AFTER = 40  # "5,6 % en avril": a period follows its figure closely
# a comparison starts another figure's clause: "rose 0.5% after stalling in the second quarter"
TURN = re.compile(r"(?<![\w-])(?:after|before|from|compared|against|versus|vs|following|since|than|"
                  r"après|avant|contre|depuis|par rapport|que|qu['’])(?![\w-])", re.IGNORECASE)
FINE = re.compile(r"^(\?|\d{4})-(\d{2}|Q[1-4])$")


def claim_period(claim: Claim, sentence: Sentence, claims: tuple[Claim, ...], lang: str,
                 year: int | None) -> str | None:
    """The month or quarter said next to the claim, inside its own clause: just after it
    (before the next figure), or before it when no other figure precedes it in the sentence
    (a period there may belong to that figure). None when the clause names none."""
    later = [c.start for c in claims if c.start > claim.start and c.start < sentence.end]
    stop = min([claim.end + AFTER, sentence.end] + later)
    earlier = [c for c in claims if sentence.start <= c.start < claim.start]
    turn = TURN.search(sentence.text, claim.end - sentence.start, stop - sentence.start)
    stop = sentence.start + turn.start() if turn else stop
    windows = [(claim.end, stop)] + ([] if earlier else [(sentence.start, claim.start)])
    date = f"{year}-12" if year else f"{UNKNOWN_YEAR}-12"
    for start, end in windows:
        found = [p for p in periods_in(sentence.text[start - sentence.start:end - sentence.start], lang, date)
                 if p.value and FINE.match(p.value.replace(UNKNOWN_YEAR, "?", 1))]
        if found:
            chosen = found[0] if start == claim.end else found[-1]
            return chosen.value.replace(UNKNOWN_YEAR, "?", 1)
    return None


def relation(claimed: str | None, period: str | None) -> bool | None:
    """True when the figure's month or quarter is the one named, False when another of the
    same grain; None when either is missing or they do not share a grain."""
    if not claimed or not period:
        return None
    said, figure = FINE.match(claimed), FINE.match(period[:7])
    if said is None or figure is None or period[5:6] != claimed.split("-")[1][:1] and (
            "Q" in period or "Q" in claimed):
        return None
    if len(period) > 7 and "Q" in claimed:
        return None
    if said.group(1) != "?" and said.group(1) != figure.group(1):
        return False
    return said.group(2) == figure.group(2)
