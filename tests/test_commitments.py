"""extract_commitments on the real letters and strategy (skipped without ../shared) and a written letter."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ingest.actors import ActorResolver
from ingest.commitments import extract_commitments
from ingest.model import Action, Page, ParsedDocument, Source
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


# --- commitments in the running prose of letters (own fixtures, organisations of other regions) ----------
LETTERS = Path(__file__).resolve().parent / "data" / "letters"


def letter(name: str):
    return parse_text(LETTERS / name)


def one_page(name: str, text: str) -> ParsedDocument:
    """A plain-text document of one page written in the test."""
    return ParsedDocument(path=f"{name}.txt", name=name, sha256="0" * 64, media_type="text/plain",
                          title=name, pages=[Page(1, text)])


# sentence start -> (leads, partners, start year, end year); the other sentences are no commitment
COUNCIL_GOLD = {
    "Het college stuurt": (["Gemeente Deventer"], [], None, 2026),
    "In het voorjaar van 2027": (["Gemeente Deventer"], ["Enexis"], 2027, None),  # a start: no end
    "Gemeente en omgevingsdienst": (["Gemeente Deventer", "Omgevingsdienst IJsselland"], [], 2027, 2027),
    "Provincie Overijssel heeft": (["Provincie Overijssel"], [], None, 2026),
    "Waterschap Drents Overijsselse Delta werkt": (["Waterschap Drents Overijsselse Delta"], [], 2028, None),
    "Na de zomer": (["Gemeente Deventer"], [], 2026, 2026),
    "Wij zullen": (["Gemeente Deventer"], ["Vitens"], 2026, 2027),
    "In de periode 2026-2029": (["Gemeente Deventer", "Enexis"], [], 2026, 2029),
}


def _names(action, role: str) -> list[str]:
    """Labels cut to the names of the gold (the registry may know a body by a longer official name)."""
    return [re.sub(r" (?:Netbeheer|N\.V\.|B\.V\.)$", "", x.label) for x in action.actors(role)]


def _check(acts, gold):
    found = 0
    for a in acts:
        key = next((k for k in gold if a.source.quote.startswith(k)), None)
        assert key is not None, f"not a commitment: {a.source.quote}"
        leads, partners, start, end = gold[key]
        assert _names(a, "lead") == leads, a.source.quote
        assert _names(a, "partner") == partners, a.source.quote
        assert (a.period.start_year, a.period.end_year) == (start, end), a.source.quote
        found += 1
    return found


def test_council_letter_commitments_in_prose(resolver):
    doc = letter("raadsinformatiebrief-deventer.txt")
    acts = extract_commitments(doc, resolver)
    assert _check(acts, COUNCIL_GOLD) >= 7  # no past event, motion, question, condition or reading guide
    titles = {a.source.quote[:20]: a.title for a in acts}
    assert titles["Het college stuurt v"] == "De warmtevisie naar de raad sturen"
    assert titles["Provincie Overijssel"] == "Een subsidieregeling voor groene daken openstellen"
    assert all(a.kind == "commitment" and a.source.quote in doc.pages[0].text for a in acts)
    assert len({a.code for a in acts}) == len(acts)


IENW = "Ministerie van Infrastructuur en Waterstaat"


def test_kamerbrief_toezeggingen(resolver):
    acts = extract_commitments(letter("kamerbrief-afsluitdijk.txt"), resolver)
    gold = {
        "Ik zal": ([IENW], [], None, 2026),
        "Rijkswaterstaat start": (["Rijkswaterstaat"], [], 2026, None),  # a start: its end not said
        "Het kabinet stelt": ([IENW], ["Provincie Fryslân", "Wetterskip Fryslân"], None, 2026),
        "Provincie Noord-Holland heeft": (["Provincie Noord-Holland"], [], 2027, 2027),
        "Volgend jaar": ([IENW], [], 2027, 2027),
    }
    assert _check(acts, gold) == 5
    assert [a.code for a in acts] == ["KB 1", "KB 2", "KB 3", "KB 4", "KB 5"]


def test_water_board_letter(resolver):
    acts = extract_commitments(letter("brief-waterschap-doetinchem.txt"), resolver)
    board = "Waterschap Rijn en IJssel"
    gold = {
        "Het waterschap versterkt": ([board], [], 2026, 2028),
        "De gemeente Doetinchem heeft": (["Gemeente Doetinchem"], [], None, 2026),
        "Samen met de gemeente": ([board], ["Gemeente Doetinchem"], 2027, 2027),
    }
    assert _check(acts, gold) == 3


def test_dates_relative_to_the_letter():
    from ingest.periods import date_phrases

    text = "Dit najaar, na de zomer, volgend jaar, vóór 1 juni en in het voorjaar besluiten wij."
    got = [(text[d.start:d.end], d.period.start, d.period.end) for d in date_phrases(text, "2026-10-05")]
    assert got == [("Dit najaar", "2026-09", "2026-11"), ("na de zomer", "2027-09", "2027-11"),
                   ("volgend jaar", "2027", "2027"), ("vóór 1 juni", None, "2027-06-01"),
                   ("in het voorjaar", "2027-03", "2027-05")]


def test_sentence_forms(resolver):
    """The alderman as sender, a promise as noun, separable verbs in the to-do; another body's work that the
    letter only reports ('De dijk wordt in 2027 door het waterschap versterkt') is no commitment of it."""
    acts = extract_commitments(letter("brief-gemeente-zwolle-dijken.txt"), resolver)
    got = {a.source.quote[:12]: (a.title, _names(a, "lead")) for a in acts}
    assert got == {
        "De wethouder": ("De raad een voorstel sturen", ["Gemeente Zwolle"]),
        "In 2026 en 2": ("Samen met de provincie 40 laadpalen neerzetten", ["Gemeente Zwolle"]),
        "Waterschap D": ("De kade herstellen", ["Waterschap Drents Overijsselse Delta"]),
        "In 2027 rond": ("De renovatie van het stadhuis afronden", ["Gemeente Zwolle"]),
    }


def test_kamerbrief_first_person_toezeggingen(resolver):
    """'Ik zeg toe', 'ik kom ... op terug', 'ik streef ernaar'; a promise made on a past date ('3 maart jl.')
    and already kept is no commitment; a minister 'voor' a topic names the ministry."""
    acts = extract_commitments(letter("kamerbrief-netcongestie.txt"), resolver)
    kge = "Ministerie van Klimaat en Energie"
    gold = {
        "Ik zeg toe": ([kge], [], None, 2026),
        "Ik kom hier": ([kge], [], 2026, 2026),
        "Ik streef ernaar": ([kge], [], 2028, None),
        "Samen met de netbeheerders": ([kge], ["Netbeheerders", "Interprovinciaal Overleg"], 2027, None),
    }
    assert _check(acts, gold) == 4
    titles = [a.title for a in acts][1:3]
    assert titles == ["Hier op terugkomen", "De wet in werking laten treden"]
    # TenneT's own plan ('TenneT breidt ... uit') is reported, not promised by the minister
    assert not any(a.source.quote.startswith("TenneT") for a in acts)


def test_list_items_under_a_commitment_and_labels(resolver):
    """'De gemeente zal in 2026 samen met X:' promises each item; a list of themes is no promise; a short
    label before a sentence is skipped; 'binnenkort' places a plan ahead; 'wil dat' is a wish of others."""
    acts = extract_commitments(letter("brief-gemeente-almere-lijst.txt"), resolver)
    almere = ["Gemeente Almere"]
    gold = {
        "Warmte: het college": (almere, [], 2026, 2026),
        "de netcapaciteit": (almere, ["Stedin"], 2026, 2026),
        "vóór 1 oktober 2026": (almere, ["Stedin"], None, 2026),
        "in 2027 de straat": (almere, ["Stedin"], 2027, 2027),
    }
    assert _check([a for a in acts if a.period], gold) == 4
    [soon] = [a for a in acts if not a.period]
    assert soon.title == "Met een proef met deelauto's starten" and _names(soon, "lead") == almere


def test_partners_and_commissioners(resolver):
    """Partners after 'samen met', 'in samenspraak met', a kind of body before its names ('netbeheerders
    TenneT en Stedin', 'de partners (X, Y en Z)'), a side clause; 'in opdracht van X' commissions."""
    acts = extract_commitments(letter("kamerbrief-regionale-afspraken.txt"), resolver)
    got = [(_names(a, "lead"), [n for n in _names(a, "partner") if n != "Partners" and n != "Netbeheerders"],
            _names(a, "commissioner")) for a in acts]
    ienw = ["Ministerie van Infrastructuur en Waterstaat"]
    assert got == [
        (ienw, ["Provincie Zeeland", "Gemeente Borsele", "Zeeland Refinery"], []),
        (ienw, ["Interprovinciaal Overleg", "Vereniging van Nederlandse Gemeenten"], []),
        (ienw, ["TenneT", "Stedin"], []),
        (["Provincie Utrecht"], ["Hoogheemraadschap De Stichtse Rijnlanden", "Staatsbosbeheer"], []),
        (["ProRail"], [], ienw),
        (["Provincie Utrecht"], ["Gemeente Utrecht", "Gemeente Nieuwegein"], []),
    ]
    assert acts[0].title.endswith("een gebiedsplan uitwerken")


def test_agreed_that_and_expected_to(resolver):
    """'afgesproken dat X ...': X commits; the reporter agreed, which is no role in the work (but makes it
    no mere report of another body's plan); 'verwachten ... te' and
    'heeft het voornemen' commit the sender; 'laat weten dat' reports another body's plan, no commitment."""
    acts = extract_commitments(letter("brief-gemeente-arnhem-afspraken.txt"), resolver)
    got = [(a.title, _names(a, "lead"), _names(a, "partner")) for a in acts]
    arnhem = ["Gemeente Arnhem"]
    assert got == [("Het net in Schuytgraaf uitbreiden", ["Liander"], []),
                   ("De resultaten met u delen", arnhem, []),
                   ("Een warmtefonds oprichten", arnhem, [])]


def test_background_past_conditions_and_wishes_are_no_commitments(resolver):
    """Past decisions and receipts, 'sinds', thanks, obligations, requests to others, conditions, a statement
    without a dated action, a reading guide, what others may do or plan on their own ('Vitens legt nieuwe
    leidingen aan'): none of them commits the letter; a label is skipped."""
    acts = extract_commitments(letter("brief-gemeente-ede-achtergrond.txt"), resolver)
    assert [(a.title, _names(a, "lead")) for a in acts] == []


def test_place_as_subject_captioned_partners_and_willingness(resolver):
    """The sender's place as subject ('Leiden start ...'), the sender from 'Raadsinformatiebrief gemeente X',
    names after a caption ('de woningcorporaties X en Y'), 'heeft zich bereid verklaard'."""
    acts = extract_commitments(letter("raadsinformatiebrief-leiden.txt"), resolver)
    got = [(_names(a, "lead"), [p for p in _names(a, "partner") if p != "Woningcorporaties"]) for a in acts]
    assert got == [(["Gemeente Leiden"], []), (["Gemeente Leiden"], ["Portaal", "Ons Doel"]),
                   (["Hoogheemraadschap van Rijnland"], [])]


def test_kept_promises_wrapped_partners_and_years_of_a_name(resolver):
    """An earlier promise to inform the addressee this year is kept by the letter itself, one with a later
    date stays; a sentence whose first line ends mid-sentence keeps its partners (no heading dropped); the
    years of a plan's name are no period; abbreviations after 'i.s.m.' resolve to the official names."""
    acts = extract_commitments(letter("kamerbrief-bodem-afgebroken.txt"), resolver)
    gold = {
        "In hetzelfde debat": ([IENW], [], 2027, 2027),
        "Het kabinet stelt": ([IENW], [], 2026, 2026),
        "Samen met het Interprovinciaal": ([IENW], ["Interprovinciaal Overleg", "Unie van Waterschappen"],
                                           2026, 2026),
        "In 2027 start ik": ([IENW], ["Interprovinciaal Overleg", "Vereniging van Nederlandse Gemeenten"],
                             2027, None),
        "In 2026 stel ik": ([IENW], [], 2026, 2028),
    }
    assert _check(acts, gold) == 5
    assert acts[1].title == "Het Deltaplan Zoetwater 2028-2033 vaststellen"
    # one period from two dates of a sentence is a guess, and says so; a single date is not
    assert [a.flags for a in acts] == [[], [], [], [], ["period_several_dates"]]


def test_partners_named_first_by_kind_or_by_who_speaks_for_them(resolver):
    """A body after a sentence-initial 'Met' partners; 'de provincie' in a town's letter is its own province,
    'het waterschap' that the letter does not name stays out and is flagged; a group 'verenigd in X' has X
    as partner. 'tot ten minste 2040' of the object is no period of the act. A body's own plan, its
    investigation with a date in another clause and what the Rijk has announced are no commitments."""
    acts = extract_commitments(letter("raadsbrief-tilburg-partners.txt"), resolver)
    tilburg = ["Gemeente Tilburg"]
    gold = {
        "Met Biogas Brabant": (tilburg, ["Biogas Brabant"], 2026, 2026),
        "Samen met de provincie": (tilburg, ["Provincie Noord-Brabant"], 2027, 2027),
        "Samen met het waterschap": (tilburg, [], 2027, 2027),
        "Met de woningcorporaties": (tilburg, ["Woningcorporaties", "Aedes"], 2026, 2026),
        "Het college sluit": (tilburg, ["Warmtenet Midden"], 2026, 2026),
    }
    assert _check(acts, gold) == 5
    assert [a.flags for a in acts] == [[], [], ["partner_unresolved"], [], []]
    assert "tot ten minste 2040" in acts[0].title


def test_to_do_titles_put_the_verb_where_the_main_clause_ends(resolver):
    """A separable particle before a phrase takes the verb there; an aside between commas and the commas of
    a list of names do not end the main clause; 'en' before a second finite verb with its object does."""
    titles = [a.title for a in extract_commitments(letter("raadsbrief-tilburg-partners.txt"), resolver)]
    assert titles[2] == "Samen met het waterschap twee regenwaterbuffers aanleggen in Reeshof"
    assert titles[3] == "Met de woningcorporaties, verenigd in Aedes, de isolatie van huurwoningen bespreken"
    text = ("Geachte raad,\n\nSamen met Brabant Water, Enexis en de GGD stellen wij in 2027 een hitteplan op "
            "voor de binnenstad. Het college stelt in 2026 de parkeervisie vast en legt die daarna aan de "
            "raad voor. Wij breiden in 2027 het net uit naar de Spoorzone.\n\nMet vriendelijke groet,\n"
            "Het college van burgemeester en wethouders van Breda\n")
    doc = ParsedDocument("b.txt", "brief", "0" * 64, "text/plain", "b", [Page(1, text)])
    assert [a.title for a in extract_commitments(doc, resolver)] == [
        "Samen met Brabant Water, Enexis en de GGD een hitteplan opstellen voor de binnenstad",
        "De parkeervisie vaststellen en legt die daarna aan de raad voor",
        "Het net uitbreiden naar de Spoorzone"]


def test_to_do_titles_of_promises_and_verb_forms(resolver):
    """'te' before a trailing phrase goes, 'dat het' after a promise leaves a to-do with its verb as
    infinitive, a stressed syllable after a prefix doubles its consonant ('versnel' -> 'versnellen'),
    a stem ending in -en is no plural ('open' -> 'openen'), a leading 'Daarnaast' is no part of the to-do."""
    from ingest.dutch import infinitive

    assert [infinitive(v) for v in ("versnel", "verken", "bestel", "wandel", "open", "geven", "werken")] == [
        "versnellen", "verkennen", "bestellen", "wandelen", "openen", "geven", "werken"]
    text = ("Geachte leden van de raad,\n\nWaterschap Aa en Maas heeft toegezegd dat het de kade bij Grave "
            "uiterlijk eind 2027 ophoogt. Staatsbosbeheer heeft toegezegd in 2026 een bijdrage te leveren "
            "aan de inrichting van het park. Daarnaast open ik in 2027 een loket voor subsidies.\n\n"
            "Met vriendelijke groet,\nHet college van burgemeester en wethouders van Oss\n")
    doc = ParsedDocument("b.txt", "brief", "0" * 64, "text/plain", "b", [Page(1, text)])
    assert [(a.title, _names(a, "lead")) for a in extract_commitments(doc, resolver)] == [
        ("De kade bij Grave ophogen", ["Waterschap Aa en Maas"]),
        ("Een bijdrage leveren aan de inrichting van het park", ["Staatsbosbeheer"]),
        ("Een loket voor subsidies openen", ["Gemeente Oss"])]


def test_a_caption_word_before_a_known_name_is_no_verb(resolver):
    """'Samen met de woningcorporaties Portaal en Ons Doel isoleren wij ...': 'woningcorporaties' ends like a
    verb, but it is the caption of the names (a mention), so the subject stays 'wij'."""
    acts = extract_commitments(letter("raadsinformatiebrief-leiden.txt"), resolver)
    [insulate] = [a for a in acts if "isoleren" in a.source.quote]
    assert _names(insulate, "lead") == ["Gemeente Leiden"]
    assert "Portaal" in _names(insulate, "partner")


def test_a_plan_of_another_body_than_the_sender_is_flagged(resolver):
    acts = extract_commitments(letter("kamerbrief-afsluitdijk.txt"), resolver)
    flagged = {a.source.quote.split()[0]: "other_party_plan" in a.flags for a in acts}
    assert flagged["Ik"] is False                # the minister's own promise
    assert flagged["Rijkswaterstaat"] is True    # what another body will start, reported in the letter
    assert flagged["Provincie"] is False         # "heeft toegezegd": that body's own promise, reported


def test_code_prefix_is_letters_of_the_file_name(resolver):
    """A file name whose first word holds a digit ('b3-...', '2026-11-...') still gives a code that reads as
    one (letters first, kg.textnorm.CODE_RE): search recognises the commitment's passage as its row."""
    from kg.textnorm import CODE_RE

    text = ("Aan de gemeenteraad\n\nGeachte raad,\n\n"
            "Wij zullen in 2027 een warmteplan aan uw raad voorleggen.\n\n"
            "Met vriendelijke groet,\nhet college van burgemeester en wethouders\n")
    codes = []
    for name in ("b3-raadsinformatiebrief-amersfoort", "2026-11-24 rib warmte"):
        doc = ParsedDocument(f"{name}.txt", name, "0" * 64, "text/plain", "Warmteplan", [Page(1, text)])
        [act] = extract_commitments(doc, resolver)
        codes.append(act.code)
    assert codes == ["RA 1", "RIB 1"]
    assert all(CODE_RE.fullmatch(code) for code in codes)


def _letter_doc(text: str) -> ParsedDocument:
    return ParsedDocument(path="brief.md", name="brief", sha256="0" * 64, media_type="text/markdown",
                          title="brief", pages=[Page(1, text)])


def test_a_short_intro_opens_a_list_of_promises(resolver):
    """'Wij gaan in 2027:' is short, but it promises each item of the list under it."""
    doc = _letter_doc("Gemeente Heerlen\n\nAan de gemeenteraad van Heerlen\nDatum: 24 november 2026\n\n"
                      "Geachte leden van de raad,\n\nWij gaan in 2027:\n\n"
                      "- een subsidieregeling voor groene daken openstellen;\n"
                      "- samen met Waterschap Limburg een hitteplan opstellen.\n\n"
                      "Met vriendelijke groet,\n\nBurgemeester en wethouders van Heerlen\n")
    acts = extract_commitments(doc, resolver)
    assert [(a.title, _names(a, "lead"), _names(a, "partner"), a.period.start_year) for a in acts] == [
        ("Een subsidieregeling voor groene daken openstellen", ["Gemeente Heerlen"], [], 2027),
        ("Samen met Waterschap Limburg een hitteplan opstellen", ["Gemeente Heerlen"], ["Waterschap Limburg"],
         2027)]


def test_the_kamer_receives_and_work_done_for_the_minister(resolver):
    """'Uw Kamer ontvangt in het najaar van 2027 de rapportage': the minister sends it. 'Deltares onderzoekt
    in mijn opdracht': Deltares leads, the minister commissions."""
    doc = _letter_doc("Ministerie van Infrastructuur en Waterstaat\n\nAan de Voorzitter van de Tweede Kamer\n"
                      "Datum 24 november 2026\n\nDeltares onderzoekt in mijn opdracht in 2027 hoe het "
                      "grondwater "
                      "in de beekdalen herstelt. Uw Kamer ontvangt in het najaar van 2027 de eerste "
                      "voortgangsrapportage over water en bodem.\n\nDe Minister van Infrastructuur en "
                      "Waterstaat,\n\nJ. Jansen\n")
    acts = {a.source.quote.split()[0]: a for a in extract_commitments(doc, resolver)}
    assert _names(acts["Deltares"], "lead") == ["Deltares"]
    assert _names(acts["Deltares"], "commissioner") == [IENW]
    assert _names(acts["Uw"], "lead") == [IENW]
    assert (acts["Uw"].period.start_year, acts["Uw"].period.end_year) == (2027, 2027)
    assert acts["Uw"].title.startswith("De eerste voortgangsrapportage")


def test_a_closing_list_that_repeats_the_commitments_states_each_once():
    """A Kamerbrief ending with 'Toezeggingen' that repeat its prose promises: each promise is one action,
    read from the prose; a promise only the list holds is an action of its own. The letterhead's 'Betreft'
    line promises nothing, even with a date near it."""
    from ingest.extract import extract_document

    doc = _letter_doc("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur\n\n"
                      "Aan de Voorzitter van de Tweede Kamer\n\nDatum 24 november 2026\n"
                      "Betreft Voortgang aanpak bodemdaling Noordoostpolder\n\nGeachte Voorzitter,\n\n"
                      "Ik zal uw Kamer vóór 1 juli 2027 een plan van aanpak voor de bodemdaling in de "
                      "Noordoostpolder sturen.\n\nToezeggingen\n\n"
                      "- Ik stuur uw Kamer voor 1 juli 2027 het plan van aanpak bodemdaling "
                      "Noordoostpolder.\n"
                      "- Ik informeer uw Kamer in het voorjaar van 2028 over de ervaringen van de telers.\n\n"
                      "De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nJ. Jansen\n")
    quotes = [a.source.quote.lstrip("- ").split(" van ")[0] for a in extract_document(doc).actions]
    assert quotes == ["Ik zal uw Kamer vóór 1 juli 2027 een plan",
                      "Ik informeer uw Kamer in het voorjaar"]


def test_work_the_sender_has_another_body_do():
    """'Ons college laat in 2027 door X onderzoeken ...': X does the work, the sender commissions it."""
    doc = _letter_doc("Provincie Zeeland\n\nAan Provinciale Staten van Zeeland\nDatum 24 november 2026\n\n"
                      "Geachte leden,\n\nOns college laat in 2027 en 2028 door Deltares onderzoeken hoe "
                      "zoetwaterbellen in de ondergrond het best kunnen worden gevuld.\n\n"
                      "Gedeputeerde Staten van Zeeland\n")
    [act] = extract_commitments(doc, resolver=ActorResolver.default())
    assert _names(act, "lead") == ["Deltares"] and _names(act, "commissioner") == ["Provincie Zeeland"]
    assert (act.period.start_year, act.period.end_year) == (2027, 2028)


def test_a_letters_own_table_of_commitments_without_a_who_column():
    """'Nr. | Toezegging | Termijn' in a Kamerbrief: the minister leads each row, or the body the minister
    has do the work ('Ik laat Rijkswaterstaat onderzoeken ...'), which the minister then commissions."""
    from ingest.extract import extract_document

    doc = _letter_doc("\n".join([
        "Ministerie van Infrastructuur en Waterstaat", "", "Aan de Voorzitter van de Tweede Kamer", "",
        "Datum 24 november 2026", "", "Geachte Voorzitter,", "", "Hieronder staan mijn toezeggingen.", "",
        "| Nr. | Toezegging | Termijn |", "|---|---|---|",
        "| 1 | Uw Kamer ontvangt de uitgewerkte zoetwaterstrategie | vóór 1 juli 2027 |",
        "| 2 | Ik laat Rijkswaterstaat onderzoeken hoe de zoutindringing kan worden beperkt | 2027 |", "",
        "De Minister van Infrastructuur en Waterstaat,", "", "J. Jansen", ""]))
    rows = {a.code: a for a in extract_document(doc).actions if a.code in ("1", "2")}
    assert _names(rows["1"], "lead") == [IENW]
    assert _names(rows["2"], "lead") == ["Rijkswaterstaat"] and _names(rows["2"], "commissioner") == [IENW]


def test_a_matter_that_is_another_ministers_is_no_commitment(resolver):
    """An answer to Kamervragen that refers a matter to another minister promises nothing of its own."""
    text = ("Ministerie van Volkshuisvesting en Ruimtelijke Ordening\n\nDatum 26 november 2026\n\n"
            "Geachte voorzitter,\n\nAntwoord 6\nNee. Over het spoor gaat de minister van Infrastructuur en "
            "Waterstaat.\n\nAntwoord 7\nIk stel in 2027 € 15 miljoen beschikbaar voor betaalbare "
            "huurwoningen.\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening,\n")
    doc = one_page("kamervragen", text)
    quotes = [a.source.quote for a in extract_commitments(doc, resolver)]
    assert len(quotes) == 1 and quotes[0].startswith("Ik stel in 2027")


def test_a_numbered_list_of_promises_keeps_its_numbers(resolver):
    text = ("Ministerie van Infrastructuur en Waterstaat\n\nDatum 27 november 2026\n\nGeachte voorzitter,\n\n"
            "Ik zeg u toe:\n\n 1.  Ik stuur uw Kamer vóór 1 juli 2027 de voorkeursstrategie voor de\n"
            " hoogwaterveiligheid langs de Vecht.\n2.  Ik laat Deltares in 2027 onderzoeken hoe de afvoer"
            " van de Vecht\n verandert.\n3.  Ik informeer uw Kamer vanaf 2027 jaarlijks over de voortgang."
            "\n\n"
            "De minister van Infrastructuur en Waterstaat,\n")
    doc = one_page("kamerbrief-vecht", text)
    acts = extract_commitments(doc, resolver)
    assert [a.code for a in acts] == ["1", "2", "3"]
    assert acts[0].source.quote.rstrip().endswith("langs de Vecht.")  # not the next item's number
    assert [r.actor.label for r in acts[1].roles if r.role == "lead"] == ["Deltares"]


def test_action_points_of_minutes(resolver):
    """A besluitenlijst: each 'Actiepunt n:' is an action of the one it names first; decisions are none."""
    text = ("BESLUITENLIJST BESTUURLIJK OVERLEG WATER\n\nDatum: 19 november 2026\n\n"
            "Aanwezig: Waterschap Brabantse Delta, gem. Roosendaal,\n"
            "Regio West-Brabant (RWB, secretariaat)\n\n"
            "Besluit: het BO stemt in met de uitgangspunten.\n\n"
            "Actiepunt 1: gem. Roosendaal start in Q2 2027, samen met Waterschap Brabantse Delta, een proef\n"
            "met groene schoolpleinen.\n\n"
            "Actiepunt 2: RWB stelt op basis van actiepunt 1 de voortgangsrapportage op, gereed in 2028.\n")
    doc = one_page("besluitenlijst", text)
    acts = {a.code: a for a in extract_commitments(doc, resolver)}
    assert set(acts) == {"1", "2"}
    assert {(r.role, r.actor.label) for r in acts["1"].roles} == {
        ("lead", "Gemeente Roosendaal"), ("partner", "Waterschap Brabantse Delta")}
    assert [r.actor.label for r in acts["2"].roles if r.role == "lead"] == ["Regio West-Brabant"]
    assert [(d.kind, d.target_code) for d in acts["2"].dependencies] == [("depends", "1")]


def test_a_short_name_the_letter_gives_to_parties(resolver):
    text = ("Ministerie van Infrastructuur en Waterstaat\n\nDatum 27 november 2026\n\nGeachte voorzitter,\n\n"
            "Ik werk samen met de provincie Overijssel, Waterschap Vechtstromen en Waterschap Drents "
            "Overijsselse Delta (hierna: de waterschappen) en met Rijkswaterstaat en het "
            "Rijksvastgoedbedrijf (hierna: de Rijkspartners).\n\n"
            "Samen met de waterschappen start ik in 2027 een verkenning naar extra ruimte voor de rivier.\n\n"
            "De minister van Infrastructuur en Waterstaat,\n")
    doc = one_page("kamerbrief-vecht", text)
    [act] = [a for a in extract_commitments(doc, resolver) if "verkenning" in a.source.quote]
    assert {r.actor.label for r in act.roles if r.role == "partner"} == {
        "Waterschap Vechtstromen", "Waterschap Drents Overijsselse Delta"}
    assert "de waterschappen" in act.source.quote  # the quote keeps the letter's own words


def test_rows_of_a_letters_table_written_as_noun_phrases():
    """'Toezegging | Termijn' rows without a verb: the sender leads, or the body after 'door', which the
    sender then commissions ('in onze opdracht'); 'samen met' names partners."""
    from ingest.extract import extract_document

    doc = _letter_doc("\n".join([
        "Gedeputeerde Staten van Noord-Holland", "", "Datum 25 november 2026", "",
        "Geachte leden van Provinciale Staten,", "", "Overzicht van toezeggingen", "",
        "| Toezegging | Termijn |", "|---|---|",
        "| Openstellen van een subsidieregeling voor schoolpleinen, samen met de gemeente Velsen | 2027 |",
        "| Onderzoek door het RIVM, in onze opdracht, naar de stapeling van geluid | uiterlijk Q3 2027 |", "",
        "Gedeputeerde Staten van Noord-Holland,", ""]))
    rows = {a.title.split()[0]: a for a in extract_document(doc).actions}
    assert _names(rows["Openstellen"], "lead") == ["Provincie Noord-Holland"]
    assert _names(rows["Openstellen"], "partner") == ["Gemeente Velsen"]
    assert _names(rows["Onderzoek"], "lead") == ["Rijksinstituut voor Volksgezondheid en Milieu"]
    assert _names(rows["Onderzoek"], "commissioner") == ["Provincie Noord-Holland"]


def test_passive_sentences_with_their_doer_first_or_the_sender_as_doer(resolver):
    text = ("Aan: de gemeenteraad van Goeree-Overflakkee\nVan: het college van burgemeester en wethouders\n"
            "Datum: 25 november 2026\n\nGeachte leden van de raad,\n\nWat hebben wij afgesproken?\n"
            "Door de provincie Zuid-Holland wordt in 2027 een zoetwaterstrategie opgesteld, in samenwerking "
            "met Waterschap Hollandse Delta. Uiterlijk eind 2028 wordt door ons het omgevingsplan aangepast "
            "voor de bassins.\n\nWat doen anderen?\nLTO Noord organiseert in 2027 eigen bijeenkomsten voor "
            "telers.\n\nMet vriendelijke groet,\n\n"
            "Burgemeester en wethouders van Goeree-Overflakkee,\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    strategy = next(a for a in acts if "zoetwaterstrategie" in a.title)
    assert _names(strategy, "lead") == ["Provincie Zuid-Holland"]
    assert _names(strategy, "partner") == ["Waterschap Hollandse Delta"]
    plan = next(a for a in acts if "omgevingsplan" in a.title)
    assert _names(plan, "lead") == ["Gemeente Goeree-Overflakkee"]
    assert plan.period is not None and plan.period.end_year == 2028
    assert not plan.title.lower().startswith("wordt")  # a title names the work, not the passive's verb
    # under what others do on their own: a reported plan, no commitment of the letter
    assert not any("bijeenkomsten" in a.title for a in acts)


def test_a_short_name_for_several_parties_led_by_their_penvoerder(resolver):
    text = ("Ministerie van Volkshuisvesting en Ruimtelijke Ordening\n\nDatum 26 november 2026\n\n"
            "Geachte bestuurders,\n\nIn deze brief leg ik onze afspraken vast. De gemeenten Woerden en "
            "Oudewater en de provincie Utrecht (hierna samen: de regio) werken samen. De provincie Utrecht "
            "is namens de regio penvoerder.\n\nAfspraken\n"
            "De regio zorgt ervoor dat de plannen voor 4.000 woningen uiterlijk 1 juli 2027 in één "
            "programma staan.\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening,\n")
    [act] = extract_commitments(_letter_doc(text), resolver)
    assert _names(act, "lead") == ["Provincie Utrecht"]
    assert sorted(_names(act, "partner")) == ["Gemeente Oudewater", "Gemeente Woerden"]


def _extract(text: str) -> list:  # type: ignore[type-arg]
    from ingest.extract import extract_document
    from ingest.model import Page, ParsedDocument

    doc = ParsedDocument(path="d.txt", name="d", sha256="0" * 64, media_type="text/plain", title="d",
                         pages=[Page(1, text)])
    return extract_document(doc).actions


def test_a_budgets_what_we_will_do_items_are_its_issuers_commitments() -> None:
    """A programmabegroting's 'Wat gaan we daarvoor doen?' bullets: 'we' is the organisation the document
    opens with; an undated activity is for the budget year; goals and costs are no actions."""
    text = ("Gemeente Assen\nProgrammabegroting 2028\n\nProgramma 3 Water en groen\n\n"
            "3.1 Wat willen we bereiken?\nIn 2030 is de binnenstad bestand tegen hevige buien.\n\n"
            "3.2 Wat gaan we daarvoor doen?\n"
            "• We leggen in het Stationskwartier wadi's aan, samen met Waterschap Hunze en Aa's.\n"
            "• In 2028 en 2029 vervangen we de riolering in de wijk Lariks.\n"
            "• We geven doorlopend advies over groene tuinen.\n\n"
            "3.3 Wat mag het kosten?\nDe lasten stijgen in 2028 door de kapitaallasten van de riolering.\n")
    actions = _extract(text)
    assert len(actions) == 3
    wadis, sewer, advice = actions
    assert {(r.role, r.actor.label) for r in wadis.roles} == {
        ("lead", "Gemeente Assen"), ("partner", "Waterschap Hunze en Aa's")}
    assert wadis.period is not None and (wadis.period.start_year, wadis.period.end_year) == (2028, 2028)
    assert sewer.period is not None and (sewer.period.start_year, sewer.period.end_year) == (2028, 2029)
    assert advice.period is None


def test_a_coalition_agreements_dit_gaan_we_doen_for_the_term_it_covers() -> None:
    """'we' is the college its opening names; an undated item is for the term of the title; what the parties
    think and ask of others is no action."""
    actions = _extract(
        "Coalitieakkoord Westerwolde 2026-2030\n\nLeeswijzer\nOnder 'Dit gaan we doen' staan de afspraken "
        "voor "
        "het college van burgemeester en wethouders van Westerwolde.\n\n"
        "Wat we vinden\nWe vinden dat het landschap open moet blijven.\n\n"
        "Dit gaan we doen\n• We vergroenen de schoolpleinen in Ter Apel.\n"
        "• We leggen in 2028 samen met Waterschap Hunze en Aa's een waterberging aan bij Vlagtwedde.\n\n"
        "Wat we vragen van anderen\nWe vragen de provincie Groningen om de N366 te verbreden.\n")
    assert [(a.period.start_year, a.period.end_year) if a.period else None for a in actions] == [
        (2026, 2030), (2028, 2028)]
    assert {(r.role, r.actor.label) for r in actions[1].roles} == {
        ("lead", "Gemeente Westerwolde"), ("partner", "Waterschap Hunze en Aa's")}


def test_a_newsletters_next_steps_are_the_plans_of_the_parties_they_name() -> None:
    actions = _extract(
        "# Nieuwsbrief Gebiedsproces Vechtdal\n\n## Beken\n\nIn 2026 liepen veertig inwoners mee.\n\n"
        "**Wat is de volgende stap?**\n"
        "Staatsbosbeheer begint in het voorjaar van 2027 met het herstel van de Mosbeek, samen met "
        "Waterschap Vechtstromen.\n"
        "Vitens overweegt om in 2028 een nieuwe winning te openen.\n\n"
        "## Dorpen\n\nDe gemeente Ommen kreeg in 2026 een subsidie.\n")
    assert len(actions) == 1
    assert {(r.role, r.actor.label) for r in actions[0].roles} == {
        ("lead", "Staatsbosbeheer"), ("partner", "Waterschap Vechtstromen")}


def test_a_nota_van_beantwoording_in_the_voice_of_the_college() -> None:
    """The college answers requests ('Indiener vraagt ...'); its own 'Wij ...' sentences are its commitments,
    a refusal is none."""
    actions = _extract(
        "Gemeente Tilburg\n\nNota van beantwoording zienswijzen\nOntwerp-programma Groen 2027-2030\n\n"
        "In de reacties is 'wij' het college van burgemeester en wethouders van Tilburg.\n\n"
        "1. Indiener vraagt de gemeente om meer bomen te planten in de Reeshof.\n"
        "Reactie: Wij planten in 2027 en 2028 tweehonderd bomen in de Reeshof, samen met TBV Wonen.\n\n"
        "2. Indiener wil een hoger budget voor geveltuinen.\n"
        "Reactie: Wij zien geen aanleiding het budget te verhogen.\n")
    assert len(actions) == 1
    assert {(r.role, r.actor.label) for r in actions[0].roles} == {
        ("lead", "Gemeente Tilburg"), ("partner", "TBV Wonen")}
    assert actions[0].period is not None and (actions[0].period.start_year, actions[0].period.end_year) == (
        2027, 2028)


def test_a_newsletter_without_next_step_headings_is_read_whole() -> None:
    """Each party's plan in the running text is an action; past news, a quote and a study are not. A short
    name given to one body ('het Wetterskip') is that body, not the whole list before it; the party a
    sentence says takes the lead leads, the other subject partners."""
    actions = _extract(
        "Nieuwsbrief Kust en Dijk Noordwest-Fryslân\nNummer 2, december 2026\n\n"
        "Op 3 november 2026 tekenden de gemeenten Waadhoeke en Harlingen, Wetterskip Fryslân (hierna: het "
        "Wetterskip) en de provincie Fryslân de gebiedsagenda.\n\n"
        "Het Wetterskip versterkt van 2027 tot en met 2029 de zeedijk bij Harlingen, samen met de gemeente "
        "Harlingen.\n\n"
        "De gemeente Waadhoeke en Vitens stellen vóór 1 juli 2027 een plan op voor zoet water; Waadhoeke is "
        "trekker van het plan.\n"
        "Staatsbosbeheer onderzoekt nog of het de kwelder wil vergroten.\n")
    assert [sorted((r.role, r.actor.label) for r in a.roles) for a in actions] == [
        [("lead", "Wetterskip Fryslân"), ("partner", "Gemeente Harlingen")],
        [("lead", "Gemeente Waadhoeke"), ("partner", "Vitens")]]


def test_a_two_column_newsletter_pdf() -> None:
    """fpdf2, written blind: a sentence that runs from the foot of one column to the top of the next is one
    sentence; 'De provincie laat X ... herstellen': X does it for the provincie."""
    from benchmarks.extraction_eval import extract_file

    actions = extract_file(Path(__file__).parent / "data" / "extraction-blind17" / "b17-nieuwsbrief.pdf")
    assert len(actions) == 6
    assert any(a.source and "vergroenen van de\n\nschoolpleinen" in a.source.quote for a in actions)
    made = next(a for a in actions if "Koehool" in a.title)
    assert {(r.role, r.actor.label) for r in made.roles} == {
        ("lead", "It Fryske Gea"), ("commissioner", "Provincie Fryslân")}


@pytest.mark.parametrize("verb, past", [("tekenden", True), ("openden", True), ("werkten", True),
                                        ("zenden", False), ("verzenden", False), ("melden", False)])
def test_simple_past_plurals_of_verbs_on_en(verb, past):
    from ingest.dutch import is_past_form

    assert is_past_form(verb) is past


def test_a_letters_table_of_steps_with_wij_in_its_who_column():
    """'Stap Wie Gereed' printed as lines of text in a raadsinformatiebrief: 'wij' is the college (its
    gemeente), which leads the steps it shares ('wij, Veiligheidsregio'); a step reported 'afgerond' is no
    commitment; 'X legt ... aan; wij werken daaraan mee' is X's work with the gemeente as partner."""
    from ingest.extract import extract_document

    doc = one_page("raadsinformatiebrief", "\n".join([
        "Gemeente Deventer", "", "Raadsinformatiebrief Wateroverlast binnenstad",
        "Aan de gemeenteraad van Deventer", "Datum 20 november 2026", "", "Wat gaan wij doen?",
        "Waterschap Rijn en IJssel legt vanaf 2027 een nieuw gemaal aan bij de Worp; wij werken daaraan",
        "mee.", "", "Wat hebben wij afgesproken?", "", "Stap Wie Gereed", "",
        "Inventarisatie van de kelders in de binnenstad wij afgerond oktober 2026", "",
        "Meetnet grondwater in de binnenstad wij, Veiligheidsregio 1e kwartaal 2027",
        "Bewonersavond over het nieuwe gemaal Waterschap Rijn en IJssel april 2027",
        "In de tabel is 'Veiligheidsregio' de Veiligheidsregio IJsselland.", "",
        "Met vriendelijke groet,", "burgemeester en wethouders van Deventer"]))
    actions = {a.title: a for a in extract_document(doc).actions}
    assert not [t for t in actions if t.startswith("Inventarisatie")]
    meetnet = actions["Meetnet grondwater in de binnenstad"]
    assert {(r.role, r.actor.label) for r in meetnet.roles} == {
        ("lead", "Gemeente Deventer"), ("partner", "Veiligheidsregio IJsselland")}
    assert (meetnet.period.start_year, meetnet.period.end_year) == (None, 2027)
    assert "low_confidence_wie" not in meetnet.flags  # 'wij' is a party
    avond = actions["Bewonersavond over het nieuwe gemaal"]
    assert _names(avond, "lead") == ["Waterschap Rijn en IJssel"]
    gemaal = next(a for t, a in actions.items() if "gemaal aan" in a.source.quote)
    assert _names(gemaal, "lead") == ["Waterschap Rijn en IJssel"]
    assert _names(gemaal, "partner") == ["Gemeente Deventer"]
    assert (gemaal.period.start_year, gemaal.period.end_year) == (2027, None)


def test_a_body_the_minister_has_do_the_work_after_the_verb_and_its_pronoun(resolver):
    """'Samen met X en Y laat ik Z ... onderzoeken': Z does the work, which the minister orders together
    with X and Y; the title is the work, without Z and 'laten'."""
    text = ("Ministerie van Infrastructuur en Waterstaat\n\nDatum 26 november 2026\n\nGeachte voorzitter,\n\n"
            "Samen met Waterschap Rivierenland en de provincie Gelderland laat ik Deltares in 2027 "
            "onderzoeken hoe de dijken langs de Waal zich bij droogte gedragen.\n\n"
            "De minister van Infrastructuur en Waterstaat,\n")
    acts = extract_commitments(one_page("kamerbrief-waal", text), resolver)
    assert len(acts) == 1
    assert _names(acts[0], "lead") == ["Deltares"]
    assert sorted(_names(acts[0], "commissioner")) == [IENW, "Provincie Gelderland",
                                                       "Waterschap Rivierenland"]
    assert "Deltares" not in acts[0].title and not acts[0].title.endswith("laten")
    assert (acts[0].period.start_year, acts[0].period.end_year) == (2027, 2027)


def test_a_progress_letter_changes_the_actions_of_its_programme_by_number():
    """A GS-brief with the programme's table in an appendix: 'Actie 1 is ... afgerond' and 'Actie 5 vervalt'
    leave, 'Actie 3 schuift op naar 2028 ... tot en met 2029' moves, 'X neemt het trekkerschap over en wij
    blijven partner' changes hands."""
    from ingest.extract import extract_document

    doc = one_page("gs-brief", "\n".join([
        "Provincie Drenthe", "", "Aan Provinciale Staten van Drenthe", "Datum 20 november 2026", "",
        "Voortgang per actie", "Actie 1 is in oktober 2026 afgerond.", "",
        "Actie 3 schuift op naar 2028; de uitvoering loopt daarna tot en met 2029.", "",
        "Actie 4 voeren wij niet meer zelf uit: Waterschap Drents Overijsselse Delta neemt het trekkerschap",
        "over en wij blijven partner.", "", "Actie 5 vervalt.", "",
        "Bijlage", "| Nr. | Actie | Trekker | Partners | Planning |", "|---|---|---|---|---|",
        "| 1 | Bodemkaart van Zuidwest-Drenthe | Provincie Drenthe | gemeente Westerveld | 2026 |",
        "| 3 | Nieuw gemaal bij Havelte | Waterschap Drents Overijsselse Delta | gemeente Westerveld | "
        "2027-2028 |",
        "| 4 | Meetnet grondwater | Provincie Drenthe | Waterbedrijf Drenthe | 2027-2029 |",
        "| 5 | Proef met natte teelten | gemeente Westerveld | Provincie Drenthe | 2027 |", "",
        "Gedeputeerde Staten van Drenthe"]))
    extraction = extract_document(doc)
    actions = {a.code: a for a in extraction.actions if a.kind == "action"}
    assert sorted(actions) == ["3", "4"]
    assert "2 rijen volgens de tekst afgerond of vervallen" in extraction.notes  # the summary says why
    assert (actions["3"].period.start_year, actions["3"].period.end_year) == (2028, 2029)
    assert {(r.role, r.actor.label) for r in actions["4"].roles} == {
        ("lead", "Waterschap Drents Overijsselse Delta"), ("partner", "Waterbedrijf Drenthe"),
        ("partner", "Provincie Drenthe")}


def test_a_cabinet_period_and_a_span_until_a_season_open_commitments(resolver):
    """'In deze kabinetsperiode neem ik een besluit' is ahead without years; 'Tot de zomer van 2028 meet ik
    ...' runs until then."""
    text = ("Ministerie van Infrastructuur en Waterstaat\n\nDatum 26 november 2026\n\nGeachte voorzitter,\n\n"
            "In deze kabinetsperiode neem ik een besluit over het verleggen van de dijk bij Olst.\n\n"
            "Tot de zomer van 2028 meet ik samen met Waterschap Drents Overijsselse Delta de erosie van de "
            "IJssel bij Olst.\n\nDe minister van Infrastructuur en Waterstaat,\n")
    acts = extract_commitments(one_page("kamerbrief-olst", text), resolver)
    assert len(acts) == 2
    assert acts[0].period is None and _names(acts[0], "lead") == [IENW]
    assert (acts[1].period.start_year, acts[1].period.end_year) == (None, 2028)
    assert _names(acts[1], "partner") == ["Waterschap Drents Overijsselse Delta"]


def test_periods_relative_to_the_letter_a_start_in_a_season_and_a_suspended_compound(resolver):
    """'Binnen twee jaar' from a letter of 2026 is by 2028; 'Komend voorjaar starten wij' starts in 2027
    without an end; 'de GGD Noord- en Oost-Gelderland' keeps its hyphen."""
    text = ("Gemeente Nunspeet\n\nAan de gemeenteraad van Nunspeet\nDatum: 26 november 2026\n\n"
            "Geachte raad,\n\nBinnen twee jaar stellen wij met de GGD Noord- en Oost-Gelderland een "
            "hitteplan voor onze kernen op. Komend voorjaar starten wij met Vitens een campagne voor "
            "zuinig gebruik van drinkwater.\n\nMet vriendelijke groet,\n"
            "burgemeester en wethouders van Nunspeet\n")
    acts = extract_commitments(one_page("raadsbrief-nunspeet", text), resolver)
    assert [(a.period.start_year, a.period.end_year) for a in acts] == [(None, 2028), (2027, None)]
    assert _names(acts[0], "partner") == ["GGD Noord- en Oost-Gelderland"]


def test_two_main_clauses_commit_two_parties_and_a_named_trekker(resolver):
    """Under what Rijk and regio agreed, 'Ik laat ... opstellen, en de gemeente X stelt ... vast': each clause
    its own commitment with its own lead, quoted as the page has it; 'X en Y leggen ... aan; Y is daarbij
    trekker': Y leads, X partners."""
    text = ("Ministerie van Economische Zaken\n\nDatum 25 november 2026\n\nGeachte voorzitter,\n\n"
            "Wat hebben Rijk en regio afgesproken?\n"
            "Ik laat in 2027 een netstudie voor de Eemshaven opstellen, en de gemeente Eemsdelta stelt vóór\n"
            "1 juli 2027, samen met de provincie Groningen, het plan voor Oosterhorn vast.\n\n"
            "Het Rijk en Groningen Seaports leggen in 2027 en 2028 samen een leidingstraat aan; Groningen "
            "Seaports is daarbij trekker.\n\nDe Minister van Economische Zaken,\n")
    acts = extract_commitments(one_page("kamerbrief-eemsdelta", text), resolver)
    ez = "Ministerie van Economische Zaken"
    assert [(_names(a, "lead"), _names(a, "partner")) for a in acts] == [
        ([ez], []), (["Gemeente Eemsdelta"], ["Provincie Groningen"]), (["Groningen Seaports"], [ez])]
    assert acts[0].source.quote == "Ik laat in 2027 een netstudie voor de Eemshaven opstellen"
    assert acts[1].source.quote.startswith("de gemeente Eemsdelta stelt vóór\n1 juli")
    assert acts[1].source.quote in text
    assert (acts[1].period.start_year, acts[1].period.end_year) == (None, 2027)


def test_a_counted_group_a_named_town_as_subject_and_a_denied_date(resolver):
    """'met de drie gemeenten' where the letter names three: those three; a gemeente the letter names, by
    its place, opening a sentence leads it; 'en dus niet eind 2027' and 'de mail van 2 oktober' give no
    dates."""
    text = ("Van: Gemeente Lansingerland\nAan: gemeente Pijnacker-Nootdorp; gemeente Zoetermeer\n"
            "Verzonden: 24 november 2026\n\nWat hebben wij afgesproken?\n\n"
            "1. Wij stellen vóór 1 april 2027 met de drie gemeenten een hittekaart voor Oostland op.\n"
            "2. Pijnacker-Nootdorp start in 2027 met een proef met regenwateropvang bij de kassen.\n"
            "3. Zoetermeer stelt het rioleringsplan uiterlijk medio 2028 vast, en dus niet eind 2027 zoals "
            "in de mail van 2 oktober stond.\n")
    acts = extract_commitments(one_page("mail-oostland", text), resolver)
    assert [(_names(a, "lead"), sorted(_names(a, "partner"))) for a in acts] == [
        (["Gemeente Lansingerland"], ["Gemeente Pijnacker-Nootdorp", "Gemeente Zoetermeer"]),
        (["Gemeente Pijnacker-Nootdorp"], []), (["Gemeente Zoetermeer"], [])]
    assert (acts[2].period.start_year, acts[2].period.end_year) == (None, 2028)


def test_a_letter_in_the_passive_voice(resolver):
    """'wordt in onze opdracht door het waterschap gemeten' (the sender orders it), 'wordt aan uw raad een
    voorstel voorgelegd' (no doer: the sender), 'door ons, met medewerking van X, gestart' (X partners, a
    start without an end), 'worden door de gemeente en de ZLTO ... uitgevoerd; de gemeente is daarbij
    trekker'."""
    text = ("Gemeente Deurne\nRaadsinformatiebrief\n\nAan de gemeenteraad van Deurne\n\n"
            "Datum: 25 november 2026\n\nGeachte raadsleden,\n\nWij werken samen met Waterschap Aa en Maas en "
            "de ZLTO.\n\nVanaf 2027 wordt in onze opdracht door het waterschap de grondwaterstand gemeten. "
            "Vóór 1 juli 2027 wordt aan uw raad een voorstel voor een regeling voor groene daken voorgelegd. "
            "Begin 2028 wordt door ons, met medewerking van Brabant Water, gestart met een campagne. "
            "In 2028 en 2029 worden door de gemeente en de ZLTO proeven met drainage uitgevoerd; de gemeente "
            "is daarbij trekker.\n\nBurgemeester en wethouders van Deurne,\n")
    acts = extract_commitments(one_page("raadsbrief-deurne", text), resolver)
    deurne = ["Gemeente Deurne"]
    assert [(_names(a, "lead"), _names(a, "partner"), _names(a, "commissioner")) for a in acts] == [
        (["Waterschap Aa en Maas"], [], deurne), (deurne, [], []), (deurne, ["Brabant Water"], []),
        (deurne, ["Zuidelijke Land- en Tuinbouworganisatie"], [])]
    assert [(a.period.start_year, a.period.end_year) for a in acts] == [
        (2027, None), (None, 2027), (2028, None), (2028, 2029)]


def test_a_besluitenlijsts_actions_under_decided_points_only(resolver):
    """'Actie: ...' under a numbered point marked 'Besluit' takes the point's number; under 'Ter kennisname'
    it agrees nothing; 'met inhoudelijke ondersteuning van X' supports, '; X is betrokken' is involved."""
    text = ("Besluitenlijst Bestuurlijk Overleg Water Zaanstreek\nDatum: 19 november 2026\n\n"
            "2. Veenweide - Besluit\nActie: gemeente Wormerland stelt samen met HHNK een gebiedsplan op,\n"
            "gereed eind 2027.\n\n3. Zaandijk - Besluit\nActie: HHNK start in 2028 met de versterking van de "
            "Zaandijk; de gemeente Oostzaan is betrokken.\n\n4. Groene daken - Besluit\nActie: gemeente "
            "Zaanstad voert in 2027 een proef uit, met inhoudelijke ondersteuning van de provincie "
            "Noord-Holland.\n\n8. Drinkwater - Ter kennisname\nActie: PWN start in 2029 met de bouw van een "
            "pompstation.\n")
    acts = extract_commitments(one_page("besluitenlijst", text), resolver)
    assert [a.code for a in acts] == ["2", "3", "4"]
    assert [sorted((r.role, r.actor.label) for r in a.roles) for a in acts] == [
        [("lead", "Gemeente Wormerland"), ("partner", "Hoogheemraadschap Hollands Noorderkwartier")],
        [("involved", "Gemeente Oostzaan"), ("lead", "Hoogheemraadschap Hollands Noorderkwartier")],
        [("lead", "Gemeente Zaanstad"), ("support", "Provincie Noord-Holland")]]
    assert (acts[0].period.start_year, acts[0].period.end_year) == (None, 2027)


def test_a_refusal_commits_nothing_and_waarbij_x_betrokken_is(resolver):
    """'Een geothermieboring gaan wij niet uitvoeren' is no commitment; 'waarbij de provincie Fryslân
    betrokken is' makes the province involved."""
    text = ("Gemeente Leeuwarden\n\nAan de gemeenteraad\nDatum: 20 november 2026\n\nGeachte raad,\n\n"
            "Een geothermieboring gaan wij niet uitvoeren, omdat de ondergrond ongeschikt is. Wij stellen "
            "uiterlijk eind 2027 met de gemeente Waadhoeke een isolatieprogramma op, waarbij de provincie "
            "Fryslân betrokken is.\n\nHet college van burgemeester en wethouders van Leeuwarden,\n")
    [act] = extract_commitments(one_page("raadsbrief-leeuwarden", text), resolver)
    assert sorted((r.role, r.actor.label) for r in act.roles) == [
        ("involved", "Provincie Fryslân"), ("lead", "Gemeente Leeuwarden"), ("partner", "Gemeente Waadhoeke")]


def test_a_letter_of_two_bodies_side_by_side(resolver):
    """A letterhead naming two bodies ('Gemeente X | Waterschap Y') sends the letter from both: 'wij' is both,
    'het waterschap' and 'de gemeente' the one sender of that kind."""
    text = ("Gemeente Steenbergen  |  Waterschap Brabantse Delta\nAan de bewoners van de Kerkstraat\n"
            "Steenbergen, 20 november 2026\n\nBeste bewoner,\n\n"
            "In het voorjaar van 2027 vervangen wij de riolering in de Kerkstraat.\n"
            "Het waterschap legt in 2027 en 2028 een waterberging aan ten zuiden van Kruisland.\n"
            "De gemeente plant in het najaar van 2028 veertig nieuwe bomen in de Kerkstraat.\n\n"
            "Met vriendelijke groet,\n\nHet college van burgemeester en wethouders van Steenbergen  /  "
            "Het dagelijks bestuur van Waterschap\nBrabantse Delta\n")
    leads = [sorted(_names(a, "lead")) for a in extract_commitments(_letter_doc(text), resolver)]
    assert leads == [["Gemeente Steenbergen", "Waterschap Brabantse Delta"], ["Waterschap Brabantse Delta"],
                     ["Gemeente Steenbergen"]]


def _roles_of(acts) -> list[list[tuple[str, str]]]:
    return [sorted((r.role, r.actor.label) for r in a.roles) for a in acts]


def test_a_body_introduced_in_one_sentence_acts_in_the_next(resolver):
    """'Waterschap X beheert ... Deze partij verbetert in 2028 ...' / '... Zij stelt uiterlijk 2028 met ons en
    het waterschap ... op': the body that opened the sentence before is the doer; 'met ons' is the sender."""
    text = ("Gemeente Nijkerk\nAan de gemeenteraad van Nijkerk\nNijkerk, 26 november 2026\n\nGeachte leden "
            "van de raad,\n\nWaterschap Vallei en Veluwe beheert de gemalen in polder Arkemheen. De "
            "provincie Gelderland "
            "is verantwoordelijk voor het Natuurnetwerk Nederland. Zij stelt uiterlijk 2028 met ons en het "
            "waterschap een beheerplan op voor de oevers. Vitens levert het drinkwater in Nijkerk. Deze "
            "organisatie plaatst in 2029 samen met ons tien watertappunten in het centrum. Wij hopen dat "
            "ondernemers meedoen.\n\nMet vriendelijke groet,\n\nBurgemeester en wethouders van Nijkerk\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    assert _roles_of(acts) == [
        [("lead", "Provincie Gelderland"), ("partner", "Gemeente Nijkerk"),
         ("partner", "Waterschap Vallei en Veluwe")],
        [("lead", "Vitens"), ("partner", "Gemeente Nijkerk")]]
    assert [(a.period.start_year, a.period.end_year) for a in acts] == [(None, 2028), (2029, 2029)]


def test_agreements_listed_under_wij_spreken_af_dat(resolver):
    """Minutes' 'Wij spreken af dat:' over numbered clauses that each name their doer; the discussion above
    (a past event, a question, what a province considers) and a finished action point are no agreements."""
    text = ("Verslag Bestuurlijk Overleg Zoet Water\nDatum: 20 november 2026\n\n2. Zoet water\n"
            "Vitens licht toe dat de zoetwaterlens in 2026 sterk is gedaald.\n"
            "De provincie overweegt in 2028 een extra bijdrage te geven.\nWij spreken af dat:\n"
            "1. Wetterskip Fryslân in 2027 en 2028 met Vitens een meetnet op Vlieland\naanlegt;\n"
            "2. de gemeente Schiermonnikoog uiterlijk 2028 samen met Staatsbosbeheer een plan opstelt.\n"
            "3. Rondvraag\nHet actiepunt uit het vorige overleg is afgerond.\n")
    acts = extract_commitments(one_page("verslag", text), resolver)
    assert _roles_of(acts) == [[("lead", "Wetterskip Fryslân"), ("partner", "Vitens")],
                               [("lead", "Gemeente Schiermonnikoog"), ("partner", "Staatsbosbeheer")]]
    assert [(a.period.start_year, a.period.end_year) for a in acts] == [(2027, 2028), (None, 2028)]
    assert not any("other_party_plan" in a.flags for a in acts)  # agreed by all, no plan one party reports


def test_what_we_do_in_sentences_with_a_follow_up_sentence(resolver):
    """A programme's '## Wat gaan we doen?' written in paragraphs under sub-headings: each dated sentence is
    the issuer's, and the sentence after it may add partners ('Dit doen we samen met X'), its time ('Daarmee
    beginnen we in 2028 en in 2030 is het klaar') or another trekker ('X is hierbij trekker, wij doen
    mee')."""
    text = ("# Programma Water en Groen Boxtel 2027-2030\n\nGemeente Boxtel, vastgesteld door het college."
            "\n\n"
            "## 1. Wat willen we bereiken?\n\nWe willen dat Boxtel in 2035 klimaatbestendig is.\n\n"
            "## 2. Wat gaan we doen?\n\n### Hitte\n\nIn 2027 maken we het schoolplein in Lennisheuvel groen. "
            "Dit doen we samen met Waterschap De Dommel.\n\n### Centrum\n\nWe vergroenen de Markt. Daarmee "
            "beginnen we in 2028 en in 2030 is het klaar.\n\n### Dommel\n\nIn 2028 en 2029 worden de oevers "
            "bij Kasteel Stapelen ingericht. Waterschap De Dommel is hierbij trekker, wij doen mee.\n\n"
            "## 3. Wat mag het kosten?\n\nAls er subsidie komt, vergroenen we in 2028 ook het "
            "stationsplein.\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    assert _roles_of(acts) == [[("lead", "Gemeente Boxtel"), ("partner", "Waterschap De Dommel")],
                               [("lead", "Gemeente Boxtel")],
                               [("lead", "Waterschap De Dommel"), ("partner", "Gemeente Boxtel")]]
    assert [(a.period.start_year, a.period.end_year) for a in acts] == [
        (2027, 2027), (2028, 2030), (2028, 2029)]


def test_a_press_release_commits_its_quoted_speakers(resolver):
    """In a persbericht 'wij' in a quote is the speaker's body, named after the quote; of the release's own
    sentences, what a named party will do is an action, another body's expectation is none."""
    text = ("GEMEENTE ALMERE - PERSBERICHT\n\nAlmere, 25 november 2026\n\n"
            "\"In 2026 hebben wij de hittekaart gemaakt,\" zegt de wethouder Klimaat van de gemeente Almere. "
            "\"In 2028 leggen wij samen met Waterschap Zuiderzeeland een waterberging aan in het "
            "Lumièrepark.\"\n\n"
            "\"Wij openen uiterlijk 2028 een loket voor regentonnen,\" vertelt de wethouder van de gemeente "
            "Zeewolde. \"Ik hoop dat ook bedrijven hun daken vergroenen.\"\n\n"
            "De provincie verwacht dat Rijkswaterstaat in 2028 de oevers van het Wolderwijd versterkt. "
            "Staatsbosbeheer legt vanaf 2027 samen met de gemeente Zeewolde een bos aan.\n")
    acts = extract_commitments(one_page("persbericht", text), resolver)
    assert _roles_of(acts) == [[("lead", "Staatsbosbeheer"), ("partner", "Gemeente Zeewolde")],
                               [("lead", "Gemeente Almere"), ("partner", "Waterschap Zuiderzeeland")],
                               [("lead", "Gemeente Zeewolde")]]
    assert all(a.source.quote in text for a in acts)


def test_what_the_sender_will_not_do_and_a_body_named_twice(resolver):
    """'Ik leg in 2027 geen ... op', 'Ik breid de proef niet uit ... voordat ...' promise nothing; 'niet
    eerder dan 2028' is a time; a body named twice in one sentence is one party, not a name running into the
    words after it ('de gemeente Haaksbergen de Buurserbeek')."""
    text = ("Ministerie van Infrastructuur en Waterstaat\nAan de Voorzitter van de Tweede Kamer\n"
            "Datum 20 november 2026\n\nGeachte voorzitter,\n\n"
            "Ik leg in 2027 geen nieuwe landelijke beperking op de beregening op. Ik breid de proef niet uit "
            "naar Haaksbergen voordat de resultaten in 2029 bekend zijn. Ik start niet eerder dan 2028 met "
            "een "
            "meetnet in de Achterhoek. Met de gemeente Haaksbergen heb ik afgesproken dat Waterschap "
            "Vechtstromen in 2028 samen met de gemeente Haaksbergen de Buurserbeek herstelt.\n\n"
            "De Staatssecretaris van Infrastructuur en Waterstaat\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    assert [a.source.quote.split()[:3] for a in acts] == [["Ik", "start", "niet"], ["Met", "de", "gemeente"]]
    assert ("partner", "Gemeente Haaksbergen") in {(r.role, r.actor.label) for r in acts[1].roles}
    assert all(r.actor.known for r in acts[1].roles)


def test_dat_het_wetterskip_names_the_doer(resolver):
    """'Wetterskip Fryslân en wij hebben afgesproken dat het Wetterskip uiterlijk 2028 ...': 'het Wetterskip'
    is the body named before, not 'het' as a pronoun for both who agreed."""
    text = ("Gemeente Terschelling\nAan de gemeenteraad\nDatum: 20 november 2026\n\nGeachte raad,\n\n"
            "Wetterskip Fryslân en wij hebben afgesproken dat het Wetterskip uiterlijk 2028 de gemalen bij "
            "Oosterend verduurzaamt.\n\nMet vriendelijke groet,\n\nBurgemeester en wethouders van "
            "Terschelling\n")
    [act] = extract_commitments(_letter_doc(text), resolver)
    assert [(r.role, r.actor.label) for r in act.roles] == [("lead", "Wetterskip Fryslân")]  # we only agreed
    assert "other_party_plan" not in act.flags  # what we agreed is no plan the letter merely reports


def test_numbered_agreements_of_rijk_and_regio(resolver):
    """A BO MIRT afsprakenlijst: '1. Rijk en regio spreken af dat X ... opstelt' paragraphs, each X's
    agreement under its printed number; 'Onder voorbehoud van de uitkomst van afspraak 2' depends on 2; who
    agrees is no party to the work; a paragraph that only states what was done is none."""
    text = ("Afsprakenlijst BO MIRT Flevoland, 18 november 2026\n\nAfspraken\n"
            "1. Rijk en regio spreken af dat de Provincie Flevoland uiterlijk 2027 een gebiedsanalyse\n"
            "opstelt, in samenwerking met de Gemeente Lelystad.\n\n"
            "2. Rijk en regio spreken af dat het Ministerie van Infrastructuur en Waterstaat in 2027 een\n"
            "verkenning uitvoert, met de Provincie Flevoland als partner.\n\n"
            "3. Onder voorbehoud van de uitkomst van afspraak 2 spreken Rijk en regio af dat\n"
            "Rijkswaterstaat vanaf 2029 de planuitwerking start.\n\n"
            "4. Rijk en regio stellen vast dat de afspraken uit 2025 zijn uitgevoerd.\n")
    acts = extract_commitments(one_page("afsprakenlijst", text), resolver)
    assert [(a.code, [r.actor.label for r in a.roles if r.role == "lead"]) for a in acts] == [
        ("1", ["Provincie Flevoland"]), ("2", ["Ministerie van Infrastructuur en Waterstaat"]),
        ("3", ["Rijkswaterstaat"])]
    assert all(r.actor.kind != "group" for a in acts for r in a.roles)
    from ingest.extract import extract_document

    read = {a.code: a for a in extract_document(one_page("afsprakenlijst", text), resolver).actions}
    assert [(d.kind, d.target_code) for d in read["3"].dependencies] == [("depends", "2")]


def test_a_done_item_with_a_new_step_as_follow_up(resolver):
    """'Afgerond: ...' is done; 'Als vervolg daarop stel ik ...' after it is a new commitment, not a
    condition, and its title drops the fronted 'Als vervolg daarop'. 'Als provincie' is a role, no condition
    either."""
    text = ("Ministerie van Infrastructuur en Waterstaat\n\nDatum 25 november 2026\n\nGeachte voorzitter,\n\n"
            "Toezeggingen\n\n1. Afgerond: de verkeersstudie naar de N11 is in 2026 afgerond. "
            "Als vervolg daarop stel ik uiterlijk 2028 samen met de Provincie Zuid-Holland een "
            "onderhoudsplan op.\n\n"
            "De minister van Infrastructuur en Waterstaat,\n")
    [act] = extract_commitments(one_page("kamerbrief-n11", text), resolver)
    assert act.source.quote.startswith("Als vervolg daarop stel ik")
    assert not act.title.lower().startswith("als vervolg")
    assert (_names(act, "lead"), _names(act, "partner")) == ([IENW], ["Provincie Zuid-Holland"])
    assert (act.period.start_year, act.period.end_year) == (None, 2028)
    letter = ("Provincie Utrecht\nAan Provinciale Staten\nDatum: 20 november 2026\n\nGeachte Staten,\n\n"
              "Als provincie richten wij in 2027 het knooppunt bij Houten opnieuw in.\n\n"
              "Met vriendelijke groet,\n\nGedeputeerde Staten van Utrecht\n")
    [own] = extract_commitments(_letter_doc(letter), resolver)
    assert _names(own, "lead") == ["Provincie Utrecht"]


def test_infinitives_of_stems_ending_in_t():
    """A stem that ends in t keeps it ('richt' -> 'richten', not 'richen'), also behind a prefix; -t of the
    third person goes ('stelt' -> 'stellen')."""
    from ingest.dutch import infinitive

    assert [infinitive(v) for v in ("richt", "herinricht", "stelt", "maakt", "zet")] == [
        "richten", "herinrichten", "stellen", "maken", "zetten"]


def test_only_if_the_council_frees_money_is_no_commitment(resolver):
    """'Wij starten ... alleen als uw raad ... middelen vrijmaakt': a condition not yet met promises
    nothing."""
    text = ("Gemeente Nieuwegein\nAan de gemeenteraad\nDatum: 26 november 2026\n\nGeachte raad,\n\n"
            "Wij openen vóór 1 juli 2027 een wijkloket in Galecop. Een tweede loket in Batau openen wij "
            "alleen als uw raad daarvoor in de begroting 2028 geld vrijmaakt.\n\nMet vriendelijke groet,\n\n"
            "Burgemeester en wethouders van Nieuwegein\n")
    quotes = [a.source.quote for a in extract_commitments(_letter_doc(text), resolver)]
    assert len(quotes) == 1 and quotes[0].startswith("Wij openen")


def test_titles_leave_out_who_orders_the_work_and_the_years(resolver):
    """'In onze opdracht voert X ... uit langs Y': the commissioner is a role, not part of the to-do, and the
    particle goes with the verb before the phrase; 'In de jaren 2027 t/m 2029' is the period, all of it."""
    text = ("Gemeente Schiedam\nAan de gemeenteraad\nDatum: 26 november 2026\n\nGeachte raad,\n\n"
            "In onze opdracht voert de DCMR Milieudienst Rijnmond eind 2027 een geluidsmeting uit langs de "
            "A4. In de jaren 2027 t/m 2029 vervangen wij de riolering in Kethel.\n\nMet vriendelijke groet,"
            "\n\nBurgemeester en wethouders van Schiedam\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    assert [(a.title, a.period.start_year, a.period.end_year) for a in acts] == [
        ("Een geluidsmeting uitvoeren langs de A4", None, 2027),
        ("De riolering in Kethel vervangen", 2027, 2029)]
    assert [(r.role, r.actor.label) for r in acts[0].roles] == [
        ("lead", "DCMR Milieudienst Rijnmond"), ("commissioner", "Gemeente Schiedam")]


def test_action_points_by_initials_of_a_participants_list(resolver):
    """An e-mail with 'Actiepunten:' whose holders are persons' initials ('RvdW', 'TB en SL'), spelled out in
    its participants list ('- TB: Thijs Bosman, Waterschap Rijn en IJssel'): each point is its
    organisations' action under its number, 'MK is trekker' leads, 'na afronding van actiepunt 1' starts
    after 1; what was done since the last meeting is none."""
    text = ("Van: Sanne Lubbers (Gemeente Zutphen)\nAan: deelnemers overleg IJsselkade\n"
            "Datum: 26 november 2026\nOnderwerp: actiepunten\n\nDeelnemers:\n"
            "- SL: Sanne Lubbers, Gemeente Zutphen (verslag)\n"
            "- MK: Marloes Kamphuis, Provincie Gelderland\n- TB: Thijs Bosman, Waterschap Rijn en IJssel\n\n"
            "Afgehandeld:\n- TB heeft de peilgegevens gedeeld.\n\nActiepunten:\n"
            "1. SL werkt voor de zomer van 2027 het schetsontwerp voor de kade uit, samen met TB.\n"
            "2. MK stelt de subsidiebeschikking pas op na afronding van actiepunt 1, in 2028.\n"
            "3. MK en TB verkennen van 2027 tot en met 2029 een natuurvriendelijke oever; MK is trekker.\n\n"
            "Met vriendelijke groet,\nSanne Lubbers\n")
    acts = {a.code: a for a in extract_commitments(one_page("actiepunten", text), resolver)}
    assert sorted(acts) == ["1", "2", "3"]
    assert (_names(acts["1"], "lead"), _names(acts["1"], "partner")) == (
        ["Gemeente Zutphen"], ["Waterschap Rijn en IJssel"])
    assert (_names(acts["3"], "lead"), _names(acts["3"], "partner")) == (
        ["Provincie Gelderland"], ["Waterschap Rijn en IJssel"])
    assert [(d.kind, d.target_code) for d in acts["2"].dependencies] == [("starts_after", "1")]
    assert not any("other_party_plan" in a.flags for a in acts.values())  # agreed points, no reported plans


def test_who_is_to_act_said_with_an_idiom(resolver):
    """Under what the parties agreed: 'X is aan zet voor Y' and 'De verantwoordelijkheid voor Y ligt vanaf
    2027 bij X' make X the lead of Y, as 'X neemt het voortouw bij Y' does; the title is the work itself."""
    text = ("Gemeente Hoorn\nAan de gemeenteraad\nDatum: 12 november 2026\n\nGeachte raad,\n\n"
            "Wat hebben wij afgesproken?\n\n"
            "Het Hoogheemraadschap Hollands Noorderkwartier neemt het voortouw bij de vervanging van het "
            "gemaal aan de Westerdijk in 2028. De Provincie Noord-Holland is aan zet voor de herinrichting "
            "van de N194 in 2027. De verantwoordelijkheid voor de monitoring van de dijken ligt vanaf 2027 "
            "bij Rijkswaterstaat.\n\nMet vriendelijke groet,\n\nBurgemeester en wethouders van Hoorn\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    assert [(a.title, [(r.role, r.actor.label) for r in a.roles], a.period.start_year, a.period.end_year)
            for a in acts] == [
        ("De vervanging van het gemaal aan de Westerdijk",
         [("lead", "Hoogheemraadschap Hollands Noorderkwartier")], 2028, 2028),
        ("De herinrichting van de N194", [("lead", "Provincie Noord-Holland")], 2027, 2027),
        ("De monitoring van de dijken", [("lead", "Rijkswaterstaat")], 2027, None)]
    assert acts[2].source.quote.startswith("De verantwoordelijkheid voor de monitoring")


def test_under_the_direction_of_a_body_it_leads_and_the_doers_are_partners(resolver):
    """'Onder regie van X werken Y en Z ... uit': X leads, Y and Z are partners. In a minister's letter the
    ministry's own executive agency among the doers keeps the work among the letter's actions."""
    text = ("Ministerie van Infrastructuur en Waterstaat\nAan de Voorzitter van de Tweede Kamer der "
            "Staten-Generaal\nDatum: 20 november 2026\n\nGeachte voorzitter,\n\n"
            "Onder regie van de Provincie Groningen werken Rijkswaterstaat en het Waterschap "
            "Noorderzijlvest in 2027 een plan uit voor de oevers van het Eemskanaal.\n\n"
            "De Minister van Infrastructuur en Waterstaat,\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    got = [(a.title, sorted((r.role, r.actor.label) for r in a.roles), a.period.start_year) for a in acts]
    assert got == [
        ("Een plan uitwerken voor de oevers van het Eemskanaal",
         [("lead", "Provincie Groningen"), ("partner", "Rijkswaterstaat"),
          ("partner", "Waterschap Noorderzijlvest")], 2027)]


def test_minutes_in_prose_state_what_each_body_present_takes_on(resolver):
    """A 'Verslag' with an 'Aanwezig:' line and no action points: what a body present takes on is an action
    of the minutes (no sender to report on others); the Markdown '**Datum:**' dates the meeting, so what was
    delivered in October is past, and the head lines are no sentence."""
    text = ("# Verslag Bestuurlijk Overleg Water Parkstad\n\n**Datum:** 19 november 2026  \n"
            "**Aanwezig:** Gemeente Heerlen, Gemeente Landgraaf, Provincie Limburg, Waterschap Limburg  \n\n"
            "## 1. Mededelingen\n\nWaterschap Limburg meldt dat de buffer langs de Caumerbeek in oktober "
            "2026 is opgeleverd.\n\n## 2. Hemelwater\n\nHet afkoppelen van hemelwater in Schaesberg wordt "
            "door de Gemeente Landgraaf opgepakt; de uitvoering loopt van 2027 tot en met 2029.\n\nDe "
            "Provincie Limburg zegt toe de subsidieregeling Groene Daken in het eerste kwartaal van 2027 "
            "opnieuw open te stellen."
            "\n\nHet volgende overleg vindt plaats op 20 mei 2027 in Heerlen.\n")
    doc = ParsedDocument(path="verslag.md", name="verslag", sha256="0" * 64, media_type="text/markdown",
                         title="verslag", pages=[Page(1, text)])
    acts = extract_commitments(doc, resolver)
    assert [([(r.role, r.actor.label) for r in a.roles], a.period.start_year, a.period.end_year)
            for a in acts] == [([("lead", "Gemeente Landgraaf")], 2027, 2029),
                               ([("lead", "Provincie Limburg")], 2027, 2027)]


def _read(text: str, resolver: ActorResolver) -> list[tuple[Any, ...]]:
    """Each commitment of a Markdown document: title, roles, start and end year."""
    return [(a.title, [(r.role, r.actor.label) for r in a.roles], a.period and a.period.start_year,
             a.period and a.period.end_year) for a in extract_commitments(_letter_doc(text), resolver)]


def test_minutes_agree_that_a_body_takes_the_lead_said_as_a_subordinate_clause(resolver):
    """'Het overleg spreekt af dat X het voortouw neemt bij Y, samen met A en B, en dat ... voor de zomer van
    2027 ... voorligt': X leads Y with A and B as partners, due before the summer of 2027; 'Afgesproken wordt
    dat X in 2028 ... aanlegt' is X's plan for 2028; 'X en Y trekken samen op bij Z, dat in 2027 en 2028 wordt
    uitgevoerd' has two leads (a company's legal form 'N.V.' is part of its name) and Z as its title."""
    text = ("# Verslag Bestuurlijk Overleg Kust Zuid-Holland\n\n**Datum:** 18 november 2026  \n"
            "**Aanwezig:** Gemeente Katwijk, Gemeente Noordwijk, Hoogheemraadschap van Rijnland  \n\n"
            "## 1. Duinen\n\nHet overleg spreekt af dat Hoogheemraadschap van Rijnland het voortouw neemt "
            "bij een plan voor de duinversterking bij Katwijk, samen met de Gemeente Katwijk en de Gemeente "
            "Noordwijk, en dat het plan voor de zomer van 2027 ter besluitvorming voorligt.\n\n"
            "Afgesproken wordt dat de Gemeente Noordwijk in 2028 een fietspad langs de boulevard aanlegt.\n\n"
            "Dunea N.V. en Hoogheemraadschap van Rijnland trekken samen op bij een onderzoek naar zoetwater "
            "in de duinen, dat in 2027 en 2028 wordt uitgevoerd.\n")
    assert _read(text, resolver) == [
        ("Een plan voor de duinversterking bij Katwijk, samen met de Gemeente Katwijk en de Gemeente "
         "Noordwijk",
         [("lead", "Hoogheemraadschap van Rijnland"), ("partner", "Gemeente Katwijk"),
          ("partner", "Gemeente Noordwijk")], None, 2027),
        ("Een fietspad langs de boulevard aanleggen", [("lead", "Gemeente Noordwijk")], 2028, 2028),
        ("Een onderzoek naar zoetwater in de duinen",
         [("lead", "Dunea"), ("lead", "Hoogheemraadschap van Rijnland")], 2027, 2028)]


def test_the_date_of_the_work_may_stand_in_the_clause_after_the_semicolon(resolver):
    """'X trekt op bij Y; de werkzaamheden starten in 2028': the second clause names nobody, so its date is
    Y's (a start); 'moet in 2028 in gebruik zijn' is a deadline; a clause after the semicolon with another
    body of its own gives no date. In a letter, 'Voor Y is X aan zet; wij werken daarbij met X samen, zodat
    het werk in 2029 kan zijn afgerond': X leads, the sender is partner, 2029 is a deadline."""
    text = ("# Verslag Stuurgroep Rivierenland\n\n**Datum:** 25 november 2026  \n"
            "**Aanwezig:** Rijkswaterstaat, Waterschap Rivierenland, Gemeente Nijmegen  \n\n"
            "Rijkswaterstaat en Waterschap Rivierenland trekken samen op bij het verleggen van de Waaldijk "
            "bij Tiel; de werkzaamheden starten in het tweede kwartaal van 2028.\n\n"
            "Gemeente Nijmegen neemt het voortouw bij de aanleg van walstroom aan de Waalkade; de "
            "installatie moet in het eerste kwartaal van 2028 in gebruik zijn.\n\n"
            "Gemeente Arnhem onderzoekt de herinrichting van de Rijnkade; Gemeente Renkum beslist in 2028 "
            "over haar eigen kade.\n")
    assert _read(text, resolver) == [
        ("Het verleggen van de Waaldijk bij Tiel",
         [("lead", "Rijkswaterstaat"), ("lead", "Waterschap Rivierenland")], 2028, None),
        ("De aanleg van walstroom aan de Waalkade", [("lead", "Gemeente Nijmegen")], None, 2028)]
    letter = ("Provincie Gelderland\nAan Provinciale Staten van Gelderland\nDatum: 25 november 2026\n\n"
              "Geachte Staten,\n\nVoor de versterking van de Lekdijk is Waterschap Rivierenland aan zet; wij "
              "werken daarbij met het waterschap samen, zodat het werk in 2029 kan zijn afgerond.\n\n"
              "Met vriendelijke groet,\n\nGedeputeerde Staten van Gelderland\n")
    assert _read(letter, resolver) == [("De versterking van de Lekdijk",
                                [("lead", "Waterschap Rivierenland"), ("partner", "Provincie Gelderland")],
                                None, 2029)]


def test_a_table_under_a_caption_of_finished_work_gives_no_actions(resolver):
    """'Tabel 1. Afgeronde projecten 2024-2026' above a table: its rows report what is done; a table under
    another caption on the same page still gives its rows."""
    from ingest.commitments import undone_rows
    text = ("Tabel 1. Afgeronde projecten 2024-2026\nProject Uitvoerder Resultaat\n"
            "Herstel kademuur Vlissingen Gemeente Vlissingen Kademuur hersteld\n\n"
            "Tabel 2. Projecten 2027-2030\nProject Trekker Planning\n"
            "Nieuwe steiger Breskens Provincie Zeeland 2027-2028\n")
    doc = _letter_doc(text)
    rows = [Action(code="1", title="Herstel kademuur Vlissingen",
                   source=Source(1, "Herstel kademuur Vlissingen Gemeente Vlissingen")),
            Action(code="2", title="Nieuwe steiger Breskens", source=Source(1, "Nieuwe steiger Breskens"))]
    assert [a.code for a in undone_rows(doc, rows)] == ["2"]


def test_a_refusal_with_the_object_first_and_a_separated_particle_is_no_commitment(resolver):
    """'Een verdere verruiming van de vaargeul bereid ik in deze kabinetsperiode niet voor.': the minister
    will not do it; 'niet voor 2028' elsewhere stays a start; an underlined heading ('Hoe gaan we verder' over
    a line of dashes) is no sentence."""
    text = ("Ministerie van Infrastructuur en Waterstaat\nAan de Voorzitter van de Tweede Kamer der "
            "Staten-Generaal\nDatum: 20 november 2026\n\nGeachte voorzitter,\n\nHoe gaan we verder\n"
            "------------------\n\nEen verdere verdieping van de vaargeul naar Terneuzen bereid ik in deze "
            "kabinetsperiode niet voor.\n\nDe nieuwe sluis bij Hansweert bouw ik niet voor 2028.\n\n"
            "De Minister van Infrastructuur en Waterstaat,\n")
    acts = extract_commitments(_letter_doc(text), resolver)
    assert [(a.period.start_year, a.period.end_year) for a in acts] == [(2028, None)]
    assert "sluis" in acts[0].title
