"""The hand-written EN→FR article pairs in corpora/pairs are well formed.

These tests check the corpus itself (files, spans, kinds, balance), not what
`factcheck compare` finds in it: that test comes with the engine.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

PAIRS = Path(__file__).resolve().parents[2] / "corpora" / "pairs"
KINDS = {
    "value_changed", "scale_error", "currency_changed", "points_changed",
    "separator_misread", "sign_flipped", "figure_dropped", "figure_added",
    "attribution_changed", "rounded",
}
# A dropped figure has no French span, an added one no English span.
MISSING_SIDE = {"figure_dropped": "fr", "figure_added": "en"}
CLEAN_PAIRS = 2


def pair_names() -> list[str]:
    return sorted(path.name.removesuffix(".en.txt") for path in PAIRS.glob("*.en.txt"))


def read_pair(name: str) -> tuple[str, str, dict]:
    english = (PAIRS / f"{name}.en.txt").read_text(encoding="utf-8")
    french = (PAIRS / f"{name}.fr.txt").read_text(encoding="utf-8")
    expected = json.loads((PAIRS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return english, french, expected


def all_expected() -> dict[str, dict]:
    return {name: read_pair(name)[2] for name in pair_names()}


def test_at_least_ten_pairs_each_complete() -> None:
    stems = {path.name.split(".")[0] for path in PAIRS.glob("*.txt")}
    stems |= {path.name.split(".")[0] for path in PAIRS.glob("*.json")}
    assert len(pair_names()) >= 10
    for stem in sorted(stems):
        for suffix in (".en.txt", ".fr.txt", ".expected.json"):
            assert (PAIRS / f"{stem}{suffix}").is_file(), f"{stem}{suffix} missing"


@pytest.mark.parametrize("name", pair_names())
def test_english_original_is_a_short_article(name: str) -> None:
    english, _, expected = read_pair(name)
    assert expected["pair"] == name
    assert 120 <= len(english.split()) <= 300


@pytest.mark.parametrize("name", pair_names())
def test_every_span_occurs_in_its_file(name: str) -> None:
    english, french, expected = read_pair(name)
    entries = expected["differences"] + expected["clean"] + expected["other_damage"]
    for entry in entries:
        if entry["en"] is not None:
            assert entry["en"] in english, f"EN span not found: {entry['en']!r}"
        if entry["fr"] is not None:
            assert entry["fr"] in french, f"FR span not found: {entry['fr']!r}"


@pytest.mark.parametrize("name", pair_names())
def test_differences_have_known_kinds_and_both_sides(name: str) -> None:
    _, _, expected = read_pair(name)
    for difference in expected["differences"]:
        kind = difference["kind"]
        assert kind in KINDS
        assert difference["note"].strip()
        for side in ("en", "fr"):
            if MISSING_SIDE.get(kind) == side:
                assert difference[side] is None, f"{kind} should have no {side} span"
            else:
                assert difference[side], f"{kind} needs a {side} span"


@pytest.mark.parametrize("name", pair_names())
def test_clean_renderings_are_listed(name: str) -> None:
    _, _, expected = read_pair(name)
    assert len(expected["clean"]) >= 2
    for rendering in expected["clean"]:
        assert rendering["en"] and rendering["fr"]


def test_every_kind_appears_at_least_twice() -> None:
    counts = Counter(
        difference["kind"]
        for expected in all_expected().values()
        for difference in expected["differences"]
    )
    assert {kind: counts[kind] for kind in KINDS if counts[kind] < 2} == {}


def test_two_clean_pairs_and_two_to_five_damages_elsewhere() -> None:
    sizes = {name: len(expected["differences"]) for name, expected in all_expected().items()}
    clean = [name for name, size in sizes.items() if size == 0]
    assert len(clean) == CLEAN_PAIRS, clean
    assert {name: size for name, size in sizes.items() if size and not 2 <= size <= 5} == {}


def test_seed_signature_damage_is_represented() -> None:
    """Glued link text, kept 'trillion(s)', kept 'billion(s)', a cut sentence."""
    french = " ".join(read_pair(name)[1] for name in pair_names())
    assert "Wall Street JournalDans" in french
    assert "l'Agence européenne pour la reconstruction" in french
    assert "trillions de dollars" in french and "billions de dollars" in french
    assert ". a atteint" in french


def test_sources_file_covers_every_pair() -> None:
    with (PAIRS / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = set(pair_names())
    assert {row["pair"] for row in rows} == names
    for row in rows:
        assert row["fact"] and row["publisher"] and row["date"]
