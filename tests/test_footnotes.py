"""Footnotes of a table: markers glued to cells, notes under the table read with the row."""

from __future__ import annotations

from pathlib import Path

from benchmarks.extraction_eval import extract_file
from ingest.footnotes import notes_on, with_footnotes
from ingest.model import Page, Table, TableRow

DATA = Path(__file__).parent / "data"


def test_markers_are_cut_and_notes_join_their_row() -> None:
    page = ("Nr. Maatregel Trekker Planning\n1 Samen met de gemeente Breda.\n2 Start na afronding van A-1.\n"
            "3 Niet gebruikt.\n")
    table = Table(page=1, header=[], method="ruled", rows=[
        TableRow(["Nr.", "Maatregel", "Trekker", "Planning"], 1),
        TableRow(["A-1", "Waterberging", "Brabantse Delta1", "2027"], 1),
        TableRow(["A-2", "Afkoppelen", "gemeente Drimmelen", "2e helft 20282"], 1),
    ])
    read = with_footnotes(table, [Page(1, page)])
    assert [r.cells for r in read.rows] == [
        ["Nr.", "Maatregel", "Trekker", "Planning", "Toelichting"],
        ["A-1", "Waterberging", "Brabantse Delta", "2027", "Samen met de gemeente Breda."],
        ["A-2", "Afkoppelen", "gemeente Drimmelen", "2e helft 2028", "Start na afronding van A-1."]]


def test_a_numbered_list_without_markers_is_no_footnotes() -> None:
    """A page whose numbered lines do not run 1, 2, ... or whose cells carry no marker keeps its table."""
    assert notes_on("3 Eerste punt van de lijst.\n4 Tweede punt.") == {}
    table = Table(page=1, header=["Actie", "Planning"], method="ruled",
                  rows=[TableRow(["Dijk versterken", "2027"], 1)])
    assert with_footnotes(table, [Page(1, "1 Een noot.\n2 Nog een noot.")]) is table


def test_a_libreoffice_table_whose_partners_stand_in_footnotes() -> None:
    """LibreOffice PDF, written blind: pypdf glues the note numbers to the cells ('BW4', '20275')."""
    actions = {a.code: a for a in extract_file(DATA / "extraction-blind17" / "b17-voetnoten.pdf")}
    assert {r.actor.label for r in actions["AS-4"].roles if r.role == "lead"} == {"Brabant Water"}
    assert {r.actor.label for r in actions["AS-2"].roles if r.role == "partner"} == {
        "Gemeente Geertruidenberg", "Gemeente Drimmelen"}
    assert [(d.kind, d.target_code) for d in actions["AS-3"].dependencies] == [("starts_after", "AS-2")]
    # 'Brabantse Delta werkt mee.'
    partners = {r.actor.label for r in actions["AS-3"].roles if r.role == "partner"}
    assert partners == {"Waterschap Brabantse Delta"}
    assert actions["AS-3"].period is not None and actions["AS-3"].period.end_year == 2028
