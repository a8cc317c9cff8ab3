"""Shared helpers for the third blind set: paths, gold dumping, text extraction, LibreOffice conversion."""
import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
ROOT = MAKE.parent
GOLD = ROOT / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def action(code, anchor, title, lead, partners, start, end, deps=(), **extra):
    d = {"code": code, "anchor": anchor, "title": title, "lead": list(lead), "partners": list(partners),
         "start_year": start, "end_year": end,
         "dependencies": [{"kind": k, "target": t} for k, t in deps]}
    d.update(extra)
    return d


def write_gold(stem, file, type_, producer, actions, not_commitments=(), letter_date=None):
    g = {"document": stem, "file": file, "type": type_, "producer": producer}
    if letter_date:
        g["letter_date"] = letter_date
    g["actions"] = actions
    g["not_commitments"] = list(not_commitments)
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def doc_text(path):
    path = Path(path)
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"[\s\-\u2010\u2011\u2013\u00ad]+", "", s.lower())


def docx_to_pdf(docx_path, out_dir):
    """Convert with a private LibreOffice profile so that other soffice users are not disturbed."""
    prof = Path(tempfile.gettempdir()) / f"lo_blind3_{os.getuid()}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=180)
