"""Many documents, or none read from a file: batch, serve, evaluate."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import (EXIT_BAD_INPUT, FramesOption, LangOption, QuietOption, ReferenceOption, fail,
                                  load_checker, write_out, app, load_language)
from factcheck.errors import FactcheckError
from factcheck.output.common import render_table


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
    frames: FramesOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check a whole corpus (or compare translations): one JSON line per document, in input order."""
    from factcheck.batch.inputs import DuplicateIds, check_inputs, iter_documents, remember_checker
    from factcheck.batch.runner import completed_ids, run

    if resume and out is None:
        raise fail(FactcheckError("E110"))
    try:
        check_inputs(inputs)
        if lang != "auto":
            load_language(lang)
    except FactcheckError as error:
        raise fail(error) from None
    checker = load_checker(reference, lang, frames)  # a bad table stops the batch before any document
    reference_path = str(reference.resolve()) if reference else None  # the same on every worker
    remember_checker(reference_path, lang, checker, frames)  # reused in-process and by forked workers
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
                      on_line=bar.update if bar else None, frames=frames)
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
        raise fail(FactcheckError("E105", path=str(out), detail=error.strerror or str(error))) from None


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
        raise fail(error) from None
    checker = load_checker(reference, lang)  # a bad table stops here, with FILE:LINE messages
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
        raise fail(FactcheckError("E100", path=missing[0] if missing else " ".join(gold)))
    scores, missed = [], []
    try:
        for path in files:
            for score, file_misses in score_file(path, shared):
                scores.append(score)
                missed.extend(file_misses)
    except FactcheckError as error:
        raise fail(error) from None
    if misses is not None:
        write_out("".join(m.model_dump_json() + "\n" for m in missed), misses)
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
