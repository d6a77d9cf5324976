"""Compare a translated article with its original, figure by figure (issue 13)."""

from factcheck.comparing.compare import compare

__all__ = ["compare"]
