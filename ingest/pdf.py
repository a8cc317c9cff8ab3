"""PDF files to pages with pypdf, in a separate worker process bounded in time and memory."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from ingest.model import ParsedDocument
from ingest.text import guess_title, pages_from_raw, read_bytes
from kg.config import Settings
from kg.errors import IngestError

NO_TEXT = "no text layer (scanned PDF?); OCR is not supported"
ENCRYPTED = "encrypted PDF (password protected)"
BOMB = "a compressed stream expands beyond the safety limit (decompression bomb?)"


class _Refused(Exception):
    """Raised inside the worker for a file it can name a clear reason for."""


def _extract(path: str) -> dict[str, Any]:
    """Runs in the worker: page texts and metadata title (pypdf's decompression limits stay on)."""
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
            texts.append(reader.pages[number].extract_text() or "")
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
    return {"pages": texts, "title": title}


def _memory_reason(memory_mb: int) -> str:
    return f"needs more than {memory_mb} MiB of memory to parse (limit pdf_memory_mb)"


def _child_main(path: str, memory_mb: int) -> dict[str, Any]:
    """Worker process body: cap the address space, extract, and answer with a status dict (never raise)."""
    try:
        if memory_mb > 0:
            import resource

            limit = memory_mb * 1024 * 1024
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard if hard != resource.RLIM_INFINITY else limit))
        return {"status": "ok", **_extract(path)}
    except _Refused as exc:
        return {"status": "error", "reason": str(exc)}
    except MemoryError:
        return {"status": "error", "reason": _memory_reason(memory_mb)}
    except RecursionError:
        return {"status": "error", "reason": "malformed PDF (objects nested too deeply)"}
    except Exception as exc:
        if type(exc).__name__ == "LimitReachedError":  # pypdf's decompression limits, hit outside a page
            return {"status": "error", "reason": BOMB}
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        return {"status": "error", "reason": f"damaged or invalid PDF ({detail})"}


def _run_worker(path: Path, settings: Settings) -> dict[str, Any]:
    """Extract in a child interpreter (not multiprocessing, which would re-import the caller's main module);
    kill it when it runs past the time limit."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])  # so the child finds this package even when not installed
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cmd = [sys.executable, "-m", "ingest.pdf", str(path), str(settings.pdf_memory_mb)]
    pipe = subprocess.PIPE
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=pipe, stderr=pipe, env=env)
    try:
        out, err = proc.communicate(timeout=settings.pdf_timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        limit = f"{settings.pdf_timeout:g} s"
        raise IngestError(path, f"parsing took longer than {limit} (limit pdf_timeout)") from None
    try:
        answer = json.loads(out)
    except ValueError:
        code = proc.returncode
        how = f"signal {-code}" if code < 0 else f"exit code {code}"
        if b"MemoryError" in err:
            reason = _memory_reason(settings.pdf_memory_mb)
        else:
            reason = f"PDF parser crashed ({how}); the file is probably malformed"
        raise IngestError(path, reason) from None
    if answer.get("status") != "ok":
        raise IngestError(path, answer.get("reason") or "not a readable PDF")
    return answer


def parse_pdf(path: Path, settings: Settings) -> ParsedDocument:
    """Parse a PDF into cleaned pages (1-based); empty pages are kept, a PDF without any text is refused."""
    path = Path(path)
    data = read_bytes(path)
    if not data:
        raise IngestError(path, "empty file")
    # The header may sit after some junk bytes; readers accept it within the first KiB.
    if b"%PDF-" not in data[:1024]:
        raise IngestError(path, "not a PDF (no %PDF- header)")
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
    )


if __name__ == "__main__":
    # The answer goes to stdout as one JSON document; keep anything else off it.
    real_stdout, sys.stdout = sys.stdout, sys.stderr
    result = _child_main(sys.argv[1], int(sys.argv[2]))
    real_stdout.write(json.dumps(result))
    real_stdout.flush()
