"""Rebuild the blind set: every document and gold/<document>.json.

    .venv/bin/python tests/data/extraction-blind/make/build.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import doc_columns  # noqa: E402
import doc_kamerbrief  # noqa: E402
import doc_landscape  # noqa: E402
import doc_legend  # noqa: E402
import doc_text  # noqa: E402
import doc_twotables  # noqa: E402

MODULES = [doc_columns, doc_landscape, doc_twotables, doc_text, doc_kamerbrief, doc_legend]


def main():
    for m in MODULES:
        out = m.build()
        m.gold()
        for p in out if isinstance(out, list) else [out]:
            print(f"{p.name:28} {p.stat().st_size:>7} bytes")


if __name__ == "__main__":
    main()
