"""Housing corporations in the register; the shorter names bodies go by, kept where no other body has them."""

from __future__ import annotations

import pytest

from ingest.actors import ActorResolver
from ingest.data import build_registry
from ingest.nlp import load_registry


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def _rows(kind: str) -> list[dict]:
    return [r for r in load_registry() if r["type"] == kind]


def test_housing_corporations_come_from_their_list():
    corporations = _rows("woningcorporatie")
    assert len(corporations) >= 150
    assert {r["source"] for r in corporations} == {"woningcorporatie-lijst"}


@pytest.mark.parametrize("cell, labels", [
    ("Lefier, Nijestee", ["Lefier", "Nijestee"]),
    ("Ymere, Eigen Haard en Stadgenoot", ["Ymere", "Eigen Haard", "Stadgenoot"]),
    ("Stichting Portaal", ["Portaal"]),
    ("woningcorporatie Woonpunt", ["Woonpunt"]),
    ("Gemeente Rotterdam, Woonstad Rotterdam (trekker)", ["Gemeente Rotterdam", "Woonstad Rotterdam"]),
    ("NMF Groningen", ["Natuur en Milieufederatie Groningen"]),
    ("NMF Noord-Holland", ["Stichting Natuur en Milieufederatie Noord-Holland"]),
    ("Hanzehogeschool", ["Hanzehogeschool Groningen"]),
    ("Saxion, Windesheim", ["Saxion", "Hogeschool Windesheim"]),
    ("Brabantse Delta", ["Waterschap Brabantse Delta"]),
    ("Hunze en Aa's", ["Waterschap Hunze en Aa's"]),
    ("De Dommel", ["Waterschap De Dommel"]),
])
def test_short_and_corporation_names_in_cells(resolver, cell, labels):
    refs = resolver.resolve_cell(cell)
    assert [(r.label, r.known) for r in refs] == [(label, True) for label in labels]


def test_every_corporation_resolves_in_a_cell_and_in_running_text(resolver):
    wrong = []
    for row in _rows("woningcorporatie"):
        label = row["label"]
        if [r.label for r in resolver.resolve_cell(label)] != [label]:
            wrong.append(("cell", label, [r.label for r in resolver.resolve_cell(label)]))
        found = [r.label for r in resolver.find(f"Dit jaar bouwt {label} nieuwe woningen.")]
        if found != [label]:
            wrong.append(("text", label, found))
    assert not wrong, wrong[:10]


def test_a_corporation_named_like_a_word_is_only_a_name_as_written(resolver):
    text = "Het portaal van de website is open; wij werken met de alliantie van partijen langs de Dommel."
    assert resolver.find(text) == []
    found = resolver.find("Portaal en de Alliantie bouwen samen.")
    assert [r.label for r in found] == ["Portaal", "de Alliantie"]


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
             "short_names": ["Nergenszijl"], "source": "waterschap-lijst"},
            {"key": "woonstichting-proef", "label": "Woonstichting Proef", "type": "woningcorporatie",
             "aliases": ["Velsen", "Proefwonen"], "short_names": [], "source": "woningcorporatie-lijst"}]
    build_registry.short_aliases(rows)
    assert rows[1]["aliases"] == []
    assert rows[2]["aliases"] == ["Nergenszijl"]
    assert rows[3]["aliases"] == ["Proefwonen"]
    assert rows[0]["aliases"] == velsen["aliases"]
