"""The review queue: actions most worth a person's look first, and reviews whose action has disappeared."""

from __future__ import annotations

import re
from typing import Any

from kg.labels import is_warning
from kg.reviews.apply import orphans, review_view
from kg.reviews.record import action_key, latest_by_key, load_reviews

# How much each reason weighs; a note on where a fact came from ('type:convenant', a period from the
# document's title) says nothing about quality (kg.labels.is_warning).
FLAG_WEIGHT = 2.0
UNKNOWN_WEIGHT = 1.5
CONFIDENCE_WEIGHT = 4.0  # (1 - confidence) * this: 0.6 adds 1.6
LOW_CONFIDENCE = 0.7


def _natural(code: str | None) -> list[Any]:
    parts = [p for p in re.split(r"(\d+)", code or "") if p]
    return [(0, int(p), "") if p.isdigit() else (1, 0, p.casefold()) for p in parts]


def review_queue(store: Any, limit: int = 200) -> dict[str, Any]:
    """Unreviewed actions with a reason to look, by weight; counts of what was reviewed; orphaned reviews."""
    reviews = load_reviews(store)
    latest = latest_by_key(reviews)
    keys, items, reviewed = set(), [], 0
    for r in store.select("review_queue"):
        key = action_key(r.get("docName"), r["code"], r.get("title"))
        keys.add(key)
        if key in latest:
            reviewed += 1
            continue
        flags = [f for f in (r.get("flags") or "").split("|") if f and is_warning(f)]
        unknown = [u for u in (r.get("unknown") or "").split("|") if u]
        confidence = r.get("confidence")
        low = confidence is not None and confidence < LOW_CONFIDENCE
        score = FLAG_WEIGHT * len(flags) + UNKNOWN_WEIGHT * len(unknown)
        score += CONFIDENCE_WEIGHT * (1 - confidence) if low else 0.0
        if score <= 0:
            continue
        doc = r.get("doc") or ""
        items.append({"id": r["action"].split("/id/", 1)[-1], "code": r["code"], "title": r.get("title"),
                      "document": doc.rsplit("/", 1)[-1], "document_title": r.get("docTitle"),
                      "flags": sorted(flags), "unknown": sorted(unknown), "confidence": confidence,
                      "low_confidence": low, "score": round(score, 2)})
    items.sort(key=lambda i: (-i["score"], i["document_title"] or "", _natural(i["code"])))
    lost = [dict(r.to_dict(), review=review_view(r)) for r in orphans(reviews, keys)]
    return {"items": items[:limit], "total": len(items), "reviewed": reviewed, "orphans": lost,
            "reviews": len(reviews)}
