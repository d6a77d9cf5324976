"""factcheck: find, normalise and check money and percentage claims in news text."""

from factcheck.api import check, extract
from factcheck.checking.checker import Checker
from factcheck.comparing import compare
from factcheck.errors import FactcheckError
from factcheck.models import SCHEMA_VERSION, Claim, CompareResult, DocumentResult, Finding

__all__ = ["extract", "check", "compare", "Checker", "Claim", "DocumentResult", "CompareResult", "Finding", "FactcheckError", "SCHEMA_VERSION"]
__version__ = "0.1.0"
