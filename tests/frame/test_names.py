"""Names found by rules (factcheck/frame/names.py), each row a phenomenon seen in real copy
(doc id and offset in ``seen``) or its negative."""

from __future__ import annotations

from types import SimpleNamespace as S

import pytest

from factcheck.frame.names import named_after, names_in

NAMES = [
    # seen: dev/checks fr-loreal-resultats-2023 offset 1082 ("- Dividende 3 :", a footnote mark after a row label)
    ("fr-row-label-footnote", "fr", "- Dividende 3 : 6,60 euros, en hausse de 10 %", frozenset(), []),
    ("fr-row-label-named", "fr", "- Acme Europe : 6,60 euros, en hausse de 10 %", frozenset(), ["Acme Europe"]),
    ("fr-opening-index", "fr", "- CAC 40 : 7 500 points", frozenset(), ["CAC 40"]),
    ("fr-opening-known", "fr", "Stoxx 600 : 380 points", frozenset({"Stoxx"}), ["Stoxx 600"]),
    # seen: dev/checks fr-affichesparisiennes-inflation-zone-euro-2022-09 offset 1168 ("suivie par" ranks)
    ("fr-ranked-by", "fr", "Elle est suivie par Chypre (2,4 %) et la Lituanie (2,6 %).", frozenset(), ["Chypre", "Lituanie"]),
    ("fr-published-by", "fr", "Les chiffres publiés par Eurostat montrent 2,4 % en Lituanie.", frozenset(), ["Lituanie"]),
    ("en-ranked-by", "en", "Prices rose fastest in Latvia, followed by Estonia (5.0%).", frozenset(), ["Latvia", "Estonia"]),
    ("en-reported-by", "en", "Inflation was 5.0%, according to Eurostat.", frozenset(), []),
    # seen: dev/checks fr-totalenergies-resultats-2024 offset 1070 (segments named in a clause of cause)
    ("fr-cause-clause", "fr", "Acme a démontré sa solidité, bénéficiant notamment de la performance des secteurs "
     "Alpha Power et Beta Gas, pour afficher un résultat de 4,4 G$.", frozenset({"Acme"}), ["Acme"]),
    ("fr-no-cause-clause", "fr", "Le secteur Alpha Power a progressé de 5 %.", frozenset(), ["Alpha Power"]),
    # seen: dev/checks en-fashionunited-lvmh-2023 offset 1291 ("driven by ... backed by"), the same with "thanks to"
    ("en-cause-clause", "en", "Revenue rose 7%, thanks to Alpha Cosmetics.", frozenset(), []),
    ("en-no-cause-clause", "en", "Revenue at Alpha Cosmetics rose 7%.", frozenset(), ["Alpha Cosmetics"]),
]


@pytest.mark.parametrize("lang, sentence, known, names",
                         [pytest.param(*row[1:], id=row[0]) for row in NAMES])
def test_names_in(lang: str, sentence: str, known: frozenset[str], names: list[str]) -> None:
    assert [n[2] for n in names_in(sentence, lang, known)] == names


AFTER = [
    # seen: dev/checks en-actionforex-ec-forecast-2024-11 offset 215 ("1.4% in Spring forecast": a season)
    ("en-season-not-place", "en", "Growth was cut to 1.3% from 1.4% in Spring.", "1.4%", None),
    ("en-place-after", "en", "Inflation was 3.4% in Germany.", "3.4%", "Germany"),
    ("fr-season-not-place", "fr", "La croissance passe de 1,4 % au Printemps à 1,3 %.", "1,4 %", None),
    # seen: dev/checks fr-tendanceouest-chomage-2015-t3 offset 425 (the span of the change, then the place)
    ("fr-place-past-change", "fr", "Le taux recule de 0,3 point sur un an en métropole.", "0,3 point", "métropole"),
    ("fr-no-place-past-change", "fr", "Le taux recule de 0,3 point sur un an en moyenne.", "0,3 point", None),
    ("en-place-past-change", "en", "Prices rose 2% year on year in the euro area.", "2%", "euro area"),
    # seen: dev/checks fr-cnews-chomage-2023-t4 offset 942 ("pour les 15-24 ans"), tendanceouest offset 734 ("chez les")
    ("fr-group-after", "fr", "Le taux baisse de 0,4 point pour les 25-49 ans.", "0,4 point", "25-49 ans"),
    ("fr-no-group-after", "fr", "Le taux baisse de 0,4 point pour l'ensemble des actifs.", "0,4 point", None),
    ("en-group-after", "en", "The rate fell 0.2 point among 15-24-year-olds.", "0.2 point", "15-24-year-olds"),
]


@pytest.mark.parametrize("lang, text, figure, place", [pytest.param(*row[1:], id=row[0]) for row in AFTER])
def test_named_after(lang: str, text: str, figure: str, place: str | None) -> None:
    start = text.index(figure)
    found = named_after(text, S(start=start, end=start + len(figure)), lang, S(start=0, end=len(text)))
    assert (found[2] if found else None) == place
