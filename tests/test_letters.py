"""Letter metadata: letter or not, writing date, senders from signature or letterhead, addressee."""

from __future__ import annotations

import pytest

from ingest.actors import ActorResolver
from ingest.letters import body_spans, home_province, is_letter, read_letter
from ingest.model import Page, ParsedDocument


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def doc(text: str, title: str = "brief") -> ParsedDocument:
    return ParsedDocument("b.txt", "b", "0" * 64, "text/plain", title, [Page(1, text)])


@pytest.mark.parametrize("text, title, date", [
    ("Datum: 12 maart 2026\nOnderwerp: x\n\nGeachte raad,\n", "b", "2026-03-12"),
    ("Datum\n\n1 juli 2025\n\nGeachte raad,\n", "b", "2025-07-01"),
    ("Den Haag, 3 februari 2025\n\nGeachte Voorzitter,\n", "b", "2025-02-03"),
    ("Datum: 05-11-2026\nKenmerk: 12\n", "b", "2026-11-05"),
    ("Geachte raad,\nTekst.\n", "Brief 2024 en 2025", "2025"),
])
def test_date_field_place_line_and_title_fallback(resolver, text, title, date):
    assert read_letter(doc(text, title), resolver).date == date


def test_senders_from_the_signature(resolver):
    text = ("Geachte raadsleden,\n\nTekst.\n\nMet vriendelijke groet,\n\n"
            "Het college van burgemeester en wethouders van Arnhem,\nde secretaris,   de burgemeester,\n")
    letter = read_letter(doc(text), resolver)
    assert [s.label for s in letter.senders] == ["Gemeente Arnhem"] and letter.sender_type == "gemeente"
    text = "Geachte Voorzitter,\n\nTekst.\n\nDe Minister van Klimaat en Groene Groei,\n\nS. Jansen\n"
    letter = read_letter(doc(text), resolver)
    assert [s.label for s in letter.senders] == ["Ministerie van Klimaat en Groene Groei"]
    assert letter.to_parliament and letter.sender_type == "ministerie"
    text = "Geacht college,\n\nTekst.\n\nHet dagelijks bestuur van Waterschap Vallei en Veluwe,\n"
    assert [s.label for s in read_letter(doc(text), resolver).senders] == ["Waterschap Vallei en Veluwe"]
    text = "Geachte Staten,\n\nTekst.\n\nGedeputeerde Staten van Gelderland,\n"
    assert [s.label for s in read_letter(doc(text), resolver).senders] == ["Provincie Gelderland"]


def test_sender_from_the_letterhead_and_addressee(resolver):
    text = "Provincie Limburg\nAan:\nde gemeenteraad van Venlo\nDatum: 2 maart 2026\n\nGeachte raad,\n"
    letter = read_letter(doc(text), resolver)
    assert [s.label for s in letter.senders] == ["Provincie Limburg"]
    assert letter.addressee == "de gemeenteraad van Venlo"


def test_sender_from_a_markdown_letterhead(resolver):
    text = ("> Retouradres Postbus 20901 2500 EX Den Haag\n\nDe Voorzitter van de Tweede Kamer\n\n"
            "**Ministerie van Infrastructuur en Waterstaat**\nRijnstraat 8\n\nDatum 16 september 2027\n\n"
            "Geachte voorzitter,\n\nTekst.\n")
    assert [s.label for s in read_letter(doc(text), resolver).senders] == [
        "Ministerie van Infrastructuur en Waterstaat"]


def test_is_letter():
    assert is_letter("Geachte Voorzitter,\n\nTekst.")
    assert is_letter("Aan: de raad\nDatum: 1 mei 2026\nOnderwerp: dijk\n\nTekst zonder aanhef.")
    assert not is_letter("Programma Water\nDatum: 1 mei 2026\nOnderwerp: dijk\n\nEen rapport.")
    assert not is_letter("Uitvoeringsagenda\n\nTabel 1 Acties\nGL 1 Geluid 2026")
    # a table's wrapped cells ("van de wijk ...") and an appendix caption are no letterhead
    assert not is_letter("Bijlage 1: actietabel\n\nWF-02  Herinrichting\n       van de wijk\n"
                         "       van de kern\n")


def test_body_spans_name_the_organisation(resolver):
    text = "Daarna stuurt het college van B&W van Zwolle de nota."
    [(s, e, ref)] = body_spans(text, resolver)
    assert text[s:e] == "college van B&W van Zwolle" and ref.label == "Gemeente Zwolle"


def test_sender_of_a_letter_to_its_own_council(resolver):
    text = "Raadsinformatiebrief\nAan de gemeenteraad van Ede\n\nGeachte raad,\n\nHet college besluit.\n"
    assert [s.label for s in read_letter(doc(text), resolver).senders] == ["Gemeente Ede"]


@pytest.mark.parametrize("signature, sender", [
    ("Het dagelijks bestuur van het Hoogheemraadschap van Rijnland,", "Hoogheemraadschap van Rijnland"),
    ("College van dijkgraaf en heemraden van Waterschap Vallei en Veluwe,", "Waterschap Vallei en Veluwe"),
    ("Omgevingsdienst Regio Nijmegen,\nde directeur,", "Omgevingsdienst Regio Nijmegen"),
    ("Burgemeester en wethouders van Ede,", "Gemeente Ede"),
    ("DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT – OPENBAAR VERVOER EN MILIEU,",
     "Ministerie van Infrastructuur en Waterstaat"),
])
def test_signature_forms(resolver, signature, sender):
    text = f"Geachte raad,\n\nTekst.\n\nMet vriendelijke groet,\n\n{signature}\nJ. Jansen\n"
    assert [s.label for s in read_letter(doc(text), resolver).senders] == [sender]


def test_home_province_of_a_municipal_sender(resolver):
    """The register's province code of a town gives the province its 'de provincie' means; a sender of
    another kind, or towns of two provinces, give none."""

    def sender(label: str):
        return resolver.by_label(label)

    assert home_province([sender("Gemeente Enschede")], resolver).label == "Provincie Overijssel"
    assert home_province([sender("Gemeente Tilburg")], resolver).label == "Provincie Noord-Brabant"
    assert home_province([sender("Provincie Limburg")], resolver) is None
    assert home_province([sender("Gemeente Tilburg"), sender("Gemeente Enschede")], resolver) is None
