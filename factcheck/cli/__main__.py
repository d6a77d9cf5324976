"""``python -m factcheck.cli``: the same command line as ``factcheck``."""

from factcheck.cli import main

main()
