"""Who-cells: a name wrapped over two lines against one name per line, by the width of the column."""

from __future__ import annotations

import pytest

from ingest.actors import ActorResolver
from ingest.cells import join_wrapped, roles_in_cell


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def test_a_lone_word_continues_the_name_it_did_not_fit_beside():
    # "i.s.m. Provincie Limburg" is wider than the column's widest line: the word was wrapped
    assert join_wrapped("Gemeente Maastricht\ni.s.m. Provincie\nLimburg", 22) == (
        "Gemeente Maastricht\ni.s.m. Provincie Limburg")
    # without the column's width a lone word always continues the line above (as before)
    assert join_wrapped("Gebiedsopgave Centraal\nNederland") == "Gebiedsopgave Centraal Nederland"


def test_one_name_per_line_where_the_names_would_have_fitted(resolver):
    cell = "Mijnwater B.V.\nHuisvast\nWelbron"  # two names the register does not know
    together = [r.actor.label for r in roles_in_cell(cell, resolver, "partner")]
    apart = [r.actor.label for r in roles_in_cell(cell, resolver, "partner", width=23)]
    assert "Huisvast Welbron" in together
    assert apart[-2:] == ["Huisvast", "Welbron"]
    # two bodies the register knows (housing corporations) stay two without the column's width as well
    known = [r.actor.label for r in roles_in_cell("Mijnwater B.V.\nWoonpunt\nWeller", resolver, "partner")]
    assert known[-2:] == ["Woonpunt", "Weller"]
    # a known name split over two lines of a narrow column stays one
    assert [r.actor.label for r in roles_in_cell("Gemeente\nAmsterdam", resolver, width=12)] == [
        "Gemeente Amsterdam"]
    # a name the register knows is read across a kept break: "Provincie Limburg" in a wide column
    wide = roles_in_cell("Provincie\nLimburg", resolver, width=40)
    assert [r.actor.label for r in wide] == ["Provincie Limburg"]


def test_a_longer_line_continues_the_name_whose_next_word_did_not_fit(resolver):
    # "Parkmanagement Dordtse" is wider than the column: the two words on the next line end the name
    labels = [r.actor.label for r in roles_in_cell("Parkmanagement\nDordtse Kil", resolver, width=15)]
    assert labels == ["Parkmanagement Dordtse Kil"]
    # where the word would have fitted, the break was the writer's: two parties
    assert join_wrapped("Parkmanagement\nDordtse Kil", 40) == "Parkmanagement\nDordtse Kil"
    # a line that opens with a kind of body is a name of its own
    assert join_wrapped("Gemeente Dordrecht\nGemeente Zwijndrecht", 20) == (
        "Gemeente Dordrecht\nGemeente Zwijndrecht")
    # in a cell that separates names by commas, a known name on the next line still ends the name above
    # ('Drechtsteden' is a body of its own in the register, here the end of a foundation's name)
    cell = "Stichting Energiek\nDrechtsteden, OZHZ"
    labels = [r.actor.label for r in roles_in_cell(cell, resolver, "partner", width=23)]
    assert labels == ["Stichting Energiek Drechtsteden", "Omgevingsdienst Zuid-Holland Zuid"]


def test_en_inside_a_name_against_en_between_names(resolver):
    cell = "Gemeente Ede, Rabobank Vallei\nen Rijn"
    assert [r.actor.label for r in roles_in_cell(cell, resolver, "partner", width=34)] == [
        "Gemeente Ede", "Rabobank Vallei en Rijn"]
    # 'en' between two bodies, known or not, still separates them
    assert [r.actor.label for r in roles_in_cell("Gemeente Ede en Gemeente Wageningen", resolver)] == [
        "Gemeente Ede", "Gemeente Wageningen"]
    assert len(roles_in_cell("Huisvast en Welbron", resolver, "partner")) == 2


def test_a_line_of_a_who_cell_that_opens_with_met_names_partners(resolver) -> None:
    roles = roles_in_cell("gem. Rheden\nmet GGD\nGelderland-Zuid", resolver)
    assert [(r.role, r.actor.label) for r in roles] == [("lead", "Gemeente Rheden"),
                                                         ("partner", "GGD Gelderland-Zuid")]
    involved = roles_in_cell("Gemeente Breda\nmet betrokkenheid van ZLTO", resolver)
    assert ("involved", "Zuidelijke Land- en Tuinbouworganisatie") in [
        (r.role, r.actor.label) for r in involved]


def test_an_office_of_a_named_place_is_that_gemeente(resolver) -> None:
    """'wethouder Nieuwkoop' is the gemeente Nieuwkoop; 'wethouder Van Gils' names a person, no gemeente."""
    assert [r.actor.label for r in roles_in_cell("wethouder Nieuwkoop", resolver)] == ["Gemeente Nieuwkoop"]
    assert [r.actor.label for r in roles_in_cell("wethouder Van Gils", resolver)] != ["Gemeente Van Gils"]
