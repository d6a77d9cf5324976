"""compare: a translation against its original, figure by figure (issue 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import (EXIT_BAD_INPUT, FailOn, OutOption, QuietOption, ReferenceOption,
                                  fail, language_model, load_checker, write_out, app, load_language)
from factcheck.errors import FactcheckError
from factcheck.output.common import SEVERITY_RANK
from factcheck.output.formats import CompareFormat, render_compare
from factcheck.text.decode import read_text


SURE_LANGUAGE = 0.99  # py3langid probability over which --from/--to may be contradicted
SURE_WORDS = 12  # and the text must have at least this many words


def _may_detect(lang: str, text: str) -> bool:
    """Whether ``compare`` may run py3langid on this side: to detect it, or to check its flag
    (not when the common words of a long text already tell its language)."""
    from factcheck.lang.detect import sure_by_stopwords

    if lang != "auto" and len(text.split()) < SURE_WORDS:
        return False
    return sure_by_stopwords(text) is None


def _contradicted(flag: str, lang: str, text: str, name: str) -> str | None:
    """A message when ``--from``/``--to`` names one language and the text is surely in the other."""
    from factcheck.lang.detect import detect_by_langid, sure_by_stopwords, without_names

    if lang == "auto" or len(text.split()) < SURE_WORDS:
        return None
    if (sure := sure_by_stopwords(text)) is not None:
        if sure == lang:
            return None
        return (f"{flag} {lang}, but {name} is in {sure} (its common words are {sure}); "
                f"fix {flag} or leave it out (auto).")
    detected, confidence = detect_by_langid(without_names(text[:5000]))
    if detected == lang or confidence < SURE_LANGUAGE:
        return None
    return (f"{flag} {lang}, but {name} is in {detected} (language identification {confidence:.2f}); "
            f"fix {flag} or leave it out (auto).")


def _read_side(path: str) -> str:
    text, warning = read_text(path)
    if warning is not None:
        typer.echo(f"factcheck: {warning.message}", err=True)
    return text


@app.command("compare")
def compare_command(
    original: Annotated[str, typer.Argument(metavar="ORIGINAL", help="The original: a text file, or - for standard input.")],
    translation: Annotated[str, typer.Argument(metavar="TRANSLATION", help="Its translation: a text file, or - for standard input.")],
    source: Annotated[str, typer.Option("--from", help="The original's language: fr, en, or auto.")] = "auto",
    target: Annotated[str, typer.Option("--to", help="The translation's language: fr, en, or auto.")] = "auto",
    reference: ReferenceOption = None,
    fmt: Annotated[CompareFormat, typer.Option("--format", help="table (people), json, html, markdown.")] = CompareFormat.table,
    out: OutOption = None,
    fail_on: Annotated[FailOn, typer.Option(
        "--fail-on", help="Exit 1 when a finding reaches this severity.")] = FailOn.error,
    quiet: QuietOption = False,
) -> None:
    """Compare TRANSLATION with its ORIGINAL figure by figure: changed values, scale errors,
    dropped or added figures, changed attributions (the original is the reference)."""
    if original == "-" and translation == "-":
        raise typer.BadParameter("only one side can be read from standard input (-)")
    try:
        texts = _read_side(original), _read_side(translation)
        for lang in (source, target):
            if lang != "auto":
                load_language(lang)
    except FactcheckError as error:
        raise fail(error) from None
    names = ["<stdin>" if side == "-" else side for side in (original, translation)]
    sides = list(zip(("--from", "--to"), (source, target), texts, names))
    with language_model(any(_may_detect(lang, text) for _, lang, text, _ in sides), source, target):
        result = _compare_quietly(texts, source, target, reference, names[1])
        for flag, lang, text, name in sides:
            if (problem := _contradicted(flag, lang, text, name)) is not None:
                typer.echo(f"factcheck: {problem}", err=True)
                raise typer.Exit(EXIT_BAD_INPUT)
    if isinstance(result, Exception):
        load_checker(reference, "auto")  # a bad table: its FILE:LINE messages and exit 2
        raise result
    write_out(render_compare(result, fmt, *texts), out)
    _compare_outcome(result, names, fail_on, quiet)


def _compare_quietly(texts, source: str, target: str, reference: Optional[Path], name: str):
    """The compare result, or the exception that stopped it, held back and shown nothing yet.

    With --from/--to, ``compare`` runs while py3langid's model unpacks in its thread, and the
    flags are checked after: what the command says and exits with stays as if they were checked
    first (a contradicted flag wins over anything ``compare`` would have raised or reported).
    """
    from factcheck.checking.checker import Checker
    from factcheck.comparing import compare

    try:
        checker = Checker(reference=str(reference) if reference else None, lang="auto")
        return compare(*texts, source_lang=source, target_lang=target, reference=checker, id=name)
    except Exception as error:  # noqa: BLE001  (raised again once the flags are checked)
        return error


def _compare_outcome(result, names: list[str], fail_on: FailOn, quiet: bool) -> None:
    """The message for bad input, the summary line and the exit code of ``compare``."""
    from factcheck.output.compare_report import alignment_line, findings_count

    if result.error is not None:
        typer.echo(f"factcheck: cannot compare {names[0]} with {names[1]}: {result.error.message}.", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    weak = next((f for f in result.findings if f.code == "alignment_weak"), None)
    if weak is not None:
        typer.echo(f"factcheck: {weak.message}", err=True)
    if not quiet:
        typer.echo(f"{names[1]} against {names[0]}: {alignment_line(result)} Findings: "
                   f"{findings_count(result)}.", err=True)
    if fail_on is not FailOn.never:
        threshold = SEVERITY_RANK[fail_on.value]
        if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings):
            raise typer.Exit(1)
