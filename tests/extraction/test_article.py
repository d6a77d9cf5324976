"""The bundled article: exactly its eight claims, every field, at their exact offsets."""

from __future__ import annotations

from factcheck import extract

USD = "USD"
# each claim as the article states it; a field not named holds the model default
EXPECTED = [
    {"kind": "money", "text": "entre $5 et $7 trillions", "low": "5000000000000", "high": "7000000000000",
     "currency": USD, "scale_word": "trillions", "scale_reading": "short"},
    {"kind": "percent", "text": "80%", "value": "80", "approx": True, "hedge": "environ"},
    {"kind": "money", "text": "$1,72 trillion", "value": "1720000000000", "currency": USD,
     "approx": True, "hedge": "proche de", "scale_word": "trillion", "scale_reading": "short"},
    {"kind": "money", "text": "$1 trillion", "value": "1000000000000", "currency": USD,
     "scale_word": "trillion", "scale_reading": "short"},
    {"kind": "money", "text": "$595,3 milliards", "value": "595300000000", "currency": USD,
     "scale_word": "milliards"},
    {"kind": "percent", "text": "13,1%", "value": "13.1", "direction": "up"},
    {"kind": "money", "text": "$2 milliards", "value": "2000000000", "currency": USD,
     "scale_word": "milliards"},
    {"kind": "money", "text": "$7 trillions", "value": "7000000000000", "currency": USD,
     "scale_word": "trillions", "scale_reading": "short"},
]
DEFAULTS = {"value": None, "low": None, "high": None, "currency": None, "approx": False,
            "hedge": None, "bound": None, "bound_text": None, "points": False,
            "direction": None, "scale_word": None, "scale_reading": None}
FIELDS = ("kind", "text", *DEFAULTS)

# character offsets (Python str indices) of each claim in the article
OFFSETS = [(113, 137), (483, 486), (532, 546), (695, 706), (758, 774), (822, 827),
           (1944, 1956), (2400, 2412)]


def _view(claim: dict) -> dict:
    return {key: claim.get(key, DEFAULTS.get(key)) for key in FIELDS}


def test_article_has_exactly_its_eight_claims(article_text):
    claims = [c.model_dump(mode="json") for c in extract(article_text)]
    assert [_view(c) for c in claims] == [_view(e) for e in EXPECTED]


def test_article_offsets_are_exact(article_text):
    claims = extract(article_text)
    assert [(c.start, c.end) for c in claims] == OFFSETS
    # the offsets point at the surface the article states, not at whatever was extracted
    assert [article_text[start:end] for start, end in OFFSETS] == [e["text"] for e in EXPECTED]


def test_article_keeps_both_readings_of_trillion(article_text):
    trillions = [c for c in extract(article_text) if c.scale_word and "trillion" in c.scale_word]
    assert len(trillions) == 4
    for claim in trillions:
        assert claim.scale_reading == "short"
        long_reading = claim.scale_readings["long"]
        short_reading = claim.scale_readings["short"]
        if claim.value is not None:
            assert long_reading.value == claim.value * 1_000_000
            assert short_reading.value == claim.value
        else:
            assert (long_reading.low, long_reading.high) == (claim.low * 1_000_000, claim.high * 1_000_000)
            assert (short_reading.low, short_reading.high) == (claim.low, claim.high)


def test_article_language_is_detected_as_french(article_text):
    from factcheck.lang.detect import detect

    assert detect(article_text) == "fr"
