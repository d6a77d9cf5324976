"""The library's entry points: ``extract`` (claims only) and ``check`` (claims and findings)."""

from __future__ import annotations

from factcheck.extraction.finder import find_claims
from factcheck.lang.detect import resolve
from factcheck.models import Claim, DocumentResult


def extract(text: str, lang: str = "auto") -> list[Claim]:
    """The money and percentage claims of ``text``, in reading order.

    >>> [(c.text, str(c.value)) for c in extract("Le chiffre d'affaires a atteint 2,6 Md€.")]
    [('2,6 Md€', '2600000000')]
    """
    return find_claims(text, resolve(lang, text))


def check(text: str, lang: str = "auto", reference=None) -> DocumentResult:
    """Claims and findings against ``reference`` (a folder; the bundled table by default).

    For many texts, build one ``Checker`` and call ``.check`` on each: the table and its
    index are then built once.
    """
    from factcheck.checking.checker import Checker

    return Checker(reference=reference, lang=lang).check(text)
