"""The library's entry points: ``extract`` (claims only)."""

from __future__ import annotations

from .finder import find_claims
from .langid import resolve
from .models import Claim


def extract(text: str, lang: str = "auto") -> list[Claim]:
    """The money and percentage claims of ``text``, in reading order.

    >>> [(c.text, str(c.value)) for c in extract("Le chiffre d'affaires a atteint 2,6 Md€.")]
    [('2,6 Md€', '2600000000')]
    """
    return [Claim.model_validate(found) for found in find_claims(text, resolve(lang, text))]
