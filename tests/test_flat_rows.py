"""Table rows copied out of a PDF as lines of text, read back into their columns."""

from pathlib import Path

import pytest

from benchmarks.extraction_eval import extract_file
from ingest.actors import ActorResolver
from ingest.flat_rows import find_flat_tables
from ingest.model import Page

TEXTS = Path(__file__).parent / "data" / "extraction-pdftext"

ROWS = """Tabel 2. Acties
Nr. Actie Trekker Partners Planning
1.1 Stresstest wateroverlast actualiseren
voor alle kernen.
Gemeente Tilburg Waterschap De Dommel,
Provincie Noord-Brabant
2026
1.2 Hittekaart opstellen, start nadat 1.1 is
afgerond.
Waterschap De Dommel Gemeente Breda Q3 2026 – 2027
1.3 Groene schoolpleinen Gemeente Breda – doorlopend

De tabel wordt jaarlijks bijgewerkt."""


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def test_each_row_is_cut_into_its_columns(resolver: ActorResolver) -> None:
    [table] = find_flat_tables([Page(number=1, text=ROWS)], resolver)
    assert table.header == ["Nr.", "Actie", "Trekker", "Partners", "Planning"]
    cells = [r.cells for r in table.rows]
    assert [c[0] for c in cells] == ["1.1", "1.2", "1.3"]
    assert cells[0][1] == "Stresstest wateroverlast actualiseren voor alle kernen."
    assert cells[0][2:] == ["Gemeente Tilburg", "Waterschap De Dommel, Provincie Noord-Brabant", "2026"]
    assert cells[1][2:] == ["Waterschap De Dommel", "Gemeente Breda", "Q3 2026 – 2027"]
    assert cells[2][2] == "Gemeente Breda" and cells[2][4] == "doorlopend"


def test_prose_after_a_header_like_line_is_no_table(resolver: ActorResolver) -> None:
    text = "Actie Trekker Planning\nDe gemeente neemt het voortouw en plant het werk zorgvuldig.\n"
    assert find_flat_tables([Page(number=1, text=text)], resolver) == []


def test_text_of_a_ruled_pdf_gives_every_row_with_lead_and_period() -> None:
    actions = [a for a in extract_file(TEXTS / "holdout-ruled-overijssel.txt") if a.code]
    assert len(actions) == 12
    assert all(any(r.role == "lead" for r in a.roles) for a in actions)
    assert all(a.period is not None for a in actions)


NO_CODES = """Project Verantwoordelijke
partij
Samen met Gereed
Herinrichting beekdal
Slinge bij Winterswijk
Waterschap Rijn en
IJssel
gem. Winterswijk 2028
Zoekgebieden windenergie
vastleggen
Gemeente Oost Gelre Provincie Gelderland eind 2026
Aanpak leegstand binnenstad Gemeente Doetinchem – doorlopend
Met deze projecten werkt de regio aan haar doelen."""


def test_rows_without_codes_close_on_their_time_and_the_header_may_wrap(resolver: ActorResolver) -> None:
    [table] = find_flat_tables([Page(number=1, text=NO_CODES)], resolver)
    assert table.header == ["Project", "Verantwoordelijke partij", "Samen met", "Gereed"]
    rows = [dict(zip(table.header, r.cells, strict=True)) for r in table.rows]
    assert [r["Gereed"] for r in rows] == ["2028", "eind 2026", "doorlopend"]
    assert rows[0]["Verantwoordelijke partij"] == "Waterschap Rijn en IJssel"
    assert rows[0]["Samen met"] == "gemeente Winterswijk"  # "gem." spelled out
    assert rows[1]["Project"] == "Zoekgebieden windenergie vastleggen"


def test_the_document_says_in_dutch_how_its_table_was_read() -> None:
    from ingest.extract import extract_document
    from ingest.text import parse_file
    from kg.config import Settings

    notes = extract_document(parse_file(TEXTS / "holdout-ruled-overijssel.txt", Settings())).notes
    assert notes == ["tabel p. 1-2 (rijen als doorlopende tekstregels; kolommen #, Project, Kartrekker, "
                     "Samenwerkingspartners, Looptijd): 12 rijen"]


def test_names_under_a_plural_kind_word_stay_in_the_run_of_parties(resolver: ActorResolver) -> None:
    text = ROWS.replace("Waterschap De Dommel Gemeente Breda Q3 2026",
                        "Provincie Fryslân Wetterskip, gemeenten De\nFryske Marren en Súdwest-\nFryslân, "
                        "It Fryske Gea Q3 2026")
    [table] = find_flat_tables([Page(number=1, text=text)], resolver)
    row = table.rows[1].cells
    assert row[1] == "Hittekaart opstellen, start nadat 1.1 is afgerond."
    assert row[2] == "Provincie Fryslân"
    assert "gemeenten De Fryske Marren en Súdwest-Fryslân" in row[3] and "It Fryske Gea" in row[3]


def test_a_dash_keeps_an_empty_start_and_one_moment_under_start_and_end_is_flagged(
        resolver: ActorResolver) -> None:
    head = "Code Project Verantwoordelijk Partners\nPlanning\nStart Gereed\n"
    rows = ("ZK-05 Fietsverbinding langs de kust aanleggen Provincie Zeeland Gemeente Veere 2026 2027\n"
            "ZK-06 Vervoersplan voor badplaatsen Gemeente Veere Provincie Zeeland – 2027\n"
            "ZK-07 Parkeerbeleid kust herzien Gemeente Veere Provincie Zeeland 2028\n")
    [table] = find_flat_tables([Page(number=1, text=head + rows)], resolver)
    assert [r.cells[-2:] for r in table.rows] == [["2026", "2027"], ["", "2027"], ["2028", ""]]
    assert [r.doubtful for r in table.rows] == [[], [], ["Start", "Gereed"]]
