"""CONTRACT.md keeps in step with the code: one test per field, code, command, option and
error code, so a missing item names itself in the test id.

What is read from the code:
- the committed JSON Schema (factcheck/data/document-result.schema.json): every property of
  every model, every enum value (FindingCode, Severity), every ``details`` kind;
- the fields the checker adds to a finding's ``reference`` beyond the schema;
- the command line, introspected from the Typer app: every command, option and option value;
- every error code: ``factcheck.errors.MESSAGES`` and the codes the ``cli`` package prints itself.

An item counts as documented when it is written in backticks in a section of CONTRACT.md
whose heading names its model (``### Claim: added fields``), its command
(``### `factcheck check` ``) or, for error codes, in the section ``Error codes``.
"""

from __future__ import annotations

import json
import re
from enum import Enum
from pathlib import Path

import pytest
import typer

from factcheck import cli
from factcheck.errors import MESSAGES

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = (ROOT / "CONTRACT.md").read_text(encoding="utf-8")
SCHEMA = json.loads((ROOT / "factcheck" / "data" / "document-result.schema.json").read_text(encoding="utf-8"))
APP = typer.main.get_command(cli.app)
HEADING = re.compile(r"(#{1,6})\s+(.*)")


def sections(text: str) -> list[tuple[str, str]]:
    """Each heading of a Markdown text with its section: the heading line and everything up
    to the next heading of the same or a higher level (code blocks are not headings).

    >>> [heading for heading, _ in sections("# A\\nx\\n## B\\n```\\n# not\\n```\\n# C\\n")]
    ['A', 'B', 'C']
    >>> sections("# A\\nx\\n## B\\ny\\n# C\\n")[0][1]
    '# A\\nx\\n## B\\ny'
    """
    lines = text.splitlines()
    found, fenced = [], False
    for number, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := HEADING.fullmatch(line)):
            found.append((number, len(match.group(1)), match.group(2)))
    result = []
    for i, (start, level, heading) in enumerate(found):
        end = next((n for n, lvl, _ in found[i + 1:] if lvl <= level), len(lines))
        result.append((heading, "\n".join(lines[start:end])))
    return result


def named_sections(text: str, name: str) -> str:
    """The sections whose heading names ``name`` as a whole word, joined.

    >>> named_sections("# Claim (v1)\\n`kind`\\n# GoldClaim\\n`id`\\n", "Claim")
    '# Claim (v1)\\n`kind`'
    """
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return "\n".join(body for heading, body in sections(text) if pattern.search(heading))


def in_backticks(text: str, item: str) -> bool:
    """``item`` written in backticks, alone or first in them (`--out FILE`).

    >>> in_backticks("`--out FILE`, `-q`", "--out"), in_backticks("`--outside`", "--out")
    (True, False)
    """
    return re.search(rf"`{re.escape(item)}[` ]", text) is not None


# -- the JSON Schema ------------------------------------------------------------------------
MODELS = {name: model for name, model in SCHEMA["$defs"].items() if "properties" in model}
MODELS[SCHEMA["title"]] = SCHEMA
ENUMS = {name: model["enum"] for name, model in SCHEMA["$defs"].items() if "enum" in model}
DETAILS_KINDS = {name: model["properties"]["kind"]["const"] for name, model in MODELS.items()
                 if name.endswith("Details")}

FIELDS = [pytest.param(model, field, id=f"{model}.{field}")
          for model, schema in MODELS.items() for field in schema["properties"]]
ENUM_VALUES = [pytest.param(enum, value, id=f"{enum}.{value}")
               for enum, values in ENUMS.items() for value in values]
KINDS = [pytest.param(model, kind, id=f"{model}:{kind}") for model, kind in DETAILS_KINDS.items()]


def test_the_schema_has_the_models_the_contract_describes():
    assert {"Claim", "Finding", "Reference", "DocumentResult", "Attribution", "ScaleReading",
            "ErrorInfo", "CheckedAgainst"} <= set(MODELS)
    assert {"FindingCode", "Severity"} <= set(ENUMS) and len(DETAILS_KINDS) >= 7


@pytest.mark.parametrize("model, field", FIELDS)
def test_every_schema_field_is_documented_under_its_model(model, field):
    section = named_sections(CONTRACT, model)
    assert section, f"CONTRACT.md has no heading naming {model}"
    assert in_backticks(section, field), f"CONTRACT.md does not name `{field}` under a {model} heading"


@pytest.mark.parametrize("enum, value", ENUM_VALUES)
def test_every_finding_code_and_severity_is_documented(enum, value):
    section = named_sections(CONTRACT, enum)
    assert section, f"CONTRACT.md has no heading naming {enum}"
    assert in_backticks(section, value), f"CONTRACT.md does not name `{value}` under a {enum} heading"


@pytest.mark.parametrize("model, kind", KINDS)
def test_every_details_kind_is_documented(model, kind):
    assert in_backticks(named_sections(CONTRACT, model), kind), f"no `{kind}` under a {model} heading"
    assert in_backticks(named_sections(CONTRACT, "Finding"), kind), f"the Finding sections omit `{kind}`"


# -- the command line -----------------------------------------------------------------------
def commands(command=APP, path: str = "") -> list[tuple[str, object]]:
    """Every command of the app with its path ("" for the app itself, "reference validate")."""
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found.extend(commands(sub, f"{path} {name}".strip()))
    return found


def options(command) -> list:
    return [param for param in command.params if param.param_type_name == "option"]


def choices(option) -> list[str]:
    annotation = option.type_descriptor.annotation
    return [member.value for member in annotation] if isinstance(annotation, type) and issubclass(annotation, Enum) else []


def command_section(path: str) -> str:
    """The sections whose heading names `factcheck PATH` (a group: any of its commands)."""
    name = f"factcheck {path}".strip()
    return "\n".join(body for heading, body in sections(CONTRACT)
                     if f"`{name}`" in heading or f"`{name} " in heading)


COMMANDS = [pytest.param(path, id=path or "factcheck") for path, _ in commands()]
OPTIONS = [pytest.param(path, flag, id=f"{path or 'factcheck'} {flag}")
           for path, command in commands() for option in options(command)
           for flag in option.opts + option.secondary_opts]
CHOICES = [pytest.param(path, option.opts[0], value, id=f"{path} {option.opts[0]} {value}")
           for path, command in commands() for option in options(command) for value in choices(option)]


def test_the_app_has_the_commands_the_contract_describes():
    assert {"extract", "check", "batch", "reference validate", "evaluate", "serve",
            "schema"} <= {path for path, _ in commands()}
    assert len(CHOICES) >= 15  # extract and check --format, --fail-on, --engine


@pytest.mark.parametrize("path", COMMANDS)
def test_every_command_has_its_section(path):
    assert command_section(path), f"CONTRACT.md has no heading naming `factcheck {path}`"


@pytest.mark.parametrize("path, flag", OPTIONS)
def test_every_option_is_documented_under_its_command(path, flag):
    assert in_backticks(command_section(path), flag), f"`{flag}` is not under `factcheck {path}`"


@pytest.mark.parametrize("path, flag, value", CHOICES)
def test_every_option_value_is_documented_under_its_command(path, flag, value):
    assert in_backticks(command_section(path), value), f"{flag} `{value}` is not under `factcheck {path}`"


# -- error codes ----------------------------------------------------------------------------
PRINTED_CODES = re.compile(r"factcheck: ([EW]\d{3}):")
CODES = sorted(set(MESSAGES) | set(PRINTED_CODES.findall("".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "factcheck" / "cli").glob("*.py"))))))


@pytest.mark.parametrize("code", CODES)
def test_every_error_code_is_documented(code):
    assert in_backticks(named_sections(CONTRACT, "Error codes"), code)


# -- the test can fail --------------------------------------------------------------------
@pytest.mark.parametrize("model, field, line", [
    ("Claim", "precision", "| `precision` |"),
    ("ValueDetails", "factor", "| `factor` |"),
])
def test_a_field_whose_line_is_removed_is_missed(model, field, line):
    shortened = "\n".join(text for text in CONTRACT.splitlines() if not text.startswith(line))
    assert in_backticks(named_sections(CONTRACT, model), field)
    assert not in_backticks(named_sections(shortened, model), field)
