"""Safe highlighting (escape every piece, then wrap matches) and server-side SVG layouts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from kg.graphapi import code_pattern

STOP = {"van", "het", "een", "wie", "wat", "wanneer", "waar", "hoe", "der", "den", "voor", "met", "aan",
        "and", "the", "zijn", "wordt", "worden", "moet", "doen", "die", "dat", "deze", "welke", "naar", "bij",
        "over"}


def query_terms(q: str) -> list[str]:
    """Words worth highlighting from a question: not stop words, at least 3 letters or a number of 2 digits
    or more (a lone '1' would light up every page number)."""
    words = re.findall(r"\w+", q.lower())
    return [w for w in dict.fromkeys(words)
            if w not in STOP and (len(w) >= 3 or (w.isdigit() and len(w) > 1))]


def _spans(text: str, patterns: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    found = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(text) if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _wrap(text: str, spans: list[tuple[int, int]], open_tag: str) -> Markup:
    out, pos = [], 0
    for start, end in spans:
        out.append(str(escape(text[pos:start])))
        out.append(f"{open_tag}{escape(text[start:end])}</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def highlight_terms(text: str, q: str, codes: Iterable[str] = ()) -> Markup:
    """The passage with the question's words marked; the text itself is always escaped. Action codes the
    question names are marked as a whole, however they are spaced ('WB 1', 'WB1')."""
    code_patterns = [code_pattern(c) for c in codes]
    rest = q
    for p in code_patterns:
        rest = p.sub(" ", rest)
    patterns = code_patterns + [re.compile(rf"\b{re.escape(t)}\w*", re.I) for t in query_terms(rest)]
    return _wrap(text, _spans(text, patterns), "<mark>")


def quote_pattern(quote: str) -> re.Pattern[str] | None:
    """A quote as a pattern that tolerates different line breaks and spacing in the page text."""
    words = quote.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def highlight_quotes(text: str, quotes: list[str]) -> Markup:
    """A page's text with the source quotes of its facts marked."""
    patterns = [p for p in (quote_pattern(q) for q in quotes if q) if p is not None]
    return _wrap(text, _spans(text, patterns), '<mark class="fact">')


def period_view(period: dict[str, Any]) -> dict[str, str]:
    """A period for a table cell: its years in short ('2024–2026', '2026', '2035–…', '…–2028') to scan by,
    and the document's own wording, left out when it says exactly the years ('2024-2026', '2026')."""
    start, end = period.get("start_year"), period.get("end_year")
    wording = (period.get("text") or "").strip()
    if start is None and end is None:
        return {"years": "", "wording": wording}
    short = str(start) if start == end else f"{start or '…'}–{end or '…'}"
    plain = re.sub(r"\s+", "", wording).replace("\u2013", "-").replace("\u2014", "-")
    if plain == short.replace("–", "-"):  # keep the document's own spelling: it is what Ctrl+F looks for
        return {"years": wording, "wording": ""}
    return {"years": short, "wording": wording}


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _label(node: dict[str, Any], width: int = 24) -> str:
    return _cut(node.get("title") or "", width)


def neighbourhood_svg(action: dict[str, Any]) -> dict[str, Any]:
    """Boxes and arrows: what depends on the action (left), the action (middle), what it needs (right)."""
    box_w, box_h, gap = 200, 44, 14
    left, right = action["dependents"], action["depends_on"]
    rows = max(len(left), len(right), 1)
    height = rows * (box_h + gap) + gap
    centre = {"x": 320, "y": (height - box_h) / 2, "code": action["code"], "title": _label(action),
              "full_title": action.get("title"), "id": None}
    nodes, edges = [centre], []
    for column, items, x in (("in", left, 20), ("out", right, 620)):
        top = (height - len(items) * (box_h + gap) + gap) / 2
        for i, item in enumerate(items):
            node = {"x": x, "y": top + i * (box_h + gap), "code": item["code"] or "?", "title": _label(item),
                    "full_title": item.get("title"), "id": item["id"], "resolved": bool(item["id"])}
            nodes.append(node)
            a, b = (node, centre) if column == "in" else (centre, node)
            edges.append({"x1": a["x"] + box_w, "y1": a["y"] + box_h / 2, "x2": b["x"] - 6,
                          "y2": b["y"] + box_h / 2, "kind": item["kind"]})
    # Related items have no direction: a row beneath, joined by plain (dashed) lines without arrowheads.
    related = action.get("related") or []
    per_row = 4
    for i, item in enumerate(related):
        y = height + gap + (i // per_row) * (box_h + gap)
        node = {"x": 20 + (i % per_row) * (box_w + 10), "y": y, "code": item["code"] or "?",
                "title": _label(item), "full_title": item.get("title"), "id": item["id"],
                "resolved": bool(item["id"])}
        nodes.append(node)
        edges.append({"x1": centre["x"] + box_w / 2, "y1": centre["y"] + box_h, "x2": node["x"] + box_w / 2,
                      "y2": node["y"], "kind": "related"})
    if related:
        height += gap + ((len(related) - 1) // per_row + 1) * (box_h + gap)
    return {"width": 840, "height": height, "box_w": box_w, "box_h": box_h, "nodes": nodes, "edges": edges}


def network_svg(network: dict[str, Any], highlight: set[str] | None = None) -> dict[str, Any]:
    """Columns by dependency depth: things nothing depends on first, what they need to their right."""
    needs: dict[str, list[str]] = defaultdict(list)
    for e in network["edges"]:
        needs[e["source"]].append(e["target"])
    depth: dict[str, int] = {}

    def level(node: str, seen: frozenset[str]) -> int:
        if node in depth:
            return depth[node]
        if node in seen:  # a cycle: stop climbing
            return 0
        depth[node] = 1 + max((level(t, seen | {node}) for t in needs[node]), default=-1)
        return depth[node]

    for n in network["nodes"]:
        level(n["id"], frozenset())
    top = max(depth.values(), default=0)
    columns: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for n in network["nodes"]:
        columns[top - depth[n["id"]]].append(n)
    box_w, box_h, col_w, row_h = 130, 30, 190, 42
    placed = {}
    for c, members in columns.items():
        for r, n in enumerate(members):
            # An unresolved target is sometimes a whole name ('Uitvoeringsagenda NOVEX-MRA'): cut to the box.
            placed[n["id"]] = dict(n, x=20 + c * col_w, y=20 + r * row_h, label=_cut(n["code"] or "?", 13),
                                   on_path=bool(highlight and n["id"] in highlight))
    edges = []
    for e in network["edges"]:
        a, b = placed[e["source"]], placed[e["target"]]
        forward = b["x"] > a["x"]
        edges.append({"x1": a["x"] + (box_w if forward else 0), "y1": a["y"] + box_h / 2,
                      "x2": b["x"] - 6 if forward else b["x"] + box_w + 6, "y2": b["y"] + box_h / 2,
                      "kind": e["kind"],
                      "on_path": bool(highlight and e["source"] in highlight and e["target"] in highlight)})
    rows = max((len(m) for m in columns.values()), default=0)
    return {"width": 40 + (top + 1) * col_w, "height": 40 + rows * row_h, "box_w": box_w, "box_h": box_h,
            "nodes": list(placed.values()), "edges": edges}


def timeline_svg(items: list[dict[str, Any]], year: int | None) -> dict[str, Any]:
    """Bars from start to end year; open ends (vanaf / uiterlijk) drawn to the edge of the axis."""
    dated = [i for i in items if i["period"]["start_year"] or i["period"]["end_year"]]
    years = [y for i in dated for y in (i["period"]["start_year"], i["period"]["end_year"]) if y]
    if year:
        years.append(year)
    if not years:
        return {"rows": [], "ticks": [], "width": 0, "height": 0}
    lo, hi = min(years), max(years) + 1
    # The title starts after the longest code ('VVIZ 15', 'SV IJ 1'): about 8 px per bold character.
    title_x = 14 + 8 * max((len(i["code"] or "") for i in dated), default=4)
    label_w, year_w, row_h = title_x + 170, max(28, min(70, 700 // max(hi - lo, 1))), 24
    x = lambda y: label_w + (y - lo) * year_w  # noqa: E731 - tiny local scale
    rows = []
    for n, item in enumerate(dated):
        p = item["period"]
        start, end = p["start_year"], p["end_year"]
        x1 = x(start) if start else x(lo)
        x2 = x(end + 1) if end else x(hi)
        rows.append({"y": 30 + n * row_h, "x": x1, "w": max(x2 - x1, 6), "open_start": start is None,
                     "open_end": end is None, "code": item["code"], "title": _label(item, 24),
                     "full_title": item.get("title") or "", "id": item["id"], "text": p["text"] or "",
                     "due": year is not None and end == year})
    ticks = [{"x": x(y), "year": y, "current": y == year} for y in range(lo, hi + 1)]
    band = {"x": x(year), "w": year_w} if year else None
    return {"rows": rows, "ticks": ticks, "band": band, "width": x(hi) + 50, "height": 40 + len(rows) * row_h,
            "title_x": title_x}
