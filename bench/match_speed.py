"""Median time to match one claim against a generated reference table of 100 000 figures.

    .venv/bin/python bench/match_speed.py [--figures 100000] [--claims 2000] [--seed 7]

The table is generated (seeded) and written as CSV, then loaded through the normal
validating loader, so loading and indexing are timed too. Each claim sits in a French
sentence that names an entity and a metric of the table (some values agree, some are off,
some are off by a factor of 1000, some name nothing known). "Matching one claim" is
``Checker.check_claim``: attribution, candidate search, scoring and the verdict; the
extraction of the claim from the sentence is timed apart.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.checking.checker import AliasCache, Article, Checker  # noqa: E402
from factcheck.extraction.finder import find_claims  # noqa: E402
from factcheck.text.sentences import split  # noqa: E402

METRICS = [
    ("chiffre_affaires", "chiffre d'affaires|revenue|ventes", "EUR"),
    ("benefice_net", "bénéfice net|net profit|résultat net", "EUR"),
    ("dette", "dette|endettement|debt", "EUR"),
    ("capitalisation", "capitalisation boursière|market cap|valeur de marché", "USD"),
    ("investissement", "investissement|investissements|investment", "EUR"),
    ("effectif_croissance", "croissance des effectifs|hausse des effectifs", "%"),
    ("marge", "marge opérationnelle|operating margin", "%"),
    ("part_de_marche", "part de marché|market share", "%"),
    ("subvention", "subvention|aide publique|grant", "EUR"),
    ("amende", "amende|pénalité|fine", "EUR"),
]
SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ve", "no", "si", "ba", "de", "zo", "fi", "gu", "pe"]


def entity_name(rng: random.Random, number: int) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{stem}{number}"


def write_table(folder: Path, figures: int, rng: random.Random) -> list[dict]:
    sources = [("src%d" % i, f"Source {i}", f"Agence {i}|Institut {i}") for i in range(50)]
    with open(folder / "sources.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "aliases", "url"])
        for ident, name, aliases in sources:
            writer.writerow([ident, name, aliases, f"https://example.org/{ident}"])
    rows = []
    with open(folder / "figures.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "entity", "entity_aliases", "metric", "metric_aliases", "value", "low",
                         "high", "unit", "period", "source", "url", "note"])
        for number in range(figures):
            entity = entity_name(rng, number // len(METRICS))
            metric, aliases, unit = METRICS[number % len(METRICS)]
            if unit == "%":
                value = f"{rng.randint(1, 999) / 10:.1f}"
            else:
                value = str(rng.randint(1, 9999) * 10 ** rng.randint(5, 9))
            period = str(rng.randint(2015, 2024))
            row = dict(id=f"f{number}", entity=entity, entity_aliases=f"{entity} SA|groupe {entity}",
                       metric=metric, metric_aliases=aliases, value=value, low="", high="", unit=unit,
                       period=period, source=rng.choice(sources)[0], url="", note="")
            writer.writerow(row.values())
            rows.append(row)
    return rows


def sentence_for(row: dict, rng: random.Random) -> str:
    alias = row["metric_aliases"].split("|")[0]
    value = int(row["value"]) if row["unit"] != "%" else float(row["value"])
    kind = rng.random()
    if row["unit"] == "%":
        shown = value if kind < 0.5 else value + 7
        return f"En {row['period']}, la {alias} de {row['entity']} a atteint {str(shown).replace('.', ',')} %."
    if kind < 0.4:
        shown = value
    elif kind < 0.7:
        shown = value * 1.3
    elif kind < 0.85:
        shown = value / 1000
    else:
        return f"Le {alias} de la ville de Nulle-Part atteint {value / 1e6:.1f} millions d'euros.".replace(".", ",", 1)
    currency = "dollars" if row["unit"] == "USD" else "euros"
    return (f"En {row['period']}, le {alias} de {row['entity']} s'est établi à "
            f"{shown / 1e6:.1f} millions de {currency}, selon l'Agence {rng.randint(0, 60)}.").replace(".", ",", 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        rows = write_table(folder, args.figures, rng)
        written = time.perf_counter() - started
        started = time.perf_counter()
        checker = Checker(reference=str(folder), lang="fr")
        built = time.perf_counter() - started
    sentences = [sentence_for(rng.choice(rows), rng) for _ in range(args.claims)]
    timings, extract_timings, codes = [], [], {}
    for text in sentences:
        started = time.perf_counter_ns()
        claims = find_claims(text, "fr")
        extract_timings.append(time.perf_counter_ns() - started)
        article = Article(text, split(text), checker.index.aliases_in(text), "fr", None,
                          AliasCache(checker.index))
        for number, claim in enumerate(claims):
            started = time.perf_counter_ns()
            _, findings = checker.check_claim(number, claim, article)
            timings.append(time.perf_counter_ns() - started)
            codes[findings[0].code] = codes.get(findings[0].code, 0) + 1
    ms = sorted(t / 1e6 for t in timings)
    print(f"reference table: {args.figures} figures, written in {written:.1f} s, "
          f"loaded+validated+indexed in {built:.1f} s")
    print(f"claims matched: {len(ms)} (from {len(sentences)} sentences); verdicts: "
          + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    print(f"match one claim: median {statistics.median(ms):.3f} ms, p95 {ms[int(len(ms) * 0.95)]:.3f} ms, "
          f"max {ms[-1]:.3f} ms")
    print(f"extraction per sentence (apart): median {statistics.median(extract_timings) / 1e6:.3f} ms")
    target = 1.0
    verdict = "PASS" if statistics.median(ms) < target else "FAIL"
    print(f"target: median < {target} ms -> {verdict}")
    print(f"rerun: {sys.executable} bench/match_speed.py --figures {args.figures} "
          f"--claims {args.claims} --seed {args.seed}")


if __name__ == "__main__":
    main()
