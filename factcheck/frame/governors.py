"""The walk up a parse from a figure to what it measures, shared by the French and English
readings (``subject.py``, ``english_parse.py``): each language decides at every step, with its
own labels and words, whether the token reached names the metric.
"""

from __future__ import annotations

from collections.abc import Iterator

STEPS = 5  # a figure's metric is at most five heads above it


def governors(root, inside: set[int], subject_deps: tuple[str, ...]) -> Iterator[tuple]:
    """The tokens above a figure's ``root``, nearest first, at most ``STEPS``: each with the
    child it was reached from and its subjects (``subject_deps``) written before the figure.
    Stops at a token of the figure itself (``inside``) and at the sentence's root."""
    node, child = root.head, root
    for _ in range(STEPS):
        if node.i in inside or node is child:
            return
        yield node, child, [t for t in node.children if t.dep_ in subject_deps and t.i < root.i]
        node, child = node.head, node
