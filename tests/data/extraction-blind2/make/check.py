"""Check the second blind set: files, anchors, non-commitments, codes, dependency targets, years, sizes.

Text comes from pypdf for PDFs and from the file itself otherwise; whitespace is collapsed before matching,
so an anchor may cross a line break of the PDF.
"""
import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
SET = HERE.parent
TYPES = {"column-text", "column-pdf", "ruled-pdf", "libreoffice-pdf", "unruled-pdf", "text-table",
         "label-blocks", "letter", "kamerbrief"}
KINDS = {"starts_after", "depends", "related", "part_of"}
LETTERS = {"letter", "kamerbrief"}


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    errors, total_a, total_n, types = [], 0, 0, []
    golds = sorted((SET / "gold").glob("*.json"))
    if len(golds) != 8:
        errors.append(f"expected 8 gold files, found {len(golds)}")
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        name = d["document"]
        err = lambda m: errors.append(f"{name}: {m}")  # noqa: E731
        if g.stem != name:
            err("gold file name differs from document")
        f = SET / d["file"]
        if not f.exists():
            err(f"missing {d['file']}")
            continue
        if d["type"] not in TYPES:
            err(f"unknown type {d['type']}")
        types.append(d["type"])
        if f.suffix == ".pdf" and f.stat().st_size >= 100_000:
            err(f"PDF is {f.stat().st_size} bytes")
        t = norm(text_of(f))
        acts = d["actions"]
        total_a += len(acts)
        total_n += len(d["not_commitments"])
        if d["type"] in LETTERS:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.get("letter_date", "")):
                err("letter without letter_date")
            if len(d["not_commitments"]) < 6:
                err("fewer than 6 non-commitments")
            if not 6 <= len(acts) <= 8:
                err(f"{len(acts)} commitments")
        elif not 6 <= len(acts) <= 12:
            err(f"{len(acts)} actions")
        codes = [a["code"] for a in acts]
        if any(codes) and len(set(codes)) != len(codes):
            err("duplicate codes")
        anchors = []
        for a in acts:
            for k in ("code", "anchor", "title", "lead", "partners", "start_year", "end_year", "dependencies"):
                if k not in a:
                    err(f"action {a.get('anchor')!r} lacks {k}")
            an = norm(a["anchor"])
            n = t.count(an)
            if n != 1:
                err(f"anchor {a['anchor']!r} occurs {n} times")
            anchors.append(an)
            if not a["lead"]:
                err(f"no lead for {a['anchor']!r}")
            if set(a["lead"]) & set(a["partners"]):
                err(f"lead also partner in {a['anchor']!r}")
            s, e = a["start_year"], a["end_year"]
            for y in (s, e):
                if y is not None and not (isinstance(y, int) and 2020 <= y <= 2040):
                    err(f"bad year {y!r}")
            if s is not None and e is not None and s > e:
                err(f"start after end in {a['anchor']!r}")
            if a["code"] and not re.search(r"(?<![\w])" + re.escape(a["code"]) + r"(?![\w])", t):
                err(f"code {a['code']!r} not in text")
            for dep in a["dependencies"]:
                if dep["kind"] not in KINDS:
                    err(f"bad kind {dep['kind']}")
                if dep["target"] not in codes or dep["target"] == a["code"]:
                    err(f"bad target {dep['target']!r}")
        for nc in d["not_commitments"]:
            x = norm(nc)
            if x not in t:
                err(f"non-commitment not in text: {nc!r}")
            if any(x in an or an in x for an in anchors):
                err(f"non-commitment overlaps an anchor: {nc!r}")
    if sorted(types) != sorted(set(types)):
        errors.append("two documents share a type")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} documents, {total_a} actions, {total_n} non-commitments:", "FAILED" if errors else "ok")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
