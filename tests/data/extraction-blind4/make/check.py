"""Check the blind4 gold against its documents.

Every anchor, appendix_anchor and not_commitment must occur in the document's extracted text: per page
(pypdf) for PDFs, the whole file for .txt/.md. Whitespace (line breaks from cell wrapping) is collapsed and
the text NFC-normalised before matching. Also checks the gold's shape: a lead for every action, years as
int or null with start <= end, dependency kinds from the variety vocabulary and targets that are codes of
the same document, and PDFs under 100 kB.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent.parent
KINDS = {"starts_after", "depends", "related"}
KEYS = ["code", "anchor", "title", "lead", "partners", "start_year", "end_year", "dependencies"]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def pages(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return [norm(p.extract_text() or "") for p in PdfReader(str(path)).pages]
    return [norm(path.read_text(encoding="utf-8"))]


def main() -> int:
    bad = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        doc = HERE / d["file"]
        errs = []
        if not doc.exists():
            errs.append("document missing")
        else:
            if doc.suffix == ".pdf" and doc.stat().st_size >= 100_000:
                errs.append(f"PDF too large: {doc.stat().st_size}")
            texts = pages(doc)

            def where(s):
                return [i + 1 for i, t in enumerate(texts) if norm(s) in t]

            codes = {x["code"] for x in d["actions"]}
            for x in d["actions"]:
                if list(x)[:len(KEYS)] != KEYS:
                    errs.append(f"keys of {x['code']!r}: {list(x)}")
                for key in ("anchor", "appendix_anchor"):
                    if key in x and not where(x[key]):
                        errs.append(f"{key} not found: {x[key]!r}")
                if not x["lead"]:
                    errs.append(f"no lead: {x['anchor']!r}")
                s, e = x["start_year"], x["end_year"]
                for y in (s, e):
                    if y is not None and not (isinstance(y, int) and 2020 <= y <= 2040):
                        errs.append(f"bad year {y!r}")
                if s is not None and e is not None and s > e:
                    errs.append(f"start after end: {x['anchor']!r}")
                for dep in x["dependencies"]:
                    if dep["kind"] not in KINDS:
                        errs.append(f"bad kind {dep['kind']!r}")
                    if dep["target"] not in codes or dep["target"] == x["code"]:
                        errs.append(f"bad target {dep['target']!r}")
            for n in d.get("not_commitments", []):
                if not where(n):
                    errs.append(f"not_commitment not found: {n!r}")
            anchors = [x["anchor"] for x in d["actions"]]
            if len(set(anchors)) != len(anchors):
                errs.append("duplicate anchors")
        status = "OK " if not errs else "BAD"
        print(f"{status} {d['document']}: {len(d['actions'])} actions, "
              f"{len(d.get('not_commitments', []))} not_commitments")
        for e in errs:
            print("    ", e)
        bad += bool(errs)
    print(f"{len(golds) - bad}/{len(golds)} documents pass")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
