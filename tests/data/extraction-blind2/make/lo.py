"""Convert a .docx to PDF with LibreOffice in a private profile, then remove the .docx."""
import subprocess
import tempfile
from pathlib import Path


def docx_to_pdf(docx_path: Path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
             "--outdir", str(docx_path.parent), str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    docx_path.unlink()
    return docx_path.with_suffix(".pdf")


