"""find_dependencies on real phrasings of the NOVEX agenda and on written fixtures; sleutelproject linking."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dependencies import (
    find_codes,
    find_dependencies,
    link_sleutelprojecten,
    normalise_code,
    split_sentences,
)
from ingest.model import Action

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NOVEX = SHARED / "corpus" / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"


def kinds(text: str, own: str = "XX 1") -> dict[str, str]:
    return {d.target_code: d.kind for d in find_dependencies(text, own)}


def test_normalise_codes():
    assert normalise_code("WB1") == "WB 1"
    assert normalise_code("Uitvoeringsafspraak C") == "UA C"
    assert normalise_code("LG4") == "LG 4"
    assert normalise_code("SV IJ1") == "SV IJ 1"


def test_no_false_codes_from_chemistry_units_and_places():
    assert find_codes("CO2-uitstoot, CO 2, PM10, H2, A9-Zuid, NZKG 2024, NOVEX-MRA 1.0, G40 en Q4 2026") == []


def test_wrapped_table_cell_phrasings():
    assert kinds("Start zodra \nOnderzoek \nWB1 “stra-\ntegische \nreservering \nis \nafgerond.") == {
        "WB 1": "starts_after"}
    assert kinds("Wordt \nonderdeel \ngemaakt \nvan van \nLG4 ") == {"LG 4": "part_of"}
    assert kinds("•\t (Samenhang met WB6)") == {"WB 6": "related"}
    assert kinds("in verordeningen (zie MR2). Indien nodig inclusief geluid.") == {"MR 2": "related"}


def test_part_of_a_named_programme_keeps_the_name():
    assert kinds("Oer-IJ (onderdeel van de Uitvoeringsagenda NOVEX-MRA)") == {
        "Uitvoeringsagenda NOVEX-MRA": "part_of"}
    cell = "Programma loopt,\nonderdeel van het \nNationaal Programma \nLeefbaarheid en \nVeiligheid"
    assert kinds(cell) == {
        "Nationaal Programma Leefbaarheid en Veiligheid": "part_of"}
    # a common noun after 'als onderdeel van' is not a programme
    assert kinds("Partijen spreken af dat, als onderdeel van de inpassing van het station, ...") == {}
    assert kinds("Onderdeel hiervan is het programma V&R van gemaal IJmuiden.") == {}


def test_programme_name_typed_with_two_capitals_is_mended():
    assert kinds("Onderdeel van de \nUItvoeringsagenda \nNOVEX-MRA 1.0") == {
        "Uitvoeringsagenda NOVEX-MRA 1.0": "part_of"}
    assert kinds("Onderdeel van IJmond Bereikbaar") == {"IJmond Bereikbaar": "part_of"}  # IJ is one letter


def test_own_code_is_never_a_target():
    assert kinds("Zie WB 2 en WB2 en (samenhang met WB 3).", own="WB 2") == {"WB 3": "related"}


def test_relation_heading_then_necessity_sentence_is_depends():
    text = (Path(__file__).parent / "data" / "agreement_sample.txt").read_text(encoding="utf-8")
    deps = {d.target_code: d for d in find_dependencies(text, "UA G")}
    assert deps["UA H"].kind == "depends"
    assert deps["UA H"].quote.startswith("Om de berging te kunnen aanleggen")
    assert deps["UA H"].quote in text
    assert deps["WB 3"].kind == "related"


def test_sentence_spans_are_exact_substrings():
    text = "Eerste zin, o.a. met PNH. Tweede zin:\n• punt één\n• punt twee\n\nDerde."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["Eerste zin, o.a. met PNH.", "Tweede zin:", "punt één", "punt twee", "Derde."]


@pytest.mark.skipif(not NOVEX.exists(), reason="shared corpus absent")
def test_ua_b_depends_on_ua_c_in_real_text():
    lines = NOVEX.read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Relatie met Uitvoeringsafspraak C"))
    text = "\n".join(lines[start - 12:start + 8])
    deps = find_dependencies(text, "UA B")
    assert [(d.kind, d.target_code) for d in deps] == [("depends", "UA C")]
    assert "keuze maken" in deps[0].quote


def test_sleutelproject_rows_link_to_the_agreement_sharing_their_subject():
    ua_a = Action("UA A", "Uitvoeringsafspraak A: Stedelijke Vernieuwing IJmond", kind="agreement")
    ua_b = Action("UA B", "Uitvoeringsafspraak B: Versterken landschap en watersysteem Houtrakpolder als "
                          "onderdeel van de inpassing van de transformator A9-Zuid", kind="agreement")
    ua_d = Action("UA D", "Uitvoeringsafspraak D: Beleid Omgevingsveiligheid Westpoort", kind="agreement")
    lg4 = Action("LG 4", "Sleutelproject: Integraal plan voor landschap rond A9-Zuid")
    sv = Action("SV IJ 1", "Sleutelproject stedelijke vernieuwing IJmond (voorbereiding)")
    other = Action("GL 6", "Tweede pont in Velsen")
    link_sleutelprojecten([ua_a, ua_b, ua_d, lg4, sv, other])
    assert [(d.kind, d.target_code) for d in lg4.dependencies] == [("related", "UA B")]
    assert [(d.kind, d.target_code) for d in ua_a.dependencies] == [("related", "SV IJ 1")]
    assert other.dependencies == [] and ua_d.dependencies == []


def test_is_code_tells_codes_from_programme_names():
    from ingest.dependencies import is_code

    assert is_code("LG 4") and is_code("UA B") and is_code("SV IJ 1")
    assert not is_code("Uitvoeringsagenda NOVEX-MRA") and not is_code("Nationaal Programma Leefbaarheid")


def test_cues_of_a_dependency_cell_and_of_a_description():
    """'na B1' in a dependency column starts after B1; 'op basis van de gegevens uit 3.1' and 'start pas na
    de evaluatie van project 3' state their link in other words than 'afhankelijk van'."""
    from ingest.dependencies import dependency_kind

    assert dependency_kind("na B1") == "starts_after" and dependency_kind("na 2.1") == "starts_after"
    assert dependency_kind("zie B2") == "related" and dependency_kind("Een dag na de vergadering.") is None
    assert dependency_kind("Toezicht inzetten op basis van de gegevens uit 3.1") == "depends"
    assert dependency_kind("Subsidieregeling; start pas na de evaluatie van project 3") == "starts_after"


def test_a_start_after_a_decision_or_a_code_starts_after_it():
    """'start na vaststelling van de gebiedsvisie (actie 2.1)' and '(start na 14.1)' in a title start after
    the other action; 'na vaststelling van 2.1' without a verb of starting only depends on it."""
    from ingest.dependencies import dependency_kind

    assert dependency_kind("start na vaststelling van de gebiedsvisie (actie 2.1)") == "starts_after"
    assert dependency_kind("Aanvraag subsidie verkenning voorbereiden (start na 14.1)") == "starts_after"
    assert dependency_kind("na vaststelling van 2.1") == "depends"
    assert dependency_kind("Dijk versterken, na de inventarisatie uit actie 1") == "starts_after"


def test_a_blank_line_between_lower_case_words_does_not_end_a_sentence() -> None:
    """A column or page break inside a sentence leaves a blank line in the text; a heading after a blank line
    still starts anew."""
    text = ("De gemeente begint in 2027 met het vergroenen van de\n\nschoolpleinen in Stiens.\n\nHaven\n"
            "De haven groeit.")
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans[0] == "De gemeente begint in 2027 met het vergroenen van de\n\nschoolpleinen in Stiens."
    assert "De haven groeit." in spans[-1] and not spans[-1].startswith("schoolpleinen")
