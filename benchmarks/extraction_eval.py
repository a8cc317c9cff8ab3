"""Score extraction against the dev annotations: lead/partner F1, period accuracy, dependency recall."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ingest.model import Action

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "eval" / "actions-dev.json"


def _prf(pred: set[Any], gold: set[Any]) -> dict[str, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def load_actions(names: set[str]) -> dict[str, list[Action]]:
    from ingest.extract import extract_document
    from ingest.text import parse_text
    out = {}
    for name in names:
        out[name] = extract_document(parse_text(SHARED / "corpus" / f"{name}.txt")).actions
    return out


def score(gold_rows: list[dict[str, Any]], predicted: dict[str, list[Action]]) -> dict[str, Any]:
    """Micro scores over (document, code, actor) pairs for the annotated codes only."""
    index = {(doc, a.code): a for doc, acts in predicted.items() for a in acts}
    lead_p, lead_g, part_p, part_g, dep_g, dep_p = set(), set(), set(), set(), set(), set()
    periods_ok = periods_n = 0
    errors: list[str] = []
    for g in gold_rows:
        key = (g["document"], g["code"])
        a = index.get(key)
        lead_g |= {(key, x) for x in g["lead"]}
        part_g |= {(key, x) for x in g["partners"]}
        dep_g |= {(key, d["kind"], d["target"]) for d in g["dependencies"]}
        if a is None:
            errors.append(f"{g['code']}: missing")
            continue
        lead = {r.actor.label for r in a.roles if r.role == "lead"}
        part = {r.actor.label for r in a.roles if r.role == "partner"}
        lead_p |= {(key, x) for x in lead}
        part_p |= {(key, x) for x in part}
        dep_p |= {(key, d.kind, d.target_code) for d in a.dependencies}
        missed = {(d["kind"], d["target"]) for d in g["dependencies"]} - {(d.kind, d.target_code)
                                                                          for d in a.dependencies}
        if missed:
            errors.append(f"{g['code']}: dependencies missing {sorted(missed)}")
        if lead != set(g["lead"]) or part != set(g["partners"]):
            gl, gp = set(g["lead"]), set(g["partners"])
            errors.append(f"{g['code']}: lead +{sorted(lead - gl)} -{sorted(gl - lead)}"
                          f" partners +{sorted(part - gp)} -{sorted(gp - part)}")
        if not g["period_is_ambiguous"]:
            periods_n += 1
            got = (a.period.start_year, a.period.end_year) if a.period else (None, None)
            if got == (g["start_year"], g["end_year"]):
                periods_ok += 1
            else:
                errors.append(f"{g['code']}: period {got} != {(g['start_year'], g['end_year'])}"
                              f" ({a.period.text if a.period else None!r})")
    return {
        "lead": _prf(lead_p, lead_g),
        "partner": _prf(part_p, part_g),
        "period_accuracy": periods_ok / periods_n if periods_n else 0.0,
        "dependency_recall": len(dep_p & dep_g) / len(dep_g) if dep_g else 1.0,
        # Informative only: the annotators marked one direction of a sleutelproject/agreement pair and no
        # membership of outside programmes ('onderdeel van de RIA'), which the product does report.
        "dependency_precision": len(dep_p & dep_g) / len(dep_p) if dep_p else 1.0,
        "rows": len(gold_rows),
        "errors": errors,
    }


def run() -> dict[str, Any]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["actions"]
    return score(gold, load_actions({g["document"] for g in gold}))


def main() -> int:
    if not GOLD.is_file():
        print(f"geen annotaties gevonden: {GOLD}")
        return 1
    result = run()
    for name in ("lead", "partner"):
        m = result[name]
        print(f"{name:8s} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    print(f"period accuracy   {result['period_accuracy']:.3f}")
    print(f"dependency recall {result['dependency_recall']:.3f}")
    print(f"dependency precision {result['dependency_precision']:.3f} (informative)")
    for e in result["errors"]:
        print("  ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
