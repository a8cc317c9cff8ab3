"""What the rest of a document says about a table's cells: its list of abbreviations, the one body of a kind
it names, a numbered heading above a block of labels."""

from ingest.extract import extract_document
from ingest.model import Page, ParsedDocument


def _doc(text: str, name: str = "doc") -> ParsedDocument:
    return ParsedDocument(path=f"{name}.txt", name=name, sha256="0", media_type="text/plain", title=name,
                          pages=[Page(number=1, text=text)])


def _roles(action) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[str]] = {}
    for r in action.roles:
        out.setdefault(r.role, []).append(r.actor.label)
    return out


TABLE = """Nr.\tActie\tTrekker\tPartners\tPlanning
1\tBeekherstel Dommel\tWDD\tPNB, EHV\t2026
2\tHittekaart opstellen\tEHV\tWDD\t2027

Afkortingen
EHV = gemeente Eindhoven   PNB = Provincie Noord-Brabant
WDD = Waterschap De Dommel
"""


def test_abbreviations_spelled_out_by_the_document_name_the_organisations() -> None:
    [first, second] = [a for a in extract_document(_doc(TABLE)).actions if a.code]
    assert _roles(first) == {"lead": ["Waterschap De Dommel"],
                             "partner": ["Provincie Noord-Brabant", "Gemeente Eindhoven"]}
    assert _roles(second)["lead"] == ["Gemeente Eindhoven"]


def test_without_the_list_abbreviations_stay_as_written() -> None:
    text = TABLE.split("Afkortingen")[0]
    [first, _] = [a for a in extract_document(_doc(text)).actions if a.code]
    assert "Waterschap De Dommel" not in _roles(first).get("lead", [])


BLOCKS = """# Programma Water Fryslân

Het Wetterskip Fryslân en de Provincie Fryslân werken samen met gemeente Leeuwarden.

### 1.1 Peilbesluit herzien

Het peilbesluit voor de veenweide wordt herzien.

- **Trekker:** Provincie Fryslân
- **Partners:** Wetterskip
- **Planning:** 2026
- **Afhankelijk van:** –

### 1.2 Proef met onderwaterdrainage

Een proef op vijf bedrijven.

- **Trekker:** Wetterskip
- **Partners:** provincie
- **Planning:** 2027
- **Afhankelijk van:** 1.1
"""


def test_numbered_heading_above_a_paragraph_gives_code_title_and_description() -> None:
    actions = {a.code: a for a in extract_document(_doc(BLOCKS)).actions if a.code}
    assert set(actions) == {"1.1", "1.2"}
    assert actions["1.2"].title == "Proef met onderwaterdrainage"
    assert "vijf bedrijven" in actions["1.2"].description
    assert [(d.kind, d.target_code) for d in actions["1.2"].dependencies] == [("depends", "1.1")]


def test_a_bare_kind_word_is_the_one_body_of_that_kind_the_document_names() -> None:
    actions = {a.code: a for a in extract_document(_doc(BLOCKS)).actions if a.code}
    assert _roles(actions["1.1"])["partner"] == ["Wetterskip Fryslân"]
    assert _roles(actions["1.2"]) == {"lead": ["Wetterskip Fryslân"], "partner": ["Provincie Fryslân"]}


def test_a_bare_kind_word_stays_when_the_document_names_two_of_that_kind() -> None:
    text = BLOCKS.replace("Provincie Fryslân werken", "Provincie Fryslân en Provincie Groningen werken")
    actions = {a.code: a for a in extract_document(_doc(text)).actions if a.code}
    assert _roles(actions["1.2"])["partner"] != ["Provincie Fryslân"]


def test_a_bare_kind_word_after_a_named_party_in_the_same_cell() -> None:
    text = BLOCKS.replace("- **Partners:** provincie", "- **Partners:** gemeente Leeuwarden, provincie")
    actions = {a.code: a for a in extract_document(_doc(text)).actions if a.code}
    assert _roles(actions["1.2"])["partner"] == ["Gemeente Leeuwarden", "Provincie Fryslân"]


def test_a_year_under_a_ready_by_column_is_a_deadline_and_under_planning_a_year() -> None:
    rows = "Nr.\tActie\tTrekker\t{}\n1\tBeekherstel Dommel\tGemeente Eindhoven\t2027\n"
    [due] = [a for a in extract_document(_doc(rows.format("Gereed"))).actions if a.code]
    [planned] = [a for a in extract_document(_doc(rows.format("Planning"))).actions if a.code]
    assert (due.period.start_year, due.period.end_year, due.period.qualifier) == (None, 2027, "deadline")
    assert (planned.period.start_year, planned.period.end_year) == (2027, 2027)


def test_a_betrokken_column_holds_involved_parties_with_or_without_partners() -> None:
    rows = "Nr.\tActie\tEigenaar\t{}\tPlanning\n1\tBeekherstel Dommel\tGemeente Eindhoven\t{}\t2027\n"
    [alone] = [a for a in extract_document(_doc(rows.format("Betrokken", "Waterschap De Dommel"))).actions
               if a.code]
    assert _roles(alone) == {"lead": ["Gemeente Eindhoven"], "involved": ["Waterschap De Dommel"]}
    both = rows.replace("Eigenaar\t", "Eigenaar\tPartners\t")
    both = both.replace("Eindhoven\t", "Eindhoven\tGemeente Best\t")
    [apart] = [a for a in extract_document(_doc(both.format("Betrokken", "Waterschap De Dommel"))).actions
               if a.code]
    assert _roles(apart) == {"lead": ["Gemeente Eindhoven"], "partner": ["Gemeente Best"],
                             "involved": ["Waterschap De Dommel"]}
    [labelled] = [a for a in extract_document(_doc(
        "1.1 Beekherstel Dommel\nTrekker: Gemeente Eindhoven\nBetrokken: Waterschap De Dommel\n"
        "Planning: 2027\n")).actions if a.code]
    assert _roles(labelled) == {"lead": ["Gemeente Eindhoven"], "involved": ["Waterschap De Dommel"]}


def test_abbreviations_after_their_kind_word_and_over_a_line_end() -> None:
    text = ("Code\tActie\tTrekker\tPartners\tPeriode\nL1\tKreken herstellen\tWSHD\tGem. HW, ZHL\t2026-2028\n"
            "L2\tDijkbermen beheren\tProvincie ZH\tGem. HW\t2027\n\n"
            "Afkortingen: Gem. HW = gemeente Hoeksche Waard; WSHD = Waterschap Hollandse Delta; ZHL = Het "
            "Zuid-Hollands\nLandschap; Provincie ZH = provincie Zuid-Holland;\n")
    [first, second] = [a for a in extract_document(_doc(text)).actions if a.code]
    assert _roles(first) == {"lead": ["Waterschap Hollandse Delta"],
                             "partner": ["Gemeente Hoeksche Waard", "Het Zuid-Hollands Landschap"]}
    assert _roles(second) == {"lead": ["Provincie Zuid-Holland"], "partner": ["Gemeente Hoeksche Waard"]}


def test_abbreviations_a_sentence_spells_out() -> None:
    text = ("In de tabel staat OZHZ voor de Omgevingsdienst Zuid-Holland Zuid en OCD voor het "
            "Onderzoekcentrum Drechtsteden. KAVB is de Koninklijke Algemeene Vereeniging voor "
            "Bloembollencultuur.\n\n"
            "Nr.\tProject\tTrekker\tPartners\tPlanning\n1\tMonitor warmte\tOCD\tOZHZ, KAVB\t2027\n")
    [row] = [a for a in extract_document(_doc(text)).actions if a.code]
    assert _roles(row) == {"lead": ["Onderzoekcentrum Drechtsteden"],
                           "partner": ["Omgevingsdienst Zuid-Holland Zuid",
                                       "Koninklijke Algemeene Vereeniging voor Bloembollencultuur"]}
