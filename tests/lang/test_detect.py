"""Language detection on short lines: wire headlines, briefs, and text with nothing to tell.

The sentences are ours, written after the short lines of the FR-EN parallel dev set
(headlines, bylines, list numbers; ``bench/langid_short_lines.py`` measures on those) and
the way wire services and the French financial press title their copy.
"""

from __future__ import annotations

import multiprocessing

import pytest

from factcheck.lang import detect as detection
from factcheck.lang.detect import detect, detect_by_stopwords, resolve

ENGLISH = [
    # market wire headlines, no stopword of either list in most of them
    ("Oil prices jump after OPEC cuts output", "wire market headline"),
    ("Oil prices rise 3% as OPEC cuts output", "wire market headline, percent"),
    ("Gold hits record high above $2,400", "wire commodities headline"),
    ("Wall Street ends higher on tech rally", "wire closing report"),
    ("Pound slips against euro", "currency brief"),
    ("Fed holds rates steady", "central bank headline"),
    ("ECB signals June cut", "central bank headline, four words"),
    ("UK economy shrinks 0.1% in third quarter", "ONS release headline"),
    ("Tesla misses delivery estimates", "company results headline"),
    ("Retail sales beat forecasts", "data release headline"),
    ("Strikes hit French refineries", "English headline about France"),
    ("Macron names new prime minister", "English headline with a French name"),
    ("Renault shares tumble 9%", "French company, English copy"),
    ("Budget deficit widens to £31bn", "UK borrowing headline"),
    ("Inflation eases", "two-word headline"),
    ("Markets slide", "two-word headline"),
    ("Can the euro survive?", "question headline with a stopword"),
    ("Too little, too late", "idiom headline"),
    ("Airbus delivers 735 jets in 2023", "French company, English copy, numbers"),
    ("Shares in Société Générale fall 4%", "accented French name in English copy"),
    ("Profits at Crédit Agricole jump", "accented French name in English copy"),
    ("Nestlé cuts outlook", "accented name first"),
    ("The central bank said inflation would slow next year.", "full wire sentence"),
]

FRENCH = [
    ("Le chômage recule à 7,3 %", "Insee release headline"),
    ("La BCE relève ses taux", "central bank headline"),
    ("Bourse : Paris termine en baisse", "French market headline with a colon"),
    ("Le CAC 40 recule de 1,2 %", "index headline, decimal comma"),
    ("Renault : les ventes bondissent de 12 %", "company headline, colon style"),
    ("Chômage : nouvelle hausse", "three-word colon headline"),
    ("Grève à la SNCF", "short social headline"),
    ("L'inflation ralentit en mars", "elided article"),
    ("L\u2019euro recule face au dollar", "typographic apostrophe"),
    ("Les loyers flambent à Paris", "housing headline"),
    ("Taux immobiliers : légère détente", "no article, colon"),
    ("Airbus livre 735 avions", "company headline, English-looking names"),
    ("Prix du gaz : la facture grimpe", "energy headline"),
    ("Dette : Moody's maintient la note de la France", "English name with an apostrophe"),
    ("Le déficit atteint 5,5 % du PIB", "public finance headline"),
    ("Fusion géante dans la tech", "anglicism in French copy"),
    ("Le PDG de Société Générale démissionne", "names in French copy"),
    ("Mission accomplie", "two words shared with English spelling"),
    ("Crise politique", "two-word headline"),
    ("Le gouvernement a annoncé une hausse des prix de l'énergie.", "full sentence"),
]

NOTHING_TO_TELL = [
    ("$5", "a bare amount"),
    ("1.", "list number, as in the dev set's numbered paragraphs"),
    ("2024", "a year alone"),
    ("+3,5 %", "a signed percentage"),
    ("€ 1 200 000", "an amount with spaces"),
    ("12:30 - 14:00", "a time range"),
    ("—", "a dash alone"),
    ("", "empty text"),
    ("   \n\t", "whitespace only"),
]


def _cases(table, lang):
    return [pytest.param(text, lang, id=f"{lang}: {text[:40]} ({where})") for text, where in table]


@pytest.mark.parametrize("text,lang", _cases(ENGLISH, "en") + _cases(FRENCH, "fr"))
def test_short_lines_are_detected(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text,where", NOTHING_TO_TELL, ids=[where for _, where in NOTHING_TO_TELL])
def test_text_without_letters_gets_the_default(text, where):
    assert detect(text) == detection.DEFAULT == "fr"


@pytest.mark.parametrize("text", [
    "Oil prices jump after OPEC cuts output",
    "Fed holds rates steady",
    "Tesla misses delivery estimates",
])
def test_headlines_the_old_stopword_count_got_wrong(text):
    assert detect_by_stopwords(text) == "fr"
    assert detect(text) == "en"


@pytest.mark.parametrize("text,lang", [
    ("To no avail", "en"),       # the model hesitates, "to" tips it
    ("Prime ou malus", "fr"),    # the model hesitates, "ou" is no stopword: the model decides
])
def test_hesitant_model_and_the_stopword_tie_breaker(text, lang):
    assert detect(text) == lang


@pytest.mark.xfail(strict=True, reason="known limit: a line that starts with a French name, or is "
                   "mostly an anglicism, reads as its name does (as in the dev set's name-only lines)")
@pytest.mark.parametrize("text,lang", [
    ("Hermès sales rise 15%", "en"),
    ("Un business florissant", "fr"),
])
def test_known_limits(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text,expected", [
    ("Shares in Société Générale fall 4%", "Shares in fall 4%"),
    ("Hausse de 3 % chez Renault", "Hausse de 3 % chez"),
    ("Chávez Turns Back Clocks", "Chávez Turns Back Clocks"),   # title case: nothing left, keep all
    ("BNP Paribas", "BNP Paribas"),
])
def test_names_are_left_out_when_enough_words_remain(text, expected):
    assert detection.without_names(text) == expected


def test_long_text_is_read_from_its_start_only():
    article = "Le gouvernement a présenté le budget de l'année prochaine. " * 200
    assert len(article) > detection.SAMPLE
    assert detect(article + "The rest is English. " * 2000) == "fr"


def test_resolve_keeps_a_given_language_and_detects_auto():
    assert resolve("en", "Le chômage recule") == "en"
    assert resolve("auto", "Markets slide") == "en"
    assert resolve("auto", "$5") == "fr"


def test_the_model_is_built_once():
    detection.warm()
    assert detection._identifier.cache_info().currsize == 1
    assert detection._identifier() is detection._identifier()


HEADLINES = [text for text, _ in ENGLISH + FRENCH]


def _detect_all(texts):
    return [detect(text) for text in texts]


def test_detection_works_in_forked_workers():
    """``batch`` forks its workers: a warm model is inherited, and answers do not change."""
    in_parent = _detect_all(HEADLINES)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        in_children = pool.map(_detect_all, [HEADLINES, HEADLINES])
    assert in_children == [in_parent, in_parent]


@pytest.mark.slow
def test_detection_is_the_same_in_a_fresh_process():
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_detect_all, (HEADLINES,)) == _detect_all(HEADLINES)


# Whole articles: the common words decide, and py3langid's model is not needed. Our sentences,
# in the manner of a statistics-office release and of a wire story on company results
# (bench/langid_long_texts.py measures the rule on 770 real and written documents: none wrong).
LONG_FRENCH = ("Selon l'Insee, les prix à la consommation ont augmenté de 1,2 % sur un an en octobre, "
               "après 1,1 % le mois précédent. Cette hausse est due pour l'essentiel aux prix de "
               "l'énergie, qui repartent à la hausse dans les carburants. Les prix de l'alimentation "
               "ralentissent, et ceux des services sont stables sur le mois.")
LONG_ENGLISH = ("The company said on Tuesday that its quarterly revenue rose 4% to $12.1 billion, "
                "as sales in its cloud unit grew faster than analysts had expected. The results "
                "were helped by a weaker dollar, and the chief executive said that demand would "
                "remain strong for the rest of the year, with margins at their highest in a decade.")


@pytest.mark.parametrize("text, lang", [(LONG_FRENCH, "fr"), (LONG_ENGLISH, "en")])
def test_an_article_is_told_by_its_common_words_without_the_model(text, lang, monkeypatch):
    def no_model():
        raise AssertionError("py3langid's model was built for a long text")

    monkeypatch.setattr(detection, "_model", no_model)
    assert detection.sure_by_stopwords(text) == lang
    assert detect(text) == lang


@pytest.mark.parametrize("text, why", [
    ("Oil prices jump after OPEC cuts output", "a headline: too short to be sure"),
    (" ".join(["BNP Paribas, Société Générale, Crédit Agricole et Natixis"] * 6),
     "a list of names: long, but too few common words"),
    (LONG_ENGLISH[:150] + " " + LONG_FRENCH, "half and half: neither leads threefold"),
])
def test_the_common_words_leave_open_what_they_cannot_settle(text, why):
    assert detection.sure_by_stopwords(text) is None, why
