"""Facts about a document itself: kind from the title, date, addressee and signature from its text."""

from __future__ import annotations

from pathlib import Path

from kg import docfacts

LETTER_HEAD = ("Aan:\nDe gemeenteraad van Voorbeeldstad\nT.a.v. de griffie\n\nDatum\n\n3 maart 2026\n\n"
               "Geachte leden,")
LETTER_END = ("Wij rekenen op uw steun.\n\nMet vriendelijke groet,\n\nJan de Vries, Anna Bakker,\n\n"
              "Directeur Havenschap Voorzitter Stichting Kanaalzone\n")
MINISTER_END = ("Zo werken we dit verder uit.\n\nPiet Jansen\nMinister van Water en Wegen\n\n"
                "1 Voetnoot bij de tekst")


def test_a_letter_says_date_addressee_and_who_signed() -> None:
    info = docfacts.describe(LETTER_HEAD, LETTER_END, "Een sterke kanaalzone", "brief-kanaalzone")
    assert info["document_kind"] == "brief" and info["date"] == "3 maart 2026"
    assert info["addressee"].startswith("De gemeenteraad van Voorbeeldstad")
    assert info["signatories"] == ["Jan de Vries", "Anna Bakker"]
    assert info["sender"] == "Directeur Havenschap Voorzitter Stichting Kanaalzone"


def test_a_ministers_letter_without_closing_words() -> None:
    info = docfacts.describe("Datum 12 mei 2025\nBetreft Vaarwegen\n\nGeachte Voorzitter,", MINISTER_END,
                             "Vaarwegen", "kamerbrief-vaarwegen")
    assert info["signatories"] == ["Piet Jansen"] and info["sender"] == "Minister van Water en Wegen"
    assert info["date"] == "12 mei 2025"


def test_kind_from_title_and_dated_approval() -> None:
    assert docfacts.kind_of("Uitvoeringsagenda Kanaalzone 2026-2030") == "agenda"
    assert docfacts.kind_of("Regionale Energiestrategie 2.0") == "strategie"
    assert docfacts.kind_of("Toekomstvisie Haven") == "visie"
    approved = "Op 4 april 2025 hebben de partijen deze agenda vastgesteld."
    info = docfacts.describe(approved, "", "Agenda X", "")
    assert info["document_kind"] == "agenda" and info["date"] == "4 april 2025" and info["signatories"] == []


def test_questions_about_a_document() -> None:
    assert docfacts.asks_about_document("Wie ondertekende de brief over de haven?")
    assert docfacts.asks_about_document("Van wanneer is de Kamerbrief over vaarwegen?")
    assert not docfacts.asks_about_document("Wanneer komt de nieuwe sluis?")


def test_which_part_of_a_document_a_question_asks_for() -> None:
    assert docfacts.part_asked("Welke minister ondertekende de Kamerbrief over vaarwegen?") == "signature"
    assert docfacts.part_asked("Wie hebben de brief aan de raad getekend?") == "signature"
    assert docfacts.part_asked("Aan wie is de brief over de haven gericht?") == "letterhead"
    assert docfacts.part_asked("Op welke datum is de brief verstuurd?") == "letterhead"
    assert docfacts.part_asked("Wie schreef de visie op de haven?") is None  # either end may say
    # sending: who sent it is the signature, when or to whom it went the letterhead
    assert docfacts.part_asked("Welke minister stuurde de Kamerbrief over vaarwegen?") == "signature"
    assert docfacts.part_asked("Wie zijn de afzenders van de brief aan de raden?") == "signature"
    assert docfacts.part_asked("Welke functies hebben de ondertekenaars van de brief?") == "signature"
    assert docfacts.part_asked("Aan wie stuurde de minister de brief?") == "letterhead"
    assert docfacts.part_asked("Welke datum draagt de verstuurde brief?") == "letterhead"
    # 'welke datum', 'aan wie' ask about a document only when the question names one
    assert docfacts.part_asked("Van wanneer is het verslag van het overleg?") == "letterhead"
    for other in ("Tot welke datum kunnen bewoners geld aanvragen bij de gemeente?",
                  "Aan wie moeten bedrijven de schade melden?"):
        assert not docfacts.asks_about_document(other) and docfacts.part_asked(other) is None


def test_a_letter_is_told_from_an_agenda_by_its_head_and_closing() -> None:
    data = Path(__file__).parent / "data"
    for path in sorted((data / "letters").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert docfacts.is_letter(text[:1500], text[-600:]), path.name
    for name in ("actielijst-water-zeeland.txt", "acties-warmtetransitie-groningen.txt"):
        text = (data / "extraction" / name).read_text(encoding="utf-8")
        assert not docfacts.is_letter(text[:1500], text[-600:]), name
