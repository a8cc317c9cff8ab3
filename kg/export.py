"""`kg export`: all actions as JSON or Excel-friendly CSV, and the whole graph in RDF formats."""

from __future__ import annotations

import csv
import json
import re
from typing import Any, TextIO

from kg.config import Settings
from kg.errors import InvalidInput
from kg.labels import (
    DEPENDENCY_LABELS,
    KIND_LABELS,
    QUALIFIER_LABELS,
    REVIEW_FIELD_LABELS,
    VERDICT_LABELS,
    flag_label,
)
from kg.reviews import apply as reviewed
from kg.reviews.record import load_reviews, to_graph
from kg.store import GraphBackend, open_store

ROLE_LISTS = {"lead": "lead", "partner": "partners", "involved": "involved",
              "commissioner": "commissioners", "support": "support"}
# Dutch column headers for officials opening the file in Excel; keys are the JSON fields they come from.
CSV_COLUMNS = [
    ("id", "id"), ("document", "document"), ("code", "code"), ("title", "titel"), ("kind", "soort"),
    ("theme", "thema"), ("lead", "trekker"), ("partners", "partners"), ("involved", "betrokken"),
    ("commissioners", "opdrachtgever"), ("support", "inhoudelijke ondersteuning"),
    ("period.text", "periode"), ("period.start_year", "startjaar"), ("period.end_year", "eindjaar"),
    ("period.qualifier", "duiding periode"), ("dependencies", "afhankelijkheden"),
    ("source.page", "bronpagina"), ("source.quote", "citaat"), ("confidence", "betrouwbaarheid"),
    ("flags", "signaleringen"),
    # A person's review: the columns above then hold the reviewed values; these say by whom, when and why.
    ("review.verdict", "controle"), ("review.fields", "gecontroleerde velden"),
    ("review.reviewer", "gecontroleerd door"), ("review.date", "gecontroleerd op"),
    ("review.reason", "reden controle"),
]
LIST_SEPARATOR = " | "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def natural_key(text: str | None) -> list[Any]:
    """'GL 2' before 'GL 10': digit runs compare as numbers."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
            for part in re.split(r"(\d+)", text or "") if part]


def collect_actions(store: GraphBackend) -> list[dict[str, Any]]:
    """Every action as a plain dict, sorted by document name and then code in natural order."""
    actions: dict[str, dict[str, Any]] = {}
    for r in store.select("export_actions"):
        if r["action"] in actions:
            continue  # a theme or label stated in two document graphs: the first row is enough
        # Always the same keys (None when unknown), so consumers never test for a missing period or source.
        period = {"text": r["ptext"], "start_year": r["start_year"], "end_year": r["end_year"],
                  "qualifier": r["qualifier"], "start": r["start"], "end": r["end"]}
        actions[r["action"]] = {
            "id": r["action"], "code": r["code"], "title": r["title"], "kind": r["kind"],
            "document": r["name"], "document_id": r["doc"], "theme": r["theme"],
            **{key: [] for key in ROLE_LISTS.values()},
            "roles": [], "period": period, "dependencies": [],
            "source": {"page": r["page"], "quote": r["quote"]},
            "confidence": r["confidence"], "flags": [],
        }
    roles = sorted(store.select("export_roles"), key=lambda r: natural_key(r["assoc"]))
    for r in roles:
        action = actions.get(r["action"])
        if action is None or r["role"] not in ROLE_LISTS:
            continue
        label = r["label"] or r["actor"]
        if label not in action[ROLE_LISTS[r["role"]]]:
            action[ROLE_LISTS[r["role"]]].append(label)
        action["roles"].append({"actor": label, "actor_id": r["actor"], "role": r["role"],
                                "confidence": r["confidence"]})
    for r in sorted(store.select("export_dependencies"), key=lambda r: natural_key(r["dep"])):
        if r["action"] in actions:
            actions[r["action"]]["dependencies"].append({
                "kind": r["kind"], "target_code": r["target_code"], "target": r["target_code"],
                "target_id": r["target"], "target_title": r["target_title"], "quote": r["quote"],
            })
    for r in store.select("export_flags"):
        if r["action"] in actions:
            actions[r["action"]]["flags"].append(r["flag"])
    for action in actions.values():
        action["flags"].sort()
    return sorted(actions.values(), key=lambda a: (natural_key(a["document"]), natural_key(a["code"]),
                                                   a["id"]))


def write_actions(settings: Settings, fmt: str, out: TextIO) -> None:
    """`kg export actions`: JSON `{"actions": [...]}` or CSV (UTF-8 with BOM, `;`, for Excel)."""
    if fmt not in ("json", "csv"):
        raise InvalidInput(f"formaat {fmt!r} is geen json of csv")
    store = open_store(settings, read_only=True)
    try:
        actions = reviewed.export_actions(collect_actions(store), load_reviews(store))
    finally:
        store.close()
    if fmt == "json":
        json.dump({"actions": actions}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write_actions_csv(actions, out)


def write_actions_csv(actions: list[dict[str, Any]], out: TextIO) -> None:
    out.write("\ufeff")  # Excel only reads UTF-8 correctly with a byte-order mark
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([header for _, header in CSV_COLUMNS])
    for action in actions:
        writer.writerow([safe_cell(_cell(action, key)) for key, _ in CSV_COLUMNS])


_CODE_WORDS = {"kind": KIND_LABELS["nl"], "period.qualifier": QUALIFIER_LABELS["nl"],
               "review.verdict": VERDICT_LABELS["nl"], "review.fields": REVIEW_FIELD_LABELS["nl"]}


def _cell(action: dict[str, Any], key: str) -> Any:
    """One CSV cell; the graph's codes ('commitment', 'not_before', 'part_of') in Dutch words for Excel."""
    if key == "dependencies":
        words = DEPENDENCY_LABELS["nl"]
        return LIST_SEPARATOR.join(f"{words.get(d['kind'], d['kind'])}: {d['target_code']}"
                                   for d in action["dependencies"])
    if key == "flags":
        return LIST_SEPARATOR.join(flag_label(f, "nl") for f in action["flags"])
    value: Any = action
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if key in _CODE_WORDS and isinstance(value, str):
        return _CODE_WORDS[key].get(value, value)
    if key in _CODE_WORDS and isinstance(value, list):
        return LIST_SEPARATOR.join(_CODE_WORDS[key].get(v) or str(v) for v in value)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value


def safe_cell(value: Any) -> str:
    """A cell Excel will not run as a formula (= + - @ get a leading quote); numbers with a decimal comma."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(value).replace(".", ",")  # Dutch Excel reads 0,8 as a number and 0.8 as text (or a date)
    if isinstance(value, bool | int):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_graph(settings: Settings, fmt: str, out: TextIO) -> None:
    """`kg export graph`: everything in the store as turtle, trig, nquads or json-ld."""
    store = open_store(settings, read_only=True)
    try:
        store.dump(fmt, out)
    finally:
        store.close()


def write_reviews(settings: Settings, fmt: str, out: TextIO) -> None:
    """`kg export reviews`: every review as JSON (with the action it applies to now, None when it is gone),
    or as TriG with each review in its own named graph."""
    if fmt not in ("json", "trig"):
        raise InvalidInput(f"formaat {fmt!r} is geen json of trig")
    store = open_store(settings, read_only=True)
    try:
        reviews = load_reviews(store)
        current = {reviewed.action_key(a["document"], a["code"], a["title"]): a["id"]
                   for a in collect_actions(store)}
    finally:
        store.close()
    if fmt == "trig":
        from rdflib import Dataset, URIRef

        ds = Dataset()
        for review in reviews:
            graph = ds.graph(URIRef(review.iri))
            for triple in to_graph(review):
                graph.add(triple)
        out.write(ds.serialize(format="trig"))
        return
    rows = [dict(r.to_dict(), current_action=current.get(r.key)) for r in reviews]
    json.dump({"reviews": rows}, out, ensure_ascii=False, indent=2)
    out.write("\n")
