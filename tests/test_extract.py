"""Merging extractors' actions: programme links kept, dangling codes dropped, groups never lead."""

from __future__ import annotations

from ingest.extract import _drop_dangling, _groups_involved
from ingest.model import Action, ActorRef, Dependency, Role
from ingest.tables_layout import split_statement


def test_part_of_a_named_programme_survives_and_unknown_codes_do_not() -> None:
    a = Action(code="LG 3", title="Oer-IJ", dependencies=[
        Dependency("part_of", "Uitvoeringsagenda NOVEX-MRA"), Dependency("related", "LG 4"),
        Dependency("depends", "ZZ 9"), Dependency("related", "LG 3"), Dependency("depends", "Iets Anders")])
    b = Action(code="LG 4", title="Sleutelproject")
    _drop_dangling([a, b])
    assert [(d.kind, d.target_code) for d in a.dependencies] == [
        ("part_of", "Uitvoeringsagenda NOVEX-MRA"), ("related", "LG 4")]


def test_group_words_are_involved_not_lead() -> None:
    # NOVEX LG 6: "..., Hoogheemraadschap van Rijnland, diverse ministeries".
    group = ActorRef("groep-ministeries", "Ministeries", kind="group")
    org = ActorRef("hhr", "Hoogheemraadschap van Rijnland")
    a = Action(code="LG 6", title="t", roles=[Role(org, "lead"), Role(group, "lead"), Role(group, "partner")])
    _groups_involved([a])
    assert [(r.actor.label, r.role) for r in a.roles] == [
        ("Hoogheemraadschap van Rijnland", "lead"), ("Ministeries", "involved")]
    assert a.roles[1].actor.kind == "group"


def test_wie_cell_statement_is_split_from_the_parties() -> None:
    # NOVEX HB 3 Wie cell.
    cell = "Metropool Regio Amsterdam\n\nOnderdeel van de \nUItvoeringsagenda \nNOVEX-MRA 1.0"
    parties, statement = split_statement(cell)
    assert parties == "Metropool Regio Amsterdam"
    assert statement.startswith("Onderdeel van de") and statement.endswith("NOVEX-MRA 1.0")
    assert split_statement("Gemeente Velsen") == ("Gemeente Velsen", "")
