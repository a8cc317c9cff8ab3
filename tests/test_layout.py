"""Page clean-up: page numbers and running lines by position, hyphenation, bullets, glyphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.layout import clean_page, normalise_bullet, strip_running_lines
from ingest.text import parse_text

DATA = Path(__file__).parent / "data"


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_spread_and_single_page_numbers_go_with_their_running_header() -> None:
    pages = [
        "Tekst van de eerste bladzijde.\n\n9\n\n\n\nRapport Havenvisie\n\nMeer tekst.",
        "Nog een alinea.\n\n1110\n\n\n\nRapport Havenvisie\n\nSlot.",
    ]
    out = strip_running_lines(pages)
    assert _lines(out[0]) == ["Tekst van de eerste bladzijde.", "Meer tekst."]
    assert _lines(out[1]) == ["Nog een alinea.", "Slot."]
    assert "\n\n\n" not in out[0]  # the blank lines that framed the removed lines shrink to one break


def test_years_and_counts_in_tables_are_content() -> None:
    pages = [
        "Wie\n\n2025\n\nWanneer\n\n2031\n\nWat",
        "GL 1\n\n2021\n\nWie\n\n12\n\nWanneer",
        "ES\n12\n\nSLG\n1\n\nRijkswaterstaat",
    ]
    assert strip_running_lines(pages) == pages


def test_a_lone_number_next_to_a_one_off_line_is_kept() -> None:
    # "3938" could be a spread, but nothing else marks it as a page number: keep it.
    pages = ["Aantal bedrijven\n\n3938\n\nBron: CBS", "Andere tekst"]
    assert strip_running_lines(pages) == pages


def test_footer_numbers_that_follow_the_page_index_are_removed() -> None:
    words = ["haven", "sluis", "kanaal", "dijk"]
    pages = [f"Alinea over de {w}.\nDe {w} in cijfers:\n\n{40 + i}\n\nSlot over de {w}.\n\n{i + 2}"
             for i, w in enumerate(words, start=1)]
    out = strip_running_lines(pages)
    for i, (w, page) in enumerate(zip(words, out, strict=True), start=1):
        expected = [f"Alinea over de {w}.", f"De {w} in cijfers:", str(40 + i), f"Slot over de {w}."]
        assert _lines(page) == expected


def test_running_header_on_most_pages_goes_but_a_repeated_table_header_stays() -> None:
    pages = [f"Havenvisie 2030 | pagina {i}\nTekst {i}\nWie WanneerWat" if i % 3 == 0
             else f"Havenvisie 2030 | pagina {i}\nTekst {i}" for i in range(1, 10)]
    out = strip_running_lines(pages)
    assert all(not p.startswith("Havenvisie") for p in out)
    assert sum("Wie WanneerWat" in p for p in out) == 3


def test_numbered_footnotes_at_page_ends_are_kept() -> None:
    notes = [(1, 211), (4, 234), (6, 388), (9, 319), (13, 445)]
    pages = [f"Tekst {n}.\n\n{n} Kamerstuk 29826-{k}\n{n + 1} Kamerstuk 31239-{k + 7}" for n, k in notes]
    assert strip_running_lines(pages) == pages


def test_strong_page_markers_are_removed_anywhere() -> None:
    out = strip_running_lines(["Tekst\n\nPagina 2 van 7\n\nMeer", "- 3 -\nTekst"])
    assert _lines(out[0]) == ["Tekst", "Meer"] and _lines(out[1]) == ["Tekst"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("De uitvoerings-\nagenda is klaar", "De uitvoeringsagenda\nis klaar"),
        ("provincie Noord-\nHolland en Rijk", "provincie Noord-Holland\nen Rijk"),
        ("de haven-\nen industriegebieden", "de haven-\nen industriegebieden"),
        ("de NOVEX-\naanpak werkt", "de NOVEX-aanpak\nwerkt"),
        ("de zee-\negel leeft", "de zee-egel\nleeft"),
        ("de energie-\narmoede", "de energiearmoede"),
        ("het handelings-\n\nperspectief van de gemeente", "het handelingsperspectief\n\nvan de gemeente"),
        ("ombouw-\n\nkosten\n\nvolgende", "ombouwkosten\n\nvolgende"),
        ("water-\n\n____", "water-\n\n____"),
        ("uitvoerings\u00ad\nagenda", "uitvoeringsagenda"),
    ],
)
def test_hyphenated_line_ends(raw: str, expected: str) -> None:
    assert clean_page(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("•\t Port of Amsterdam", "• Port of Amsterdam"),
        ("\uf0b7 Tata Steel", "• Tata Steel"),
        ("▪ Waternet", "• Waternet"),
        ("– de provincie", "• de provincie"),
        ("-\tGemeente Velsen", "• Gemeente Velsen"),
        ("— De waterstofroute", "• De waterstofroute"),
        ("– 2028", "– 2028"),  # continues a period, not a list item
        ("2025 – 2028", "2025 – 2028"),
        ("•", "•"),
    ],
)
def test_bullets_are_normalised(raw: str, expected: str) -> None:
    assert normalise_bullet(raw) == expected


def test_ligatures_odd_spaces_and_trailing_spaces() -> None:
    text = "  \n\ufb01nanciering en \ufb02exibel\u00a0beleid   \nnul\u200bbreedte\u2009spatie\n\n\nSlot \n"
    assert clean_page(text) == "financiering en flexibel beleid\nnulbreedte spatie\n\n\nSlot"


def test_fixture_file_end_to_end() -> None:
    doc = parse_text(DATA / "layout-pages.txt")
    assert [p.number for p in doc.pages] == [1, 2]
    first, second = doc.pages[0].text, doc.pages[1].text
    assert "De uitvoeringsagenda\nbeschrijft de rol van de provincie Noord-Holland\nen de haven- en" in first
    lines = _lines(first)
    assert lines[4:8] == ["• Eerste punt", "• Tweede punt", "• Derde punt", "• Vierde punt"]
    # "9" and the running header after it are gone; the table's years stay.
    assert lines[8:] == ["Wie", "2025", "Wanneer", "2031"]
    assert _lines(second) == ["Tabel met jaren", "2021", "Wat", "De volgende stap zit op een nieuwe pagina.",
                              "Slot van het rapport."]


def test_fuzz_target_seeded_loop() -> None:
    from fuzz.fuzz_layout import run_random

    assert run_random(iterations=300) == 300
