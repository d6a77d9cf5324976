"""Load a spaCy model faster: most of ``fr_core_news_sm``'s load is Python's regex compiler
working out, again and again, the same few huge character classes of the French tokenizer's
patterns (every letter of every script, hundreds of times over: about 1.4 s of a 2.2 s load,
and a batch worker pays it once more for each process). While the model loads, that step
(``re._compiler._optimize_charset``, a pure function of its arguments) is asked once per
distinct class; the compiled patterns are the same, byte for byte (a test compares them).

>>> import re
>>> with charsets_once():
...     pattern = re.compile("[a-zé]+x|[a-zé]+y")
>>> bool(pattern.fullmatch("éay")), charsets_once.__name__
(True, 'charsets_once')
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from typing import Iterator


_LOCK = threading.RLock()


@contextmanager
def charsets_once() -> Iterator[None]:
    """Within the block, each distinct character class is optimised once. Without the private
    step this relies on (another Python), the block runs as it is."""
    compiler = getattr(re, "_compiler", None)
    if getattr(compiler, "_optimize_charset", None) is None:
        yield
        return
    with _LOCK:  # two loads at once (threads) would undo each other's patch
        step = compiler._optimize_charset
        yield from _patched(compiler, step)


def _patched(compiler, step) -> Iterator[None]:
    seen: dict = {}

    def once(charset, iscased=None, fixup=None, fixes=None):
        try:
            key = (tuple(charset), iscased, fixup, id(fixes))
            hash(key)
        except TypeError:
            return step(charset, iscased, fixup, fixes)
        if key not in seen:
            seen[key] = step(charset, iscased, fixup, fixes)
        out, cased = seen[key]
        return list(out), cased  # the caller gets its own list, as from the step itself

    compiler._optimize_charset = once
    try:
        yield
    finally:
        compiler._optimize_charset = step


def load_model(name: str, exclude: list[str]):
    """``spacy.load(name, exclude=exclude)`` with ``charsets_once``."""
    import spacy

    with charsets_once():
        return spacy.load(name, exclude=exclude)
