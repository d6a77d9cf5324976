"""The command line: a thin layer over the library.

Results go to stdout (or --out), warnings and the summary line to stderr.
Exit codes: 0 done, 1 findings at or above --fail-on (check), 2 bad input or usage.

The commands live in this package's modules, one per kind of work: ``single`` (extract,
check, reference validate, schema), ``translation`` (compare), ``corpus`` (batch, serve,
evaluate); ``common`` holds the app, the shared options and helpers.
"""

from __future__ import annotations

from typing import Annotated

import typer

from factcheck import __version__
from factcheck.cli import corpus, single, translation  # noqa: F401  (each registers its commands)
from factcheck.cli.common import app

__all__ = ["app", "main"]


@app.callback(invoke_without_command=True)
def main_callback(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)


def main() -> None:
    app()


