"""Regenerate every document and gold file of the variety set: `python make/build.py` (needs soffice, fpdf2,
python-docx), then `python make/check.py`."""

from __future__ import annotations

from docs_letter import letter
from docs_office import docx_table, twoheader
from docs_pdf import booktabs, continued
from docs_text import nocode, wiewatwanneer

if __name__ == "__main__":
    for make in (booktabs, continued, docx_table, twoheader, nocode, wiewatwanneer, letter):
        make()
        print(make.__name__, "done")
