"""Do flags mean something? On every annotated action: the share of flagged actions that are wrong
(precision) and the share of wrong actions that are flagged (recall). An action is wrong when its lead,
partners or period differ from the annotation, or when it is no action at all (a sentence the annotators
marked as no commitment); it is doubtful, and counts as wrong here, when the annotators marked its period as
one the text does not settle (a flag is what it deserves)."""

from __future__ import annotations

import json
import sys
from typing import Any

from benchmarks.extraction_eval import (
    DOCUMENT_SETS,
    GOLD,
    _role_sets,
    extract_file,
    load_actions,
    match_actions,
    norm_text,
)
from ingest.model import Action

# Flags that describe where a fact came from rather than a doubt about it: not warnings.
NOT_WARNINGS = {"type"}


def warned(action: Action) -> bool:
    return any(f not in NOT_WARNINGS for f in action.flags)


def _wrong(g: dict[str, Any], a: Action) -> bool:
    roles = _role_sets(g, a)
    if any(roles[m][0] != roles[m][1] for m in ("lead", "partner")):
        return True
    if g.get("period_is_ambiguous"):
        return True
    got = (a.period.start_year, a.period.end_year) if a.period else (None, None)
    return got != (g.get("start_year"), g.get("end_year"))


def judge(gold_actions: list[dict[str, Any]], predicted: list[Action],
          not_commitments: list[str] = ()) -> list[tuple[bool, bool, str]]:  # type: ignore[assignment]
    """(wrong, flagged, name) for each annotated action found and each action that is none."""
    out = []
    matches = match_actions(gold_actions, predicted)
    for g, a in zip(gold_actions, matches, strict=True):
        if a is not None:
            out.append((_wrong(g, a), warned(a), a.code or a.title[:40]))
    chosen = {id(a) for a in matches if a is not None}
    for a in predicted:
        if id(a) in chosen:
            continue
        text = norm_text(f"{a.source.quote if a.source else ''} {a.description}")
        if any(norm_text(s) in text for s in not_commitments):
            out.append((True, warned(a), a.code or a.title[:40]))
    return out


def run() -> dict[str, Any]:
    """Judgements per annotated set: the corpus dev rows and the document sets."""
    sets: dict[str, list[tuple[bool, bool, str]]] = {}
    if GOLD.is_file():
        rows = json.loads(GOLD.read_text(encoding="utf-8"))["actions"]
        predicted = load_actions({r["document"] for r in rows})
        sets["corpus"] = [j for doc, acts in predicted.items()
                          for j in judge([r for r in rows if r["document"] == doc], acts)]
    for name, folder in DOCUMENT_SETS.items():
        judged: list[tuple[bool, bool, str]] = []
        for gold_path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            found = extract_file(folder / gold["file"])
            judged += judge(gold["actions"], found, gold.get("not_commitments", []))
        if judged:
            sets[name] = judged
    return {name: summary(j) for name, j in sets.items()} | {
        "all": summary([j for js in sets.values() for j in js])}


def summary(judged: list[tuple[bool, bool, str]]) -> dict[str, Any]:
    wrong = sum(1 for w, _, _ in judged if w)
    flagged = sum(1 for _, f, _ in judged if f)
    both = sum(1 for w, f, _ in judged if w and f)
    return {"actions": len(judged), "wrong": wrong, "flagged": flagged, "wrong_and_flagged": both,
            "precision": both / flagged if flagged else None, "recall": both / wrong if wrong else None,
            "wrong_unflagged": [n for w, f, n in judged if w and not f],
            "flagged_right": [n for w, f, n in judged if f and not w]}


def flags_section() -> Any:
    """Flag precision and recall per annotated set, for benchmarks/RESULTS.md."""
    from benchmarks.common import Section

    sec = Section("flags", "Flags: do they point at the wrong facts?",
                  goal="at least half of the flagged actions wrong, at least 80% of the wrong ones flagged",
                  columns=["set", "actions", "wrong or doubtful", "flagged", "both", "precision", "recall"])
    result = run()
    for name, m in result.items():
        sec.add(name, m["actions"], m["wrong"], m["flagged"], m["wrong_and_flagged"],
                "-" if m["precision"] is None else f"{m['precision']:.2f}",
                "-" if m["recall"] is None else f"{m['recall']:.2f}")
        if name != "all" and m["wrong_unflagged"]:
            sec.notes.append(f"{name}: wrong, not flagged: {', '.join(m['wrong_unflagged'])}")
    every = result["all"]
    met = (every["precision"] or 0) >= 0.5 and (every["recall"] or 0) >= 0.8
    sec.verdicts.append(f"precision {every['precision'] or 0:.2f}, recall {every['recall'] or 0:.2f}: "
                        f"{'goal met' if met else 'goal NOT met'}")
    sec.notes.append("From benchmarks.flag_eval: an action is wrong when its lead, partners or period differ "
                     "from the annotation or it is no action at all; doubtful when the annotators marked its "
                     "period as one the text does not settle. Flagged = any kg:flag.")
    return sec


def lines(result: dict[str, Any]) -> list[str]:
    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.2f}"

    out = [f"{'set':8s} {'actions':>7s} {'wrong':>5s} {'flagged':>7s} {'both':>4s} {'precision':>9s}"
           f" {'recall':>6s}"]
    for name, m in result.items():
        out.append(f"{name:8s} {m['actions']:>7d} {m['wrong']:>5d} {m['flagged']:>7d}"
                   f" {m['wrong_and_flagged']:>4d} {fmt(m['precision']):>9s} {fmt(m['recall']):>6s}")
    return out


def main() -> int:
    result = run()
    for line in lines(result):
        print(line)
    for name, m in result.items():
        if name != "all":
            print(f"{name}: wrong, not flagged: {m['wrong_unflagged']}")
            print(f"{name}: flagged, right: {m['flagged_right']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
