"""Chunking: sentence-aligned, overlapping, page-aware passages; action rows as passages."""

from __future__ import annotations

import pytest

from ingest.chunk import action_passages, chunk_pages
from ingest.model import Action, ActorRef, Chunk, Page, Period, Role, Source

SENTENCES = [f"Zin nummer {i} gaat over de haven van Amsterdam en de energietransitie in het gebied."
             for i in range(40)]


def test_chunks_end_at_sentence_ends_and_respect_the_size() -> None:
    pages = [Page(1, " ".join(SENTENCES[:20])), Page(2, " ".join(SENTENCES[20:]))]
    chunks = chunk_pages(pages, target_words=60, overlap_words=15)
    assert len(chunks) > 4
    for c in chunks:
        assert isinstance(c, Chunk)
        assert c.text.endswith("."), c.text
        assert len(c.text.split()) <= 60
    assert [c.index for c in chunks] == list(range(len(chunks)))
    # every sentence lands in some passage, and consecutive passages share a sentence (overlap)
    joined = "\n".join(c.text for c in chunks)
    assert all(s in joined for s in SENTENCES)
    assert any(chunks[i].text.split(". ")[-1] in chunks[i + 1].text for i in range(len(chunks) - 1))


def test_pages_are_tracked_and_a_sentence_over_a_page_break_stays_whole() -> None:
    pages = [Page(3, "Eerste alinea met een volledige zin.\n\nDe gemeente Zaanstad werkt samen met"),
             Page(4, "de provincie aan walstroom voor de scheepvaart.\n\nEen nieuwe alinea.")]
    chunks = chunk_pages(pages, target_words=200)
    assert len(chunks) == 1
    assert chunks[0].page == 3 and chunks[0].page_end == 4
    assert "werkt samen met de provincie aan walstroom" in chunks[0].text
    small = chunk_pages(pages, target_words=8, overlap_words=0)
    whole = [c for c in small if "walstroom" in c.text][0]
    assert "De gemeente Zaanstad werkt samen met de provincie" in whole.text and whole.page == 3


def test_an_endless_table_column_is_cut() -> None:
    column = "\n".join(f"Gemeente {i}" for i in range(300))
    chunks = chunk_pages([Page(1, column)], target_words=100)
    assert len(chunks) >= 5
    assert max(len(c.text.split()) for c in chunks) <= 100


def test_action_passages_read_like_a_table_row() -> None:
    rws = ActorRef("rijkswaterstaat", "Rijkswaterstaat")
    pnh = ActorRef("provincie-noord-holland", "Provincie Noord-Holland")
    action = Action(code="GL 8", title="Dubbellaags ZOAB", description="Stil asfalt langs de A22.",
                    roles=[Role(rws, "lead"), Role(pnh, "partner")], period=Period("2031", 2031, 2031),
                    source=Source(12, "Dubbellaags ZOAB"))
    [chunk] = action_passages([action], start_index=7)
    assert chunk.index == 7 and chunk.page == 12
    assert chunk.text.startswith("GL 8 Dubbellaags ZOAB\nStil asfalt langs de A22.")
    assert "Wie: Rijkswaterstaat; i.s.m. Provincie Noord-Holland" in chunk.text
    assert chunk.text.endswith("Wanneer: 2031")


def test_a_row_the_page_prints_in_one_run_opens_with_its_own_cells() -> None:
    """A status column no field holds stays findable in the page's words; the last row ends at the line of
    its last fact; a column-by-column page (codes far from their titles) gives the title alone."""
    college = ActorRef("gemeente-alphen-aan-den-rijn", "Gemeente Alphen aan den Rijn")
    rows = [Action(code=code, title=title, roles=[Role(college, "lead")], period=Period(when, 2026, 2026),
                   source=Source(1, title)) for code, title, when in (
        ("M1", "Bankjes langs de Gouwe plaatsen", "oktober 2026"),
        ("M2", "Schoolpleinen vergroenen", "december 2026"))]
    page = ("Nr Motie Wethouder Afdoening Stand\nM1 Bankjes langs de Gouwe\nplaatsen wethouder Bosman "
            "oktober 2026\nAfgedaan. Er zijn 48 bankjes geplaatst.\nM2 Schoolpleinen vergroenen wethouder "
            "Meijer\ndecember 2026\nDe raad vergadert weer in januari.")
    first, second = action_passages(rows, pages=[Page(1, page)])
    assert first.text.startswith("M1 Bankjes langs de Gouwe plaatsen wethouder Bosman oktober 2026 Afgedaan. "
                                 "Er zijn 48 bankjes geplaatst.\nWie: Gemeente Alphen aan den Rijn")
    assert second.text.startswith("M2 Schoolpleinen vergroenen wethouder Meijer december 2026\nWie:")
    columns = "M1\nM2\nBankjes langs de Gouwe plaatsen\nSchoolpleinen vergroenen\noktober 2026\ndecember 2026"
    assert action_passages(rows, pages=[Page(1, columns)])[0].text.startswith(
        "M1 Bankjes langs de Gouwe plaatsen\nWie:")


@pytest.mark.slow
def test_corpus_chunks_keep_every_dev_anchor_whole() -> None:
    from benchmarks.retrieval_eval import QUESTIONS, corpus_passages, is_hit, load_questions

    if not QUESTIONS.is_file():
        pytest.skip("shared corpus not available")
    passages = corpus_passages()
    sizes = [len(p["text"].split()) for p in passages]
    assert max(sizes) <= 400  # within the e5 window (~360 words) with room
    for q in load_questions():
        assert any(is_hit(p["text"], q["anchors"]) for p in passages), q


def _filler(n: int, topic: str) -> str:
    return " ".join(f"Zin {i} over {topic} in het gebied." for i in range(n))


def test_a_list_stays_with_its_lead_in_when_it_fits() -> None:
    names = ("Amsterdam", "Velsen", "Zaanstad", "Beverwijk", "Heemskerk", "Haarlemmermeer")
    items = "\n".join(f"• Gemeente {name}" for name in names)
    text = (f"{_filler(4, 'de haven')}\n\nOp 1 mei hebben onderstaande partijen de agenda ondertekend:\n\n"
            f"De publieke partijen:\n{items}\n\nDe private partijen:\n• Tata Steel\n• Port of Amsterdam")
    chunks = chunk_pages([Page(1, text)], target_words=60, overlap_words=0)
    # 32 words of filler, then a 31-word list block that would not fit behind them: a passage of its own
    block = [c for c in chunks if "ondertekend:" in c.text]
    assert len(block) == 1
    assert "• Port of Amsterdam" in block[0].text and "De publieke partijen" in block[0].text
    assert all("Tata Steel" not in c.text for c in chunks if c is not block[0])


def test_a_passage_that_starts_inside_a_long_list_carries_the_lead_in() -> None:
    items = "\n\n".join(f"• Maatregel {i} voor schone lucht langs de weg" for i in range(30))
    text = f"De provincie neemt de volgende maatregelen:\n\n{items}"
    chunks = chunk_pages([Page(1, text)], target_words=50, overlap_words=0)
    assert len(chunks) > 3
    for c in chunks:
        assert c.text.startswith("De provincie neemt de volgende maatregelen:"), c.text
    # every item is in exactly one passage: the lead-in is context, not a repeated item
    joined = "\n".join(chunks[i].text for i in range(len(chunks)))
    assert all(joined.count(f"Maatregel {i} ") == 1 for i in range(30))


def test_a_list_item_passage_also_carries_the_heading_above_its_lead_in() -> None:
    items = "\n\n".join(f"• Maatregel {i} voor schone lucht langs de weg" for i in range(30))
    text = f"Luchtkwaliteit\n\nDe provincie neemt de volgende maatregelen:\n\n{items}"
    chunks = chunk_pages([Page(1, text)], target_words=50, overlap_words=0)
    assert len(chunks) > 3
    for c in chunks:
        assert c.text.startswith("Luchtkwaliteit\nDe provincie neemt de volgende maatregelen:"), c.text


def test_prose_after_a_colon_is_no_list() -> None:
    text = "Het doel is helder: minder uitstoot.\n\nDe gemeente begint in 2026."
    [chunk] = chunk_pages([Page(1, text)], target_words=50)
    assert chunk.text == "Het doel is helder: minder uitstoot.\nDe gemeente begint in 2026."


def test_a_passage_begins_at_a_heading_rather_than_mid_section() -> None:
    text = f"{_filler(5, 'water')}\n\nBodem en ondergrond\n\n{_filler(8, 'de bodem')}"
    chunks = chunk_pages([Page(1, text)], target_words=60, overlap_words=0)
    # 30 words of 'water' are past the heading threshold: the heading opens the next passage
    assert chunks[1].text.startswith("Bodem en ondergrond\n")
    assert "bodem" not in chunks[0].text


def test_an_enumerated_list_on_consecutive_lines_stays_with_its_lead_in() -> None:
    # As the vision documents print it: a lead-in paragraph, then '1.<tab> item' lines without blank lines.
    themes = ("Gezonde leefomgeving", "Milieuruimte voor transities", "Woningbouw", "Haven en industrie",
              "Landschap en ecologie", "Water en klimaatadaptatie.")
    items = "\n".join(f"{i}.\t {t}" for i, t in enumerate(themes, 1))
    text = (f"{_filler(6, 'de regio')} Het perspectief beschrijft de aanpak van Rijk en regio op zes "
            f"thema's:\n\n{items}\n\n{_filler(4, 'de uitvoering')}")
    chunks = chunk_pages([Page(1, text)], target_words=60, overlap_words=0)
    [listed] = [c for c in chunks if "Milieuruimte" in c.text]
    assert "op zes thema's:" in listed.text  # the list says what it lists
    assert all(t.rstrip(".") in listed.text for t in themes)
    assert all(not c.text.rstrip().endswith("thema's:") for c in chunks)  # no lead-in left without its list
    assert "1. Gezonde leefomgeving" in listed.text  # the enumerator stays with its item


def test_a_label_block_and_an_uncoded_row_open_with_their_own_words() -> None:
    """'Actie 3: ...' with its label lines, and a row without a code (from its title to the next row's)."""
    board = ActorRef("waterschap-noorderzijlvest", "Waterschap Noorderzijlvest",
                     mention="Waterschap Noorderzijlvest")
    block = Action(code="3", title="Aquathermie uit het Eemskanaal", roles=[Role(board, "lead")],
                   source=Source(1, "Aquathermie uit het Eemskanaal"))
    page = "Actie 3: Aquathermie uit het Eemskanaal\nTrekker: Waterschap Noorderzijlvest\nPlanning: 2027\n"
    [chunk] = action_passages([block], pages=[Page(1, page)])
    assert chunk.text.startswith(
        "Actie 3: Aquathermie uit het Eemskanaal Trekker: Waterschap Noorderzijlvest\nWie:")
    rows = [Action(code="", title=t, roles=[Role(board, "lead")], source=Source(1, t))
            for t in ("Stuwen automatiseren", "Beekdal herinrichten")]
    table = "Stuwen automatiseren Waterschap agrariërs 2027\nBeekdal herinrichten Waterschap 2028\n"
    first, _ = action_passages(rows, pages=[Page(1, table)])
    assert first.text.startswith("Stuwen automatiseren Waterschap agrariërs 2027\nWie:")
