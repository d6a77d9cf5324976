"""What every command shares: the app, its options, failing with a coded message, writing
results, the checker, and the language data a command builds while py3langid's model unpacks."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from factcheck.errors import FactcheckError
from factcheck.output.formats import ClaimFormat, Format


# Start-up (issue 13): what only some commands need is imported inside them, so that a
# one-shot run pays for its own command alone: extraction and language detection (extract,
# check, compare), the checker and reference tables, comparing, batch, the server, tqdm.
# py3langid's model is built only when a language is to be detected or a --from/--to checked.


def load_language(lang: str):
    """The language data of ``lang`` (E003 for an unknown one)."""
    from factcheck.lang.data import load

    return load(lang)


def known_language(lang: str, text: str) -> str:
    """``lang``, or for "auto" the language the common words of ``text`` settle (an article's
    do), else "auto": then telling it needs py3langid's model (a headline, a short note)."""
    if lang != "auto":
        return lang
    from factcheck.lang.detect import sure_by_stopwords

    return sure_by_stopwords(text) or "auto"


@contextmanager
def language_model(needed: bool, *langs: str) -> Iterator[None]:
    """While the block runs: py3langid's model unpacks in a thread (when ``needed``), and this
    thread compiles the lexicons of ``langs`` ("auto": both languages), which the command
    builds anyway. Detection in the block waits for the model; the thread is joined on exit."""
    thread = None
    if needed:
        from factcheck.lang.detect import prefetch

        thread = prefetch()
    try:
        from factcheck.extraction.lexer import lexicon
        from factcheck.lang.data import LANGS

        wanted = set(LANGS) if "auto" in langs else set(langs)
        for lang in sorted(wanted & set(LANGS)):  # an unknown --lang is the command's to report
            lexicon(lang)
        yield
    finally:
        if thread is not None:
            thread.join()


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Find money and percentage claims in news text (French, English) and check them.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: flags without a '<bool>' as if they took a value
)

LangOption = Annotated[str, typer.Option("--lang", help="fr, en, or auto (detect).")]
FormatOption = Annotated[Format, typer.Option(
    "--format", help="table (people), json, jsonl, html, markdown, claimreview, csv.")]
ClaimFormatOption = Annotated[ClaimFormat, typer.Option("--format", help="table (people), json, jsonl.")]
OutOption = Annotated[Optional[Path], typer.Option("--out", help="Write results here, not stdout.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No summary line on stderr.")]
FramesOption = Annotated[bool, typer.Option(
    "--frames", help="Give each claim its frame: entity, metric, period, role, per unit (runs the parser: slower).")]


def parse_date(value: str | None) -> str | None:
    """--date: YYYY-MM-DD (a real calendar day) or YYYY; anything else is a usage error (exit 2)."""
    if value is None:
        return None
    from factcheck.frame.period import article_date

    try:
        return article_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
ReferenceOption = Annotated[Optional[Path], typer.Option(
    "--reference", help="A reference table folder (default: the bundled one).")]
EXIT_BAD_INPUT = 2


DateOption = Annotated[Optional[str], typer.Option(
    "--date", help="The article's date (YYYY-MM-DD or YYYY), for 'last year' and the like.",
    callback=parse_date)]


def fail(error: FactcheckError) -> typer.Exit:
    typer.echo(f"factcheck: {error.message}", err=True)
    return typer.Exit(EXIT_BAD_INPUT)


def write_out(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise fail(FactcheckError("E105", path=str(out), detail=error.strerror or str(error))) from None



class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


def load_checker(reference: Optional[Path], lang: str, frames: bool = False):
    from factcheck.checking.checker import Checker
    from factcheck.reference.table import ReferenceTableError

    try:
        return Checker(reference=str(reference) if reference else None, lang=lang, frames=frames)
    except ReferenceTableError as error:
        for problem in error.problems:
            typer.echo(str(problem), err=True)
        typer.echo(f"factcheck: {FactcheckError('E300', count=len(error.problems)).message}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
