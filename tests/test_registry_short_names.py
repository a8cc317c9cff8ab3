"""The shorter names bodies go by, in the register only where no other body has them."""

from __future__ import annotations

import pytest

from ingest.actors import ActorResolver
from ingest.data import build_registry
from ingest.nlp import load_registry


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


@pytest.mark.parametrize("cell, labels", [
    ("NMF Groningen", ["Natuur en Milieufederatie Groningen"]),
    ("NMF Noord-Holland", ["Stichting Natuur en Milieufederatie Noord-Holland"]),
    ("Hanzehogeschool", ["Hanzehogeschool Groningen"]),
    ("Saxion, Windesheim", ["Saxion", "Hogeschool Windesheim"]),
    ("Brabantse Delta", ["Waterschap Brabantse Delta"]),
    ("Hunze en Aa's", ["Waterschap Hunze en Aa's"]),
    ("De Dommel", ["Waterschap De Dommel"]),
])
def test_short_names_in_cells(resolver, cell, labels):
    refs = resolver.resolve_cell(cell)
    assert [(r.label, r.known) for r in refs] == [(label, True) for label in labels]


def test_a_water_board_name_without_its_kind_is_the_river_in_lower_case(resolver):
    assert resolver.find("Het water stroomt langs de Dommel naar de Maas.") == []
    found = resolver.find("De Dommel en Aa en Maas leggen samen een buffer aan.")
    assert [r.label for r in found] == ["Waterschap De Dommel", "Waterschap Aa en Maas"]


@pytest.mark.parametrize("key, taken_by", [
    ("waterschap-limburg", "Provincie Limburg"),
    ("wetterskip-fryslan", "Provincie Fryslân"),
    ("waterschap-rivierenland", "Regio Rivierenland"),
    ("hogeschool-utrecht", "Gemeente Utrecht"),
])
def test_a_short_name_another_body_has_is_not_an_alias(resolver, key, taken_by):
    row = next(r for r in resolver.registry() if r["key"] == key)
    short = row["label"].split()[-1]
    assert short not in row["aliases"]
    assert row["label"] not in [r.label for r in resolver.resolve_cell(short)]
    assert taken_by in {r["label"] for r in resolver.registry()}


def test_the_collision_check_keeps_a_municipality_name_to_the_municipality():
    velsen = next(r for r in load_registry() if r["key"] == "gemeente-velsen")
    rows = [dict(velsen, aliases=list(velsen["aliases"])),
            {"key": "ws-velsen", "label": "Waterschap Velsen", "type": "waterschap", "aliases": [],
             "short_names": ["Velsen"], "source": "waterschap-lijst"},
            {"key": "ws-nergenszijl", "label": "Waterschap Nergenszijl", "type": "waterschap", "aliases": [],
             "short_names": ["Nergenszijl"], "source": "waterschap-lijst"}]
    build_registry.short_aliases(rows)
    assert rows[1]["aliases"] == []
    assert rows[2]["aliases"] == ["Nergenszijl"]
    assert rows[0]["aliases"] == velsen["aliases"]
