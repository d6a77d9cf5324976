"""The checker's cue words (factcheck/lang/data/check_<lang>.toml), one row per use in
``check_cues.jsonl``: each entry of the files has a positive row (the cue read) and a negative
one (its words without the cue). Sentences are ours; ``seen`` says where the phrasing occurs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.checking.gate import counterfactual_in, level_reached, move_direction, moved_by
from factcheck.checking.periods import claim_period, claim_year, looking_back
from factcheck.extraction.finder import find_claims
from factcheck.checking.cue_words import check_words, ranked_groups
from factcheck.lang.data import LANGS
from factcheck.text.sentences import index_of, split

ROWS = [json.loads(line) for line in (Path(__file__).parent / "check_cues.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]


def read_back(text: str, lang: str) -> list[str] | None:
    """The period of the text's last claim said relative to the one named before it."""
    claims = tuple(find_claims(text, lang))
    sentences = split(text)
    claim = claims[-1]
    found = looking_back(claim, sentences, index_of(sentences, claim.start), claims, lang, None, None)
    return list(found) if found else None


def _read(text: str, lang: str, which: int = -1):
    """The text's sentences, the claim ``which``, its sentence's index and the claims of it."""
    claims = tuple(find_claims(text, lang))
    sentences = split(text)
    claim = claims[which]
    where = index_of(sentences, claim.start)
    own = sentences[where]
    return sentences, claim, where, tuple(c for c in claims if own.start <= c.start < own.end)


def part_of_year(text: str, lang: str) -> str | None:
    """The part of a year the last claim's clause names ("sur les neuf premiers mois")."""
    sentences, claim, where, local = _read(text, lang)
    return claim_year(claim, sentences, where, local, lang, None).unresolved


def elliptic(text: str, lang: str) -> str | None:
    """The month or quarter of the last claim ("après 0,2 % au deuxième")."""
    sentences, claim, where, local = _read(text, lang)
    return claim_period(claim, sentences[where], local, lang, None)


def year_end(text: str, lang: str) -> bool:
    sentences, claim, where, local = _read(text, lang)
    return claim_year(claim, sentences, where, local, lang, None).year_end


def turn(text: str, lang: str) -> str | None:
    """The year of the first claim: a year after a comparison word is the compared figure's."""
    sentences, claim, where, local = _read(text, lang, 0)
    return claim_year(claim, sentences, where, local, lang, None).year


def ranked(text: str, lang: str) -> str | None:
    """The first group a figure is ranked in ("la plus basse de la zone euro")."""
    found = ranked_groups(text, lang)
    return text[found[0][0]:found[0][1]] if found else None


READERS = {
    "ranked": ranked,
    "part_of_year": part_of_year,
    "elliptic": elliptic,
    "year_end": year_end,
    "turn": turn,
    "counterfactual": counterfactual_in,
    "move": move_direction,
    "moved_by": moved_by,
    "level_after": level_reached,
    "looking_back": read_back,
}


@pytest.mark.parametrize("row", [pytest.param(row, id=row["id"]) for row in ROWS])
def test_cue(row):
    assert READERS[row["reader"]](row["text"], row["lang"]) == row["expect"]


def entries() -> list[str]:
    words = []
    for lang in LANGS:
        data = check_words(lang).model_dump()
        for section, fields in data.items():
            for name, values in fields.items():
                if isinstance(values, (list, dict)):  # a dict's words are its keys (quarters.ordinals)
                    words.extend(f"{lang}|{section}.{name}:{value}" for value in values)
    return words


@pytest.mark.parametrize("entry", entries())
def test_every_entry_has_a_positive_and_a_negative_row(entry):
    lang, cue = entry.split("|", 1)
    expects = [row["expect"] for row in ROWS if row["lang"] == lang and row["cue"] == cue]
    assert any(expects) and not all(expects), f"{entry}: needs a positive and a negative row"
