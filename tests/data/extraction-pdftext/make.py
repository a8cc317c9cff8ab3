"""The text of every table PDF of the other test sets, as an official who copies it out of the PDF gets it
(pypdf, one page marker line per page), with the same gold: tables whose rows run together into lines.
Rebuild: `.venv/bin/python tests/data/extraction-pdftext/make.py`. The second blind set is left out: it is
measured as text apart, held out."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
SETS = ["extraction", "extraction-holdout", "extraction-variety", "extraction-blind"]  # columns: has its text

if __name__ == "__main__":
    (HERE / "gold").mkdir(exist_ok=True)
    for name in SETS:
        folder = HERE.parent / name
        for path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if not gold["file"].endswith(".pdf") or gold["type"] in ("letter", "kamerbrief"):
                continue
            reader = pypdf.PdfReader(str(folder / gold["file"]))
            text = "\n".join(f" {i}\n{p.extract_text()}\n" for i, p in enumerate(reader.pages, 1))
            stem = Path(gold["file"]).stem
            (HERE / f"{stem}.txt").write_text(text, encoding="utf-8")
            gold.update(document=f"{stem}-text", file=f"{stem}.txt", type=f"text-of-{gold['type']}",
                        producer=f"pypdf text of {name}/{gold['file']}")
            (HERE / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                         encoding="utf-8")
