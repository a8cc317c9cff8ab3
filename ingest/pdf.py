"""PDF files to pages with pypdf, in a separate worker process bounded in time and memory."""

from __future__ import annotations

import bisect
import hashlib
import json
import math
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from ingest.model import ParsedDocument, Table, TableRow
from ingest.text import guess_title, pages_from_raw, read_bytes
from kg.config import Settings
from kg.errors import IngestError

NO_TEXT = "geen tekstlaag (gescande PDF?); OCR wordt niet ondersteund"
ENCRYPTED = "versleutelde PDF (met wachtwoord)"
BOMB = "een gecomprimeerde stroom groeit voorbij de veiligheidsgrens (decompressiebom?)"


PARA_GAP = 1.4
"""A gap between two lines wider than this many typical line pitches of the page is a paragraph break."""
_DEFAULT_PITCH = 1.2  # line pitch / font size of ordinary single spacing, for pages too short to measure


class _Refused(Exception):
    """Raised inside the worker for a file it can name a clear reason for."""


class _Line:
    """One output line of pypdf: its text, its position across the baseline (points) and its font size."""

    __slots__ = ("parts", "pos", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos: float | None = None
        self.size: float = 0.0


def _placement(cm: list[float], tm: list[float], font_size: float) -> tuple[float, float]:
    """Position across the baseline and effective font size of a text run (text matrix times CTM).
    Measured along the baseline's normal, so rotated pages get the same treatment as upright ones."""
    a = tm[0] * cm[0] + tm[1] * cm[2]
    b = tm[0] * cm[1] + tm[1] * cm[3]
    c = tm[2] * cm[0] + tm[3] * cm[2]
    d = tm[2] * cm[1] + tm[3] * cm[3]
    e = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    f = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    norm = math.hypot(a, b) or 1.0
    pos = (-b * e + a * f) / norm  # the run's origin projected on the normal (0, 1) of an upright baseline
    return pos, abs(font_size) * (math.hypot(c, d) or 1.0)


def _collect_lines(page: Any) -> list[_Line]:
    """pypdf's text of one page, split into lines that remember the position of their first visible run."""
    lines = [_Line()]

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, font_size: float) -> None:
        for k, piece in enumerate(text.split("\n")):
            if k:
                lines.append(_Line())
            line = lines[-1]
            line.parts.append(piece)
            if line.pos is None and piece.strip() and k == 0:
                # Only the run's first line starts at the run's matrix; later lines of it stay unplaced.
                line.pos, line.size = _placement(cm, tm, font_size)

    page.extract_text(visitor_text=visit)
    return lines


def _typical_pitch(ratios: list[float]) -> float:
    """The line pitch (relative to the font size) of running lines: the smallest gap that recurs. Not the
    median, because on pages of short table cells most gaps are paragraph gaps."""
    if len(ratios) < 3:
        return _DEFAULT_PITCH
    ordered = sorted(ratios)
    need = max(2, len(ordered) // 10)
    for i, r in enumerate(ordered):
        j = bisect.bisect_right(ordered, r * 1.1, lo=i)
        if j - i >= need:
            return statistics.median(ordered[i:j])
    return statistics.median(ordered)


def with_paragraph_breaks(lines: list[tuple[str, float | None, float]]) -> str:
    """Join (text, position, font size) lines, adding a blank line where the vertical gap to the previous
    placed line is wider than PARA_GAP typical pitches (pitch relative to the font size, so headings in a
    bigger font do not count as gaps) or where the text jumps back up (a new column or text box)."""
    ratios = []
    for (_, p0, s0), (_, p1, s1) in zip(lines, lines[1:], strict=False):
        if p0 is not None and p1 is not None and max(s0, s1) > 0:
            r = (p0 - p1) / max(s0, s1)
            if 0.5 < r < 5:  # same-line runs and column jumps say nothing about the line pitch
                ratios.append(r)
    typical = _typical_pitch(ratios)
    out: list[str] = []
    for i, (text, pos, size) in enumerate(lines):
        if i and out and out[-1].strip():
            _, p0, s0 = lines[i - 1]
            if pos is not None and p0 is not None and max(s0, size) > 0 and text.strip():
                r = (p0 - pos) / max(s0, size)
                if r > PARA_GAP * typical or r < -1.0:
                    out.append("")
        out.append(text)
    return "\n".join(out)


def page_text(page: Any) -> str:
    """One page's text in pypdf's reading order with paragraph breaks rebuilt from the vertical gaps."""
    lines = _collect_lines(page)
    return with_paragraph_breaks([("".join(ln.parts), ln.pos, ln.size) for ln in lines])


def _tables(path: str, texts: list[str], budget: float) -> list[dict[str, Any]]:
    """Tables from the page layout; a layout failure costs the tables, never the document's text."""
    from ingest.pdf_tables import candidate_pages, find_tables

    try:
        return find_tables(path, candidate_pages(texts), budget)
    except (MemoryError, RecursionError):
        raise
    except Exception:
        return []


def _extract(path: str, budget: float = 20.0) -> dict[str, Any]:
    """Runs in the worker: page texts, tables and metadata title (pypdf's decompression limits stay on)."""
    import logging
    import warnings

    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken-but-readable files warn a lot
    warnings.simplefilter("ignore")
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        try:
            # An empty user password only stops editing, not reading: such files open like any other.
            if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise _Refused(ENCRYPTED)
        except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
            raise _Refused(ENCRYPTED) from exc
    count = len(reader.pages)
    if count == 0:
        raise _Refused("PDF has no pages")
    texts: list[str] = []
    failures: list[str] = []
    for number in range(count):
        try:
            texts.append(page_text(reader.pages[number]))
        except (MemoryError, RecursionError):
            raise
        except LimitReachedError as exc:
            raise _Refused(BOMB) from exc
        except Exception as exc:  # one bad page should not cost the document; its text stays empty
            texts.append("")
            failures.append(f"page {number + 1}: {type(exc).__name__}")
    if len(failures) == count:
        raise _Refused(f"no page could be read ({failures[0]})")
    title = None
    try:
        meta = reader.metadata
        title = str(meta.title) if meta is not None and meta.title else None
    except Exception:  # unreadable metadata is common and harmless; the title then comes from the text
        title = None
    return {"pages": texts, "title": title, "tables": _tables(path, texts, budget)}


def _memory_reason(memory_mb: int) -> str:
    return f"heeft meer dan {memory_mb} MiB geheugen nodig om te lezen (grens pdf_memory_mb)"


def _child_main(path: str, memory_mb: int, budget: float = 20.0) -> dict[str, Any]:
    """Worker process body: cap the address space, extract, and answer with a status dict (never raise)."""
    try:
        if memory_mb > 0:
            import resource

            limit = memory_mb * 1024 * 1024
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard if hard != resource.RLIM_INFINITY else limit))
        return {"status": "ok", **_extract(path, budget)}
    except _Refused as exc:
        return {"status": "error", "reason": str(exc)}
    except MemoryError:
        return {"status": "error", "reason": _memory_reason(memory_mb)}
    except RecursionError:
        return {"status": "error", "reason": "misvormde PDF (objecten te diep genest)"}
    except Exception as exc:
        if type(exc).__name__ == "LimitReachedError":  # pypdf's decompression limits, hit outside a page
            return {"status": "error", "reason": BOMB}
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        return {"status": "error", "reason": f"beschadigde of ongeldige PDF ({detail})"}


def _run_worker(path: Path, settings: Settings) -> dict[str, Any]:
    """Extract in a child interpreter (not multiprocessing, which would re-import the caller's main module);
    kill it when it runs past the time limit."""
    budget = settings.pdf_timeout / 2  # layout is an extra: it may use half the time, the text needs the rest
    cmd = [sys.executable, "-m", "ingest.pdf", str(path), str(settings.pdf_memory_mb), str(budget)]
    pipe = subprocess.PIPE
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=pipe, stderr=pipe)
    try:
        out, err = proc.communicate(timeout=settings.pdf_timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        limit = f"{settings.pdf_timeout:g} s"
        raise IngestError(path, f"lezen duurde langer dan {limit} (grens pdf_timeout)") from None
    try:
        answer = json.loads(out)
    except ValueError:
        code = proc.returncode
        how = f"signaal {-code}" if code < 0 else f"afsluitcode {code}"
        if b"MemoryError" in err:
            reason = _memory_reason(settings.pdf_memory_mb)
        else:
            reason = f"PDF-lezer vastgelopen ({how}); het bestand is waarschijnlijk misvormd"
        raise IngestError(path, reason) from None
    if answer.get("status") != "ok":
        raise IngestError(path, answer.get("reason") or "geen leesbare PDF")
    return answer


def parse_pdf(path: Path, settings: Settings) -> ParsedDocument:
    """Parse a PDF into cleaned pages (1-based); empty pages are kept, a PDF without any text is refused."""
    path = Path(path)
    data = read_bytes(path)
    if not data:
        raise IngestError(path, "leeg bestand")
    # The header may sit after some junk bytes; readers accept it within the first KiB.
    if b"%PDF-" not in data[:1024]:
        raise IngestError(path, "geen PDF (geen %PDF-kop)")
    result = _run_worker(path, settings)
    pages = pages_from_raw(result["pages"])
    if not any(p.text.strip() for p in pages):
        raise IngestError(path, NO_TEXT)
    return ParsedDocument(
        path=str(path),
        name=path.stem,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="application/pdf",
        title=guess_title(pages, path.stem, result["title"]),
        pages=pages,
        tables=[_table(t) for t in result.get("tables", [])],
    )


def _table(raw: dict[str, Any]) -> Table:
    rows = [TableRow(cells=list(r["cells"]), page=int(r["page"])) for r in raw["rows"]]
    return Table(page=int(raw["page"]), header=list(raw["header"]), rows=rows, method=str(raw["method"]))


if __name__ == "__main__":
    # The answer goes to stdout as one JSON document; keep anything else off it.
    real_stdout, sys.stdout = sys.stdout, sys.stderr
    result = _child_main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 20.0)
    real_stdout.write(json.dumps(result))
    real_stdout.flush()
