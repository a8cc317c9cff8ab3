"""Persons' initials in the who-column of minutes' action lists ('MB/KS'), read through the attendance list.

A werkgroep's verslag lists who was there with their organisation ("Jan de Vries (RWS), Marieke Bakker
(Havenbedrijf Rotterdam)") and writes the action holders by their initials ("JdV", "MB/KS"). The initials are
the first letters of the name's parts, a particle in lower case ("de", "van": "JdV", "EvD"). A who-cell made
only of such initials is rewritten into the organisations they work for, the first marked as trekker: the
first name on an action is its holder, the others work with them. The persons themselves are left out, as
everywhere else.
"""

from __future__ import annotations

import re

from ingest.headers import meaning
from ingest.model import Table, TableRow

_PARTICLES = ("van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op")
_GIVEN = r"(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.(?:\s?[A-Z]\.)*)"
_SURNAME = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_PERSON = re.compile(rf"(?<![\w.])({_GIVEN}(?:\s+(?:{'|'.join(_PARTICLES)}))*\s+{_SURNAME})"
                     r"\s*\(([^()\n]{2,80})\)")
_ROLE_COLUMNS = ("lead", "partners", "involved", "commissioner", "support")
_BODY_WORDS = {"gemeente", "provincie", "waterschap", "hoogheemraadschap", "wetterskip", "ministerie",
               "stichting", "vereniging", "regio", "omgevingsdienst", "veiligheidsregio", "havenbedrijf",
               "rijkswaterstaat"}


def _initials(name: str) -> str:
    """'Jan de Vries' -> 'JdV', 'Els van Dijk' -> 'EvD', 'J.P. Smit' -> 'JPS'."""
    out = []
    for part in name.replace(".", ". ").split():
        if part in _PARTICLES:
            out.append(part[0] if part[0].isalpha() else part[1])
        elif part[:1].isupper():
            out.append(part[0])
    return "".join(out)


def person_initials(text: str) -> dict[str, str]:
    """Initials -> the organisation written in the parentheses after that person's name ('gemeente
    Vlaardingen' of 'Thomas de Groot (gemeente Vlaardingen, voorzitter)'); initials two persons share are
    left out."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for m in _PERSON.finditer(" ".join(text.split())):
        if m.group(1).split()[0].lower() in _BODY_WORDS:
            continue  # 'Gemeente Doesburg (verslag)': a body with a note, no person
        short = _initials(m.group(1))
        organisation = m.group(2).split(",")[0].strip()
        if not 2 <= len(short) <= 4 or not organisation[:1].isalpha() or organisation.lower().startswith(
                "hierna"):
            continue  # 'Brabant Water (hierna: BW)' defines a short name, it names no person's body
        if short in found and found[short] != organisation:
            shared.add(short)
        found.setdefault(short, organisation)
    return {k: v for k, v in found.items() if k not in shared}


# "- SL: Sanne Lubbers, Gemeente Doesburg (verslag)", "TB = Thijs Bosman (Waterschap Rijn en IJssel)": a
# participants list that gives each person's initials before their name and organisation.
_LEGEND = re.compile(rf"(?m)^[ \t]*(?:[-•*–][ \t]+)?(?P<short>[A-Z][A-Za-z]{{0,3}}[A-Z])[ \t]*[:=][ \t]*"
                     rf"(?P<name>{_GIVEN}(?:\s+(?:{'|'.join(_PARTICLES)}))*\s+{_SURNAME})"
                     r"\s*(?:,\s*(?P<after>[^()\n,;]{2,80})|\((?P<inner>[^()\n,;]{2,80})[,)])")


# "J. de Boer, wethouder (GNF, Gemeente Noardeast-Fryslân)": a short name, then the organisation it means.
_SHORT_FIRST = re.compile(r"\(\s*(?P<short>[A-Z][A-Za-z&]{1,6})\s*,\s*(?P<name>[A-Z][^()\n,;]{2,80}?)\s*\)")


def spelled_out(text: str) -> dict[str, str]:
    """Short names that a list of those present spells out after them ('(GNF, Gemeente Noardeast-Fryslân)');
    a short name given two meanings is left out."""
    found: dict[str, str] = {}
    for m in _SHORT_FIRST.finditer(" ".join(text.split())):
        short, name = m.group("short"), m.group("name").strip()
        found[short] = name if found.get(short, name) == name else ""  # two meanings: neither
    return {k: v for k, v in found.items() if v}


def listed_initials(text: str) -> dict[str, str]:
    """Initials -> organisation from a participants list that writes the initials out ('SL: Sanne Lubbers,
    Gemeente Doesburg (verslag)', '(GA, Gemeente Ameland)'), with the persons written as 'Name
    (Organisation)' (person_initials)."""
    found = person_initials(text)
    found.update(spelled_out(text))
    for m in _LEGEND.finditer(text):
        organisation = (m.group("after") or m.group("inner")).strip()
        if organisation[:1].isalpha() and m.group("name").split()[0].lower() not in _BODY_WORDS:
            found[m.group("short")] = organisation
    return found


def with_initials(text: str, initials: dict[str, str]) -> str:
    """`text` with each person's initials ('RvdW', 'TB en SL') written as their organisation's name; the
    initials match case and whole words only."""
    for short in sorted(initials, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", initials[short], text)
    return text


def _named(cell: str, initials: dict[str, str]) -> str | None:
    parts = [p for p in re.split(r"\s*[/,+&]\s*|\s+en\s+", cell.strip()) if p]
    if not parts or not all(p in initials for p in parts):
        return None
    organisations = list(dict.fromkeys(initials[p] for p in parts))
    if re.fullmatch(r"\S+(?:\s+en\s+\S+)+", cell.strip()):  # 'GNF en PF': both hold the point
        return " en ".join(organisations)
    return ", ".join([f"{organisations[0]} (trekker)", *organisations[1:]]) if len(
        organisations) > 1 else organisations[0]


def as_named_organisations(table: Table, initials: dict[str, str]) -> Table:
    """The table with who-cells of initials ('MB/KS') written as the organisations of those persons, the
    first as trekker; the table itself when it has none."""
    if not initials:
        return table
    header, rows = table.head_and_body()
    columns = [j for j, h in enumerate(header) if meaning(h) in _ROLE_COLUMNS]
    changed = False
    new_rows = []
    for row in rows:
        cells = list(row.cells)
        for j in columns:
            cell = " ".join(cells[j].split()) if j < len(cells) else ""
            named = _named(cell, initials) if cell else None
            if named is None and cell and with_initials(cell, initials) != cell:
                named = with_initials(cell, initials)  # 'RWS, met WPD': the short names among other words
            if named:
                cells[j], changed = named, True
        new_rows.append(TableRow(cells=cells, page=row.page, doubtful=row.doubtful))
    if not changed:
        return table
    return Table(page=table.page, header=list(header), rows=new_rows, method=table.method,
                 doubtful=table.doubtful)
