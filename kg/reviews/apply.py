"""Reviewed values over extracted ones: on the action page, the timeline, organisation pages and exports.

A review counts for the action with the same key (document name + code, or title without a code), so it
follows the action into a new version of its document; the extracted value is kept beside the reviewed one.
"""

from __future__ import annotations

from typing import Any

from kg.reviews.record import Review, action_key, latest_by_key

__all__ = ["action_key", "action_page", "action_rows", "actor_items", "export_actions", "orphans"]

ROLE_FIELDS = {"lead": "lead", "partner": "partners"}  # role -> the review field that replaces it


def review_view(review: Review) -> dict[str, Any]:
    """Who, when, why: what a page shows next to a reviewed value."""
    return {"id": review.id, "verdict": review.verdict, "reviewer": review.reviewer, "at": review.at,
            "date": review.at[:10], "reason": review.reason, "fields": list(review.fields)}


def _slug(iri: str) -> str:
    return iri.rsplit("/actor/", 1)[-1]


def _period(review: Review) -> dict[str, Any]:
    p = review.period or {}
    return {"text": p.get("text"), "start_year": p.get("start_year"), "end_year": p.get("end_year"),
            "qualifier": None, "inherited": None, "reviewed": True}


def action_page(page: dict[str, Any], reviews: list[Review], document: str | None) -> dict[str, Any]:
    """The action page's dict with the newest review applied, its history, and the extracted values."""
    key = action_key(document, page["code"], page.get("title"))
    history = [r for r in reviews if r.key == key]
    page.update(reviews=[review_view(r) for r in reversed(history)], review=None, extracted={})
    if not history:
        return page
    r = history[-1]
    page["review"] = review_view(r)
    for role, name in ROLE_FIELDS.items():
        if name not in r.fields:
            continue
        page["extracted"][name] = [{"actor": p["actor"], "id": p["id"], "label": p.get("label") or p["id"]}
                                   for p in page["roles"] if p["role"] == role]
        kept = [p for p in page["roles"] if p["role"] != role]
        new = [{"actor": iri, "id": _slug(iri), "label": r.labels.get(iri, iri), "role": role, "known": True,
                "reviewed": True} for iri in (r.lead if role == "lead" else r.partners)]
        page["roles"] = new + kept if role == "lead" else kept + new
    if "title" in r.fields:
        page["extracted"]["title"], page["title"] = page.get("title"), r.new_title
    if "period" in r.fields:
        page["extracted"]["period"], page["period"] = page["period"], _period(r)
    return page


def action_rows(items: list[dict[str, Any]], reviews: list[Review]) -> list[dict[str, Any]]:
    """graphapi.all_actions rows (timeline, search shortcuts) with reviewed lead, title and period."""
    latest = latest_by_key(reviews)
    for item in items:
        r = latest.get(action_key(item.get("document_name"), item["code"], item.get("title")))
        item["review"] = review_view(r) if r else None
        if r is None:
            continue
        if "lead" in r.fields:
            old = set(item["lead_ids"])
            item["lead"] = [r.labels.get(i, i) for i in r.lead]
            item["lead_ids"] = [_slug(i) for i in r.lead]
            item["actor_ids"] = [a for a in item["actor_ids"] if a not in old] + item["lead_ids"]
        if "partners" in r.fields:
            item["actor_ids"] = list(dict.fromkeys(item["actor_ids"] + [_slug(i) for i in r.partners]))
        if "title" in r.fields:
            item["title"] = r.new_title
        if "period" in r.fields:
            item["period"] = _period(r)
    return items


def actor_items(actor_iri: str, items: list[dict[str, Any]], reviews: list[Review],
                actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An organisation's (action, role) rows after review: a role a review took away is gone, one it gave is
    added (from `actions`, the reviewed all_actions rows), a wrong action is left out."""
    latest = latest_by_key(reviews)
    out = []
    for item in items:
        r = latest.get(action_key(item.get("document_name"), item["code"], item.get("title")))
        if r is not None:
            field = ROLE_FIELDS.get(item["role"])
            named = r.lead if field == "lead" else r.partners
            if r.verdict == "wrong" or (field in r.fields and actor_iri not in named):
                continue
            item = dict(item, title=r.new_title if "title" in r.fields else item["title"], reviewed=True)
            if "period" in r.fields:
                item["period"] = _period(r)
        out.append(item)
    have = {(i["id"], i["role"]) for i in out}
    by_review = {a["review"]["id"]: a for a in actions if a.get("review")}
    for r in latest.values():
        a = by_review.get(r.id)
        if a is None or r.verdict == "wrong":
            continue
        for role, field in ROLE_FIELDS.items():
            named = r.lead if field == "lead" else r.partners
            if field in r.fields and actor_iri in named and (a["id"], role) not in have:
                out.append({k: a.get(k) for k in ("id", "code", "title", "kind", "period", "document",
                                                  "document_title", "page", "theme", "theme_label")}
                           | {"role": role, "reviewed": True})
    return out


def export_actions(actions: list[dict[str, Any]], reviews: list[Review]) -> list[dict[str, Any]]:
    """`kg export actions`: the reviewed values, plus `reviewed`, `review` and the `extracted` values."""
    latest = latest_by_key(reviews)
    for a in actions:
        r = latest.get(action_key(a["document"], a["code"], a["title"]))
        a.update(reviewed=r is not None, review=review_view(r) if r else None, extracted={})
        if r is None:
            continue
        for role, field in ROLE_FIELDS.items():
            if field not in r.fields:
                continue
            named = r.lead if field == "lead" else r.partners
            a["extracted"][field] = a[field]
            a[field] = [r.labels.get(i, i) for i in named]
            a["roles"] = [x for x in a["roles"] if x["role"] != role] + [
                {"actor": r.labels.get(i, i), "actor_id": i, "role": role, "confidence": None,
                 "reviewed": True} for i in named]
        if "title" in r.fields:
            a["extracted"]["title"], a["title"] = a["title"], r.new_title
        if "period" in r.fields:
            a["extracted"]["period"] = a["period"]
            a["period"] = {**{k: v for k, v in _period(r).items() if k in ("text", "start_year", "end_year")},
                           "qualifier": None, "start": None, "end": None}
    return actions


def orphans(reviews: list[Review], keys: set[tuple[str, str]]) -> list[Review]:
    """Reviews (the newest per action) whose action is in no stored document any more: listed, never lost."""
    return [r for key, r in latest_by_key(reviews).items() if key not in keys]
