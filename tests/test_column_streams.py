"""Tables whose columns come out of the text one after another (page-layout exports), read as rows."""

from pathlib import Path

import pytest

from benchmarks.extraction_eval import extract_file
from ingest.actors import ActorResolver
from ingest.column_streams import find_column_tables, split_header_line
from ingest.model import Page

COLUMNS = Path(__file__).parent / "data" / "extraction-columns"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def _pages(text: str) -> list[Page]:
    return [Page(number=1, text=text)]


def test_header_row_on_one_line_is_split_into_known_names() -> None:
    assert split_header_line("Nr. Actie Trekker Partners Planning") == ["Nr.", "Actie", "Trekker", "Partners",
                                                                        "Planning"]
    assert split_header_line("De maatregelen van dit programma") is None


def test_columns_under_their_own_headers(resolver: ActorResolver) -> None:
    text = "\n".join(["Code", "B1", "B2", "B3", "Wie", "Gemeente Tilburg", "i.s.m. Provincie Noord-Brabant",
                      "Gemeente Breda", "Waterschap Brabantse Delta", "Wanneer", "2026", "Gereed",
                      "eind 2027",
                      "2025-2028", "Wat", "Fietsroute Tilburg-Breda", "Slimme verkeerslichten",
                      "Beekdal herstellen", "Na de tabel volgt gewone tekst die geen cel is."])
    [table] = find_column_tables(_pages(text), resolver)
    assert table.header[:4] == ["Code", "Wie", "Wanneer", "Wat"]
    assert [r.cells[0] for r in table.rows] == ["B1", "B2", "B3"]
    assert table.rows[0].cells[1] == "Gemeente Tilburg\ni.s.m. Provincie Noord-Brabant"
    assert table.rows[1].cells[2] == "Gereed\neind 2027"
    assert table.rows[2].cells[3] == "Beekdal herstellen"


def test_partner_column_without_blank_lines_is_marked_doubtful(resolver: ActorResolver) -> None:
    text = "\n".join(["Nr. Actie Trekker Partners Planning", "1", "2", "3", "Dijk versterken",
                      "Kade vervangen", "Beek herstellen", "Gemeente Tilburg", "Gemeente Breda",
                      "Waterschap Brabantse Delta", "Provincie Noord-Brabant", "Gemeente Oisterwijk",
                      "Gemeente Goirle", "2026", "2027", "2028"])
    [table] = find_column_tables(_pages(text), resolver)
    assert [r.cells[2] for r in table.rows] == ["Gemeente Tilburg", "Gemeente Breda",
                                                "Waterschap Brabantse Delta"]
    assert table.doubtful == ["Partners"]  # three names for three rows: the text cannot show an empty cell


def test_blank_lines_separate_cells_of_two_names(resolver: ActorResolver) -> None:
    text = "\n".join(["Nr. Actie Trekker Partners Planning", "1", "2", "3", "", "Dijk versterken", "",
                      "Kade vervangen", "", "Beek herstellen", "", "Gemeente Tilburg", "",
                      "Gemeente Breda", "",
                      "Waterschap Brabantse Delta", "", "Provincie Noord-Brabant", "Gemeente Oisterwijk", "",
                      "Gemeente Goirle", "", "Gemeente Dongen", "", "2026", "", "2027", "", "2028"])
    [table] = find_column_tables(_pages(text), resolver)
    assert [r.cells[3] for r in table.rows] == ["Provincie Noord-Brabant\nGemeente Oisterwijk",
                                                "Gemeente Goirle", "Gemeente Dongen"]
    assert table.doubtful == []


def test_prose_with_header_words_is_no_table(resolver: ActorResolver) -> None:
    text = "Actie\nDe gemeente neemt actie als dat nodig is.\nPlanning\nDe planning volgt later."
    assert find_column_tables(_pages(text), resolver) == []


@pytest.mark.parametrize("name", ["kolommen-twente", "kolommen-walcheren", "kolommen-zuid-limburg"])
def test_text_of_column_pdfs_gives_every_row_with_its_lead(name: str) -> None:
    """The pypdf text of the fixtures (written column by column) gives the rows the PDF layout gives."""
    from_text = {a.title: a for a in extract_file(COLUMNS / f"{name}.txt")}
    from_pdf = {a.title: a for a in extract_file(COLUMNS / f"{name}.pdf")}
    assert len(from_text) >= 5
    for title, action in from_text.items():
        leads = [r.actor.label for r in action.roles if r.role == "lead"]
        assert len(leads) == 1, title
        if title in from_pdf:
            assert leads == [r.actor.label for r in from_pdf[title].roles if r.role == "lead"]
            assert action.period is not None and from_pdf[title].period is not None
            assert action.period.end_year == from_pdf[title].period.end_year


def test_party_cells_that_wrap_after_a_comma_and_a_running_footer(resolver: ActorResolver) -> None:
    """Cells of a party column that wrap after a comma ('Liander, Prov. Gld.,' / 'Gem. Deventer') stay one
    cell, also with an abbreviation only the legend explains ('V&V'); a running footer between the columns
    ('Agenda 2026-2029 | Energie | 14') is no cell."""
    footer = "Regionale Agenda 2026-2029 | Energie en netcongestie | {}"
    text = "\n".join(["Nr.", "E1", "E2", "E3", "Trekker", "Gem. Apeldoorn", "Liander", "Prov. Gld.",
                      "Betrokken partijen", "Liander, Prov. Gld.,", "Gem. Deventer", "V&V, WRIJ",
                      "Gem. Apeldoorn, Gem. Epe,", "Gem. Voorst", "Planning", "2026-2027", "vanaf 2027",
                      "uiterlijk Q2 2028", footer.format(14), "Omschrijving",
                      "Prioritering van aansluitingen op",
                      "het stroomnet.", "Aquathermie in kaart brengen.", "Energiehub Bergweide; volgt op E2.",
                      "Afkortingen: V&V = Waterschap Vallei en Veluwe.", footer.format(15)])
    [table] = find_column_tables(_pages(text), resolver)
    assert [r.cells[2] for r in table.rows] == ["Liander, Prov. Gld.,\nGem. Deventer", "V&V, WRIJ",
                                                "Gem. Apeldoorn, Gem. Epe,\nGem. Voorst"]
    assert [r.cells[3] for r in table.rows] == ["2026-2027", "vanaf 2027", "uiterlijk Q2 2028"]
    assert table.rows[1].cells[1] == "Liander"
