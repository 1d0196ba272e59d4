"""Deterministic Norwegian-news-like articles in the seed's format, for benchmarks.

    python bench/generate.py OUT_DIR COUNT [--seed N]

Each article has a date line, a lede, sub-headings, photo credits, dash quotes with and
without attribution, «» partial quotes, indirect speech and "ifølge" claims, with people drawn
from a pool so names repeat across articles the way they do in real news.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = [
    "Kari",
    "Ola",
    "Ingrid",
    "Per",
    "Marit",
    "Lars",
    "Sigrid",
    "Jonas",
    "Hanne",
    "Erik",
    "Nora",
    "Magnus",
    "Liv",
    "Anders",
    "Tone",
    "Håkon",
    "Solveig",
    "Øystein",
    "Åse",
    "Bjørn",
]
LAST = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Haugen",
    "Bakken",
    "Solberg",
    "Strand",
    "Lie",
    "Dahl",
    "Berg",
    "Moen",
    "Ødegård",
    "Sæther",
    "Aasen",
    "Brækhus",
]
ROLES = [
    "statsminister",
    "utenriksminister",
    "analytiker",
    "professor",
    "ordfører",
    "forsker",
    "direktør",
    "advokat",
    "leder",
    "seniorrådgiver",
]
ORGS = ["NUPI", "Universitetet i Oslo", "Equinor", "Forsvaret", "Oslo kommune", "NHO", "LO"]
OUTLETS = [
    "NRK",
    "NTB",
    "Aftenposten",
    "VG",
    "Dagbladet",
    "avisen Klassekampen",
    "nyhetsbyrået Reuters",
    "nyhetsbyrået AFP",
    "E24",
]
AGENCIES = ["REUTERS", "NTB", "TT / NTB Scanpix", "AFP", "AP"]
TOPICS = [
    "strømprisen",
    "forsvarsbudsjettet",
    "klimaavtalen",
    "skolemat",
    "sykehusene",
    "havvind",
    "luftvernmissiler",
    "gassleveranser",
    "rentemøtet",
    "flyktningene",
    "kuppforsøket",
    "jordbruksoppgjøret",
    "eldreomsorgen",
    "togtilbudet",
]
VERBS = ["sier", "sa", "mener", "forteller", "understreker", "påpeker", "legger til at det er"]
CLAIMS = [
    "Situasjonen er alvorlig",
    "Vi må handle nå",
    "Dette er et stort løft",
    "Det finnes ingen enkel løsning",
    "Prisene vil stige",
    "Vi har lyttet til folk",
    "Ingen skal måtte betale mer",
    "Vi er enige om å samarbeide tettere",
]
NARRATIVE = [
    "Saken har skapt debatt i flere uker",
    "Over 70.000 mennesker er berørt",
    "Regjeringen la fram planen 15. juli",
    "Kritikerne peker på kostnadene",
    "Forhandlingene fortsetter i neste uke",
    "Tallene fra SSB viser en økning",
    "Mange av de ansatte har jobbet der i over 20 år",
    "Opposisjonen er splittet",
]


def person(rng: random.Random) -> tuple[str, str]:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)


def article(rng: random.Random, number: int) -> str:
    year, month = 2015 + number % 10, 1 + number % 12
    people = [person(rng) for _ in range(rng.randint(2, 4))]
    topic = rng.choice(TOPICS)
    lede_name, lede_role = people[0]
    blocks = [
        f" date {year}-{month:02d} {lede_role.capitalize()} {lede_name} vil endre "
        f"{topic}, og {rng.choice(NARRATIVE).lower()}."
    ]
    for _ in range(rng.randint(2, 5)):
        blocks.append(
            f"{rng.choice(['KARI NORDMANN', 'Ola Berg', 'dha'])} / {rng.choice(AGENCIES)}"
        )
        blocks.append(
            f"{rng.choice(['Striden om', 'Nye tall for', 'Hva skjer med'])} {topic}"
            + rng.choice(["", "?"])
        )
        for _ in range(rng.randint(3, 8)):
            name, role = rng.choice(people)
            surname = name.split()[-1]
            kind = rng.random()
            claim = rng.choice(CLAIMS)
            if kind < 0.3:
                blocks.append(
                    f"– {claim} når det gjelder {topic}, {rng.choice(VERBS[:2])} "
                    f"{role} {name} i {rng.choice(ORGS)} til {rng.choice(OUTLETS)}."
                )
            elif kind < 0.45:
                blocks.append(f"– {claim}, sa {surname}. {rng.choice(NARRATIVE)}.")
            elif kind < 0.55:
                blocks.append(f"– {claim.split()[0]} {topic} er viktig for alle.")
            elif kind < 0.7:
                blocks.append(
                    f"{surname} {rng.choice(VERBS)} at {topic} må «{claim.lower()}» før valget."
                )
            elif kind < 0.8:
                blocks.append(f"{rng.choice(NARRATIVE)}, ifølge {rng.choice(OUTLETS)}.")
            else:
                blocks.append(
                    f"{rng.choice(NARRATIVE)}. {rng.choice(NARRATIVE)} i "
                    f"{rng.choice(['Oslo', 'Tromsø', 'Bergen', 'Ålesund'])}."
                )
    return "\n\n".join(blocks) + "\n"


def generate(count: int, seed: int = 1) -> list[tuple[str, str]]:
    """``count`` (name, text) pairs; the same for the same seed."""
    rng = random.Random(seed)
    return [(f"{i:06d}", article(rng, i)) for i in range(count)]


def write(out: Path, count: int, seed: int = 1) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(count, seed):
        path = out / f"{name[:3]}" / f"{name}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
