"""Commitments outside coded tables: letters ('Het kabinet zal ...') and network strategies (positions)."""

from __future__ import annotations

import re
from typing import Any

from ingest.dependencies import split_sentences
from ingest.model import Action, ActorRef, ParsedDocument, Period, Role, Source

_LETTER = re.compile(r"\bGeachte\b|\bMet vriendelijke groet|\bHoogachtend\b", re.I)
_PARLIAMENT = re.compile(r"\bGeachte\s+(?:Voorzitter|Kamer)", re.I)
_CLOSING = re.compile(r"\bMet vriendelijke groet|\bHoogachtend\b", re.I)
# A first-person or cabinet subject plus a future/volitional verb: the letter's sender commits to something.
_SELF = re.compile(r"\b(?:(?:het )?kabinet|(?:het )?rijk|ik|wij|we)\b", re.I)
_WILL = re.compile(r"\b(?:zal|zullen|ga|gaat|gaan)\b(?!.{0,60}\bworden\b)|"
                   r"\bwil(?:len)?\b.{0,40}\b(?:inzetten|brengen|maken|realiseren|uitwerken|organiseren|"
                   r"starten|onderzoeken)\b", re.I)
_NOT_COMMIT = re.compile(r"\?|\bzou(?:den)?\b|\bvragen\b|\bverwachten\b|\bindien\b|\bals\b.{0,20}\bdan\b",
                         re.I)
_NETWORKS = re.compile(r"zet\s+(.{2,40}?)\s+in op de volgende netwerken\s*:", re.I)
_NUMBERED = re.compile(r"^\s*\d{1,2}\.\s+[A-Z]")
# Words that name a seat, role or membership in a body: what a network strategy aims for.
_POSITION = re.compile(r"\b(?:positie|voortrekkersrol|trekker(?:schap)?|voorzitter\w*|vicevoorzitter\w*|"
                       r"lid\b|lid worden|deelname|onderdeel worden|portefeuille\b.*\bclaimen|zitting|"
                       r"actieve rol)",
                       re.I)


def _prefix(doc: ParsedDocument, parliament: bool) -> str:
    """A stable code prefix: 'KB' for a letter to parliament, else the short first word of the file name."""
    if parliament:
        return "KB"
    parts = [p for p in re.split(r"[-_\s]+", doc.name) if p and not p.isdigit()]
    if parts and len(parts[0]) <= 5:
        return parts[0].upper()
    return "".join(p[0] for p in parts[:2]).upper() or "C"


# The sender and its modal verb: "Het kabinet zal", "... en wil", inverted "Deze studies willen wij".
_MODAL = r"(?:zal|zullen|wil|willen|ga|gaat|gaan)"
_SENDER = r"(?:het kabinet|het rijk|wij|we|ik)"
_SUBJECT_MODAL = re.compile(rf"^{_SENDER}\b[^,.;]*?\b{_MODAL}\s+", re.I)
_MODAL_SUBJECT = re.compile(rf"\s+{_MODAL}\s+{_SENDER}\s+", re.I)
_FILLER = re.compile(r"\s+(?:dan ook|daarom|derhalve)\b", re.I)
TITLE_CHARS = 140


def _title(sentence: str) -> str:
    """What is promised, as a to-do: the sentence without its sender and modal verb ("Het kabinet zal de
    aanbevelingen meenemen in de Nota Ruimte." -> "De aanbevelingen meenemen in de Nota Ruimte"), cut at a
    word boundary when long."""
    text = " ".join(sentence.split()).rstrip(" .;:")
    text = _SUBJECT_MODAL.sub("", text, count=1)
    m = _MODAL_SUBJECT.search(text)
    if m and m.start() < 80:
        text = text[:m.start()] + " " + text[m.end():]
    text = _FILLER.sub("", text)
    if len(text) > TITLE_CHARS:
        text = text[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
    return text[:1].upper() + text[1:]


def _position_sentence(item: str) -> str:
    """The sentence of a bullet that names the seat or role sought (the bullet may open with context)."""
    parts = [p for p in re.split(r"(?<=[.;])\s+(?=[A-Z])", item) if p.strip()]
    return next((p for p in parts if _POSITION.search(p)), item)


def _period(text: str) -> Period | None:
    try:
        from ingest.periods import parse_period
    except ImportError:
        return None
    return parse_period(text)


_SIGNER = re.compile(r"\b(?:Minister|Staatssecretaris|Directeur|Voorzitter|Burgemeester|Wethouder|"
                     r"Gedeputeerde|Secretaris)\b")


def _senders(doc: ParsedDocument, resolver: Any) -> list[ActorRef]:
    """Organisations on the signature lines ('Minister van ...', 'Directeur Techport') at the letter's end."""
    lines = [ln for ln in doc.text.splitlines() if ln.strip()][-15:]
    signed = "\n".join(ln for ln in lines if _SIGNER.search(ln))
    signed = re.sub(r"\bMinister\b", "Ministerie", signed)
    return [r for r in resolver.find(signed) if r.kind == "organisation"]


def _drop_heading(text: str, start: int, end: int) -> int:
    """Skip a section heading glued to the sentence ('Vervolg n.a.v. ...\nHet kabinet ...')."""
    first, _, rest = text[start:end].partition("\n")
    headline = len(first.strip()) < 70 and first.rstrip()[-1:] not in ".:;,!?"
    if rest and headline and rest.lstrip()[:1].isupper():
        return start + len(first) + 1 + (len(rest) - len(rest.lstrip()))
    return start


def _letter(doc: ParsedDocument, resolver: Any) -> list[Action]:
    parliament = bool(_PARLIAMENT.search(doc.text[:3000]))
    prefix = _prefix(doc, parliament)
    senders = _senders(doc, resolver)
    actions: list[Action] = []
    for page in doc.pages:
        for s, e in split_sentences(page.text):
            s = _drop_heading(page.text, s, e)
            sentence = page.text[s:e]
            flat = " ".join(sentence.split())
            if len(flat) < 30 or not _SELF.search(flat) or not _WILL.search(flat) or _NOT_COMMIT.search(flat):
                continue
            roles = [Role(a, "lead", 0.8) for a in senders]
            lead_keys = {a.key for a in senders}
            roles += [Role(a, "partner", 0.6) for a in resolver.find(flat)
                      if a.key not in lead_keys and a.kind == "organisation"
                      and not _SELF.fullmatch(a.mention.strip())]  # 'het kabinet' is the sender itself
            actions.append(Action(
                code=f"{prefix} {len(actions) + 1}", title=_title(flat), kind="commitment", description=flat,
                roles=roles, period=_period(flat), source=Source(page.number, sentence),
                confidence=0.7, flags=[] if senders else ["low_confidence_wie"],
            ))
    return actions


def _bullets(text: str) -> list[tuple[int, int]]:
    """Spans of '•' items in a page text; a wrapped item continues until a blank line or the next bullet."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"(?m)^[ \t]*•[ \t]*", text):
        start = m.end()
        end = start
        for line in re.finditer(r"[^\n]*\n?", text[start:]):
            chunk = line.group(0)
            if not chunk or (end > start and (not chunk.strip() or chunk.lstrip().startswith("•"))):
                break
            if end > start and text[:end].rstrip().endswith(".") and chunk.strip()[:1].isupper():
                break  # a finished item followed by a capitalised line: the next network heading
            end = start + line.end()
        spans.append((start, len(text[:end].rstrip()) if end > start else start))
    return [(s, e) for s, e in spans if e > s]


def _networks(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """Positions sought in named networks: in each 'zet X in op de volgende netwerken:' section, every bullet
    that names a seat or role (positie, voortrekkersrol, voorzitter, lid worden, ...)."""
    prefix = _prefix(doc, False)
    doc_period = _period(doc.title) if re.search(r"\b20\d\d\b", doc.title) else None
    actions: list[Action] = []
    lead: list[ActorRef] = []
    in_section = False
    for page in doc.pages:
        heading = ""
        bullets = {s: e for s, e in _bullets(page.text)}
        pos = 0
        for raw in page.text.split("\n"):
            line_start, pos = pos, pos + len(raw) + 1
            m = _NETWORKS.search(raw)
            if m:
                in_section, heading = True, ""
                subject = m.group(1)
                lead = [r for r in resolver.find(subject) + resolver.find(f"gemeente {subject}")
                        if r.kind == "organisation"][:1]
                continue
            if _NUMBERED.match(raw):
                in_section = False
            if not in_section or not raw.strip():
                continue
            if not raw.lstrip().startswith("•"):
                if len(raw.strip()) < 60 and not raw.rstrip().endswith((".", ",", ";")):
                    heading = raw.strip().rstrip(":")
                continue
            start = line_start + len(raw) - len(raw.lstrip().lstrip("•").lstrip())
            end = bullets.get(start)
            if end is None:
                continue
            item = page.text[start:end]
            flat = " ".join(item.split())
            if not _POSITION.search(flat) or re.search(r"\bgeen voortrekkersrol\b", flat, re.I):
                continue
            keys = {a.key for a in lead}
            involved = [a for a in resolver.find(f"{heading}. {flat}") if a.key not in keys]
            own_period = _period(flat)
            actions.append(Action(
                code=f"{prefix} {len(actions) + 1}", title=_title(_position_sentence(flat)),
                kind="commitment",
                description=f"{heading}: {flat}" if heading else flat,
                roles=[Role(a, "lead", 0.9) for a in lead] + [Role(a, "involved", 0.7) for a in involved],
                period=own_period or doc_period, source=Source(page.number, item), confidence=0.8,
                # the strategy's own span ('... 2022-2026' in its title) stands in for a period the item lacks
                flags=[] if own_period or doc_period is None else ["period_from_title"],
            ))
    return actions


def extract_commitments(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """Commitments by document kind, detected from the content: a network strategy ('zet X in op de volgende
    netwerken'), else a letter (salutation or closing formula). Other documents give none (precision)."""
    from ingest.vviz import extract_action_table  # a vision's own action table ('Tabel N – Acties ...')

    table = extract_action_table(doc, resolver)
    text = doc.text
    if _NETWORKS.search(text):
        return table + _networks(doc, resolver)
    if _LETTER.search(text) and not re.search(r"(?m)^\s*Uitvoeringsafspraak\s+[A-Z]\s*:", text):
        return table + _letter(doc, resolver)
    return table
