"""Checks the blind3 gold against the documents: anchors occur exactly once (lower-cased, whitespace and hyphens
removed; pypdf text for PDFs), non-commitments occur, anchors have 4-12 words, codes are unique, dependency
targets exist, years are plausible and start <= end, PDFs are small."""
import json
import sys

from common import GOLD, ROOT, doc_text, norm

ok = True


def bad(msg):
    global ok
    ok = False
    print("FAIL", msg)


for gp in sorted(GOLD.glob("*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    doc = ROOT / g["file"]
    text = norm(doc_text(doc))
    codes = [a["code"] for a in g["actions"]]
    if any(codes) and len(set(codes)) != len(codes):
        bad(f"{gp.name}: duplicate codes")
    for a in g["actions"]:
        n = text.count(norm(a["anchor"]))
        if n != 1:
            bad(f"{gp.name}: anchor {a['anchor']!r} occurs {n}x")
        w = len(a["anchor"].split())
        if not 4 <= w <= 12:
            bad(f"{gp.name}: anchor {a['anchor']!r} has {w} words")
        if a["code"] and norm(a["code"]) not in text:
            bad(f"{gp.name}: code {a['code']} not printed")
        s, e = a["start_year"], a["end_year"]
        for y in (s, e):
            if y is not None and not 2024 <= y <= 2035:
                bad(f"{gp.name}: year {y}")
        if s is not None and e is not None and s > e:
            bad(f"{gp.name}: {a['code']} start > end")
        if not a["lead"]:
            bad(f"{gp.name}: {a['code'] or a['anchor']} has no lead")
        for d in a["dependencies"]:
            if d["target"] not in codes or d["kind"] not in ("depends", "starts_after", "part_of", "related"):
                bad(f"{gp.name}: bad dependency {d}")
    for nc in g["not_commitments"]:
        if text.count(norm(nc)) != 1:
            bad(f"{gp.name}: not_commitment occurs {text.count(norm(nc))}x: {nc[:60]!r}")
    if doc.suffix == ".pdf" and doc.stat().st_size > 100_000:
        bad(f"{gp.name}: PDF is {doc.stat().st_size} bytes")
    print(f"{gp.stem}: {len(g['actions'])} actions, {len(g['not_commitments'])} not_commitments")

print("OK" if ok else "FAILURES")
sys.exit(0 if ok else 1)
