"""factcheck: find, normalise and check money and percentage claims in news text."""

from .api import check, extract
from .checker import Checker
from .errors import FactcheckError
from .models import SCHEMA_VERSION, Claim, DocumentResult, Finding

__all__ = ["extract", "check", "Checker", "Claim", "DocumentResult", "Finding", "FactcheckError", "SCHEMA_VERSION"]
__version__ = "0.1.0"
