"""Persons' initials in a minutes' action list, read through the attendance list."""

from __future__ import annotations

from ingest.extract import extract_document
from ingest.initials import person_initials
from ingest.model import Page, ParsedDocument

MINUTES = (
    "Verslag werkgroep Buitendijkse Waterveiligheid\n"
    "Aanwezig\nThomas de Groot (gemeente Vlaardingen, voorzitter), Jan de Vries (RWS), Marieke Bakker\n"
    "(Havenbedrijf Rotterdam), Karim Saidi (gemeente Rotterdam), Ayla Yilmaz (gemeente Rotterdam, verslag)\n"
    "Afkortingen: RWS = Rijkswaterstaat.\n\n"
    "| Nr | Actie | Wie | Deadline |\n|---|---|---|---|\n"
    "| A26-12 | Risicokaarten actualiseren | MB/KS | 1 maart 2027 |\n"
    "| A26-13 | Notitie hoogwaterbescherming | KS/AY | december 2026 |\n"
    "| A26-14 | Extra meetpunten, na afronding van A26-12 | JdV/TdG | juni 2027 |\n")


def test_initials_of_the_attendance_list() -> None:
    assert person_initials(MINUTES) == {"TdG": "gemeente Vlaardingen", "JdV": "RWS",
                                        "MB": "Havenbedrijf Rotterdam", "KS": "gemeente Rotterdam",
                                        "AY": "gemeente Rotterdam"}
    # two persons with the same initials: neither is guessed
    assert "JB" not in person_initials("Jan Bos (RWS), Jet Bakker (gemeente Delft)")


def test_the_first_persons_organisation_leads_and_the_others_work_with_it() -> None:
    doc = ParsedDocument(path="v.md", name="v", sha256="0" * 64, media_type="text/markdown", title="v",
                         pages=[Page(1, MINUTES)])
    actions = {a.code: a for a in extract_document(doc).actions}
    roles = {c: {(r.role, r.actor.label) for r in a.roles} for c, a in actions.items()}
    assert roles["A26-12"] == {("lead", "Port of Rotterdam"), ("partner", "Gemeente Rotterdam")}
    assert roles["A26-13"] == {("lead", "Gemeente Rotterdam")}  # two persons of one organisation
    assert roles["A26-14"] == {("lead", "Rijkswaterstaat"), ("partner", "Gemeente Vlaardingen")}
    assert [(d.kind, d.target_code) for d in actions["A26-14"].dependencies] == [("starts_after", "A26-12")]


def test_a_short_name_defined_with_hierna_is_no_persons_initials() -> None:
    """'Brabant Water (hierna: BW)' gives a body a short name; no person 'BW' works for 'hierna: BW'."""
    assert person_initials("werken met Brabant Water (hierna: BW) en Jan de Vries (gemeente Breda).") == {
        "JdV": "gemeente Breda"}
