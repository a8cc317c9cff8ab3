"""Check the blind set: every gold file names an existing document, every anchor and every non-commitment is in
the document's text (pypdf extract_text for PDFs, the file itself for text), codes are unique, dependency targets
name a code of the same document, years are sane, and each PDF is under 100 kB.

Whitespace (line breaks included) is collapsed to one space on both sides before comparing; nothing else is
normalised.

    .venv/bin/python tests/data/extraction-blind/make/check.py
"""
import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

SET = Path(__file__).resolve().parent.parent
KINDS = {"starts_after", "depends", "related"}
TYPES = {"column-pdf", "ruled-pdf", "libreoffice-pdf", "text-table", "label-blocks", "letter", "kamerbrief"}


def text_of(path):
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    problems, total = [], 0
    golds = sorted((SET / "gold").glob("*.json"))
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        doc = SET / gold["file"]
        where = gold["document"]
        if g.stem != where or not doc.exists():
            problems.append(f"{where}: gold name or file does not match ({gold['file']})")
            continue
        if gold["type"] not in TYPES:
            problems.append(f"{where}: unknown type {gold['type']}")
        if doc.suffix == ".pdf" and doc.stat().st_size >= 100_000:
            problems.append(f"{where}: PDF is {doc.stat().st_size} bytes")
        text = norm(text_of(doc))
        codes = [a["code"] for a in gold["actions"] if a["code"]]
        if len(codes) != len(set(codes)):
            problems.append(f"{where}: duplicate codes")
        titles = {a["title"] for a in gold["actions"]}
        for a in gold["actions"]:
            total += 1
            if text.count(norm(a["anchor"])) != 1:
                problems.append(f"{where} {a['code']}: anchor found {text.count(norm(a['anchor']))}x: {a['anchor']!r}")
            if not a["lead"]:
                problems.append(f"{where} {a['code']}: no lead")
            s, e = a["start_year"], a["end_year"]
            for y in (s, e):
                if y is not None and not 2020 <= y <= 2040:
                    problems.append(f"{where} {a['code']}: year {y}")
            if s is not None and e is not None and s > e:
                problems.append(f"{where} {a['code']}: start after end")
            for d in a["dependencies"]:
                if d["kind"] not in KINDS:
                    problems.append(f"{where} {a['code']}: dependency kind {d['kind']}")
                if d["target"] not in codes and d["target"] not in titles:
                    problems.append(f"{where} {a['code']}: dependency target {d['target']} unknown")
                if d["target"] == a["code"]:
                    problems.append(f"{where} {a['code']}: depends on itself")
        for s in gold.get("not_commitments", []):
            if norm(s) not in text:
                problems.append(f"{where}: non-commitment not in text: {s!r}")
        if gold["type"] in ("letter", "kamerbrief") and not gold.get("letter_date"):
            problems.append(f"{where}: letter without letter_date")
        print(f"{where:22} {gold['type']:16} {len(gold['actions']):>2} actions "
              f"{len(gold.get('not_commitments', [])):>2} non-commitments")
    print(f"{len(golds)} documents, {total} actions")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
