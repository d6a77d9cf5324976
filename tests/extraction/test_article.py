"""The bundled article: exactly its eight claims, at their exact offsets."""

from __future__ import annotations

from factcheck import extract

EXPECTED = [
    # (surface text, value or (low, high), currency)
    ("entre $5 et $7 trillions", ("5000000000000", "7000000000000"), "USD"),
    ("80%", "80", None),
    ("$1,72 trillion", "1720000000000", "USD"),
    ("$1 trillion", "1000000000000", "USD"),
    ("$595,3 milliards", "595300000000", "USD"),
    ("13,1%", "13.1", None),
    ("$2 milliards", "2000000000", "USD"),
    ("$7 trillions", "7000000000000", "USD"),
]


# character offsets (Python str indices) of each claim in the article
OFFSETS = [(113, 137), (483, 486), (532, 546), (695, 706), (758, 774), (822, 827),
           (1944, 1956), (2400, 2412)]


def test_article_has_exactly_its_eight_claims(article_text):
    claims = [c.model_dump(mode="json") for c in extract(article_text)]
    got = [(c["text"], c["value"] if c["value"] else (c["low"], c["high"]), c["currency"])
           for c in claims]
    assert got == EXPECTED


def test_article_offsets_are_exact(article_text):
    claims = extract(article_text)
    assert [(c.start, c.end) for c in claims] == OFFSETS
    assert [article_text[c.start:c.end] for c in claims] == [c.text for c in claims]


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


def test_article_language_is_detected_as_french(article_text):
    from factcheck.lang.detect import detect

    assert detect(article_text) == "fr"


def test_article_hedges(article_text):
    approx = {c.text: c.hedge for c in extract(article_text) if c.approx}
    assert approx == {"80%": "environ", "$1,72 trillion": "proche de"}
