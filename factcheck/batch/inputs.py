"""Check a corpus: stream documents in, write one JSON line per document, in input order.

Inputs are folders (``*.txt``, ``*.md``, recursive, sorted), JSONL files of
``{"id", "text", "lang"?}`` (other fields are carried through), or ``-`` (JSONL on stdin).
A JSONL line with ``"original"`` and ``"translation"`` instead of ``"text"`` (and ``"from"``,
``"to"`` optional) is a translation to compare with its original: its output line is a
compare result.
Nothing is loaded whole: documents are read one by one and at most a bounded window of
them is in flight. A document that fails becomes a line with ``error`` set; the batch goes on.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from factcheck.errors import FactcheckError
from factcheck.models import CompareResult, DocumentResult, ErrorInfo
from factcheck.text.decode import MAX_TEXT_BYTES, decode, read_bytes

SUFFIXES = (".txt", ".md")


@dataclass
class Document:
    """One input document; ``text`` is None when it is a file still to be read."""

    id: str
    text: str | None = None
    path: str | None = None
    lang: str | None = None
    extra: dict = field(default_factory=dict)
    error: tuple[str, str] | None = None
    pair: tuple[str, str] | None = None  # (original, translation) of a line to compare
    pair_langs: tuple[str, str] = ("auto", "auto")  # its "from" and "to"


def iter_documents(inputs: list[str]) -> Iterator[Document]:
    """Every document of every input, in order, streamed."""
    for name in inputs:
        if name == "-":
            yield from _jsonl_documents(sys.stdin, "<stdin>")
        elif os.path.isdir(name):
            yield from _folder_documents(Path(name))
        else:
            with open(name, "rb") as handle:
                yield from _jsonl_documents(handle, name)


class DuplicateIds:
    """Watches the ids going by: a repeated id makes ``--resume`` skip the later document."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.repeated: dict[str, int] = {}

    def watch(self, documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            if document.id in self.seen:
                self.repeated[document.id] = self.repeated.get(document.id, 1) + 1
            else:
                self.seen.add(document.id)
            yield document

    def warning(self) -> FactcheckError | None:
        if not self.repeated:
            return None
        examples = ", ".join(repr(i) for i in list(self.repeated)[:3])
        extra = sum(self.repeated.values()) - len(self.repeated)
        return FactcheckError("W110", ids=len(self.repeated), lines=extra, examples=examples)


def check_inputs(inputs: list[str]) -> None:
    """Usage errors before any work: an input that is neither a folder nor a file."""
    for name in inputs:
        if name != "-" and not os.path.exists(name):
            raise FactcheckError("E100", path=name)


def count_documents(inputs: list[str]) -> int | None:
    """How many documents the inputs hold (for the progress bar); None when an input can only
    be read once (stdin, a pipe)."""
    total = 0
    for name in inputs:
        if name == "-" or not (os.path.isdir(name) or os.path.isfile(name)):
            return None
        if os.path.isdir(name):
            total += sum(1 for _ in _folder_files(Path(name)))
        else:
            with open(name, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
    return total


def _folder_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in SUFFIXES and path.is_file():
            yield path


def _folder_documents(folder: Path) -> Iterator[Document]:
    """Each file, identified by its path as the user named it (``corpus/a/x.txt``), so two
    folders with the same file names never give the same id."""
    for path in _folder_files(folder):
        yield Document(id=str(path), path=str(path))


def _jsonl_documents(lines: Iterable[bytes | str], name: str) -> Iterator[Document]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        line, warning = (raw, None) if isinstance(raw, str) else _decode_line(raw, where)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Document(id=where, error=("bad_json", f"{where}: not JSON ({error.msg}); "
                                                          "each line must be one JSON object"))
            continue
        yield _record_document(record, where, warning)


def _record_document(record: object, where: str, warning: str | None) -> Document:
    """The document of one JSON line: a text to check, a pair to compare, or a bad record."""
    ident = record.get("id") if isinstance(record, dict) else None
    ident = where if ident is None else str(ident)
    if isinstance(record, dict) and _is_pair(record):
        langs = tuple(str(record.get(key) or "auto") for key in ("from", "to"))
        extra = {k: v for k, v in record.items() if k not in ("id", "original", "translation", "from", "to")}
        document = Document(id=ident, pair=(record["original"], record["translation"]),
                            pair_langs=langs, extra=extra)
    elif isinstance(record, dict) and isinstance(record.get("text"), str):
        extra = {k: v for k, v in record.items() if k not in ("id", "text", "lang")}
        document = Document(id=ident, text=record["text"], lang=record.get("lang"), extra=extra)
    else:
        return Document(id=ident, error=("bad_record", f"{where}: a line needs a \"text\" string, or "
                                                       f"\"original\" and \"translation\" strings"))
    if warning is not None:
        document.extra["warning"] = warning
    return document


def _is_pair(record: dict) -> bool:
    return isinstance(record.get("original"), str) and isinstance(record.get("translation"), str)


def _decode_line(raw: bytes, where: str) -> tuple[str, str | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), FactcheckError("W100", path=where).message


# -- the work done for one document, in whichever process ---------------------------------
_CHECKERS: dict = {}


def remember_checker(reference: str | None, lang: str, checker, frames: bool = False) -> None:
    """Reuse a Checker already built (and validated) by the caller instead of building another."""
    _CHECKERS[(reference, lang, frames)] = checker


def get_checker(reference: str | None, lang: str, frames: bool = False):
    """One Checker per process, table and ``frames`` setting: built on first use, then reused."""
    key = (reference, lang, frames)
    if key not in _CHECKERS:
        from factcheck.checking.checker import Checker

        _CHECKERS[key] = Checker(reference=reference, lang=lang, frames=frames)
    return _CHECKERS[key]


@dataclass(frozen=True)
class Outcome:
    """One document's output line, with what the summary needs (no need to parse it again)."""

    line: str
    claims: int
    codes: tuple[str, ...]
    failure: str | None


def process(document: Document, reference: str | None, lang: str, frames: bool = False) -> Outcome:
    """The output line for one document (never raises: a failure becomes ``error``); with
    ``frames``, each claim carries its frame."""
    return process_many([document], reference, lang, frames)[0]


def process_many(documents: list[Document], reference: str | None, lang: str,
                 frames: bool = False) -> list[Outcome]:
    """The output lines of ``documents``, in order (never raises: a failure becomes that
    document's ``error``). The texts are checked together (``Checker.check_batch``: with
    frames, one parse for all of them)."""
    outcomes: dict[int, Outcome] = {}
    ready: list[tuple[int, FactcheckError | None, tuple[str, str, str | None, str | None]]] = []
    size = 0
    for number, document in enumerate(documents):
        if document.pair is not None:
            outcomes[number] = process_pair(document, reference, lang)
            continue
        try:
            text, warning = _text_of(document)
        except Exception as error:
            outcomes[number] = _outcome(_failed(document, error), document, 0)
            continue
        date = document.extra.get("date")
        ready.append((number, warning, (text, document.id, document.lang or lang,
                                        date if isinstance(date, str) else None)))
        size += len(text)
        if size >= TOGETHER_CHARS:  # a bounded amount of text in memory at once
            outcomes.update(_checked_together(ready, documents, reference, lang, frames))
            ready, size = [], 0
    outcomes.update(_checked_together(ready, documents, reference, lang, frames))
    return [outcomes[number] for number in range(len(documents))]


TOGETHER_CHARS = 2_000_000


def _checked_together(ready, documents: list[Document], reference: str | None, lang: str,
                      frames: bool) -> dict[int, Outcome]:
    """The outcomes of the documents read (number, decoding warning, (text, id, lang, date)),
    checked in one ``Checker.check_batch``."""
    if not ready:
        return {}
    try:
        results = get_checker(reference, lang, frames).check_batch([item for _, _, item in ready])
    except Exception as error:  # the table itself: every document gets its message
        results = [error] * len(ready)
    outcomes = {}
    for (number, warning, _), result in zip(ready, results):
        document = documents[number]
        if isinstance(result, Exception):
            result = _failed(document, result)
        outcomes[number] = _outcome(result, document, len(result.claims), warning)
    return outcomes


def _text_of(document: Document) -> tuple[str, FactcheckError | None]:
    """The document's text, and a decoding warning (raises on a bad or too large input)."""
    if document.error is not None:
        raise _InputError(*document.error)
    if document.text is None:
        return decode(read_bytes(document.path), document.path)
    if (size := len(document.text.encode("utf-8"))) > MAX_TEXT_BYTES:
        raise FactcheckError("E104", path=document.id, size=size / 2**20, limit=MAX_TEXT_BYTES // 2**20)
    return document.text, None


def _failed(document: Document, error: Exception) -> DocumentResult:
    """The result line of a document that failed: its error's kind or code, and its message."""
    if isinstance(error, _InputError):
        return DocumentResult(id=document.id, error=ErrorInfo(type=error.kind, message=error.message))
    if isinstance(error, FactcheckError):
        return DocumentResult(id=document.id, error=ErrorInfo(type=error.code, message=error.message))
    return DocumentResult(id=document.id, error=ErrorInfo(  # one bad document never stops the others
        type="internal", message=f"{document.id}: {type(error).__name__}: {error}"))


def _outcome(result, document: Document, claims: int, warning: FactcheckError | None = None) -> Outcome:
    """The output line of one document or pair: its result, a decoding warning, the input's
    extra fields carried through (never over a result field), and what the summary counts."""
    line = result.model_dump(mode="json")
    if warning is not None:
        line["warning"] = warning.message
    for key, value in document.extra.items():
        line.setdefault(key, value)
    failure = f"{document.id}: {result.error.message}" if result.error else None
    return Outcome(json.dumps(line, ensure_ascii=False), claims, tuple(f.code for f in result.findings), failure)


def process_pair(document: Document, reference: str | None, lang: str) -> Outcome:
    """The compare line for one original/translation pair (never raises)."""
    from factcheck.comparing import compare

    try:
        for side in document.pair:
            if (size := len(side.encode("utf-8"))) > MAX_TEXT_BYTES:
                raise FactcheckError("E104", path=document.id, size=size / 2**20, limit=MAX_TEXT_BYTES // 2**20)
        result = compare(*document.pair, source_lang=document.pair_langs[0], target_lang=document.pair_langs[1],
                         reference=get_checker(reference, lang), id=document.id)
    except FactcheckError as error:
        result = CompareResult(id=document.id, error=ErrorInfo(type=error.code, message=error.message))
    except Exception as error:  # one bad pair never stops the others
        result = CompareResult(id=document.id, error=ErrorInfo(
            type="internal", message=f"{document.id}: {type(error).__name__}: {error}"))
    return _outcome(result, document, len(result.original_claims) + len(result.translation_claims))


class _InputError(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind, self.message = kind, message
