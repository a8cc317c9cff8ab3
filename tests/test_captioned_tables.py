"""Tests for ingest.captioned_tables: the action table of a vision document and its appendix explanations."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.actors import ActorResolver
from ingest.captioned_tables import extract_action_table
from ingest.model import Action
from ingest.text import parse_text

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
VVIZ = SHARED / "corpus" / "vviz-zaanstad-2022.txt"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


@pytest.fixture(scope="module")
def vviz(resolver: ActorResolver) -> tuple[object, list[Action]]:
    if not VVIZ.is_file():
        pytest.skip("shared corpus not available")
    doc = parse_text(VVIZ)
    return doc, extract_action_table(doc, resolver)


def _by_code(actions: list[Action]) -> dict[str, Action]:
    return {a.code: a for a in actions}


def _roles(action: Action) -> dict[str, str]:
    return {r.actor.label: r.role for r in action.roles}


# --- the fixture: same layout, invented content -----------------------------------------------------------
def test_fixture_rows_cells_and_page_break(resolver: ActorResolver) -> None:
    doc = parse_text(DATA / "captioned-table.txt")
    actions = extract_action_table(doc, resolver)
    assert [a.code for a in actions] == ["VEV 1", "VEV 2", "VEV 3"]  # acronym the document defines
    assert [a.title for a in actions] == ["Stel een energieloket in voor bedrijven",
                                          "Zorg voor ruimte voor laadpleinen",
                                          "Subsidie voor zonnedaken t.b.v. bedrijven"]
    first = actions[0]
    # the example cell runs over a footnote and a repeated header on the next page ('ver-' + 'gunning')
    assert "over de vergunning." in first.description
    assert "Een voetnoot" not in first.description
    assert [a.flags[0] for a in actions] == ["type:no-regret", "type:no-regret", "type:convenant"]
    assert actions[2].theme == "Binnen convenant (op voorwaarde van bedrijven)"
    assert actions[0].period is not None and (actions[0].period.start_year, actions[0].period.end_year) == \
        (2023, 2025)


def test_fixture_section_period_is_worded_without_the_chapter_number(resolver: ActorResolver) -> None:
    actions = extract_action_table(parse_text(DATA / "captioned-table.txt"), resolver)
    assert actions[0].period is not None and "period_from_section" in actions[0].flags
    assert not actions[0].period.text[:1].isdigit() and actions[0].period.text.endswith("2023-2025")


def test_fixture_appendix_matched_by_content_not_order(resolver: ActorResolver) -> None:
    actions = extract_action_table(parse_text(DATA / "captioned-table.txt"), resolver)
    assert actions[0].description.startswith("Het energieloket helpt bedrijven bij vragen over energie. ")
    assert actions[1].description.startswith("Laadpleinen vragen ruimte")
    assert actions[2].description.startswith("De gemeente geeft subsidie voor zonnedaken")
    assert "energie2" not in actions[0].description  # footnote marker removed


def test_fixture_roles(resolver: ActorResolver) -> None:
    actions = extract_action_table(parse_text(DATA / "captioned-table.txt"), resolver)
    assert _roles(actions[0]) == {"Gemeente Velsen": "lead", "Tata Steel": "involved",
                                  "Provincie Noord-Holland": "partner"}
    assert _roles(actions[2]) == {"Gemeente Velsen": "lead", "Port of Amsterdam": "partner"}


def test_fixture_quotes_verbatim(resolver: ActorResolver) -> None:
    doc = parse_text(DATA / "captioned-table.txt")
    for a in extract_action_table(doc, resolver):
        assert a.source is not None and " ".join(a.source.quote.split()).startswith(a.title)
        assert a.source.quote in doc.pages[a.source.page - 1].text


def test_document_without_action_table_gives_nothing(resolver: ActorResolver) -> None:
    assert extract_action_table(parse_text(DATA / "agreement_sample.txt"), resolver) == []
    assert extract_action_table(parse_text(DATA / "tables-columns.txt"), resolver) == []


# --- the real vision --------------------------------------------------------------------------------------
def test_vviz_fifteen_rows_in_table_order(vviz: tuple[object, list[Action]]) -> None:
    _, actions = vviz
    assert [a.code for a in actions] == [f"VVIZ {n}" for n in range(1, 16)]
    assert actions[0].title == "Actief opdrachtgeverschap Omgevingsdienst Noordzeekanaalgebied"
    assert actions[1].title.startswith("Inventariseer wat er nodig is vanuit gemeente voor waterstof")
    assert actions[8].title == "Aanbesteding energie-adviseurs t.b.v. bedrijven"
    assert actions[14].title == "Stel samen met industrie gezamenlijke ambitie vast als lonkend perspectief"
    assert [a.flags[0] for a in actions] == ["type:no-regret"] * 8 + ["type:convenant"] * 7
    assert all(a.kind == "action" for a in actions)


def test_vviz_quotes_verbatim_and_lead(vviz: tuple[object, list[Action]]) -> None:
    doc, actions = vviz
    for a in actions:
        assert a.source is not None and a.source.quote in doc.pages[a.source.page - 1].text  # type: ignore
        assert [r.actor.label for r in a.roles if r.role == "lead"] == ["Gemeente Zaanstad"]
        assert a.period is not None and (a.period.start_year, a.period.end_year) == (2022, 2026)


def test_vviz_cell_split_across_footnote_and_page(vviz: tuple[object, list[Action]]) -> None:
    _, actions = vviz
    second = actions[1]
    assert "kennis nodig is bij de gemeente op waterstofinfra en maak een plan" in second.description
    assert "Just Transition Fund" not in second.description


def test_vviz_appendix_descriptions(vviz: tuple[object, list[Action]]) -> None:
    by = _by_code(vviz[1])
    assert by["VVIZ 1"].description.startswith("Versterk het actief opdrachtgeverschap aan de OD NZKG.")
    assert "begin hier tijdig mee. In april 2022" in by["VVIZ 2"].description  # footnote 6 mark dropped
    # the appendix puts PR before the lobby; matching is by content
    assert by["VVIZ 12"].description.startswith("De gemeente lobbyt bij het Rijk")
    assert by["VVIZ 13"].description.startswith("De gemeente doet actief aan PR")
    # the appendix has no item for the last row: its own cells are the description
    assert by["VVIZ 15"].description.startswith("Stel samen met industrie gezamenlijke ambitie")
    assert "Type actie: Binnen convenant" in by["VVIZ 15"].description


def test_vviz_parties_read_from_rows(vviz: tuple[object, list[Action]]) -> None:
    by = _by_code(vviz[1])
    assert _roles(by["VVIZ 1"])["Omgevingsdienst Noordzeekanaalgebied"] == "partner"
    assert _roles(by["VVIZ 2"])["Vereniging van Nederlandse Gemeenten"] == "involved"   # 'Informeer, via VNG'
    assert _roles(by["VVIZ 4"])["Vereniging van Nederlandse Gemeenten"] == "partner"    # 'i.s.m. VNG'
    groups = {r.actor.label: (r.role, r.actor.kind) for r in by["VVIZ 4"].roles}
    assert groups["Netbeheerders"] == ("involved", "group")                              # 'gesprekken met'
    assert _roles(by["VVIZ 5"])["Stichting Platform Geothermie"] == "partner"           # 'samen met hen'
    assert "EBN" not in _roles(by["VVIZ 5"])  # only its step plan is cited
    assert _roles(by["VVIZ 12"])["Ministerie van Economische Zaken"] == "involved"
    assert _roles(by["VVIZ 13"])["Stichting Marketing Zaanstreek"] == "partner"
    assert "Tata Steel" not in _roles(by["VVIZ 13"])  # named in the appendix as a comparison only


@pytest.mark.slow
def test_other_corpus_documents_have_no_action_table(resolver: ActorResolver) -> None:
    if not VVIZ.is_file():
        pytest.skip("shared corpus not available")
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        if path != VVIZ:
            assert extract_action_table(parse_text(path), resolver) == [], path.name
