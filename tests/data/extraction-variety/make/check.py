"""Check every gold file: each anchor and not-commitment occurs in its document's text."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent.parent
_SPACE = re.compile(r"[\s\-\u00ad\u2010-\u2015]+")


def norm(text: str) -> str:
    return _SPACE.sub("", text.replace("**", "").replace("<br>", " ")).casefold()


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main() -> int:
    bad = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = norm(text_of(HERE / gold["file"]))
        codes = {a["code"] for a in gold["actions"]}
        titles = {a["title"] for a in gold["actions"]}
        for a in gold["actions"]:
            if norm(a["anchor"]) not in text:
                print(f"{gold_path.name}: anchor not in text: {a['anchor']!r}")
                bad += 1
            for d in a["dependencies"]:
                if d["target"] not in codes | titles:
                    print(f"{gold_path.name}: unknown dependency target {d['target']!r}")
                    bad += 1
        for s in gold["not_commitments"]:
            if norm(s) not in text:
                print(f"{gold_path.name}: not-commitment not in text: {s!r}")
                bad += 1
        print(f"{gold_path.name}: {len(gold['actions'])} actions, {len(gold['not_commitments'])} not")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
