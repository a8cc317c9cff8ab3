"""A reviewer's form on an action page as one Review: what differs from the extracted value is corrected."""

from __future__ import annotations

from typing import Any

from kg.config import Settings
from kg.errors import InvalidInput
from kg.reviews.record import Review, save_review

MAX_REASON, MAX_TITLE, MAX_PERIOD = 500, 300, 100


def _year(name: str, value: str | None) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or not 1900 <= int(value) <= 2100:
        raise InvalidInput(f"{name}={value[:20]!r} is geen jaartal tussen 1900 en 2100")
    return int(value)


def _text(name: str, value: str | None, limit: int) -> str:
    value = " ".join((value or "").split())
    if len(value) > limit:
        raise InvalidInput(f"{name} is {len(value)} tekens; maximaal {limit}")
    return value


def _filled(values: list[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def _actors(name: str, slugs: list[str], known: dict[str, str]) -> list[str]:
    unknown = [s for s in slugs if s not in known]
    if unknown:
        raise InvalidInput(f"{name}: onbekende organisatie {unknown[0][:80]!r}")
    return [known[s] for s in dict.fromkeys(slugs)]


def build_review(page: dict[str, Any], document: str, reviewer: str, form: dict[str, Any],
                 known: dict[str, str]) -> Review:
    """`page` is the action page (graphapi.action_page, reviews applied); `known` maps actor slug -> IRI.

    The form shows the current values; a value that differs from the EXTRACTED one is a correction, so a
    later confirmation keeps an earlier reviewer's correction unless it is changed back."""
    verdict = form.get("verdict")
    if verdict not in ("ok", "wrong"):
        raise InvalidInput(f"oordeel {str(verdict)[:20]!r}: kies ok of wrong")
    reason = _text("reden", form.get("reason"), MAX_REASON)
    extracted = page.get("extracted") or {}
    roles = page["roles"]

    def extracted_actors(field: str, role: str) -> list[str]:
        if field in extracted:
            return sorted(p["actor"] for p in extracted[field])
        return sorted(p["actor"] for p in roles if p["role"] == role)

    was = {
        "lead": extracted_actors("lead", "lead"), "partners": extracted_actors("partners", "partner"),
        "title": extracted.get("title", page.get("title")) or "",
        "period": extracted.get("period", page["period"]),
    }
    # A field the form does not send (None) keeps what the page shows now; an empty one clears it.
    def current(role: str) -> list[str]:
        return [x["actor"] for x in roles if x["role"] == role]

    lead = current("lead") if form.get("lead") is None else _actors("trekker", _filled(form["lead"]), known)
    partners = current("partner") if form.get("partners") is None else \
        _actors("partners", _filled(form["partners"]), known)
    title = _text("titel", page.get("title") if form.get("title") is None else form["title"], MAX_TITLE)
    now = page["period"] or {}
    if all(form.get(k) is None for k in ("period_text", "start_year", "end_year")):
        form = {**form, "period_text": now.get("text"), "start_year": str(now.get("start_year") or ""),
                "end_year": str(now.get("end_year") or "")}
    start, end = _year("startjaar", form.get("start_year")), _year("eindjaar", form.get("end_year"))
    if start and end and start > end:
        raise InvalidInput(f"startjaar {start} ligt na eindjaar {end}")
    period: dict[str, Any] = {"text": _text("periode", form.get("period_text"), MAX_PERIOD) or None,
                              "start_year": start, "end_year": end}
    old_period = was["period"] or {}
    fields = [name for name, changed in (
        ("lead", sorted(lead) != was["lead"]), ("partners", sorted(partners) != was["partners"]),
        ("period", any((old_period.get(k) or None) != period[k] for k in period)),
        ("title", bool(title) and title != was["title"])) if changed]
    if verdict == "wrong":
        fields = []
    changed_now = (sorted(lead) != sorted(x["actor"] for x in roles if x["role"] == "lead")
                   or sorted(partners) != sorted(x["actor"] for x in roles if x["role"] == "partner")
                   or any((now.get(k) or None) != period[k] for k in period)
                   or (bool(title) and title != (page.get("title") or "")))
    # A new correction (or "wrong") needs a reason; confirming what the page shows, earlier corrections
    # included, does not.
    if (verdict == "wrong" or (fields and changed_now)) and not reason:
        raise InvalidInput("geef een korte reden voor de correctie")
    return Review(document=document, code=page["code"], title=was["title"] or None, action=page["iri"],
                  verdict="wrong" if verdict == "wrong" else "corrected" if fields else "confirmed",
                  reviewer=reviewer, reason=reason, fields=fields, lead=lead, partners=partners,
                  new_title=title if "title" in fields else None,
                  period=period if "period" in fields else None)


def review_action(settings: Settings, store: Any, action_id: str, reviewer: str,
                  form: dict[str, Any]) -> Review:
    """Check the form against the action as stored now, and write the review as its own named graph."""
    from kg import graphapi, window
    from kg.vocab import ID

    page = graphapi.action_page(store, action_id)
    known = {a["id"]: f"{ID}actor/{a['id']}" for a in window.actor_choices(store)}
    review = build_review(page, page["source"].get("name") or "", reviewer, form, known)
    save_review(settings, review)
    return review
