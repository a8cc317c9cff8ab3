"""Do flags mean something? On every annotated action: the share of flagged actions that are wrong
(precision) and the share of wrong actions that are flagged (recall). An action is wrong when its lead,
partners or period differ from the annotation, or when it is no action at all (a sentence the annotators
marked as no commitment); it is doubtful, and counts as wrong here, when the annotators marked its period as
one the text does not settle (a flag is what it deserves)."""

from __future__ import annotations

import json
import sys
from typing import Any, NamedTuple

from benchmarks.extraction_eval import (
    DOCUMENT_SETS,
    GOLD,
    HELD_OUT,
    _role_sets,
    extract_file,
    load_actions,
    match_actions,
    norm_text,
)
from ingest.model import Action
from kg.labels import NOTE_FLAGS, is_warning

# Flags that describe where a fact came from rather than a doubt about it (a table's category, a period
# inherited from the document's title or a section heading): not warnings. Those periods are shown as the
# document's span and kept out of "moet klaar zijn in JAAR", so they need no warning as well.
NOT_WARNINGS = NOTE_FLAGS
# Sets written blind and not tuned on (extraction_eval.HELD_OUT): their figures are reported apart and their
# actions never listed.


class Judged(NamedTuple):
    wrong: bool
    kinds: tuple[str, ...]      # the warning flags raised on the action, by kind ('type:x' -> 'type')
    name: str

    @property
    def flagged(self) -> bool:
        return bool(self.kinds)


def warnings(action: Action) -> tuple[str, ...]:
    return tuple(sorted({f.partition(":")[0] for f in action.flags if is_warning(f)}))


def warned(action: Action) -> bool:
    return bool(warnings(action))


def _wrong(g: dict[str, Any], a: Action) -> bool:
    roles = _role_sets(g, a)
    if any(roles[m][0] != roles[m][1] for m in ("lead", "partner")):
        return True
    if g.get("period_is_ambiguous"):
        return True
    got = (a.period.start_year, a.period.end_year) if a.period else (None, None)
    return got != (g.get("start_year"), g.get("end_year"))


def judge(gold_actions: list[dict[str, Any]], predicted: list[Action],
          not_commitments: list[str] = ()) -> list[Judged]:  # type: ignore[assignment]
    """A judgement for each annotated action found and each action that is none."""
    out = []
    matches = match_actions(gold_actions, predicted)
    for g, a in zip(gold_actions, matches, strict=True):
        if a is not None:
            out.append(Judged(_wrong(g, a), warnings(a), a.code or a.title[:40]))
    chosen = {id(a) for a in matches if a is not None}
    for a in predicted:
        if id(a) in chosen:
            continue
        text = norm_text(f"{a.source.quote if a.source else ''} {a.description}")
        if any(norm_text(s) in text for s in not_commitments):
            out.append(Judged(True, warnings(a), a.code or a.title[:40]))
    return out


def judge_sets() -> dict[str, list[Judged]]:
    """Judgements per annotated set: the corpus dev rows and every document set."""
    sets: dict[str, list[Judged]] = {}
    if GOLD.is_file():
        rows = json.loads(GOLD.read_text(encoding="utf-8"))["actions"]
        predicted = load_actions({r["document"] for r in rows})
        sets["corpus"] = [j for doc, acts in predicted.items()
                          for j in judge([r for r in rows if r["document"] == doc], acts)]
    for name, folder in DOCUMENT_SETS.items():
        judged: list[Judged] = []
        for gold_path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            found = extract_file(folder / gold["file"])
            judged += judge(gold["actions"], found, gold.get("not_commitments", []))
        if judged:
            sets[name] = judged
    return sets


def run(sets: dict[str, list[Judged]] | None = None) -> dict[str, Any]:
    """Figures per set, over the sets tuned on, over the held-out sets and over all."""
    sets = judge_sets() if sets is None else sets
    tuned = [j for name, js in sets.items() if name not in HELD_OUT for j in js]
    held = [j for name, js in sets.items() if name in HELD_OUT for j in js]
    out = {name: summary(j) for name, j in sets.items()}
    out["tuned"] = summary(tuned)
    if held:
        out["held out"] = summary(held)
    out["all"] = summary(tuned + held)
    return out


def summary(judged: list[Judged]) -> dict[str, Any]:
    wrong = sum(1 for j in judged if j.wrong)
    flagged = sum(1 for j in judged if j.flagged)
    both = sum(1 for j in judged if j.wrong and j.flagged)
    return {"actions": len(judged), "wrong": wrong, "flagged": flagged, "wrong_and_flagged": both,
            "precision": both / flagged if flagged else None, "recall": both / wrong if wrong else None,
            "wrong_unflagged": [j.name for j in judged if j.wrong and not j.flagged],
            "flagged_right": [j.name for j in judged if j.flagged and not j.wrong]}


def per_kind(judged: list[Judged]) -> dict[str, dict[str, Any]]:
    """Per kind of flag: on how many actions it is raised, how many of those are wrong (its precision) and
    the share of all wrong actions it points at (its recall)."""
    wrong = sum(1 for j in judged if j.wrong)
    out: dict[str, dict[str, Any]] = {}
    for kind in sorted({k for j in judged for k in j.kinds}):
        raised = [j for j in judged if kind in j.kinds]
        hit = sum(1 for j in raised if j.wrong)
        out[kind] = {"raised": len(raised), "wrong": hit, "precision": hit / len(raised),
                     "recall": hit / wrong if wrong else None}
    return out


def _groups(sets: dict[str, list[Judged]]) -> dict[str, list[Judged]]:
    """The judgements of the sets tuned on and of the held-out sets, each as one list."""
    return {"tuned": [j for n, js in sets.items() if n not in HELD_OUT for j in js],
            "held out": [j for n, js in sets.items() if n in HELD_OUT for j in js]}


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def flags_section() -> Any:
    """Flag precision and recall per annotated set and per kind of flag, for benchmarks/RESULTS.md."""
    from benchmarks.common import Section
    from kg.labels import flag_label

    sec = Section("flags", "Flags: do they point at the wrong facts?",
                  goal="at least half of the flagged actions wrong, at least 80% of the wrong ones flagged",
                  columns=["set", "actions", "wrong or doubtful", "flagged", "both", "precision", "recall"])
    sets = judge_sets()
    result = run(sets)
    for name, m in result.items():
        label = f"{name} (held out)" if name in HELD_OUT else name
        sec.add(label, m["actions"], m["wrong"], m["flagged"], m["wrong_and_flagged"],
                _fmt(m["precision"]), _fmt(m["recall"]))
        if name not in HELD_OUT and name not in ("tuned", "held out", "all") and m["wrong_unflagged"]:
            sec.notes.append(f"{name}: wrong, not flagged: {', '.join(m['wrong_unflagged'])}")
    for group, judged in _groups(sets).items():
        for kind, k in per_kind(judged).items():
            sec.notes.append(f"{group}, flag '{kind}' ({flag_label(kind, 'nl')}): raised on {k['raised']}, "
                             f"wrong "
                             f"{k['wrong']}, precision {_fmt(k['precision'])}, "
                             f"share of the wrong {_fmt(k['recall'])}")
    for name in ("tuned", "held out", "all"):
        if name in result:
            m = result[name]
            met = (m["precision"] or 0) >= 0.5 and (m["recall"] or 0) >= 0.8
            sec.verdicts.append(f"{name}: precision {_fmt(m['precision'])}, recall {_fmt(m['recall'])}: "
                                f"{'goal met' if met else 'goal NOT met'}")
    sec.notes.append("From benchmarks.flag_eval: an action is wrong when its lead, partners or period differ "
                     "from the annotation or it is no action at all; doubtful when the annotators marked its "
                     "period as one the text does not settle. Flagged = a warning flag; notes on where a "
                     f"fact came from ({', '.join(sorted(NOT_WARNINGS))}) are no warning. Held out: "
                     f"{', '.join(HELD_OUT)} (written blind, not tuned on; their actions are not listed).")
    return sec


def lines(result: dict[str, Any]) -> list[str]:
    out = [f"{'set':9s} {'actions':>7s} {'wrong':>5s} {'flagged':>7s} {'both':>4s} {'precision':>9s}"
           f" {'recall':>6s}"]
    for name, m in result.items():
        out.append(f"{name:9s} {m['actions']:>7d} {m['wrong']:>5d} {m['flagged']:>7d}"
                   f" {m['wrong_and_flagged']:>4d} {_fmt(m['precision']):>9s} {_fmt(m['recall']):>6s}")
    return out


def kind_lines(kinds: dict[str, dict[str, Any]]) -> list[str]:
    out = [f"{'flag':28s} {'raised':>6s} {'wrong':>5s} {'precision':>9s} {'recall':>6s}"]
    for kind, k in kinds.items():
        out.append(f"{kind:28s} {k['raised']:>6d} {k['wrong']:>5d} {_fmt(k['precision']):>9s}"
                   f" {_fmt(k['recall']):>6s}")
    return out


def main() -> int:
    sets = judge_sets()
    result = run(sets)
    for line in lines(result):
        print(line)
    print()
    for group, judged in _groups(sets).items():
        print(group)
        for line in kind_lines(per_kind(judged)):
            print(line)
        print()
    for name in sets:
        if name in HELD_OUT:  # no names: nobody tunes on the held-out sets
            continue
        m = result[name]
        print(f"{name}: wrong, not flagged: {m['wrong_unflagged']}")
        print(f"{name}: flagged, right: {m['flagged_right']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
