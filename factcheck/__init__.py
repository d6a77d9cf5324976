"""factcheck: find, normalise and check money and percentage claims in news text."""

from .api import extract
from .errors import FactcheckError
from .models import SCHEMA_VERSION, Claim, DocumentResult, Finding

__all__ = ["extract", "Claim", "DocumentResult", "Finding", "FactcheckError", "SCHEMA_VERSION"]
__version__ = "0.1.0"
