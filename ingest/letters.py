"""Letter metadata: whether a document is a letter, its date, sender organisations, signatories, addressee."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ingest.model import ActorRef, ParsedDocument
from ingest.periods import parse_period
from kg.vocab import slug

_SALUTATION = re.compile(r"(?m)^\s*(?:Geachte|Beste|L\.S\.)\b")
_CLOSING = re.compile(r"\b(?:Met vriendelijke groet(?:en)?|Met hartelijke groet|Hoogachtend|"
                      r"Namens (?:deze|het college)|Wij verblijven)\b", re.I)
# Letterhead fields: two of them in the first lines make a letter even without salutation.
# A letterhead field opens its line, capitalised ('Van:', 'DATUM'; not a cell's wrapped "van de wijk").
_FIELD = re.compile(r"(?m)^[ \t]{0,4}(?=[A-Z])(?i:Datum|Onderwerp|Betreft|Kenmerk|Ons kenmerk|Uw kenmerk|"
                    r"Aan|Van|Afzender|Verzonden|Verzenddatum|Bijlage\(?n?\)?|Contactpersoon|"
                    r"Behandeld door)\b\s*:?")
_PARLIAMENT = re.compile(r"\bGeachte\s+(?:Voorzitter|Kamer(?:leden)?)\b|\b(?:Tweede|Eerste)\s+Kamer\b", re.I)
_MONTH = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?")
_DATE = (rf"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{{1,2}}\s+{_MONTH}"
         rf"\s+20\d\d")
_NUMERIC = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](20\d\d)\b")
_DATE_FIELD = re.compile(rf"(?im)^\s*[*_]{{0,2}}(?:Datum|Verzonden|Verzenddatum|Datum verzending|"
                         rf"Vergaderdatum|Datum vergadering)\s*:?\s*[*_]{{0,2}}\s*:?\s*(?:\n\s*)*"
                         rf"({_DATE}|\d{{1,2}}[-./]\d{{1,2}}[-./]20\d\d)")
# "Den Haag, 3 februari 2025" or a line with only a date, in the letterhead.
_PLACE_DATE = re.compile(rf"(?im)^\s*(?:[A-Z'][\w'’. -]{{1,30}},\s*)?({_DATE})\s*$")

_NAME = (r"[A-Z'\u00C0-\u00DE][\w'’.-]*"
         r"(?:[ \t]+(?:(?:en|van|de|der|den|aan|op|'s)[ \t]+)?[A-Z\u00C0-\u00DE][\w'’.-]*)*")
# The body that signs or heads a letter, written as its governing board -> the organisation's name.
_BODIES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?i:college\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*(?:&|en)\s*w)|"
                rf"burgemeester\s+en\s+wethouders|(?:de\s+)?burgemeester)\s+"
                rf"(?i:van\s+(?:de\s+gemeente\s+)?)({_NAME})"), "Gemeente {}"),
    (re.compile(rf"(?i:gedeputeerde\s+staten|college\s+van\s+gedeputeerde\s+staten|provinciale\s+staten)\s+"
                rf"(?i:van\s+(?:de\s+provincie\s+)?)({_NAME})"), "Provincie {}"),
    (re.compile(rf"(?i:(?:het\s+)?(?:dagelijks\s+|algemeen\s+)?bestuur\s+van\s+(?:het\s+)?)"
                rf"((?i:waterschap|hoogheemraadschap|wetterskip)\s+(?:van\s+)?{_NAME})"), "{}"),
    (re.compile(rf"(?i:(?:het\s+)?college\s+van\s+)?(?i:dijkgraaf\s+en\s+(?:hoog)?heemraden)\s+(?i:van\s+(?:het\s+)?)"
                rf"((?i:waterschap|hoogheemraadschap)\s+(?:van\s+)?{_NAME})"), "{}"),
    (re.compile(r"\b(?i:de\s+)?(?i:minister|staatssecretaris|minister-president)\s+"
                r"(?:voor\s+[\w ]+?\s+van\s+|van\s+|voor\s+)"
                r"((?:[A-Z][\w-]*|en|,)(?:[ \t,]+(?:[A-Z][\w-]*|en))*)"), "Ministerie van {}"),
]
# Lines naming a signer's office: the organisation on the same line is a sender ("Directeur Techport").
_SIGNER = re.compile(r"(?:\b(?:de|het)\s+)?\b(?:Minister|Staatssecretaris|Directeur|Voorzitter|Burgemeester|"
                     r"Wethouder|Gedeputeerde|Secretaris|Dijkgraaf|Bestuurder|Namens)\b", re.I)
_LETTERHEAD_BODY = re.compile(r"^\s*((?i:gemeente|provincie|waterschap|hoogheemraadschap|wetterskip|"
                              r"omgevingsdienst|veiligheidsregio|ministerie van)\s+[^\n,:;]{2,60}?)\s*$")
_SIDE_BY_SIDE = re.compile(r"\s+[|/]\s+")
"""Between two names on one line: a letter of two bodies ('Gemeente X  |  Waterschap Y')."""
# A letter of the executive to its own council: the addressee names the body ("Aan de gemeenteraad van Ede").
_OWN_COUNCIL = [
    (re.compile(rf"(?i:gemeenteraad|de raad)\s+(?i:van\s+(?:de\s+gemeente\s+)?)({_NAME})"), "Gemeente {}",
     re.compile(r"(?i)\bhet college\b|raadsinformatiebrief|raadsbrief")),
    (re.compile(rf"(?i:provinciale staten)\s+(?i:van\s+)({_NAME})"), "Provincie {}",
     re.compile(r"(?i)\bgedeputeerde staten\b|\bGS\b|statenbrief|statenmededeling")),
]
# Type of a sender by the first word of its name, when the registry does not say.
_TYPE_WORDS = {"gemeente": "gemeente", "provincie": "provincie", "waterschap": "waterschap",
               "hoogheemraadschap": "waterschap", "wetterskip": "waterschap", "ministerie": "ministerie",
               "omgevingsdienst": "omgevingsdienst", "veiligheidsregio": "veiligheidsregio", "ggd": "ggd"}


@dataclass
class Letter:
    date: str | None = None                  # "2026-03-12", or a year taken from the title
    senders: list[ActorRef] = field(default_factory=list)
    sender_type: str | None = None           # gemeente | provincie | waterschap | ministerie | rijk | ...
    signatories: list[str] = field(default_factory=list)
    addressee: str = ""
    to_parliament: bool = False


def is_letter(text: str) -> bool:
    """A salutation or closing formula, or letterhead fields at the top: an addressee or sender ('Aan', 'Van')
    with a date, subject or reference (a report's cover may carry a date and a subject, but no addressee)."""
    head = "\n".join(text.splitlines()[:40])
    fields = {re.sub(r"\W+", " ", m.group(0)).strip().lower() for m in _FIELD.finditer(head)}
    return bool(_SALUTATION.search(text[:6000]) or _CLOSING.search(text)
                or (fields & {"aan", "van", "afzender"} and len(fields) >= 2))


def _iso(raw: str) -> str | None:
    m = _NUMERIC.search(raw)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    period = parse_period(raw)
    return period.start if period and period.start else None


def letter_date(doc: ParsedDocument) -> str | None:
    """The writing date: a 'Datum' field, a 'Place, date' or date-only line in the letterhead, else the
    latest year in the title."""
    head = "\n".join(doc.text.splitlines()[:60])
    for pattern in (_DATE_FIELD, _PLACE_DATE):
        m = pattern.search(head)
        if m:
            iso = _iso(m.group(1))
            if iso:
                return iso
    years = re.findall(r"\b20\d\d\b", doc.title)
    return max(years) if years else None


def actor_named(name: str, resolver: Any) -> ActorRef | None:
    """A registry actor by name, or an unregistered one kept under its own name."""
    name = " ".join(name.split()).strip(" ,.;:")
    if len(name) < 4:
        return None
    ref = resolver.by_label(name)
    if ref:
        return ActorRef(ref.key, ref.label, mention=name)
    found = [r for r in resolver.find(f"Door {name}.") if r.kind == "organisation"]
    if len(found) == 1 and (found[0].known or found[0].label.lower() == name.lower()):
        return found[0]
    return ActorRef(key=slug(name), label=name, known=False, mention=name)


def body_spans(text: str, resolver: Any) -> list[tuple[int, int, ActorRef]]:
    """Organisations named by their board or office, with where they stand: 'het college van burgemeester en
    wethouders van Arnhem' -> Gemeente Arnhem, 'De Minister van Klimaat en Groene Groei' -> Ministerie van
    Klimaat en Groene Groei."""
    found: list[tuple[int, int, ActorRef]] = []
    for pattern, template in _BODIES:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            # "de minister van Financiën en ik": the name ends before a trailing "en" or comma
            name = re.sub(r"(?:[\s,]+|\s+en)+$", "", m.group(1))
            ref = actor_named(template.format(name), resolver)
            if ref:
                found.append((m.start(), m.start(1) + len(name), ref))
    return sorted(found, key=lambda f: f[0])


def bodies(text: str, resolver: Any) -> list[ActorRef]:
    """The organisations of body_spans, each once, in order."""
    out: list[ActorRef] = []
    for _, _, ref in body_spans(text, resolver):
        if all(ref.key != r.key for r in out):
            out.append(ref)
    return out


def _signature(lines: list[str]) -> list[str]:
    """The lines after the last closing formula (or the last 15 lines of a letter without one)."""
    last = max((i for i, ln in enumerate(lines) if _CLOSING.search(ln)), default=None)
    return lines[last:last + 15] if last is not None else lines[-15:]


def _letterhead_bodies(line: str, resolver: Any) -> list[ActorRef]:
    """The bodies a letterhead line names alone or side by side ('Gemeente Steenbergen | Waterschap Brabantse
    Delta': a letter of both)."""
    parts = [m for part in _SIDE_BY_SIDE.split(line) if (m := _LETTERHEAD_BODY.match(part))]
    return [ref for m in parts if (ref := actor_named(m.group(1), resolver))]


def _senders(doc: ParsedDocument, resolver: Any) -> list[ActorRef]:
    lines = [ln for ln in doc.text.splitlines() if ln.strip()]
    # signature lines are short and open with the body or office; running text above them may name
    # other ministers ("in overleg met de minister van Financiën"); two signers may stand side by side
    # ("Het college van ... van Steenbergen / Het dagelijks bestuur van Waterschap ...")
    signed = [part.strip() for ln in _signature(lines) for part in _SIDE_BY_SIDE.split(ln)
              if len(part.strip()) <= 90]
    refs: list[ActorRef] = []
    for line in signed:
        for start, end, ref in body_spans(line, resolver):
            if re.search(r"\b(?:minister|staatssecretaris)\b", line[start:end]):
                continue  # a signer's office is capitalised; "mede namens de minister van X" only co-signs
            if start <= 8 and all(ref.key != r.key for r in refs):
                refs.append(ref)
        body = _LETTERHEAD_BODY.match(line.rstrip(" ,"))  # a line with only the body's name: "Waterschap X,"
        if body and not refs:
            named = actor_named(body.group(1), resolver)
            refs += [named] if named else []
    offices = "\n".join(ln for ln in signed if _SIGNER.match(ln) or (len(ln) <= 60 and _SIGNER.search(ln)))
    # "De Minister van X", "DE STAATSSECRETARIS VAN X – OPENBAAR VERVOER EN MILIEU": the ministry of X
    offices = re.sub(r"\b(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS)\b(?=\s+(?:van|VAN)\b)",
                     "Ministerie", offices)
    offices = re.sub(r"\s+[–—-]\s+[^\n]*", "", offices)
    for ref in resolver.find(offices):
        if ref.kind == "organisation" and all(ref.key != r.key for r in refs):
            refs.append(ref)
    if refs:  # a letterhead of two bodies side by side names both, whoever the signature spelled out
        both = next((heads for ln in lines[:5] if len(heads := _letterhead_bodies(ln, resolver)) > 1), [])
        return refs + [ref for ref in both if all(ref.key != r.key for r in refs)]
    for line in lines[:15]:  # the letterhead: a line holding only the body's name, or "Van: ..."
        if re.match(r"(?i)\s*aan\b", line):
            continue
        line = re.sub(r"^\s*[*_#]+\s*|\s*[*_]+\s*$", "", line)  # '**Ministerie van X**' in Markdown
        line = re.sub(r"(?i)^\s*(?:van|afzender)\s*:\s*|^\s*(?:raads|staten)?informatiebrief\s+", "", line)
        heads = _letterhead_bodies(line, resolver)
        if heads:
            return heads
    found = bodies("\n".join(lines[:15]), resolver)
    if found:
        return found
    for pattern, template, own in _OWN_COUNCIL:
        m = pattern.search("\n".join(lines[:15]))
        if m and own.search(doc.text):
            council = actor_named(template.format(m.group(1)), resolver)
            return [council] if council else []
    return []


def actor_type(ref: ActorRef, resolver: Any) -> str | None:
    """gemeente, provincie, waterschap, ministerie, ggd, ... from the name's first word ('GGD Hollands
    Midden', 'Veiligheidsregio IJsselland'), else from the registry's type."""
    if ref.key == "rijk":
        return "rijk"
    first = ref.label.split()[0].lower() if ref.label else ""
    if first in _TYPE_WORDS:
        return _TYPE_WORDS[first]
    row = next((r for r in resolver.registry() if r["key"] == ref.key), None) if ref.known else None
    return str(row["type"]) if row and row.get("type") else None


OWN_KINDS = ("gemeente", "provincie", "waterschap")
"""The kinds of body a programme, budget or work plan is written by."""


def first_body(text: str, resolver: Any, kinds: tuple[str, ...] = OWN_KINDS) -> ActorRef | None:
    """The first organisation of one of `kinds` that `text` names."""
    return next((r for r in resolver.find(text, groups=False) if actor_type(r, resolver) in kinds), None)


def opening(doc: ParsedDocument, lines: int = 15) -> str:
    """A document's first lines: where it says whose it is ('Gemeente Zevenaar – Domein Fysiek')."""
    return "\n".join(doc.text.splitlines()[:lines])


def home_province(senders: list[ActorRef], resolver: Any) -> ActorRef | None:
    """The province a municipal sender lies in (the register's CBS province code): the body a bare "de
    provincie" in its letter stands for when the letter names no province."""
    rows = {r["key"]: r for r in resolver.registry()}
    codes = {rows[s.key].get("province") for s in senders if s.key in rows} - {None}
    if len(codes) != 1:
        return None
    tooi = f"provincie/{codes.pop()}"
    row = next((r for r in rows.values() if r.get("tooi") == tooi), None)
    return ActorRef(row["key"], row["label"]) if row else None


def read_letter(doc: ParsedDocument, resolver: Any) -> Letter:
    """Date, senders (from the signature, else the letterhead), signatories and addressee of a letter."""
    text = doc.text
    senders = _senders(doc, resolver)
    head = text.splitlines()[:40]
    at = next((i for i, ln in enumerate(head) if re.match(r"(?i)\s*aan\b", ln)), None)
    addressee = ""
    if at is not None:  # "Aan:" with the addressee on the next line
        addressee = head[at].strip() if head[at].strip(" :\t").lower() != "aan" else next(
            (ln.strip() for ln in head[at + 1:] if ln.strip()), "")
    salutation = _SALUTATION.search(text[:6000])
    if salutation and not addressee:
        addressee = text[salutation.start():text.find("\n", salutation.start())].strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    signatories = [ln for ln in _signature(lines)[1:6]
                   if re.fullmatch(r"(?:[A-Z][\w.'’-]*\.?\s*){2,5},?", ln) and not _SIGNER.search(ln)]
    types = [t for t in (actor_type(s, resolver) for s in senders) if t]
    return Letter(date=letter_date(doc), senders=senders, sender_type=types[0] if types else None,
                  signatories=signatories, addressee=addressee,
                  to_parliament=bool(_PARLIAMENT.search(text[:6000])))
