"""Check the held-out gold files against their documents: anchors present, codes and targets consistent."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent.parent
TYPES = {
    "ruled-pdf", "libreoffice-pdf", "unruled-pdf", "text-table",
    "label-blocks", "letter", "kamerbrief", "agenda",
}
KINDS = {"depends", "starts_after", "part_of", "related"}
ROLE_KEYS = ("lead", "partners", "involved", "commissioners", "support")


def document_text(path: Path) -> str:
    """The document's words with whitespace collapsed (pypdf for PDFs, as the product reads them)."""
    if path.suffix == ".pdf":
        raw = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    else:
        raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", raw)  # a name hyphenated at a cell's line end
    raw = raw.replace("**", "")  # markdown emphasis is not part of the words
    return re.sub(r"\s+", " ", raw)


def check(gold_path: Path) -> list[str]:
    """Problems found in one gold file (empty when it is consistent)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    name = gold_path.stem
    if gold.get("document") != name:
        problems.append(f"document {gold.get('document')!r} != file stem {name!r}")
    doc = HERE / gold["file"]
    if not doc.exists():
        return problems + [f"missing document {doc.name}"]
    if gold.get("type") not in TYPES:
        problems.append(f"unknown type {gold.get('type')!r}")
    text = document_text(doc)
    folded = text.lower()
    codes = [a["code"] for a in gold["actions"] if a["code"]]
    if len(codes) != len(set(codes)):
        problems.append("duplicate codes")
    for action in gold["actions"]:
        label = action["code"] or action["title"]
        anchor = action["anchor"]
        if not 5 <= len(anchor.split()) <= 14:
            problems.append(f"{label}: anchor has {len(anchor.split())} words")
        if text.count(anchor) != 1:
            problems.append(f"{label}: anchor found {text.count(anchor)} times: {anchor!r}")
        start, end = action["start_year"], action["end_year"]
        if start is not None and end is not None and start > end:
            problems.append(f"{label}: start {start} after end {end}")
        if not action["lead"]:
            problems.append(f"{label}: no lead")
        for key in ROLE_KEYS:
            for org in action.get(key, []):
                if org.lower() not in folded and org.split()[-1].lower() not in folded:
                    problems.append(f"{label}: {key} {org!r} not named in the document")
        for dep in action["dependencies"]:
            if dep["kind"] not in KINDS:
                problems.append(f"{label}: unknown dependency kind {dep['kind']!r}")
            if dep["target"] not in codes or dep["target"] == action["code"]:
                problems.append(f"{label}: bad dependency target {dep['target']!r}")
    for sentence in gold["not_commitments"]:
        if sentence not in text:
            problems.append(f"not_commitment not found: {sentence!r}")
    return problems


def main() -> int:
    failed = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        problems = check(gold_path)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        deps = sum(len(a["dependencies"]) for a in gold["actions"])
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {gold_path.stem}: {len(gold['actions'])} actions, {deps} dependencies, "
              f"{len(gold['not_commitments'])} non-commitments")
        for problem in problems:
            print(f"     - {problem}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
