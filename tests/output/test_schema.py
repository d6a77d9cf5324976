"""The JSON Schema of the document result is a contract: it may grow, never shrink.

``schema-v1-before-frames.json`` is the schema as published before the typed layout (the
first committed one). Every property it names must still exist, and every JSON type the
new schema allows for it must be one the old schema allowed (a field may become more
precise — a string becomes an enum of strings, an open object gains typed properties — but
never change kind), so a consumer written against the old schema keeps working.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import DocumentResult
from factcheck.models import FindingCode

HERE = Path(__file__).resolve().parent
COMMITTED = HERE.parent.parent / "factcheck" / "data" / "document-result.schema.json"
BEFORE = json.loads((HERE / "schema-v1-before-frames.json").read_text(encoding="utf-8"))
NOW = DocumentResult.model_json_schema(mode="serialization")
ALL_TYPES = {"string", "number", "integer", "boolean", "object", "array", "null"}


def resolve(schema: dict, root: dict) -> dict:
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def json_types(schema: dict, root: dict) -> set[str]:
    """The JSON types a value under ``schema`` may have."""
    schema = resolve(schema, root)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return set().union(*(json_types(option, root) for option in schema[key]))
    if "enum" in schema:
        return {type(value).__name__.replace("str", "string") for value in schema["enum"]}
    kind = schema.get("type")
    if kind is None:
        return ALL_TYPES
    found = {kind} if isinstance(kind, str) else set(kind)
    return found | ({"number"} if "integer" in found else set())


def object_options(schema: dict, root: dict) -> list[dict]:
    """The object schemas a property may hold (through anyOf/oneOf/$ref)."""
    schema = resolve(schema, root)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return [found for option in options for found in object_options(option, root)]
    return [schema] if "properties" in schema else []


def property_paths(old: dict, new: dict, path: str = "") -> list[tuple[str, dict, dict]]:
    """Every (path, old property, new property) pair, walking the old schema's objects."""
    pairs = []
    old_objects, new_objects = object_options(old, BEFORE), object_options(new, NOW)
    for old_object in old_objects:
        for name, old_prop in old_object["properties"].items():
            for new_object in new_objects:
                new_prop = new_object.get("properties", {}).get(name)
                pairs.append((f"{path}.{name}", old_prop, new_prop))
                if new_prop is not None:
                    pairs.extend(property_paths(old_prop, new_prop, f"{path}.{name}"))
            if resolve(old_prop, BEFORE).get("type") == "array":
                new_items = [resolve(o.get("properties", {}).get(name, {}), NOW).get("items", {})
                             for o in new_objects]
                for items in new_items:
                    pairs.extend(property_paths(resolve(old_prop, BEFORE)["items"], items,
                                                f"{path}.{name}[]"))
    return pairs


PAIRS = property_paths(BEFORE, NOW)


def test_the_walk_covers_the_contract_fields():
    paths = {path for path, _, _ in PAIRS}
    assert {".claims[].value", ".claims[].attribution.source", ".findings[].code",
            ".findings[].reference.url", ".findings[].details", ".error.message"} <= paths


@pytest.mark.parametrize("path,old,new", PAIRS, ids=[p for p, _, _ in PAIRS])
def test_schema_changes_only_by_addition(path, old, new):
    assert new is not None, f"{path} was removed from the document result"
    added = json_types(new, NOW) - json_types(old, BEFORE)
    assert not added, f"{path} may now be {sorted(added)}, which the published schema did not allow"


def test_finding_codes_are_the_contract_codes():
    assert {code.value for code in FindingCode} == {
        "consistent", "value_mismatch", "scale_mismatch", "currency_mismatch", "period_mismatch",
        "unverified", "attribution_mismatch", "garbled_attribution", "ambiguous_scale_word", "role_mismatch"}


def test_committed_schema_matches_the_models():
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == NOW, "the contract changed: regenerate with `make schema` on purpose and note it in README"
