"""Fuzz target for the page clean-up: atheris when installed, else a seeded random loop (pytest runs it)."""

from __future__ import annotations

import random
import sys

from ingest.layout import clean_page, strip_running_lines
from ingest.text import split_pages

# Pieces that exercise the rules: page numbers, spreads, headers, hyphens, bullets, odd spaces, markers.
_PIECES = ["9", "1110", "2031", "2021", "Rapport", "Uitvoeringsagenda NOVEX-NZKG", "uitvoerings-", "agenda",
           "Noord-", "Holland", "en", "•\t", "\uf0b7", "▪ ", "– ", "-", "\u00a0", "\ufb01", "\u00ad", " ",
           "\t", "\f", "\n", "\n\n", "\r\n", "Pagina 3 van 9", "Wie", "2025", "é", "€", "\u200b", "_", "("]


def check(data: bytes) -> None:
    """One input: clean-up never fails, keeps the page count, leaves none of the glyphs it removes."""
    text = data.decode("utf-8", errors="replace")
    pages = split_pages(text)
    out = strip_running_lines(pages)
    assert len(out) == len(pages)
    for page in out:
        cleaned = clean_page(page)
        for line in cleaned.split("\n"):
            assert line == line.rstrip(), line
            assert "\u00a0" not in line and "\ufb01" not in line and "\u00ad" not in line
            assert not line.lstrip().startswith(("•\t", "\uf0b7", "▪")), line


def random_input(rng: random.Random) -> bytes:
    parts = [rng.choice(_PIECES) if rng.random() < 0.8 else chr(rng.randrange(32, 0x2FFF))
             for _ in range(rng.randrange(1, 120))]
    return "".join(parts).encode("utf-8", errors="replace")


def run_random(iterations: int = 300, seed: int = 20250601) -> int:
    """The fallback fuzzer: deterministic, bounded; returns how many inputs were checked."""
    rng = random.Random(seed)
    for _ in range(iterations):
        check(random_input(rng))
    return iterations


def main() -> None:
    try:
        import atheris
    except ImportError:
        print(f"atheris not installed; ran {run_random(5000)} random inputs")
        return
    atheris.instrument_all()  # coverage feedback for the already imported clean-up code
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
