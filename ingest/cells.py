"""Cells of a table: their text as one line, and the parties a who-cell names with their roles."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ingest.actor_text import TITLE_PREFIXES
from ingest.model import ActorRef, Role

ROLE_SPLIT_RE = re.compile(r"(?i)(\bi\.\s?s\.\s?m\.?\s*:?|\bi\.\s?o\.\s?v\.?\s*:?|\bin opdracht van\s*:?|"
                           r"\bin samenwerking met\s*:?|\bsamen met\s*:?|"
                           r"met betrokkenheid van\s*:?|(?:^|\n)\s*(?:partners?|betrokken|betrokkenen|"
                           r"opdrachtgevers?)\s*:|(?:\n|,|\()\s*met(?=\s+(?!betrokkenheid\b)))")
# ('gem. Rheden' / 'met GGD Gelderland-Zuid': a line of a who-cell that opens with 'met' names partners.)
# A role label inside one who-cell ("Trekker: WSRL" / "Partners: Gem. Tiel"): the role of the names after it.
_CELL_LABEL_ROLE = {"partner": "partner", "partners": "partner", "met": "partner", "betrokken": "involved",
                    "betrokkenen": "involved", "opdrachtgever": "commissioner",
                    "opdrachtgevers": "commissioner", "i.o.v.": "commissioner", "i.o.v": "commissioner",
                    "in opdracht van": "commissioner"}
# ('X i.o.v. Y': X does the work in opdracht van Y, who commissions it.)


# A cell or name that states only the kind of body ("Wetterskip", "de provincie"), and the label prefixes of
# the bodies of that kind: the document's one body of that kind is meant.
BODY_KINDS = {"gemeente": ("Gemeente ",), "provincie": ("Provincie ",),
              "waterschap": ("Waterschap ", "Hoogheemraadschap ", "Wetterskip "),
              "wetterskip": ("Wetterskip ",), "hoogheemraadschap": ("Hoogheemraadschap ",),
              "veiligheidsregio": ("Veiligheidsregio ",), "omgevingsdienst": ("Omgevingsdienst ",),
              "ggd": ("GGD ",)}


# An office holder named in a who-cell ("wethouder Van Gils", "gedeputeerde Jansen") acts for the body whose
# office it is: that body's kind, which the document's one body of that kind then settles
# (extract._bare_kinds).
OFFICE_KINDS = (
    (re.compile(r"(?i)^(?:de\s+)?(?:wethouder|burgemeester|"
                r"college\s+van\s+(?:B&W|burgemeester en wethouders))"
                r"\b[^,;]*$"), "gemeente"),
    (re.compile(r"(?i)^(?:de\s+)?(?:gedeputeerde|commissaris van de koning)\b[^,;]*$"), "provincie"),
    (re.compile(r"(?i)^(?:de\s+)?(?:dijkgraaf|heemraad|hoogheemraad)\b[^,;]*$"), "waterschap"),
)


_PLACE_OFFICE = re.compile(r"(?i)^(?:de\s+)?(?:wethouder|burgemeester)\s+(?:van\s+)?"
                           r"((?-i:[A-Z])[\w'’ -]{2,40})$")


def _office_of_place(text: str, resolver: Any) -> str | None:
    """'wethouder Nieuwkoop' -> 'gemeente Nieuwkoop' when the register knows that gemeente ('wethouder Van
    Gils' names a person: no gemeente of that name)."""
    m = _PLACE_OFFICE.match(" ".join(text.split()))
    if m is None:
        return None
    name = f"gemeente {m.group(1).strip()}"
    return name if any(r.known for r in resolver.resolve_cell(name)) else None


def office_kind(text: str) -> str | None:
    """'wethouder Van Gils' -> 'gemeente'; None for anything but one office holder."""
    text = " ".join(text.split())
    return next((kind for pattern, kind in OFFICE_KINDS if pattern.match(text)), None)


# A person named by initials and surname ("M. Kamphuis", "drs. J. ter Haar", "H. Oude Kotte"); a legal form
# ("N.V. Nederlandse Gasunie", "B.V.") is no person.
_PERSON = (r"(?:(?:drs|dr|ir|ing|mr|prof)\.\s+)?(?!(?:[BN]\.\s?V|V\.\s?O\.\s?F)\.)(?:[A-Z]\.\s?){1,4}"
           r"(?:(?:van|de|der|den|ter|te|ten|het|in|op|'t)\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]*)?")
_FUNCTION = (r"(?:projectleider|programmamanager|procesmanager|projectmanager|coördinator|coordinator|"
             r"adviseur|beleidsmedewerker|accounthouder|contactpersoon|namens)")
_PERSON_OF = [(re.compile(rf"(?<![\w.]){_PERSON}\s*\(([^()]+)\)"), r"\1"),        # "M. Kamphuis (Vitens)"
              (re.compile(rf"(?<![\w.]){_PERSON}\s*,\s*(?:(?i:{_FUNCTION})\s+)?"), ""),  # "A. Lansink, ..."
              (re.compile(rf"(?<![\w.]){_PERSON}(?=\s*(?:$|[;\n]))"), "")]


def without_persons(text: str) -> str:
    """A who-cell with its persons left out and their organisations kept: 'M. Kamphuis (WS Vechtstromen)' ->
    'WS Vechtstromen', 'A. Lansink, projectleider gem. Losser' -> 'gem. Losser'."""
    for pattern, repl in _PERSON_OF:
        text = pattern.sub(repl, text)
    return text


_KIND_ABBREVIATIONS = {"gem.": "gemeente", "gem": "gemeente", "prov.": "provincie", "prov": "provincie"}


def bare_kind(text: str) -> str | None:
    """'het Waterschap' -> 'waterschap'; None for anything but a bare kind of body."""
    word = re.sub(r"^(?:de|het)\s+", "", " ".join(text.split()).lower())
    word = _KIND_ABBREVIATIONS.get(word, word)  # 'gem.', 'prov.'
    return word if word in BODY_KINDS else None


def flat(cell: str) -> str:
    """A cell's lines as one line: words broken at a line end rejoined, white space collapsed."""
    text = cell.replace("\u00ad", "")
    text = re.sub(r"(?<=[a-zà-ÿ])-\s*\n\s*(?=[a-zà-ÿ])", "", text)
    return " ".join(text.split())


# A share of the column's widest line that a line plus the next word must exceed to have been wrapped:
# characters stand in for printed widths, which differ by letter ("W" against "i").
FITS = 0.85


def join_wrapped(cell: str, width: int | None = None, known: Callable[[str], bool] | None = None) -> str:
    """A lone word on its own line ("Gebiedsopgave Centraal / Nederland") continues the name above it,
    unless the line above plus that word would have fitted in the column (`width`: its widest line in
    characters): then the break was the writer's, one name per line ("Mijnwater B.V. / Woonpunt / Weller").
    A name the register knows is read across a kept break all the same ("Provincie / Limburg"). With a
    known `width`, a longer line continues the name above it too when its first word would not have fitted
    behind that name ("Parkmanagement / Dordtse Kil", "Stichting Energiek / Drechtsteden, OZHZ"), unless
    it opens with a kind of body ("Gemeente ...": a name of its own), or, in a cell without commas, either
    line is a name the register knows (`known`). A name broken at its hyphen is joined up again."""
    def join(m: re.Match[str]) -> str:
        above = _line_before(cell, m.start())
        joined = f"{above} {m.group(1).strip()}"
        if width and len(joined) <= FITS * width:
            return m.group(0)
        return " " + m.group(1)
    cell = re.sub(r"(?<=\w-)[ \t]*\n[ \t]*(?=[A-Z])", "", cell)  # "Regio West-" / "Friesland": one name
    cell = re.sub(r"(?<=[^,\n])[ \t]*\n([A-Z][\w-]*[ \t]*)(?=\n|$)", join, cell)
    if not width:
        return cell
    separated = bool(re.search(r"[,;]", cell))

    def wrapped(m: re.Match[str]) -> str:
        above = _line_before(cell, m.start())
        first = m.group(1)
        line = re.split(r"[,;]", cell[m.start(1):].split("\n", 1)[0])[0].strip()
        if (len(f"{above} {first}") <= FITS * width or first.lower() in TITLE_PREFIXES
                or len(above.split()) > MAX_WRAPPED_WORDS):
            return m.group(0)
        # a cell that separates its names by commas breaks lines only where they do not fit; in one without,
        # a line that is a known name may be a name per line
        if not separated and known is not None and (known(above) or known(line) or known(first)):
            return m.group(0)
        return " " + first
    return re.sub(r"(?<=[^,;:\n])[ \t]*\n([A-Z][\w-]*)(?=[ \t,;])", wrapped, cell)


def _line_before(cell: str, pos: int) -> str:
    """The text of the line that `pos` (a line break) ends."""
    return cell[cell.rfind("\n", 0, pos) + 1:pos].strip()


# A team or department of the organisation whose document it is ('team OR', 'afdeling Ruimte'): a party of
# its own kind, which the extraction maps to that organisation (ingest.extract._own_units).
_UNIT = re.compile(r"\b(?:[Tt]eam|[Aa]fdeling|[Cc]luster|[Ss]ector)\s+[A-Z][\w&'-]*"
                   r"(?:,?\s+(?:en\s+)?[A-Z][\w&'-]*)*")

MAX_WRAPPED_WORDS = 3
"""A line above a wrapped continuation holds the start of one name: a longer line is a list of its own."""


# 'wij', 'ik' or 'eigen organisatie' in a who-cell ('wij, Veiligheidsregio'): the writer of the document,
# which its letterhead names (commitments.row_roles puts it in; extract_document drops it where none is).
_SELF = re.compile(r"(?i)(?:^|[,;/&]|\ben\b)\s*(wij|ik|ons|(?:de\s+)?eigen\s+(?:organisatie|dienst)|"
                   r"onze\s+organisatie)\s*(?=$|[,;/&(]|\ben\b)")


# A who-cell in sentences, each naming parties and what they do: "Almelo trekt. GGD Twente doet mee.
# Provincie Overijssel denkt mee." The verb phrase gives the role.
_VERB_ROLES = (
    ("lead", r"trekt|trekken|is\s+trekker|zijn\s+trekker|neemt\s+het\s+voortouw|nemen\s+het\s+voortouw"),
    ("commissioner", r"geeft\s+(?:de\s+)?opdracht|geven\s+(?:de\s+)?opdracht|is\s+opdrachtgever"),
    ("partner", r"doet\s+mee|doen\s+mee|werkt\s+mee|werken\s+mee|is\s+partner|zijn\s+partner"),
    ("involved", r"denkt\s+mee|denken\s+mee|wordt\s+geraadpleegd|worden\s+geraadpleegd|"
                 r"wordt\s+geïnformeerd|worden\s+geïnformeerd|is\s+betrokken|zijn\s+betrokken"),
    ("support", r"levert\s+(?:kennis|expertise|advies|data|gegevens)|leveren\s+(?:kennis|expertise|advies|"
                r"data|gegevens)|ondersteunt|ondersteunen"),
)
_VERB_SENTENCE = re.compile(r"^(?P<names>[^.]+?)\s+(?P<verb>" + "|".join(f"(?P<{role}>{verbs})"
                                                                     for role, verbs in _VERB_ROLES)
                            + r")\b[^.]*$", re.I)


_OFFICE_BEFORE_BODY = re.compile(r"(?im)^\s*(?:de\s+)?(?:wethouder|gedeputeerde|dijkgraaf|heemraad|"
                                 r"burgemeester|portefeuillehouder)\b[^\n]{0,40}?\s+(?=(?:gemeente|provincie|waterschap|"
                                 r"hoogheemraadschap|wetterskip)\s+[A-Z])")
_LEADER_NOTE = re.compile(r"(?i)^(?P<group>[^()\n]+?)\s*\(\s*(?P<role>penvoerder|trekker|kartrekker)\s*:\s*"
                          r"(?P<who>[^()]+?)\s*\)")


# "Rijk (IenW)", "Provincie (Gedeputeerde Staten van Fryslân)": a kind of body with the one meant in brackets.
_GENERIC_NAMED = re.compile(r"(?i)\b(?:het\s+)?(?:rijk|provincie|gemeente|waterschap|regio|ministerie)\s*"
                            r"\(([^()\n]{2,60})\)")


def _named_inside(m: re.Match[str], resolver: Any) -> str:
    """The organisation in the brackets after a kind of body, when the register knows exactly one there."""
    found = [r for r in resolver.resolve_cell(m.group(1)) if r.kind == "organisation" and r.known]
    return found[0].label if len(found) == 1 else m.group(0)


def _verb_chunks(cell: str) -> list[tuple[str, str]] | None:
    """(role, names) of each sentence of a who-cell that says in sentences what each party does ('X trekt.
    Y en Z doen mee.'); None when a sentence says no role."""
    sentences = [s.strip() for s in re.split(r"[.;](?:\s+|$)", " ".join(cell.split())) if s.strip()]
    if len(sentences) < 2 and not cell.strip().endswith("."):
        return None
    chunks = []
    for sentence in sentences:
        m = _VERB_SENTENCE.match(sentence)
        if m is None:
            return None
        chunks.append((next(role for role, _ in _VERB_ROLES if m.group(role)), m.group("names")))
        # 'X trekt dit, samen met Y': Y works with the one the sentence names
        joined = _JOINED_AFTER.search(sentence[m.end("verb"):])
        if joined:
            chunks.append(("partner", joined.group(1)))
    return chunks or None


_JOINED_AFTER = re.compile(r"(?i)\b(?:samen\s+met|in\s+samenwerking\s+met|i\.s\.m\.?)\s+(.+)$")


def roles_in_cell(cell: str, resolver: Any, first_role: str = "lead", width: int | None = None) -> list[Role]:
    """Parties of a who-cell: `first_role` before 'I.s.m.', partner after it, involved after 'Met
    betrokkenheid van'; a role note in brackets ('(opdrachtgever)') wins. `width`: the widest line of the
    cell's column, which tells a wrapped name from one name per line."""
    if resolver is None or not cell.strip():
        return []
    chunks: list[tuple[str, str]] = []
    role_now = first_role
    cell = without_persons(join_wrapped(cell, width, getattr(resolver, "names_a_body", None)))
    # "wethouder Wonen gemeente Amersfoort": the office holder acts for the body named after the office
    cell = _OFFICE_BEFORE_BODY.sub("", cell)
    # "Regio Kop van Noord-Holland (penvoerder: gemeente Den Helder)": the penvoerder leads for the others
    cell = _LEADER_NOTE.sub(lambda m: f"{m.group('who')} ({m.group('role')}), {m.group('group')}", cell)
    cell = _GENERIC_NAMED.sub(lambda m: _named_inside(m, resolver), cell)
    in_sentences = _verb_chunks(cell) if first_role == "lead" else None
    for para in [] if in_sentences else cell.split("\n\n"):  # each paragraph of a cell of several
        parts = ROLE_SPLIT_RE.split(para)
        chunks.append((role_now, parts[0]))
        for marker, text in zip(parts[1::2], parts[2::2], strict=False):
            label = marker.strip().rstrip(":").strip().lower()
            label = label.replace(" ", "") if label.startswith("i.") else label
            role_now = _CELL_LABEL_ROLE.get(label) or ("involved" if label.startswith("met") else "partner")
            chunks.append((role_now, text))
    roles: list[Role] = []
    seen: set[tuple[str, str]] = set()
    for role, text in in_sentences or chunks:
        text = text.strip(" :,\n")
        if not text:
            continue
        text = _office_of_place(text, resolver) or office_kind(text) or text
        if hasattr(resolver, "resolve_cell_with_roles"):
            noted = [(r.actor, r.role if r.role != "lead" else role) if isinstance(r, Role) else r
                     for r in resolver.resolve_cell_with_roles(text)]
            # "Gem. Delft (trekker), TU Delft, HHD": one marked trekker makes the other leads partners
            rest = "partner" if role == "lead" and any(note == "lead" for _, note in noted) else role
            found = [(actor, note or rest) for actor, note in noted]
        else:
            found = [(a, role) for a in resolver.resolve_cell(text)]
        found += [(ActorRef(key=f"unit:{m.group(0).lower()}", label=m.group(0), kind="unit", known=False,
                            mention=m.group(0)), role) for m in _UNIT.finditer(text)]
        found += [(ActorRef(key="self", label=m.group(1), kind="self", known=False, mention=m.group(1)), role)
                  for m in _SELF.finditer(text)][:1]
        for actor, r in found:
            if (actor.key, r) not in seen:
                seen.add((actor.key, r))
                roles.append(Role(actor=actor, role=r))
    return roles


