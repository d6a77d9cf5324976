"""Read the user's files: decode by BOM, UTF-8, else cp1252 with a warning; refuse binary.

>>> decode(b"\\xef\\xbb\\xbfprix : 3\\xc2\\xa0000 \\xe2\\x82\\xac", "a.txt")
('prix : 3\\xa0000 €', None)
>>> decode("caf\\xe9 \\x80".encode("latin-1"), "old.txt")[1].code
'W100'
"""

from __future__ import annotations

import codecs
import os
import sys

from factcheck.errors import FactcheckError

MAX_TEXT_BYTES = 10 * 1024 * 1024  # one article; a corpus goes through factcheck batch
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> tuple[str, FactcheckError | None]:
    """The text of ``data`` and a warning when it was not UTF-8; E101 when binary."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise FactcheckError("E101", path=name)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), FactcheckError("W100", path=name)


def read_bytes(path: str) -> bytes:
    """The bytes of ``path`` ("-" is standard input), or a coded error naming it."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        if len(data) > MAX_TEXT_BYTES:
            raise FactcheckError("E104", path="<stdin>", size=len(data) / 2**20, limit=MAX_TEXT_BYTES // 2**20)
        return data
    if os.path.isdir(path):
        raise FactcheckError("E102", path=path)
    try:
        size = os.path.getsize(path)
        if size > MAX_TEXT_BYTES:
            raise FactcheckError("E104", path=path, size=size / 2**20, limit=MAX_TEXT_BYTES // 2**20)
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise FactcheckError("E100", path=path) from None
    except OSError as error:
        raise FactcheckError("E103", path=path, detail=error.strerror or str(error)) from None


def read_text(path: str) -> tuple[str, FactcheckError | None]:
    name = "<stdin>" if path == "-" else path
    return decode(read_bytes(path), name)
