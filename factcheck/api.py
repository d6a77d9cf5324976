"""The library's entry points: ``extract`` (claims only) and ``check`` (claims and findings)."""

from __future__ import annotations

from factcheck.extraction.finder import find_claims
from factcheck.lang.detect import resolve
from factcheck.models import Claim, DocumentResult


def extract(text: str, lang: str = "auto", frames: bool = False, date: str | None = None) -> list[Claim]:
    """The money and percentage claims of ``text``, in reading order; with ``frames``, each
    carries its frame (what it measures, of whom, when, in what role), its relative periods
    read with the article's ``date`` (YYYY-MM-DD or YYYY) when given.

    >>> [(c.text, str(c.value)) for c in extract("Le chiffre d'affaires a atteint 2,6 Md€.")]
    [('2,6 Md€', '2600000000')]
    """
    doc_lang = resolve(lang, text)
    claims = find_claims(text, doc_lang)
    if not frames or not claims:
        return claims
    from factcheck.frame.build import add_frames

    return add_frames(text, doc_lang, claims, date)


def check(text: str, lang: str = "auto", reference=None, frames: bool = False,
          date: str | None = None) -> DocumentResult:
    """Claims and findings against ``reference`` (a folder; the bundled table by default);
    ``frames`` and ``date`` as for ``extract`` (``Checker(frames=True)``).

    For many texts, build one ``Checker`` and call ``.check`` on each: the table and its
    index are then built once.
    """
    from factcheck.checking.checker import Checker

    return Checker(reference=reference, lang=lang, frames=frames).check(text, date=date)
