"""factcheck: find, normalise and check money and percentage claims in news text.

The public names are imported on first use (PEP 562), not with the package: ``factcheck
--version`` and the commands that need only part of the library start faster. ``from
factcheck import compare`` and ``factcheck.Checker`` work as before.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for type checkers and IDEs: the same names, imported eagerly
    from factcheck.api import check, extract
    from factcheck.checking.checker import Checker
    from factcheck.comparing import compare
    from factcheck.errors import FactcheckError
    from factcheck.models import SCHEMA_VERSION, Claim, CompareResult, DocumentResult, Finding

__all__ = ["extract", "check", "compare", "Checker", "Claim", "DocumentResult", "CompareResult", "Finding", "FactcheckError", "SCHEMA_VERSION"]
__version__ = "0.1.0"

_HOMES = {
    "extract": "factcheck.api", "check": "factcheck.api", "Checker": "factcheck.checking.checker",
    "compare": "factcheck.comparing", "FactcheckError": "factcheck.errors",
    **dict.fromkeys(("SCHEMA_VERSION", "Claim", "CompareResult", "DocumentResult", "Finding"), "factcheck.models"),
}


def __getattr__(name: str):
    """A public name, imported from its module the first time it is asked for, then kept."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
