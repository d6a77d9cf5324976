"""Every user-facing error, with a code and a sentence that says what to do.

>>> str(FactcheckError("E101", path="notes.bin"))
'E101: notes.bin is not a text file (it contains NUL bytes); give a UTF-8 text file.'
"""

from __future__ import annotations

MESSAGES = {
    "E001": "unknown output format {format!r}; use one of: {formats}.",
    "E003": "unknown language {lang!r}; use one of: {langs}, or auto.",
    "E004": "language data {path} is invalid: {detail}. Fix the file or reinstall factcheck.",
    "E100": "{path}: no such file; check the path, or use - to read standard input.",
    "E101": "{path} is not a text file (it contains NUL bytes); give a UTF-8 text file.",
    "E102": "{path} is a directory; give a text file (batch reads folders).",
    "E103": "{path}: cannot be read ({detail}); check its permissions.",
    "E104": "{path} is {size:.1f} MiB; one article is at most {limit} MiB: split it, or use "
            "factcheck batch on a folder or a JSONL file of articles.",
    "E105": "cannot write {path} ({detail}); check that its folder exists and is writable.",
    "E110": "--resume needs --out (the file to complete).",
    "W110": "{ids} id(s) appear more than once ({lines} more line(s); e.g. {examples}): every "
            "document was checked, but --resume would skip the later ones; give each document its "
            "own id.",
    "W100": "{path} is not valid UTF-8; read it as cp1252. Re-save it as UTF-8 to be sure.",
    "E120": "the HTTP API needs its extra: pip install 'factcheck[serve]'.",
    "E200": "{path}: line {line}: {detail}",
    "E201": "{path}: line {line}: the document {doc!r} is in the shared development set; pass "
            "--shared DIR (the folder that holds dev/, e.g. ../shared).",
    "E300": "the reference table has {count} problem(s); fix them (factcheck reference validate DIR "
            "lists them all).",
}


class FactcheckError(Exception):
    """An error caused by the user's input, not a bug: shown without a traceback."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(f"{code}: " + MESSAGES[code].format(**fields))

    @property
    def message(self) -> str:
        return str(self)
