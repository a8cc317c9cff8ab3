"""Roles listed per party: 'Gem. Emmen | Trekker van: A1, A2; partner bij: A5', one line per organisation.

Some agendas list their actions without a who (code, title, period) and then, per organisation, the actions it
leads and joins. Who does an action is then only known by gathering its code from every party's line. Such
lines are rewritten here into an ordinary table, one row per code with the parties in role columns and the
title and period from the list of coded items, so that the one table-to-action model reads it.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.headers import meaning
from ingest.model import Page, Table, TableRow
from ingest.periods import parse_period
from ingest.role_matrix import ROLE_COLUMNS

_CODE = r"(?:[A-Z]{1,4}[ .-]?)?(?!(?:19|20)\d\d)\d{1,3}(?:\.\d{1,2})?[a-z]?"
_CODES = rf"{_CODE}(?:\s*(?:,|\ben\b|&|\+)\s*{_CODE})*"
# "Trekker van: A1, A2", "partner bij A5 en A8", "betrokken bij: 3": a role word, a small word, the codes.
_ROLE_CODES = re.compile(rf"(?i)\b(trekker|partner|betrokkene?|opdrachtgever|initiatiefnemer)s?"
                         rf"(?:\s+(?:van|bij|in|voor|op))?\s*:?\s*(?-i:({_CODES}))(?![\w.-])")
_ONE_CODE = re.compile(_CODE)
# A coded item of a list: "- **A1** Stresstest wateroverlast — 2026-2027".
_ITEM = re.compile(rf"^\s*(?:[-*•]\s+)?(?:\*\*)?({_CODE})(?:\*\*)?[.:)]?\s+(\S.*?)"
                   r"(?:\s+[—–-]\s+([^—–]*?(?:(?:19|20)\d\d|doorlopend)[^—–]*))?\s*$")
_PARTY_EDGE = " |\t:;-–—•*"
MAX_PARTY_WORDS = 8
MIN_PARTIES = 2


def _party(before: str) -> str:
    """The organisation a line opens with, before its first role word: a table's first cell or a label."""
    text = before.replace("**", "").strip(_PARTY_EDGE)
    text = re.split(r"\s*\|\s*|\t", text)[-1].strip(_PARTY_EDGE)
    return text if text and len(text.split()) <= MAX_PARTY_WORDS and text[:1].isupper() else ""


def _codes(text: str) -> list[str]:
    return [m.group().replace(" ", "") if re.fullmatch(r"[A-Z]+ \d.*", m.group()) else m.group()
            for m in _ONE_CODE.finditer(text)]


def find_party_tables(pages: list[Page]) -> list[Table]:
    """The ordinary table of the roles a document lists per party (empty when it lists fewer than two)."""
    roles: dict[str, dict[str, list[str]]] = {}
    parties = 0
    first_page = 0
    for page in pages:
        for line in page.text.split("\n"):
            found = list(_ROLE_CODES.finditer(line))
            party = _party(line[:found[0].start()]) if found else ""
            if not party:
                continue
            parties += 1
            first_page = first_page or page.number
            for m in found:
                role = meaning(m.group(1))
                if role not in ROLE_COLUMNS:
                    continue
                for code in _codes(m.group(2)):
                    names = roles.setdefault(code, {}).setdefault(role, [])
                    if party not in names:
                        names.append(party)
    if parties < MIN_PARTIES:
        return []
    items = _coded_items(pages, set(roles))
    order = [c for c in items if c in roles] + [c for c in roles if c not in items]
    columns = [r for r in ROLE_COLUMNS if any(r in roles[c] for c in order)]
    header = ["Code", "Actie", "Planning"] + [ROLE_COLUMNS[r] for r in columns]
    table = Table(page=first_page, header=header, method="parties")
    for code in order:
        title, when, page_number = items.get(code, ("", "", first_page))
        cells = [code, title, when] + [", ".join(roles[code].get(r, [])) for r in columns]
        table.rows.append(TableRow(cells=cells, page=page_number))
    return [table]


def _coded_items(pages: list[Page], codes: set[str]) -> dict[str, tuple[str, str, int]]:
    """Title, period and page of each code the party lines name, from a list of coded items."""
    out: dict[str, tuple[str, str, int]] = {}
    for page in pages:
        for line in page.text.split("\n"):
            m = _ITEM.match(line)
            if m and m.group(1) in codes and m.group(1) not in out and not _ROLE_CODES.search(line):
                out[m.group(1)] = (m.group(2).strip(" *"), (m.group(3) or "").strip(), page.number)
    return out


# A task list per party: a heading per organisation ("## Barendrecht") and under it the coded tasks it takes
# part in ("- [ ] **BAR-02** Hitteplan (trekker) — gereed eind 2027"); a ticked box is a task done.
_SECTION = re.compile(r"^\s*(?:#{1,6}\s+|\*\*)([^#*\n]{2,60}?)(?:\*\*)?\s*:?\s*$")
_TASK = re.compile(rf"^\s*[-*•]?\s*(?:\[\s*([xX✓✔]?)\s*\]\s*)?(?:\*\*)?({_CODE})(?:\*\*)?[.:)]?\s+(\S.*?)"
                   r"(?:\s+[—–]\s+(.*?))?\s*$")
_LEAD_MARK = re.compile(r"\s*\((?:trekker|penvoerder|lead)\)", re.I)


def find_party_sections(pages: list[Page]) -> list[Table]:
    """The ordinary table of a task list per party: each code once, the party whose task says '(trekker)'
    leads (or the only party that lists it), the others partner. Taken only when at least two headings hold
    tasks and some code stands under two of them; a task ticked as done is no action."""
    tasks: dict[str, dict[str, Any]] = {}
    party, sections, first_page = "", set(), 0
    for page in pages:
        for line in page.text.split("\n"):
            head = _SECTION.match(line)
            task = _TASK.match(line)
            if head and not task:
                party = head.group(1).strip()
                continue
            if not (task and party):
                continue
            done, code, title, when = task.groups()
            sections.add(party)
            first_page = first_page or page.number
            entry = tasks.setdefault(code, {"title": _LEAD_MARK.sub("", title).strip(" *"),
                                            "when": when or "", "page": page.number, "lead": [],
                                            "partners": [], "done": False})
            entry["done"] = entry["done"] or bool(done)
            role = "lead" if _LEAD_MARK.search(title) else "partners"
            if party not in entry["lead"] + entry["partners"]:
                entry[role].append(party)
    shared = any(len(t["lead"]) + len(t["partners"]) > 1 for t in tasks.values())
    if len(sections) < MIN_PARTIES or not shared:
        return []
    table = Table(page=first_page, header=["Code", "Actie", "Planning", "Trekker", "Partners"],
                  method="parties")
    for code, t in tasks.items():
        if t["done"]:
            continue
        lead, partners = t["lead"], t["partners"]
        if not lead and len(partners) == 1:
            lead, partners = partners, []
        table.rows.append(TableRow(cells=[code, t["title"], t["when"], ", ".join(lead), ", ".join(partners)],
                                   page=t["page"]))
    return [table] if table.rows else []


# "WAT DOET DE GEMEENTE HARDERWIJK?" over bullets of what that party does: the party leads each bullet.
_PARTY_QUESTION = re.compile(r"(?i)^\s*(?:#+\s*)?wat\s+(?:doet|doen|gaat|gaan)\s+(?P<party>\S.{2,80}?)"
                             r"(?:\s+doen)?\s*\?\s*$")
# "### 3.1 Gemeente Land van Cuijk zegt toe:", "Afspraken van Waterschap Aa en Maas": an agreement's
# promises per party, the party named in the heading only.
_PARTY_PROMISES = re.compile(r"(?i)^\s*(?:#+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:(?P<party>\S.{2,80}?)\s+"
                             r"(?:zegt|zeggen)\s+toe|(?:afspraken|toezeggingen)\s+(?:van|voor)\s+"
                             r"(?P<party2>\S.{2,80}?))\s*:?\s*$")
_CODED_ITEM = re.compile(r"^(?P<code>\d{1,2}(?:\.\d{1,2}){1,3}|[A-Z]{1,4}[ -]?\d{1,3}(?:\.\d{1,2})?)\.?\s+"
                         r"(?P<rest>\S.*)$")
_BRACKETED_TAIL = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*\.?\s*$")
_WITH = re.compile(r"(?i)^(?:samen\s+met|in\s+samenwerking\s+met|i\.?s\.?m\.?|met)\s+(?P<with>\S.*)$")
_BULLET = re.compile(r"^\s*[-•*–]\s+(\S.*)$")
_ORDERED_BY = re.compile(r"(?i),?\s+in\s+opdracht\s+van\s+(?P<by>[^,;]+)")


def find_party_questions(pages: list[Page]) -> list[Table]:
    """The ordinary table of what each party does, asked per party ('Wat doet de gemeente Ermelo?') with
    bullets under it that end in their time ('..., samen met X, 2027-2029.'): the party leads each bullet; a
    bullet without a time (past work, a remark) is none. Taken only under two such headings or more."""
    rows: list[TableRow] = []
    party, parties, first_page = "", 0, 0
    for page in pages:
        for line in page.text.split("\n"):
            head = _PARTY_QUESTION.match(line) or _PARTY_PROMISES.match(line)
            if head:
                party, parties = (head.group("party") or head.group("party2")).strip(), parties + 1
                first_page = first_page or page.number
                continue
            item = _BULLET.match(line) if party else None
            if item is None:
                continue
            text = item.group(1).replace("**", "").strip()
            coded = _CODED_ITEM.match(text)
            code, text = (coded.group("code"), coded.group("rest")) if coded else ("–", text)
            partners = ""
            tail = _BRACKETED_TAIL.search(text)
            if tail:  # '3.1.1 Afkoppelen in Grave (2027-2029; samen met Waterschap Aa en Maas).'
                parts = [p.strip() for p in tail.group("inner").split(";")]
                with_ = [m.group("with") for p in parts if (m := _WITH.match(p))]
                what, when, partners = text[:tail.start()], parts[0], ", ".join(with_)
            else:
                what, _, when = text.rstrip(".").rpartition(",")
            period = parse_period(when.strip()) if what else None
            if period is None or period.start_year is None and period.end_year is None:
                continue
            ordered = _ORDERED_BY.search(what)
            by = ordered.group("by") if ordered else ""
            rows.append(TableRow(cells=[code, what.strip(), party, partners, by, when.strip()],
                                 page=page.number))
    if parties < MIN_PARTIES or not rows:
        return []
    header = ["Nr.", "Actie", ROLE_COLUMNS["lead"], ROLE_COLUMNS["partners"], ROLE_COLUMNS["commissioner"],
              "Planning"]
    if not any(r.cells[3] for r in rows):  # partners in the bullet's words ('samen met X') are read there
        header.pop(3)
        for r in rows:
            r.cells.pop(3)
    return [Table(page=first_page, header=header, rows=rows, method="parties")]
