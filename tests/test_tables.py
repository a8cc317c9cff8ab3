"""Table reconstruction: a small written fixture plus rows of the real corpus checked by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.actors import ActorResolver
from ingest.tables import extract_tables, find_blocks, has_coded_tables
from ingest.text import parse_text

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NOVEX = SHARED / "corpus" / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


@pytest.fixture(scope="module")
def fixture_rows(resolver: ActorResolver) -> dict:
    doc = parse_text(DATA / "tables-columns.txt")
    return {a.code: a for a in extract_tables(doc, resolver)}


@pytest.fixture(scope="module")
def novex(resolver: ActorResolver) -> dict:
    if not NOVEX.is_file():
        pytest.skip("shared corpus not available")
    doc = parse_text(NOVEX)
    return {a.code: a for a in extract_tables(doc, resolver)}


def labels(action, role: str) -> set[str]:
    return {a.label for a in action.actors(role)}


def test_fixture_blocks_and_codes() -> None:
    doc = parse_text(DATA / "tables-columns.txt")
    assert has_coded_tables(doc)
    blocks = find_blocks(doc)
    assert [[c[0] for c in b.codes] for b in blocks] == [["AB 1", "AB 2", "AB 3"], ["AB 4"]]
    assert blocks[0].theme == "2.1 Voorbeeldthema"


def test_fixture_cell_after_ism_list_starts_new_row(fixture_rows: dict) -> None:
    ab1, ab2, ab3 = fixture_rows["AB 1"], fixture_rows["AB 2"], fixture_rows["AB 3"]
    assert labels(ab1, "lead") == {"Gemeente Velsen"}
    assert labels(ab1, "partner") == {"Provincie Noord-Holland", "Rijkswaterstaat"}
    assert labels(ab2, "lead") == {"Gemeente Zaanstad"}
    assert labels(ab3, "lead") == {"Gemeente Amsterdam", "Port of Amsterdam"}


def test_fixture_phase_paragraphs_form_one_period(fixture_rows: dict) -> None:
    ab1 = fixture_rows["AB 1"]
    assert (ab1.period.start_year, ab1.period.end_year) == (2024, 2028)
    assert fixture_rows["AB 2"].period.start_year == 2026
    assert fixture_rows["AB 3"].period.start_year == 2035


def test_fixture_titles_kind_and_line_order_row(fixture_rows: dict) -> None:
    assert fixture_rows["AB 1"].title == "Nieuwe kade in Velsen"
    assert fixture_rows["AB 2"].kind == "sleutelproject"
    ab4 = fixture_rows["AB 4"]
    assert ab4.title == "Groene verbindingen"
    assert labels(ab4, "lead") == {"Provincie Noord-Holland"}
    assert (ab4.period.start_year, ab4.period.end_year) == (2024, 2026)


def test_fixture_source_quote_is_exact(fixture_rows: dict) -> None:
    doc = parse_text(DATA / "tables-columns.txt")
    pages = {p.number: p.text for p in doc.pages}
    for a in fixture_rows.values():
        assert a.source is not None and a.source.quote in pages[a.source.page]


def test_document_without_tables(tmp_path: Path) -> None:
    f = tmp_path / "brief.txt"
    text = "Geachte voorzitter,\n\nDe gemeente Velsen werkt samen met Rijkswaterstaat.\n"
    f.write_text(text, encoding="utf-8")
    doc = parse_text(f)
    assert not has_coded_tables(doc)
    assert extract_tables(doc) == []


# Rows outside the dev annotations, checked by hand against the text of chapter 3.
@pytest.mark.slow
def test_novex_all_sections_found(novex: dict) -> None:
    themes = {a.theme for a in novex.values()}
    assert {t.split()[0] for t in themes if t} >= {"3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"}
    for code in ("SV IJ 1", "ES 5A", "ES 5B", "SLG 1", "SLG 2", "WB 3", "MR 6", "LIA 1"):
        assert code in novex


@pytest.mark.slow
def test_novex_milieuruimte_rows(novex: dict) -> None:
    mr3, mr4 = novex["MR 3"], novex["MR 4"]
    assert labels(mr3, "lead") == {"Ministerie van Infrastructuur en Waterstaat"}
    assert labels(mr3, "partner") == {"Rijkswaterstaat", "Port of Amsterdam"}
    assert labels(mr4, "lead") == {"Omgevingsdienst IJmond"}  # the line after the I.s.m. list is a new cell
    assert mr3.period.end_year == 2028 and mr3.period.start_year is None  # "Uiterlijk 2028"
    assert novex["MR 1"].kind == "sleutelproject"


@pytest.mark.slow
def test_novex_split_and_part_of_codes(novex: dict) -> None:
    sv = novex["SV IJ 1"]
    assert labels(sv, "lead") == {"Gemeente Beverwijk", "Gemeente Heemskerk", "Gemeente Velsen"}
    assert sv.period.start_year == 2024
    wb3 = novex["WB 3"]
    assert ("part_of", "LG 4") in {(d.kind, d.target_code) for d in wb3.dependencies}


@pytest.mark.slow
def test_novex_haven_rows(novex: dict) -> None:
    vh4 = novex["VH 4"]
    assert labels(vh4, "lead") == {"Rijkswaterstaat"} and vh4.period.start_year == 2026
    hb2 = novex["HB 2"]
    assert labels(hb2, "lead") == {"Gemeente Amsterdam", "Port of Amsterdam"}
    vi1 = novex["VI 1"]
    assert "Provincie Noord-Holland" in labels(vi1, "involved")
    assert "Tata Steel" in labels(vi1, "lead")
    assert novex["ES 11"].period.start_year == 2027


@pytest.mark.slow
def test_novex_raw_text_gives_the_same_rows(novex: dict, resolver: ActorResolver) -> None:
    """Without the parse clean-up (hyphenated line ends, page numbers kept) the rows come out the same."""
    from ingest.model import Page, ParsedDocument

    pages: list[list[str]] = [[]]
    for line in NOVEX.read_text(encoding="utf-8").split("\n"):
        if line.startswith(" ") and pages[-1]:
            pages.append([])
        pages[-1].append(line)
    doc = ParsedDocument(str(NOVEX), NOVEX.stem, "", "text/plain", "",
                         [Page(i + 1, "\n".join(p)) for i, p in enumerate(pages)])
    raw = {a.code: a for a in extract_tables(doc, resolver)}
    assert set(raw) == set(novex)
    for code in ("RI 1", "RI 2", "GL 6", "SV IJ 1", "MR 3"):
        assert (raw[code].period.start_year, raw[code].period.end_year) == (
            novex[code].period.start_year, novex[code].period.end_year)
        assert labels(raw[code], "lead") == labels(novex[code], "lead")


@pytest.mark.slow
def test_novex_titles_follow_the_wat_cells(novex: dict) -> None:
    """Titles inside a paragraph ("PPLG"), wrapped titles, and a bullet tail after a column break."""
    assert novex["LG 2"].title == "PPLG"
    assert novex["LG 4"].title.startswith("Sleutelproject: Integraal plan voor landschap")
    assert novex["LG 6"].title == "Versterking groen-blauwe verbindingen tussen gebieden"
    assert novex["WB 7"].title == "Vergroten/versterken afvoercapaciteit NZK/ARK"
    assert novex["WB 8"].title.startswith("Uitvoeringsprogramma ARK-NZK")
    assert novex["ZW 1"].kind == "sleutelproject"
    assert novex["ZW 4"].title == "Onderzoek beperken zoutindringing naar achterliggende gebieden"
    assert novex["WK 1"].title.endswith("actualiseren van de lozingsvergunningen")
    assert "C. Zaanstad" not in novex["HS 12"].description


@pytest.mark.slow
def test_novex_wanneer_cells_by_content_and_missing_cells(novex: dict) -> None:
    # Two Wanneer paragraphs for three rows: both are steps of VI 1; VI 2 and VI 3 state no period.
    vi1 = novex["VI 1"]
    assert (vi1.period.start_year, vi1.period.end_year) == (2024, 2030)
    assert novex["VI 2"].period is None and novex["VI 3"].period is None
    # "Sociale ontmoetingsplekken eind 2025/begin 2026" names what VE 1's Wat cell describes.
    assert novex["VE 1"].period.end_year == 2026
    assert novex["LIA 1"].period.qualifier == "core_task"
    assert "KRW-normen" in novex["WK 1"].period.text


def test_segment_leaves_a_row_empty_rather_than_cut_a_sentence() -> None:
    from ingest.tables_layout import Line, Para
    from ingest.tables_segment import atoms_of, segment, wanneer_boundary

    paras = [Para([Line(1, "Afspraken"), Line(1, "worden verwacht in"), Line(1, "2024")]),
             Para([Line(1, "Realisatie:"), Line(1, "fase 1"), Line(1, "2025-2030")])]
    atoms = atoms_of(paras)
    cells, _ = segment(atoms, 3, wanneer_boundary(atoms), empty=-1.2)
    assert [[ln.s for ln in c] for c in cells] == [
        ["Afspraken", "worden verwacht in", "2024", "Realisatie:", "fase 1", "2025-2030"], [], []]
    # Without empty cells the column must be cut into three non-empty cells.
    strict, _ = segment(atoms, 3, wanneer_boundary(atoms))
    assert all(strict)


@pytest.mark.slow
def test_novex_wie_statement_becomes_part_of(novex: dict) -> None:
    hb3 = novex["HB 3"]
    assert all(r.actor.known for r in hb3.roles)
    assert any(d.kind == "part_of" and "NOVEX-MRA" in d.target_code for d in hb3.dependencies)


@pytest.mark.slow
def test_novex_year_first_phases_stay_in_one_cell(novex: dict) -> None:
    # AZ 2: "2023-2026 Voorbereiding en aanbesteding" / "2025-2027 Ontwerp" / "2027-2030 Uitvoering".
    az2, az4, az3 = novex["AZ 2"], novex["AZ 4"], novex["AZ 3"]
    assert (az2.period.start_year, az2.period.end_year) == (2023, 2030)
    assert az4.period.text == "2024-2027"
    assert az3.period.qualifier == "core_task"


@pytest.fixture(scope="module")
def case_rows(resolver: ActorResolver) -> dict:
    doc = parse_text(DATA / "tables-layout-cases.txt")
    return {a.code: a for a in extract_tables(doc, resolver)}


def test_headers_printed_under_the_wat_column_do_not_end_columns(case_rows: dict) -> None:
    """'Wie Wie Wanneer Wanneer Wat Wat' after the last title: the columns are found from the layout."""
    assert {"KL 1", "KM 1", "KL 2"} <= set(case_rows)
    assert labels(case_rows["KL 1"], "lead") == {"Vattenfall"}
    assert labels(case_rows["KL 2"], "partner") == {"Provincie Noord-Holland"}
    assert case_rows["KM 1"].title == "Opstellen grondstoffenstrategie"


def test_the_row_whose_wat_cell_names_no_year_is_the_one_without_wanneer(case_rows: dict) -> None:
    assert case_rows["KM 1"].period is None
    assert (case_rows["KL 1"].period.start_year, case_rows["KL 2"].period.start_year) == (2029, 2026)


def test_kind_of_body_at_a_line_end_continues_onto_the_name(case_rows: dict) -> None:
    """'recreatieschap' + 'Spaarnwoude, TenneT,': one I.s.m. list, not the start of the next row's cell."""
    pw1, pw2, pw3 = case_rows["PW 1"], case_rows["PW 2"], case_rows["PW 3"]
    assert labels(pw1, "partner") == {"Rijkswaterstaat", "Recreatieschap Spaarnwoude", "TenneT",
                                      "Port of Amsterdam"}
    assert labels(pw2, "lead") == {"Provincie Utrecht"}
    assert labels(pw2, "partner") == {"Hoogheemraadschap van Rijnland"}
    # Its Wie cell only says what it is part of: no lead or partner; the body its text names most is involved.
    assert pw3.actors("lead") == [] and pw3.actors("partner") == []
    assert labels(pw3, "involved") == {"Hoogheemraadschap van Rijnland"}
    assert "party_from_description" in pw3.flags
    deps = {(d.kind, d.target_code) for d in pw3.dependencies}
    assert ("part_of", "Uitvoeringsagenda NOVEX-MRA 1.0") in deps


def test_enumeration_cut_by_a_column_break_is_no_title(case_rows: dict) -> None:
    """A bullet ending in ',' continues after the break; a title may wrap onto a line with its year."""
    pk3 = case_rows["PK 3"]
    assert pk3.title == "Saneren van de vervuilde waterbodem voor de Kaderrichtlijn Water 2027"
    assert pk3.source.quote == "Saneren van de vervuilde waterbodem voor de Kaderrichtlijn Water\n2027"
    assert "Noordzeekanaal" in case_rows["PK 2"].description


def test_wanneer_paragraphs_are_phases_and_undated_wording_is_kept(case_rows: dict) -> None:
    ps1, ps2 = case_rows["PS 1"], case_rows["PS 2"]
    assert [(f.text, f.start_year, f.end_year) for f in ps1.period.phases] == [
        ("Voorbereiding", 2023, 2026), ("Uitvoering", 2027, 2030)]
    assert ps2.period.text == "Fase 3 Investeringsbesluit afgerond"
    assert (ps2.period.start_year, ps2.period.end_year, ps2.period.qualifier) == (None, None, "unknown")
    assert "period_ambiguous" in ps2.flags


def test_a_title_wraps_over_lower_case_lines_of_its_own_paragraph_only() -> None:
    from ingest.tables_layout import Line, Para, split_title

    lines = ["Investeren in een gezonde leefomgeving via", "scherper vergunnen en actualiseren van",
             "vergunningen", "de provincie stelt hiervoor nieuw beleid op", "en werkt dat in 2026 uit."]
    cell = Para([Line(1, s) for s in lines])
    title, rest = split_title(cell, first_paragraph=3)
    assert title == "Investeren in een gezonde leefomgeving via scherper vergunnen en actualiseren van " \
                    "vergunningen"
    assert rest == lines[3:]
    # the same lines as one long paragraph: the description is no title
    title, _ = split_title(cell, first_paragraph=5)
    assert title == lines[0]
