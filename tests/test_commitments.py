"""extract_commitments on the real letters and strategy (skipped without ../shared) and a written letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.actors import ActorResolver
from ingest.commitments import extract_commitments
from ingest.model import Page, ParsedDocument
from ingest.text import parse_text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def run(name: str, resolver):
    path = CORPUS / name
    if not path.exists():
        pytest.skip("shared corpus absent")
    doc = parse_text(path)
    acts = extract_commitments(doc, resolver)
    pages = {p.number: p.text for p in doc.pages}
    for a in acts:
        assert a.kind == "commitment" and a.source.quote in pages[a.source.page]
    return acts


def test_written_letter(resolver):
    text = ("Geachte Voorzitter,\n\nHet onderzoek is klaar. "
            "Het kabinet zal in 2026 een wetsvoorstel indienen.\n"
            "Daarbij zal aandacht worden besteed aan geluid. Zou het kabinet dit doen?\n\n"
            "Minister van Infrastructuur en Waterstaat\n")
    doc = ParsedDocument("b.txt", "brief", "0" * 64, "text/plain", "b", [Page(1, text)])
    [kb] = extract_commitments(doc, resolver)
    assert kb.code == "KB 1" and kb.source.quote == "Het kabinet zal in 2026 een wetsvoorstel indienen."
    assert [a.label for a in kb.actors("lead")] == ["Ministerie van Infrastructuur en Waterstaat"]
    assert kb.period.start_year == 2026


def test_kamerbrief_cabinet_commitments(resolver):
    acts = run("kamerbrief-ruimte-voor-industrieclusters-2025.txt", resolver)
    assert len(acts) == 4
    assert all(a.source.quote.startswith("Het kabinet") for a in acts)
    assert {a.label for x in acts for a in x.actors("lead")} == {"Ministerie van Klimaat en Groene Groei"}
    assert [a.code for a in acts] == ["KB 1", "KB 2", "KB 3", "KB 4"]


def test_techport_letter_senders_lead(resolver):
    [a] = run("brief-techport-ijmond-ijzersterk-2025.txt", resolver)
    assert "willen wij" in a.source.quote
    assert "Techport" in [x.label for x in a.actors("lead")]


def test_network_positions_of_zaanstad(resolver):
    acts = run("beinvloedingsstrategie-zaanstad-2022-2026.txt", resolver)
    assert len(acts) >= 8
    assert all([x.label for x in a.actors("lead")] == ["Gemeente Zaanstad"] for a in acts)
    quotes = " ".join(a.source.quote for a in acts)
    assert "Lid worden van de VNG-commissie" in quotes and "voorzitter te worden" in quotes
    assert all((a.period.start_year, a.period.end_year) == (2022, 2026) for a in acts if "20" not in a.title)
    # a period taken from the strategy's title says so, for the reader to weigh
    assert all(a.flags == ["period_from_title"] for a in acts if "20" not in a.source.quote)


def test_agenda_and_table_documents_give_no_letter_commitments(resolver):
    assert run("uitvoeringsagenda-novex-nzkg-2025-2029.txt", resolver) == []


def test_titles_say_what_is_promised(resolver):
    text = ("Geachte Voorzitter,\n\nHet onderzoek is klaar. "
            "Het kabinet zal de adviezen uit dit rapport dan ook verwerken in de Nota Ruimte.\n"
            "Alle plannen willen wij samen brengen in één gedeelde visie voor de regio.\n\n"
            "Minister van Infrastructuur en Waterstaat\n")
    doc = ParsedDocument("b.txt", "brief", "0" * 64, "text/plain", "b", [Page(1, text)])
    titles = [a.title for a in extract_commitments(doc, resolver)]
    assert titles == ["De adviezen uit dit rapport verwerken in de Nota Ruimte",
                      "Alle plannen samen brengen in één gedeelde visie voor de regio"]


def test_long_title_is_cut_at_a_word():
    from ingest.commitments import TITLE_CHARS, _title

    title = _title("Wij zullen " + "de regionale samenwerking versterken " * 8 + "in 2026.")
    assert len(title) <= TITLE_CHARS + 2 and title.endswith(" …") and title.startswith("De regionale")
    assert not title[:-2].endswith(" versterk")


def test_network_title_is_the_sentence_naming_the_seat(resolver):
    text = ("Om de prioriteiten te realiseren zet Zaanstad in op de volgende netwerken:\n\n"
            "Metropoolregio Amsterdam\n"
            "• voor de lobbykracht; koppelkansen via de MRA. Voortrekkersrol vervullen bij MRA Wonen.\n")
    doc = ParsedDocument("s.txt", "strategie-zaanstad-2022-2026", "0" * 64, "text/plain",
                         "Strategie 2022-2026", [Page(1, text)])
    [a] = extract_commitments(doc, resolver)
    assert a.title == "Voortrekkersrol vervullen bij MRA Wonen"
    assert [x.label for x in a.actors("lead")] == ["Gemeente Zaanstad"]
