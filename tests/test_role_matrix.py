"""Role matrices (one column per organisation, a role letter per cell) read as ordinary action tables."""

from __future__ import annotations

from pathlib import Path

from benchmarks.extraction_eval import extract_file
from ingest.extract import extract_document
from ingest.model import Page, ParsedDocument, Table, TableRow
from ingest.role_matrix import DEFAULT_LETTERS, as_role_columns, role_letters

DATA = Path(__file__).parent / "data"


def _doc(text: str) -> ParsedDocument:
    return ParsedDocument(path="m.md", name="m", sha256="0" * 64, media_type="text/markdown", title="m",
                          pages=[Page(1, text)])


def test_the_document_explains_its_letters() -> None:
    assert role_letters("Legenda: T = trekker, P = partner, B = betrokken.") == {
        "T": "lead", "P": "partners", "B": "involved"}
    assert role_letters("R: verantwoordelijk; O: opdrachtgever") == {"R": "lead", "O": "commissioner"}
    assert role_letters("Geen uitleg van letters; PO = Provincie Overijssel") == DEFAULT_LETTERS


def test_organisation_columns_become_role_columns() -> None:
    grid = Table(page=1, header=[], method="ruled", rows=[
        TableRow(["Code", "Actie", "Planning", "ENS", "HGL", "PO"], 1),
        TableRow(["KT-01", "Stresstest actualiseren", "2026", "P", "T", "B"], 1),
        TableRow(["KT-02", "Hittekaart maken", "2027", "T", "", "P"], 1),
    ])
    table = as_role_columns(grid, DEFAULT_LETTERS)
    assert table.header == ["Code", "Actie", "Planning", "Trekker", "Partners", "Betrokken"]
    assert [r.cells[3:] for r in table.rows] == [["HGL", "ENS", "PO"], ["ENS", "PO", ""]]


def test_a_table_of_figures_is_no_role_matrix() -> None:
    grid = Table(page=1, header=["Actie", "Trekker", "2026", "2027"], method="ruled", rows=[
        TableRow(["Dijk versterken", "Waterschap Limburg", "1,2", "0,8"], 1)])
    assert as_role_columns(grid, DEFAULT_LETTERS) is grid
    one = Table(page=1, header=["Actie", "Trekker", "WL"], method="ruled",
                rows=[TableRow(["Dijk versterken", "Waterschap Limburg", "T"], 1)])
    assert as_role_columns(one, DEFAULT_LETTERS) is one  # one organisation column: no matrix


def test_a_markdown_role_matrix_with_its_legend_gives_roles_by_full_name() -> None:
    text = ("| Nr | Maatregel | Wanneer | WL | PL | VRZL |\n|---|---|---|---|---|---|\n"
            "| 1 | Buffers aanleggen | 2026-2028 | T | P | |\n"
            "| 2 | Oefenen hoogwater | 2027 | P | | T |\n\n"
            "T = trekker, P = partner. WL = Waterschap Limburg; PL = Provincie Limburg; "
            "VRZL = Veiligheidsregio Zuid-Limburg.\n")
    actions = extract_document(_doc(text)).actions
    roles = {a.code: sorted((r.role, r.actor.label) for r in a.roles) for a in actions}
    assert roles == {"1": [("lead", "Waterschap Limburg"), ("partner", "Provincie Limburg")],
                     "2": [("lead", "Veiligheidsregio Zuid-Limburg"), ("partner", "Waterschap Limburg")]}


def test_a_ruled_pdf_role_matrix() -> None:
    """A PDF drawn with fpdf2 (written blind): seven organisation columns, T/P/B cells, the legend under the
    table with a name that wraps to the next line ('VIT =' / 'Vitens.')."""
    actions = {a.code: a for a in extract_file(DATA / "extraction-blind5" / "b5-rolmatrix.pdf")}
    assert len(actions) == 8
    roles = {(r.role, r.actor.label) for r in actions["KT-07"].roles}
    assert roles == {("lead", "Vitens"), ("partner", "Provincie Overijssel"),
                     ("involved", "Gemeente Enschede")}


def test_raci_letters_without_a_legend() -> None:
    """R, A, C, I without their meaning under the table: responsible leads, accountable commissions, consulted
    is involved (betrokken)."""
    text = ("| Nr | Maatregel | Planning | GEM | PROV | WS |\n|---|---|---|---|---|---|\n"
            "| 1 | Dijk versterken | 2026-2028 | C | A | R |\n\n"
            "GEM = gemeente Goes; PROV = provincie Zeeland; WS = waterschap Scheldestromen.\n")
    [action] = extract_document(_doc(text)).actions
    assert sorted((r.role, r.actor.label) for r in action.roles) == [
        ("commissioner", "Provincie Zeeland"), ("involved", "Gemeente Goes"),
        ("lead", "Waterschap Scheldestromen")]


def test_a_long_table_of_one_party_per_row() -> None:
    """'Actie | Partij | Rol | Periode', the action and its period on its first row only."""
    text = ("| Actie | Partij | Rol | Periode |\n|---|---|---|---|\n"
            "| KA-1 Stresstest actualiseren | gem. Haarlem | trekker | 2026 |\n"
            "| | HHR | partner | |\n| | PNH | opdrachtgever | |\n"
            "| KA-2 Koele plekken aanwijzen | gem. Zandvoort | trekker | 2027-2028 |\n"
            "| | VRK | betrokken | |\n\n"
            "HHR = Hoogheemraadschap van Rijnland; PNH = Provincie Noord-Holland; VRK = Veiligheidsregio "
            "Kennemerland.\n")
    actions = {a.code: a for a in extract_document(_doc(text)).actions}
    assert set(actions) == {"KA-1", "KA-2"}
    assert sorted((r.role, r.actor.label) for r in actions["KA-1"].roles) == [
        ("commissioner", "Provincie Noord-Holland"), ("lead", "Gemeente Haarlem"),
        ("partner", "Hoogheemraadschap van Rijnland")]
    assert sorted((r.role, r.actor.label) for r in actions["KA-2"].roles) == [
        ("involved", "Veiligheidsregio Kennemerland"), ("lead", "Gemeente Zandvoort")]
    period = actions["KA-2"].period
    assert period is not None and (period.start_year, period.end_year) == (2027, 2028)


def test_role_letters_in_brackets_after_the_parties() -> None:
    """'WSRL (t), gemeenten' / 'Provincie (o), Vitens (t), Zaltbommel' with the legend 'achter de trekker (t)
    en achter de opdrachtgever (o)': the letters become the role words the cell reader knows."""
    from ingest.role_matrix import as_noted_roles

    letters = role_letters("In de kolom Wie staat achter de trekker (t) en achter de opdrachtgever (o).")
    table = Table(page=1, header=["Nr.", "Wie"], method="ruled", rows=[
        TableRow(["BW-1", "WSRL (t), gemeenten"], 1),
        TableRow(["BW-6", "Provincie (o), Vitens (t), Zaltbommel"], 1)])
    assert [r.cells[1] for r in as_noted_roles(table, letters).rows] == [
        "WSRL (trekker), gemeenten", "Provincie (opdrachtgever), Vitens (trekker), Zaltbommel"]
    one = Table(page=1, header=["Nr.", "Wie"], method="ruled",
                rows=[TableRow(["1", "Gemeente Ede (zie noot a)"], 1)])
    assert as_noted_roles(one, letters) is one
