"""The command line: a thin layer over the library.

Results go to stdout (or --out), warnings and the summary line to stderr.
Exit codes: 0 done, 1 findings at or above --fail-on (check), 2 bad input or usage.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.output.common import SEVERITY_RANK, plural, render_table
from factcheck.output.formats import (ClaimFormat, CompareFormat, Format, render_claims, render_compare,
                                      render_result)
from factcheck.text.decode import read_text

# Start-up (issue 13): what only some commands need is imported inside them, so that a
# one-shot run pays for its own command alone: extraction and language detection (extract,
# check, compare), the checker and reference tables, comparing, batch, the server, tqdm.
# py3langid's model is built only when a language is to be detected or a --from/--to checked.


def load_language(lang: str):
    """The language data of ``lang`` (E003 for an unknown one)."""
    from factcheck.lang.data import load

    return load(lang)


@contextmanager
def _language_model(needed: bool, *langs: str) -> Iterator[None]:
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


def _article_date(value: str | None) -> str | None:
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


def _fail(error: FactcheckError) -> typer.Exit:
    typer.echo(f"factcheck: {error.message}", err=True)
    return typer.Exit(EXIT_BAD_INPUT)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise _fail(FactcheckError("E105", path=str(out), detail=error.strerror or str(error))) from None


@app.command("extract")
def extract_command(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    lang: LangOption = "auto",
    fmt: ClaimFormatOption = ClaimFormat.table,
    out: OutOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print the money and percentage claims of FILE (or - for stdin)."""
    with _language_model(lang == "auto", lang):
        from factcheck.api import extract
        from factcheck.lang.detect import resolve
        from factcheck.models import DocumentResult

        try:
            text, warning = read_text(file)
            if warning is not None:
                typer.echo(f"factcheck: {warning.message}", err=True)
            doc_lang = resolve(lang, text)
            claims = extract(text, doc_lang)
        except FactcheckError as error:
            raise _fail(error) from None
    name = "<stdin>" if file == "-" else file
    result = DocumentResult(id=name, lang=doc_lang, claims=claims)
    try:
        rendered = render_claims(result, Format(fmt.value))
    except FactcheckError as error:
        raise _fail(error) from None
    _write(rendered, out)
    if not quiet:
        typer.echo(f"{len(claims)} claims in {name} (lang {doc_lang})", err=True)


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


def _load_checker(reference: Optional[Path], lang: str):
    from factcheck.checking.checker import Checker
    from factcheck.reference.table import ReferenceTableError

    try:
        return Checker(reference=str(reference) if reference else None, lang=lang)
    except ReferenceTableError as error:
        for problem in error.problems:
            typer.echo(str(problem), err=True)
        typer.echo(f"factcheck: {FactcheckError('E300', count=len(error.problems)).message}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


@app.command("check")
def check_command(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    lang: LangOption = "auto",
    reference: ReferenceOption = None,
    fmt: FormatOption = Format.table,
    out: OutOption = None,
    fail_on: Annotated[FailOn, typer.Option(
        "--fail-on", help="Exit 1 when a finding reaches this severity.")] = FailOn.error,
    date: Annotated[Optional[str], typer.Option(
        "--date", help="The article's date (YYYY-MM-DD or YYYY), for 'last year' and the like.",
        callback=_article_date)] = None,
    url: Annotated[Optional[str], typer.Option(
        "--url", help="Where the article is published (for --format claimreview).")] = None,
    quiet: QuietOption = False,
) -> None:
    """Check FILE's claims against the reference table: a verdict per claim, with evidence."""
    with _language_model(lang == "auto", lang):
        checker = _load_checker(reference, lang)
        try:
            text, warning = read_text(file)
            if warning is not None:
                typer.echo(f"factcheck: {warning.message}", err=True)
            name = "<stdin>" if file == "-" else file
            result = checker.check(text, id=name, lang=lang, date=date)
        except FactcheckError as error:
            raise _fail(error) from None
    _write(render_result(result, fmt, text, url=url), out)
    counts = Counter(f.code for f in result.findings)
    if not quiet:
        summary = ", ".join(f"{n} {code}" for code, n in sorted(counts.items()))
        typer.echo(f"{len(result.claims)} claims in {name} (lang {result.lang}): {summary or 'no findings'}",
                   err=True)
    if fail_on is not FailOn.never:
        threshold = SEVERITY_RANK[fail_on.value]
        if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings):
            raise typer.Exit(1)


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
        raise _fail(error) from None
    names = ["<stdin>" if side == "-" else side for side in (original, translation)]
    sides = list(zip(("--from", "--to"), (source, target), texts, names))
    with _language_model(any(_may_detect(lang, text) for _, lang, text, _ in sides), source, target):
        result = _compare_quietly(texts, source, target, reference, names[1])
        for flag, lang, text, name in sides:
            if (problem := _contradicted(flag, lang, text, name)) is not None:
                typer.echo(f"factcheck: {problem}", err=True)
                raise typer.Exit(EXIT_BAD_INPUT)
    if isinstance(result, Exception):
        _load_checker(reference, "auto")  # a bad table: its FILE:LINE messages and exit 2
        raise result
    _write(render_compare(result, fmt, *texts), out)
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


reference_app = typer.Typer(help="Work with reference tables.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(reference_app, name="reference")


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


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("batch")
def batch_command(
    inputs: Annotated[list[str], typer.Argument(
        help="Inputs: folders (searched recursively for *.txt and *.md), JSONL files whose records are {id, text, lang?} or {id, original, translation, from?, to?}, or - to read JSONL from stdin.")],
    out: Annotated[Optional[Path], typer.Option("--out", help="The JSONL results file (default stdout).")] = None,
    lang: LangOption = "auto",
    reference: ReferenceOption = None,
    workers: Annotated[int, typer.Option(help="Processes; 0 (default) means one per core.", min=0)] = 0,
    resume: Annotated[bool, typer.Option("--resume", help="Skip the ids already complete in --out; append the rest.")] = False,
    engine: Annotated[Engine, typer.Option(help="local processes, or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        help="Dask scheduler address (tcp://host:8786); none starts a local cluster.")] = None,
    quiet: QuietOption = False,
) -> None:
    """Check a whole corpus (or compare translations): one JSON line per document, in input order."""
    from factcheck.batch.inputs import DuplicateIds, check_inputs, iter_documents, remember_checker
    from factcheck.batch.runner import completed_ids, run

    if resume and out is None:
        raise _fail(FactcheckError("E110"))
    try:
        check_inputs(inputs)
        if lang != "auto":
            load_language(lang)
    except FactcheckError as error:
        raise _fail(error) from None
    checker = _load_checker(reference, lang)  # a bad table stops the batch before any document
    reference_path = str(reference.resolve()) if reference else None  # the same on every worker
    remember_checker(reference_path, lang, checker)  # reused in-process and by forked workers
    workers = workers or os.cpu_count() or 1
    done = completed_ids(str(out)) if resume and out is not None else set()
    ids = DuplicateIds()
    documents = (d for d in ids.watch(iter_documents(inputs)) if d.id not in done)
    bar = _progress(inputs, len(done), quiet)
    handle = _open_output(out, resume)

    def write(line: str) -> None:
        handle.write(line)
        handle.flush()

    try:
        summary = run(documents, write, reference=reference_path, lang=lang,
                      workers=workers, engine=engine.value, scheduler=scheduler,
                      on_line=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
        if out:
            handle.close()
    if not quiet:
        _print_summary(summary, len(done))
    duplicates = ids.warning()
    if duplicates is not None:
        typer.echo(f"factcheck: {duplicates.message}", err=True)
    if summary.failed:
        raise typer.Exit(1)


def _open_output(out: Optional[Path], resume: bool):
    if out is None:
        return sys.stdout
    try:
        return open(out, "a" if resume else "w", encoding="utf-8")
    except OSError as error:
        raise _fail(FactcheckError("E105", path=str(out), detail=error.strerror or str(error))) from None


def _print_summary(summary, already_done: int) -> None:
    codes = ", ".join(f"{n} {code}" for code, n in sorted(summary.findings.items()))
    typer.echo(f"{summary.documents} documents checked ({already_done} already done), "
               f"{summary.claims} claims, findings: {codes or 'none'}; "
               f"{len(summary.failed)} failed", err=True)
    for failure in summary.failed[:20]:
        typer.echo(f"  failed: {failure}", err=True)


def _progress(inputs: list[str], done: int, quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    from factcheck.batch.inputs import count_documents

    total = count_documents(inputs)
    return tqdm(total=None if total is None else max(0, total - done), unit="doc",
                desc="checking", file=sys.stderr, dynamic_ncols=True)


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    lang: LangOption = "auto",
    reference: ReferenceOption = None,
) -> None:
    """Serve the HTTP API: POST /check, POST /extract, POST /compare, GET /health, OpenAPI at /openapi.json."""
    try:
        if lang != "auto":
            load_language(lang)  # an unknown --lang stops here (E003), not at every request
    except FactcheckError as error:
        raise _fail(error) from None
    checker = _load_checker(reference, lang)  # a bad table stops here, with FILE:LINE messages
    try:
        from factcheck.server import serve
    except ImportError:
        typer.echo(f"factcheck: {FactcheckError('E120').message}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    serve(host, port, checker, lang)


class ScoreFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[list[str], typer.Argument(help="Gold JSONL files, or folders of them.")],
    misses: Annotated[Optional[Path], typer.Option(help="Write every missed case here (JSONL).")] = None,
    fmt: Annotated[ScoreFormat, typer.Option("--format", help="table or json.")] = ScoreFormat.table,
    shared: Annotated[Optional[Path], typer.Option(
        "--shared", help="The folder holding dev/, for gold cases that name a document (corpora/gold).")] = None,
) -> None:
    """Score extraction on gold files: precision, recall, F1, value accuracy per file."""
    from factcheck.evaluate import gold_files, pooled, score_file

    files = gold_files(gold)
    missing = [str(f) for f in files if not f.is_file()]
    if missing or not files:
        raise _fail(FactcheckError("E100", path=missing[0] if missing else " ".join(gold)))
    scores, missed = [], []
    try:
        for path in files:
            for score, file_misses in score_file(path, shared):
                scores.append(score)
                missed.extend(file_misses)
    except FactcheckError as error:
        raise _fail(error) from None
    if misses is not None:
        _write("".join(m.model_dump_json() + "\n" for m in missed), misses)
    if len(files) > 1:
        scores = scores + pooled(scores)  # the last rows: every file together, per language and kind
    if fmt is ScoreFormat.json:
        typer.echo(json.dumps([s.model_dump() for s in scores], indent=2))
        return
    rows = [[s.file, s.lang, s.kind, str(s.cases), str(s.gold), str(s.predicted), str(s.hits),
             f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.value_accuracy:.3f}",
             f"{s.case_pass:.3f}", f"{s.negatives_taken}/{s.negatives}"] for s in scores]
    typer.echo(render_table(rows, ["file", "lang", "kind", "cases", "gold", "pred", "hits", "P", "R",
                                   "F1", "value acc", "case pass", "negatives taken"]), nl=False)


@app.command("schema")
def schema_command(
    compare: Annotated[bool, typer.Option("--compare", help="The compare result's schema instead.")] = False,
) -> None:
    """Print the JSON Schema of the document result (or, with --compare, of the compare result)."""
    from factcheck.models import CompareResult, DocumentResult

    model = CompareResult if compare else DocumentResult
    typer.echo(json.dumps(model.model_json_schema(mode="serialization"), indent=2))


@app.callback(invoke_without_command=True)
def main_callback(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
