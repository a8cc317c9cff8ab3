#!/usr/bin/env python3
"""Check the blind retrieval question sets against their source documents.

Sets checked:
  retrieval-blind.jsonl      -> /work/shared/corpus/<document>.txt
  retrieval-documents.jsonl  -> tests/data/{extraction,extraction-holdout,
                                extraction-variety,letters}/<document>.{txt,md,pdf}
  retrieval-blind2.jsonl     -> corpus questions against /work/shared/corpus,
                                test-document questions against
                                tests/data/{extraction-blind,extraction-blind2,
                                extraction-columns,letters}/<document>.{txt,md,pdf}
  retrieval-blind3.jsonl     -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind3/
                                and tests/data/extraction-blind3/
                                <document>.{txt,md,pdf}
  retrieval-blind4.jsonl     -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind4/,
                                tests/data/extraction-pdftext/ and
                                tests/data/extraction-variety/
                                <document>.{txt,md,pdf}
  retrieval-blind5.jsonl     -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind5/
                                and tests/data/extraction-blind{5,6,7,8}/
                                <document>.{txt,md,pdf}
  retrieval-blind6.jsonl     -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind6/
                                and tests/data/extraction-blind{9,10}/
                                <document>.{txt,md,pdf}
  retrieval-blind7.jsonl     -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind7/
                                and tests/data/extraction-blind{11,12,13,14}/
                                <document>.{txt,md,pdf}
  retrieval-blind8.jsonl     -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind8/
                                and tests/data/extraction-blind{15,16}/
                                <document>.{txt,md,pdf}
  retrieval-blind9.jsonl     -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind9/
                                and tests/data/extraction-blind{17,18}/
                                <document>.{txt,md,pdf}
  retrieval-blind10.jsonl    -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind10/
                                and tests/data/extraction-blind19/
                                <document>.{txt,md,pdf}
  retrieval-blind11.jsonl    -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind11/
                                and tests/data/extraction-blind{20,21}/
                                <document>.{txt,md,pdf}
  retrieval-blind12.jsonl    -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind12/
                                and tests/data/extraction-blind{22,23}/
                                <document>.{txt,md,pdf}
  retrieval-blind13.jsonl    -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind13/
                                and tests/data/extraction-blind{24,25}/
                                <document>.{txt,md,pdf}
  retrieval-blind14.jsonl    -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind14/
                                and tests/data/extraction-blind{26,27}/
                                <document>.{txt,md,pdf}
  retrieval-blind15.jsonl    -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind15/
                                and tests/data/extraction-blind{28,29}/
                                <document>.{txt,md,pdf}
  retrieval-blind16.jsonl    -> corpus questions against /work/shared/corpus,
                                the rest against benchmarks/data/search-blind16/
                                and tests/data/extraction-blind{30,31}/
                                <document>.{txt,md,pdf}

A test document that exists as both <stem>.pdf and <stem>.txt in one folder
(extraction-columns keeps pypdf's text beside each PDF) is read from the PDF.

For every question: the keys question/anchors/document are present, there are
1-3 anchors of 4-12 words each, and every anchor occurs in its document after
normalisation (lower case, all whitespace and hyphens removed), inside one
page (PDF pages through pypdf; in text files a form feed or a line that starts
with a single space followed by text counts as a page start). An anchor that
occurs more than once in its document is reported as an error.

Usage:  python check_blind_questions.py [set.jsonl ...]
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS_DIR = Path("/work/shared/corpus")
TEST_DIRS = [REPO / "tests" / "data" / d
             for d in ("extraction", "extraction-holdout", "extraction-variety", "letters")]
TEST_DIRS2 = [REPO / "tests" / "data" / d
              for d in ("extraction-blind", "extraction-blind2", "extraction-columns", "letters")]
TEST_DIRS3 = [HERE / "search-blind3", REPO / "tests" / "data" / "extraction-blind3"]
TEST_DIRS4 = [HERE / "search-blind4",
              REPO / "tests" / "data" / "extraction-pdftext",
              REPO / "tests" / "data" / "extraction-variety"]
TEST_DIRS5 = [HERE / "search-blind5"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                         for n in (5, 6, 7, 8)]
TEST_DIRS6 = [HERE / "search-blind6"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                         for n in (9, 10)]
TEST_DIRS7 = [HERE / "search-blind7"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                         for n in (11, 12, 13, 14)]
TEST_DIRS8 = [HERE / "search-blind8"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                         for n in (15, 16)]
TEST_DIRS9 = [HERE / "search-blind9"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                         for n in (17, 18)]
TEST_DIRS10 = [HERE / "search-blind10", REPO / "tests" / "data" / "extraction-blind19"]
TEST_DIRS11 = [HERE / "search-blind11"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                           for n in (20, 21)]
TEST_DIRS12 = [HERE / "search-blind12"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                           for n in (22, 23)]
TEST_DIRS13 = [HERE / "search-blind13"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                           for n in (24, 25)]
TEST_DIRS14 = [HERE / "search-blind14"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                           for n in (26, 27)]
TEST_DIRS15 = [HERE / "search-blind15"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                           for n in (28, 29)]
TEST_DIRS16 = [HERE / "search-blind16"] + [REPO / "tests" / "data" / f"extraction-blind{n}"
                                           for n in (30, 31)]

SETS = {
    "retrieval-blind.jsonl": "corpus",
    "retrieval-documents.jsonl": "testdocs",
    "retrieval-blind2.jsonl": "corpus+testdocs2",
    "retrieval-blind3.jsonl": "corpus+testdocs3",
    "retrieval-blind4.jsonl": "corpus+testdocs4",
    "retrieval-blind5.jsonl": "corpus+testdocs5",
    "retrieval-blind6.jsonl": "corpus+testdocs6",
    "retrieval-blind7.jsonl": "corpus+testdocs7",
    "retrieval-blind8.jsonl": "corpus+testdocs8",
    "retrieval-blind9.jsonl": "corpus+testdocs9",
    "retrieval-blind10.jsonl": "corpus+testdocs10",
    "retrieval-blind11.jsonl": "corpus+testdocs11",
    "retrieval-blind12.jsonl": "corpus+testdocs12",
    "retrieval-blind13.jsonl": "corpus+testdocs13",
    "retrieval-blind14.jsonl": "corpus+testdocs14",
    "retrieval-blind15.jsonl": "corpus+testdocs15",
    "retrieval-blind16.jsonl": "corpus+testdocs16",
}
DIRS_OF_KIND = {"testdocs": TEST_DIRS, "testdocs2": TEST_DIRS2, "testdocs3": TEST_DIRS3,
                "testdocs4": TEST_DIRS4, "testdocs5": TEST_DIRS5,
                "testdocs6": TEST_DIRS6, "testdocs7": TEST_DIRS7,
                "testdocs8": TEST_DIRS8, "testdocs9": TEST_DIRS9,
                "testdocs10": TEST_DIRS10, "testdocs11": TEST_DIRS11,
                "testdocs12": TEST_DIRS12, "testdocs13": TEST_DIRS13,
                "testdocs14": TEST_DIRS14, "testdocs15": TEST_DIRS15,
                "testdocs16": TEST_DIRS16}

HYPHENS = "-\u2010\u2011\u00ad"
_strip = re.compile(r"[\s" + re.escape(HYPHENS) + r"]+")
_page_start = re.compile(r"\n(?= \S)")


def norm(text: str) -> str:
    return _strip.sub("", text.lower())


def pdf_pages(path: Path) -> list[str]:
    import pypdf
    reader = pypdf.PdfReader(str(path))
    return [p.extract_text() or "" for p in reader.pages]


def text_pages(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    pages = []
    for part in text.split("\f"):
        pages.extend(_page_start.split(part))
    return pages


def find_document(name: str, kind: str) -> Path:
    hits = []
    if "corpus" in kind:
        hits += [CORPUS_DIR / f"{name}.txt"]
    if "testdocs" in kind:
        dirs = DIRS_OF_KIND[kind.split("+")[-1]]
        hits += [d / f"{name}{ext}" for d in dirs for ext in (".txt", ".md", ".pdf")]
    hits = [h for h in hits if h.is_file()]
    if len(hits) > 1 and len({h.parent for h in hits}) == 1:
        # one folder holding the PDF and its extracted text: the PDF is the document
        pdfs = [h for h in hits if h.suffix == ".pdf"]
        if len(pdfs) == 1:
            hits = pdfs
    if not hits:
        raise LookupError(f"no file for document {name!r}")
    if len(hits) > 1:
        raise LookupError(f"document {name!r} is ambiguous: {[str(h) for h in hits]}")
    return hits[0]


_cache: dict[Path, list[str]] = {}


def pages_of(path: Path) -> list[str]:
    if path not in _cache:
        raw = pdf_pages(path) if path.suffix == ".pdf" else text_pages(path)
        _cache[path] = [norm(p) for p in raw]
    return _cache[path]


def check_set(path: Path, kind: str) -> tuple[int, list[str]]:
    errors = []
    n = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        where = f"{path.name}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON ({e})")
            continue
        if set(item) != {"question", "anchors", "document"}:
            errors.append(f"{where}: keys are {sorted(item)}")
            continue
        anchors = item["anchors"]
        if not isinstance(anchors, list) or not 1 <= len(anchors) <= 3:
            errors.append(f"{where}: needs 1-3 anchors")
            continue
        try:
            doc = find_document(item["document"], kind)
        except LookupError as e:
            errors.append(f"{where}: {e}")
            continue
        pages = pages_of(doc)
        whole = "".join(pages)
        for a in anchors:
            words = len(a.split())
            if not 4 <= words <= 12:
                errors.append(f"{where}: anchor has {words} words: {a!r}")
            na = norm(a)
            on_pages = [i + 1 for i, p in enumerate(pages) if na in p]
            if not on_pages:
                if na in whole:
                    errors.append(f"{where}: anchor runs across a page break: {a!r}")
                else:
                    errors.append(f"{where}: anchor not in {doc.name}: {a!r}")
                continue
            count = sum(p.count(na) for p in pages)
            if count > 1:
                errors.append(f"{where}: anchor occurs {count}x (pages {on_pages}) in {doc.name}: {a!r}")
    return n, errors


def main(argv: list[str]) -> int:
    names = argv or list(SETS)
    failed = False
    for name in names:
        path = Path(name)
        if not path.is_absolute() and not path.exists():
            path = HERE / name
        kind = SETS.get(path.name)
        if kind is None:
            print(f"{path.name}: unknown set (expected one of {list(SETS)})")
            failed = True
            continue
        n, errors = check_set(path, kind)
        for e in errors:
            print(e)
        status = "OK" if not errors else f"{len(errors)} error(s)"
        print(f"{path.name}: {n} questions, {status}")
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
