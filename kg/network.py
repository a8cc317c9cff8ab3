"""The dependency network a bounded piece at a time: a page of dependency statements, or the network around
chosen actions found by walking their neighbours (never every dependency in the store)."""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Any

from kg.errors import NotFound
from kg.window import Page

MAX_WALK = 200
"""Actions visited at most when walking out from chosen actions (two index lookups each); what lies beyond is
reported as `complete: False`."""


def short(action_id: str) -> str:
    """An action's short id ('doc/abc/action/gl-1') from a short id or a full IRI; a malformed one refused."""
    from kg.graphapi import iri_from_id, short_id

    return short_id(str(iri_from_id(action_id, "actie")))


def _node(node_id: str, code: str | None, title: str | None, kind: str | None) -> dict[str, Any]:
    return {"id": node_id, "code": code, "title": title, "kind": kind, "resolved": True}


def _unresolved(code: str | None) -> dict[str, Any]:
    """A code the extraction could not match to an action: still shown, marked unresolved."""
    return {"id": f"code:{code}", "code": code, "title": None, "kind": None, "resolved": False}


def _sorted(nodes: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    from kg.graphapi import natural_key

    return sorted(nodes.values(), key=lambda n: (natural_key(n["code"]), n["id"]))


def page(store: Any, page: Page, document: str | None = None) -> dict[str, Any]:
    """One page of dependency statements in the store's order (of one document when given), with their
    actions as nodes."""
    from kg.graphapi import iri_from_id, short_id

    doc = iri_from_id(f"doc/{document}", "document") if document else None
    rows = store.select("ui_dependency_edges", limit=page.size + 1, offset=page.offset, doc=doc)
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for r in rows[:page.size]:
        src = short_id(r["source"])
        nodes.setdefault(src, _node(src, r["sourceCode"], r.get("sourceTitle"), r.get("sourceKind")))
        if r.get("target"):
            tgt = short_id(r["target"])
            nodes.setdefault(tgt, _node(tgt, r.get("targetCode"), r.get("targetTitle"), r.get("targetKind")))
        else:
            tgt = _unresolved(r.get("targetCode"))["id"]
            nodes.setdefault(tgt, _unresolved(r.get("targetCode")))
        edges.append({"source": src, "target": tgt, "kind": r.get("kind")})
    return {"nodes": _sorted(nodes), "edges": edges, "complete": True,
            "paging": page.info(len(edges), len(rows) > page.size)}


def _neighbours(store: Any, node_id: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(edge, the node at its other end) for every statement made by or about one action."""
    from kg.graphapi import iri_from_id, short_id

    if node_id.startswith("code:"):  # an unresolved code states nothing and nothing points at it by IRI
        return []
    iri = iri_from_id(node_id, "actie")
    out = []
    for d in store.select("ui_action_dependencies", action=iri):
        if d.get("target"):
            target = short_id(d["target"])
            other = _node(target, d.get("targetCode"), d.get("targetTitle"), d.get("targetKind"))
        else:
            other = _unresolved(d.get("targetCode"))
        out.append(({"source": node_id, "target": other["id"], "kind": d.get("kind")}, other))
    for d in store.select("ui_action_dependents", action=iri):
        other = _node(short_id(d["source"]), d.get("sourceCode"), d.get("sourceTitle"), d.get("sourceKind"))
        out.append(({"source": other["id"], "target": node_id, "kind": d.get("kind")}, other))
    return out


def around(store: Any, starts: list[str], limit: int = MAX_WALK) -> dict[str, Any]:
    """The network connected to `starts`, walked breadth-first over statements either way, at most `limit`
    actions; a chosen action without any dependency is NotFound."""
    from kg.graphapi import iri_from_id

    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, Any], dict[str, Any]] = {}
    starts = [short(s) for s in starts]
    for start in starts:
        rows = store.select("ui_action", action=iri_from_id(start, "actie"))
        if not rows or not _neighbours(store, start):
            raise NotFound(f"{start!r} heeft geen afhankelijkheden")
        nodes[start] = _node(start, rows[0]["code"], rows[0].get("title"), rows[0].get("kind"))
    queue, walked = deque(starts), set(starts)
    complete = True
    while queue:
        if len(walked) > limit:
            complete = False
            break
        node = queue.popleft()
        for edge, other in _neighbours(store, node):
            edges.setdefault((edge["source"], edge["target"], edge["kind"]), edge)
            nodes.setdefault(other["id"], other)
            if other["id"] not in walked:
                walked.add(other["id"])
                queue.append(other["id"])
    kept = [e for e in edges.values() if e["source"] in nodes and e["target"] in nodes]
    return {"nodes": _sorted(nodes), "edges": kept, "complete": complete}


def path(network: dict[str, Any], start: str, goal: str) -> list[dict[str, Any]] | None:
    """Shortest chain of dependency statements between two nodes (BFS, either direction); None if none."""
    ids = {n["id"] for n in network["nodes"]}
    for node in (start, goal):
        if node not in ids:
            raise NotFound(f"{node!r} heeft geen afhankelijkheden")
    adjacent: dict[str, list[tuple[str, dict[str, Any], bool]]] = defaultdict(list)
    for e in network["edges"]:
        adjacent[e["source"]].append((e["target"], e, True))
        adjacent[e["target"]].append((e["source"], e, False))
    previous: dict[str, tuple[str, dict[str, Any], bool] | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            break
        for nxt, edge, forward in adjacent[node]:
            if nxt not in previous:
                previous[nxt] = (node, edge, forward)
                queue.append(nxt)
    if goal not in previous:
        return None
    steps = []
    node = goal
    while previous[node] is not None:
        prev, edge, forward = previous[node]  # type: ignore[misc]
        steps.append({"from": prev, "to": node, "kind": edge["kind"], "forward": forward})
        node = prev
    return steps[::-1]


def reach(network: dict[str, Any], start: str) -> dict[str, Any]:
    """One action's network both ways: what it needs (directly or through others), what needs it, and what
    it is related to (undirected); the edges among them for drawing."""
    from kg.graphapi import natural_key

    if start not in {n["id"] for n in network["nodes"]}:
        raise NotFound(f"{start!r} heeft geen afhankelijkheden")
    directed = [e for e in network["edges"] if e["kind"] != "related"]

    def closure(forward: bool) -> list[str]:
        seen, queue = {start}, deque([start])
        while queue:
            node = queue.popleft()
            for e in directed:
                a, b = (e["source"], e["target"]) if forward else (e["target"], e["source"])
                if a == node and b not in seen:
                    seen.add(b)
                    queue.append(b)
        return sorted(seen - {start}, key=lambda n: natural_key(n))

    needs, needed_by = closure(True), closure(False)
    related = sorted({e["target"] if e["source"] == start else e["source"] for e in network["edges"]
                      if e["kind"] == "related" and start in (e["source"], e["target"])} - {start})
    members = {start, *needs, *needed_by, *related}
    edges = [e for e in network["edges"] if e["source"] in members and e["target"] in members]
    return {"start": start, "needs": needs, "needed_by": needed_by, "related": related,
            "members": sorted(members), "edges": edges}
