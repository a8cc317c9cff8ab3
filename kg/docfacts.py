"""Facts about a document itself: kind (from its title), date, signatories, sender, addressee (its text)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import URIRef

from kg import lookup
from kg.graphapi import Selectable, short_id
from kg.textnorm import fold
from kg.vocab import ID

_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
_DATE = rf"\d{{1,2}}\s+(?:{_MONTHS})\s+(?:19|20)\d\d"
# A letterhead's date field ('Datum 20 juni 2025', 'Datum:\n1 juli 2025') or a dated approval in the text.
_DATE_FIELD = re.compile(rf"(?im)^\s*(?:datum|verzonden|verzenddatum)\s*:?\s*(?:\n\s*)*({_DATE})")
_DATED_ACT = re.compile(rf"(?i)\b(?:op|d\.d\.)\s+({_DATE})\b[^.]{{0,120}}?\b(?:vastgesteld|ingestemd|"
                        rf"ondertekend|getekend|onderschreven|besloten)")
_SALUTATION = re.compile(r"(?m)^\s*(?:Geachte|Beste)\b[^\n]*")
_CLOSING = re.compile(r"(?i)\b(?:met vriendelijke groet(?:en)?|hoogachtend|met hartelijke groet)\b,?")
_ADDRESSEE = re.compile(r"(?is)(?:^|\n)\s*aan\b\s*:?\s*\n?(.+?)(?:\n\s*\n|\Z)")
# An office line under a signature: 'Minister van ...', 'Directeur Techport', 'Voorzitter Stichting ...'.
_OFFICE = re.compile(r"(?m)^\s*((?:De\s+)?(?:Minister|Staatssecretaris|Directeur|Voorzitter|Burgemeester|"
                     r"Wethouder|Gedeputeerde|Secretaris|Dijkgraaf|Griffier|Bestuurder|Namens)\b[^\n]{0,120})$")
HEAD_WORDS = 300
TAIL_WORDS = 150
"""How much of the start (letterhead, date, addressee) and of the end (signature) a document's facts read."""
_PERSON = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:van|de|der|den|ter|ten|[A-Z][\w'’.-]+))*\s+[A-Z][\w'’.-]+$")


@lru_cache(maxsize=1)
def document_words() -> dict[str, Any]:
    raw = json.loads(resources.files("kg").joinpath("data/document_words.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def _words(question: str) -> str:
    return f" {' '.join(re.findall(r'[a-z0-9]+', fold(question)))} "


def asks_about_document(question: str) -> bool:
    """Whether a question asks who signed or sent a document, to whom, when, or what kind it is."""
    folded = _words(question)
    return any(f" {w} " in folded for w in _asking(folded, "question"))


def _asking(folded: str, part: str) -> list[str]:
    """The words of `part` that ask about a document in this question: those that do so only beside a
    document's name ('welke datum', 'aan wie') are left out when it names none."""
    words = document_words()
    names = (*(e for endings in words["kinds"].values() for e in endings), *words["documents"])
    if any(word.endswith(names) for word in folded.split()):
        return list(words[part])
    return [w for w in words[part] if w not in words["named"]]


def part_asked(question: str) -> str | None:
    """'signature' when a question asks who signed a document, 'letterhead' when it asks its date or
    addressee, else None (who wrote it, what kind it is: either end may say)."""
    folded = _words(question)
    words = document_words()
    if any(f" {w} " in folded for w in words["signature"]) or (
            folded.startswith((" wie ", " welke ", " welk ", " door wie ")) and " aan wie " not in folded
            and " datum " not in folded and any(f" {w} " in folded for w in words["sent"])):
        return "signature"  # who signed it, who sent it ('Welke minister stuurde de Kamerbrief ...?')
    return "letterhead" if any(f" {w} " in folded for w in _asking(folded, "letterhead")) else None


def is_letter(first: str, last: str) -> bool:
    """Whether a text with this opening and this closing is a letter: a date field, an addressee or a
    salutation at the top, or a closing formula at the end. Only a letter keeps its date and addressee in its
    letterhead and its signatories at its end; an agenda lists who signed it anywhere."""
    return bool(_DATE_FIELD.search(first) or _ADDRESSEE.search(first) or _SALUTATION.search(first)
                or _CLOSING.search(last))


def kind_of(title: str, name: str = "") -> str | None:
    """'brief', 'agenda', 'visie', ... from the first title (or file name) word that ends in a kind word."""
    for word in re.findall(r"[a-z]+", fold(f"{title} {name}")):
        for kind, endings in document_words()["kinds"].items():
            if any(word.endswith(e) for e in endings):
                return str(kind)
    return None


def _signature(text: str) -> tuple[list[str], list[str]]:
    """(signatories, their offices) from the last office lines of a text and the name lines just above."""
    lines = [line.strip() for line in text.splitlines()]
    names: list[str] = []
    offices: list[str] = []
    for i, line in enumerate(lines):
        if not _OFFICE.match(line):
            continue
        above = next((lines[j] for j in range(i - 1, max(i - 4, -1), -1) if lines[j]), "")
        people = [p.strip() for p in above.rstrip(",").split(",") if p.strip()]
        if people and all(_PERSON.match(p) for p in people):
            names, offices = people, [line]  # the last signature block wins: it closes the text
    return names, offices


def describe(text_first: str, text_last: str, title: str, name: str) -> dict[str, Any]:
    """Kind, date, addressee, signatories and sender from a document's first and last pages."""
    letter = bool(_SALUTATION.search(text_first) or _DATE_FIELD.search(text_first))
    date = _DATE_FIELD.search(text_first) or _DATED_ACT.search(text_first)
    addressee = _ADDRESSEE.search(text_first)
    salutation = _SALUTATION.search(text_first)
    tail = text_last
    closing = list(_CLOSING.finditer(tail))
    if closing:
        tail = tail[closing[-1].end():]
    signatories, offices = _signature(tail)
    return {
        "document_kind": "brief" if letter else kind_of(title, name),
        "date": date.group(1) if date else None,
        "addressee": " ".join(addressee.group(1).split()).rstrip(",") if addressee and letter
        else (salutation.group(0).strip().rstrip(",") if salutation else None),
        "signatories": signatories, "sender": "; ".join(offices) or None,
    }


@lru_cache(maxsize=256)  # document IRIs carry the content hash: a changed document is a new key
def _cached(doc: str, first: str, last: str, title: str, name: str) -> tuple[tuple[str, Any], ...]:
    return tuple(describe(first, last, title, name).items())


def _head(texts: list[str], words: int, reverse: bool = False) -> str:
    """The first pages of `texts` up to about `words` words (a letterhead may span short 'pages')."""
    taken: list[str] = []
    count = 0
    for text in texts:
        taken.append(text)
        count += len(text.split())
        if count >= words:
            break
    return "\n\n".join(taken[::-1] if reverse else taken)


def document_fact(store: Selectable, doc: dict[str, Any]) -> dict[str, Any]:
    """The fact row for one document (a row of the ui_documents query)."""
    pages = store.select("ui_document_pages", doc=URIRef(str(doc["doc"])))
    texts = [p.get("text") or "" for p in pages]
    first, last = _head(texts, HEAD_WORDS), _head(texts[::-1], TAIL_WORDS, reverse=True)
    info = dict(_cached(str(doc["doc"]), first, last, doc.get("title") or "", doc.get("name") or ""))
    return {"kind": "document", "id": short_id(doc["doc"]).removeprefix("doc/"),
            "title": doc.get("title") or doc.get("name"), **info}


def answer(store: Selectable, question: str, results: list[Any] | None) -> list[dict[str, Any]]:
    """For a question about a document itself, the facts of the document its best passages come from."""
    if not results or not asks_about_document(question):
        return []
    top = results[0] if isinstance(results[0], dict) else results[0].to_dict()
    wanted = str(top.get("doc_iri") or "") or _doc_of(str(top.get("passage") or ""))
    doc = lookup.document(store, wanted) if wanted.startswith(str(ID)) else None
    return [document_fact(store, doc)] if doc else []


def _doc_of(passage_iri: str) -> str:
    return passage_iri.split("/passage/", 1)[0]
