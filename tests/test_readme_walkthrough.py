"""README's "Check your own article" runs as written: its files, its command, its output.

The README marks each file with ``<!-- file: PATH -->``, the command with ``<!-- run -->``
and the expected standard output with ``<!-- output -->``, each followed by a fenced block.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

from conftest import ROOT

SECTION = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("## Check your own article", 1)[1]
SECTION = SECTION.split("\n## ", 1)[0]
BLOCK = re.compile(r"<!-- (file: (?P<path>\S+)|run|output) -->\n```[a-z]*\n(?P<body>.*?)```", re.S)


def blocks() -> list[tuple[str, str | None, str]]:
    return [(m.group(1).split(":")[0], m.group("path"), m.group("body")) for m in BLOCK.finditer(SECTION)]


def test_the_walkthrough_has_its_parts():
    kinds = [kind for kind, _, _ in blocks()]
    assert kinds.count("file") == 3 and kinds.count("run") == 1 and kinds.count("output") == 1
    figures = next(body for kind, path, body in blocks() if path == "my-table/figures.csv")
    assert len(figures.strip().splitlines()) == 1 + 3, "a 3-row table"


def test_the_walkthrough_runs_as_written(tmp_path):
    command, expected = None, None
    for kind, path, body in blocks():
        if kind == "file":
            target = tmp_path / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
        elif kind == "run":
            command = shlex.split(body.strip())
        else:
            expected = body
    assert command[0] == "factcheck"
    validate = subprocess.run([sys.executable, "-m", "factcheck.cli", "reference", "validate", "my-table"],
                              cwd=tmp_path, capture_output=True, text=True)
    assert validate.returncode == 0 and "my-table: valid (1 source, 3 figures)" in validate.stderr
    assert "`my-table: valid (1 source, 3 figures)`" in SECTION
    done = subprocess.run([sys.executable, "-m", "factcheck.cli", *command[1:]], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert done.stdout == expected
    assert "3 claims in article.txt (lang fr): 2 consistent, 1 scale_mismatch" in done.stderr
