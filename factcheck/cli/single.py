"""One document at a time: extract, check, reference validate, schema."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import (EXIT_BAD_INPUT, ClaimFormatOption, DateOption, FailOn, FormatOption,
                                  FramesOption, LangOption, OutOption, QuietOption, ReferenceOption,
                                  fail, language_model, load_checker, known_language, write_out, app)
from factcheck.errors import FactcheckError
from factcheck.output.common import SEVERITY_RANK, plural
from factcheck.output.formats import ClaimFormat, Format, render_claims, render_result
from factcheck.text.decode import read_text

reference_app = typer.Typer(help="Work with reference tables.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(reference_app, name="reference")


@app.command("extract")
def extract_command(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    lang: LangOption = "auto",
    fmt: ClaimFormatOption = ClaimFormat.table,
    out: OutOption = None,
    frames: FramesOption = False,
    date: DateOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the money and percentage claims of FILE (or - for stdin)."""
    try:
        text, warning = read_text(file)
    except FactcheckError as error:
        raise fail(error) from None
    if warning is not None:
        typer.echo(f"factcheck: {warning.message}", err=True)
    known = known_language(lang, text)
    with language_model(known == "auto", known):
        from factcheck.api import extract
        from factcheck.lang.detect import resolve
        from factcheck.models import DocumentResult

        try:
            doc_lang = resolve(known, text)
            claims = extract(text, doc_lang, frames=frames, date=date)
        except FactcheckError as error:
            raise fail(error) from None
    name = "<stdin>" if file == "-" else file
    result = DocumentResult(id=name, lang=doc_lang, claims=claims)
    try:
        rendered = render_claims(result, Format(fmt.value))
    except FactcheckError as error:
        raise fail(error) from None
    write_out(rendered, out)
    if not quiet:
        typer.echo(f"{len(claims)} claims in {name} (lang {doc_lang})", err=True)


@app.command("check")
def check_command(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    lang: LangOption = "auto",
    reference: ReferenceOption = None,
    fmt: FormatOption = Format.table,
    out: OutOption = None,
    fail_on: Annotated[FailOn, typer.Option(
        "--fail-on", help="Exit 1 when a finding reaches this severity.")] = FailOn.error,
    date: DateOption = None,
    url: Annotated[Optional[str], typer.Option(
        "--url", help="Where the article is published (for --format claimreview).")] = None,
    frames: FramesOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check FILE's claims against the reference table: a verdict per claim, with evidence."""
    try:  # read first, to know whether the language needs py3langid; a read error waits its turn
        text, warning = read_text(file)
        unread = None
    except FactcheckError as error:
        text, warning, unread = "", None, error
    known = known_language(lang, text) if unread is None else lang
    with language_model(known == "auto", known):
        checker = load_checker(reference, lang, frames)  # a bad table is reported before a bad file
        try:
            if unread is not None:
                raise unread
            if warning is not None:
                typer.echo(f"factcheck: {warning.message}", err=True)
            name = "<stdin>" if file == "-" else file
            result = checker.check(text, id=name, lang=known, date=date)
        except FactcheckError as error:
            raise fail(error) from None
    write_out(render_result(result, fmt, text, url=url), out)
    counts = Counter(f.code for f in result.findings)
    if not quiet:
        summary = ", ".join(f"{n} {code}" for code, n in sorted(counts.items()))
        typer.echo(f"{len(result.claims)} claims in {name} (lang {result.lang}): {summary or 'no findings'}",
                   err=True)
    if fail_on is not FailOn.never:
        threshold = SEVERITY_RANK[fail_on.value]
        if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings):
            raise typer.Exit(1)



@reference_app.command("validate")
def reference_validate(
    folder: Annotated[Path, typer.Argument(help="A folder with sources.csv and figures.csv.")],
) -> None:
    """Check a reference table; print every problem as FILE:LINE: message."""
    from factcheck.reference.table import ReferenceTableError, load_reference

    try:
        table = load_reference(folder)
    except ReferenceTableError as error:
        for problem in error.problems:
            typer.echo(str(problem))
        typer.echo(f"{len(error.problems)} problem(s) in {folder}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    for warning in table.warnings:
        typer.echo(str(warning))
    warned = f", {plural(len(table.warnings), 'warning')}" if table.warnings else ""
    typer.echo(f"{folder}: valid ({plural(len(table.sources), 'source')}, "
               f"{plural(len(table.figures), 'figure')}{warned})", err=True)



@app.command("schema")
def schema_command(
    compare: Annotated[bool, typer.Option("--compare", help="The compare result's schema instead.")] = False,
) -> None:
    """Print the JSON Schema of the document result (or, with --compare, of the compare result)."""
    from factcheck.models import CompareResult, DocumentResult

    model = CompareResult if compare else DocumentResult
    typer.echo(json.dumps(model.model_json_schema(mode="serialization"), indent=2))
