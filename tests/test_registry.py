"""The organisation register read back from its public lists: every body found by its TOOI id."""

from __future__ import annotations

import csv
import json
import re
import time
from pathlib import Path

import pytest

from ingest.actors import ActorResolver
from ingest.data import build_registry
from ingest.nlp import load_registry

SOURCES = Path(build_registry.__file__).resolve().parent / "sources"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def _csv(name: str) -> list[dict[str, str]]:
    lines = [x for x in (SOURCES / name).read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    return list(csv.DictReader(lines))


def _official() -> list[tuple[str, str]]:
    """(label, TOOI id) of every municipality, province and water board in the public lists."""
    by_tooi = {r["tooi"]: r["label"] for r in load_registry() if r.get("tooi")}
    out = [(by_tooi[f"gemeente/{row['code']}"], f"gemeente/{row['code']}") for row in _csv("gemeenten.csv")]
    bodies = json.loads((SOURCES / "bodies.json").read_text(encoding="utf-8"))
    out += [(by_tooi[f"provincie/{r['code']}"], f"provincie/{r['code']}")
            for r in bodies["provincie"]["rows"]]
    out += [(r["label"], f"waterschap/{r['code']}") for r in bodies["waterschap"]["rows"]]
    return out


def _tooi(resolver: ActorResolver, refs) -> list[str | None]:
    rows = {r["key"]: r for r in resolver.registry()}
    return [rows[r.key].get("tooi") if r.key in rows else None for r in refs]


def _split_in_two(label: str) -> str:
    """The name over two lines of a table cell, broken at the middle space."""
    words = label.split(" ")
    half = max(1, len(words) // 2)
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])


def test_the_lists_are_complete():
    official = _official()
    kinds = [tooi.split("/")[0] for _, tooi in official]
    assert (kinds.count("gemeente"), kinds.count("provincie"), kinds.count("waterschap")) == (342, 12, 21)
    assert len({tooi for _, tooi in official}) == len(official)


def test_every_official_body_resolves_in_running_text(resolver):
    wrong = []
    for label, tooi in _official():
        kind, name = label.split(" ", 1)
        text = f"De {kind.lower()} {name} heeft het plan vastgesteld."
        if _tooi(resolver, resolver.find(text)) != [tooi]:
            wrong.append((text, [r.label for r in resolver.find(text)]))
    assert not wrong, wrong[:10]


def test_every_official_body_resolves_from_a_cell_split_over_two_lines(resolver):
    wrong = []
    for label, tooi in _official():
        cell = _split_in_two(label)
        refs = resolver.resolve_cell(cell)
        if _tooi(resolver, refs) != [tooi] or refs[0].label != label:
            wrong.append((cell, [r.label for r in refs]))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("text, label", [
    ("Waterschap De Stichtse Rijnlanden", "Hoogheemraadschap De Stichtse Rijnlanden"),
    ("Waterschap Rijn en\nIJssel", "Waterschap Rijn en IJssel"),
    ("Hoogheemraadschap\nHollands Noorderkwartier", "Hoogheemraadschap Hollands Noorderkwartier"),
    ("Hoogheemraadschap Delfland", "Hoogheemraadschap van Delfland"),
    ("Havenbedrijf Rotterdam", "Port of Rotterdam"),
    ("Port of Rotterdam", "Port of Rotterdam"),
    ("Den Bosch", "Gemeente 's-Hertogenbosch"),
    ("gemeente ’s-Hertogenbosch", "Gemeente 's-Hertogenbosch"),
    ("Sudwest-Fryslan", "Gemeente Súdwest-Fryslân"),
    ("Súdwest-\nFryslân", "Gemeente Súdwest-Fryslân"),
    ("Den Haag", "Gemeente 's-Gravenhage"),
    ("college van B&W van Zaanstad", "Gemeente Zaanstad"),
    ("gemeente utrecht", "Gemeente Utrecht"),
    ("Gedeputeerde Staten van Zuid-Holland", "Provincie Zuid-Holland"),
    ("Provincie Friesland", "Provincie Fryslân"),
    ("PNH", "Provincie Noord-Holland"),
    ("HHNK", "Hoogheemraadschap Hollands Noorderkwartier"),
    ("RWS", "Rijkswaterstaat"),
    ("IenW", "Ministerie van Infrastructuur en Waterstaat"),
    ("KGG", "Ministerie van Klimaat en Groene Groei"),
    ("BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("EZK", "Ministerie van Economische Zaken"),
    ("ministerie van VenJ", "Ministerie van Justitie en Veiligheid"),
    ("Stedin", "Stedin"),
    ("Veiligheidsregio Rotterdam-Rijnmond", "Veiligheidsregio Rotterdam-Rijnmond"),
    ("GGD Hart voor Brabant", "GGD Hart voor Brabant"),
    ("ODZOB", "Omgevingsdienst Zuidoost-Brabant"),
    ("Evides", "Evides Waterbedrijf"),
    ("De Minister van Volkshuisvesting en\nRuimtelijke Ordening",
     "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"),
    ("Rijkswaterstaat Zee en Delta", "Rijkswaterstaat"),
    ("Gelderse Natuur\nen Milieufederatie", "Gelderse Natuur en Milieufederatie"),
    ("Enexis", "Enexis Netbeheer"),
    ("Prov. Gld.", "Provincie Gelderland"),
    ("prov. Ov.", "Provincie Overijssel"),
    ("gem. Valkenburg a/d Geul", "Gemeente Valkenburg aan de Geul"),
    ("Capelle a/d IJssel", "Gemeente Capelle aan den IJssel"),
    ("OV-bureau", "OV-bureau Groningen Drenthe"),
    ("Qbuzz", "Qbuzz"),
    ("gemeenteraad Bergen op Zoom", "Gemeente Bergen op Zoom"),
])
def test_names_as_people_write_them(resolver, text, label):
    assert [r.label for r in resolver.resolve_cell(text)] == [label]


@pytest.mark.parametrize("former, successor", [
    ("Gemeente Heerhugowaard", "gemeente/gm1980"),
    ("gemeente Weesp", "gemeente/gm0363"),
    ("Gemeente Haarlemmerliede en Spaarnwoude", "gemeente/gm0394"),
    ("Gemeente Brielle", "gemeente/gm1992"),
    ("ministerie van Economische Zaken en Klimaat", "ministerie/mnre1045"),
    ("ministerie van LNV", "ministerie/mnre1153"),
])
def test_former_names_resolve_to_the_successor(resolver, former, successor):
    assert _tooi(resolver, resolver.resolve_cell(former)) == [successor]
    text = f"Eerder besloot de {former[0].lower()}{former[1:]} anders."
    assert _tooi(resolver, resolver.find(text)) == [successor]


def test_former_keys_still_lead_somewhere(resolver):
    assert resolver.by_key("gemeente-weesp").label == "Gemeente Amsterdam"
    row = next(r for r in resolver.registry() if r["key"] == "gemeente-dijk-en-waard")
    langedijk = {"name": "Gemeente Langedijk", "key": "gemeente-langedijk", "until": "2022-01-01"}
    assert langedijk in row["former_names"]


def test_unknown_organisations_stay_whole(resolver):
    refs = resolver.resolve_cell("Bouwbedrijf Jansen B.V.")
    assert [(r.label, r.known) for r in refs] == [("Bouwbedrijf Jansen B.V.", False)]
    refs = resolver.resolve_cell("Waterschap\nNergensland, Stichting\nHet Groene Hart,\nCoöperatie Foo U.A.")
    assert [(r.label, r.known) for r in refs] == [
        ("Waterschap Nergensland", False), ("Stichting Het Groene Hart", False),
        ("Coöperatie Foo U.A.", False)]
    assert [r.label for r in resolver.find("Bouwbedrijf Jansen B.V. legt de kade aan.")] == [
        "Bouwbedrijf Jansen B.V."]


def test_bare_places_and_common_words_are_no_organisations_in_prose(resolver):
    text = ("In Utrecht en Groningen wonen veel mensen. Het is best druk in Ede, Epe, Oss en Putten; "
            "bij de sluis in Urk. De gemeente best bereikbaar maken.")
    assert resolver.find(text) == []
    # inside a longer name a place is no party of its own
    refs = resolver.resolve_cell("Fietsersbond Utrecht, Stedin")
    assert [(r.label, r.known) for r in refs] == [("Fietsersbond Utrecht", False), ("Stedin", True)]


def test_own_body_without_its_name_in_its_own_document(resolver):
    text = "De provincie investeert samen met de gemeente Velsen. Het waterschap volgt."
    labels = [r.label for r in resolver.find(text, home="provincie-utrecht")]
    assert labels == ["Provincie Utrecht", "Gemeente Velsen"]
    assert [r.label for r in resolver.find(text)] == ["Gemeente Velsen"]  # whose province: unknown
    assert [r.label for r in resolver.find(text, home="hdsr")] == [
        "Gemeente Velsen", "Hoogheemraadschap De Stichtse Rijnlanden"]


def test_the_documents_own_body(resolver):
    assert resolver.own_body("Uitvoeringsagenda Provincie Gelderland 2026").label == "Provincie Gelderland"
    text = ("Het college van B&W stelt voor, samen met de provincie Utrecht. "
            "De gemeente Houten en de gemeente Houten.")
    assert resolver.own_body("Werkagenda", text).label == "Gemeente Houten"
    assert resolver.own_body("Werkagenda", "Geen namen.") is None
    text = "Gedeputeerde Staten besluiten. Het college van B&W stemt in."
    refs = resolver.find(text, home="provincie-zeeland")
    assert [r.label for r in refs] == ["Provincie Zeeland"]


def test_registry_rows_name_their_source(resolver):
    sources = json.loads((SOURCES.parent / "actors-sources.json").read_text(encoding="utf-8"))
    for row in resolver.registry():
        for sid in row["source"].split("; "):
            assert sid in sources, row
    assert all(re.search(r"20\d\d", text) for text in sources.values())  # every list has its date


def test_the_data_file_is_what_the_generator_makes():
    assert build_registry.build() == load_registry()


def test_registry_graph_links_to_tooi(resolver):
    from rdflib import OWL, URIRef

    from ingest.graph import registry_graph
    from kg.vocab import actor_iri

    g = registry_graph(resolver.registry())
    tooi = URIRef("https://identifier.overheid.nl/tooi/id/gemeente/gm1900")
    assert (actor_iri("gemeente-sudwest-fryslan"), OWL.sameAs, tooi) in g


def test_resolution_stays_fast(resolver):
    text = "\n".join(f"De gemeente {label.split(' ', 1)[1]} werkt met Rijkswaterstaat en Stedin aan de dijk."
                     for label, _ in _official()) * 3
    start = time.perf_counter()
    refs = resolver.find(text)
    assert len(refs) > 300
    assert time.perf_counter() - start < 10
