"""Plain data passed between the ingestion stages; the graph is built from these, never the reverse."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    number: int          # 1-based, in reading order of the source
    text: str            # cleaned text of the page


@dataclass
class TableRow:
    cells: list[str]     # one text per column; lines of a cell joined with "\n"
    page: int            # page on which the row starts
    doubtful: list[str] = field(default_factory=list)  # columns whose cell in this row is a guess


@dataclass
class Table:
    """A grid read from the layout (ruled cells, aligned columns, pipes, tabs or label blocks)."""

    page: int                    # page of the (first) header row
    header: list[str]            # the column names as printed ("Nr.", "Trekker", ...)
    rows: list[TableRow] = field(default_factory=list)
    method: str = ""             # ruled | aligned | pipe | tab | blocks | columns
    doubtful: list[str] = field(default_factory=list)  # columns whose cells may sit on the wrong rows

    def head_and_body(self) -> tuple[list[str], list[TableRow]]:
        """The column names and the data rows; a grid read without a header has its names in its first row,
        and each row is cut or padded to the names' width."""
        header, rows = (self.header, self.rows) if self.header or not self.rows else (
            self.rows[0].cells, self.rows[1:])
        width = len(header)
        return header, [TableRow((r.cells + [""] * width)[:width], r.page, r.doubtful) for r in rows]


@dataclass
class ParsedDocument:
    path: str            # as given on the command line
    name: str            # file stem, e.g. "uitvoeringsagenda-novex-nzkg-2025-2029"
    sha256: str          # of the file's bytes
    media_type: str      # "application/pdf" or "text/plain"
    title: str
    pages: list[Page]
    tables: list[Table] = field(default_factory=list)  # grids found in the layout (PDF); text finds its own

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)


@dataclass
class Chunk:
    index: int           # position in the document, 0-based
    page: int            # page on which the passage starts
    text: str
    page_end: int = 0    # last page it covers (0 = same as page)


@dataclass
class Source:
    page: int
    quote: str           # exact words from the page text


@dataclass
class Period:
    text: str                           # original wording, e.g. "Vanaf Q4 2026"
    start_year: int | None = None
    end_year: int | None = None
    start: str | None = None            # finest known begin: "2026", "2026-10" or "2026-10-01"
    end: str | None = None
    # exact | approximate | not_before | deadline | ongoing | core_task | unknown
    qualifier: str | None = None
    phases: list[Period] = field(default_factory=list)  # e.g. Voorbereiding 2024-2025 / Realisatie 2025-2028


@dataclass
class ActorRef:
    key: str                    # registry key (stable id), or a slug for an unknown organisation
    label: str                  # official full name, e.g. "Gemeente Zaanstad"
    kind: str = "organisation"  # organisation | group (e.g. "gemeenten", "bewoners": never a specific body)
    known: bool = True          # False = not in the registry, flagged for review
    mention: str = ""           # the words in the document


@dataclass
class Role:
    actor: ActorRef
    role: str                   # lead | partner | involved | commissioner | support
    confidence: float = 1.0


@dataclass
class Dependency:
    kind: str                   # depends | starts_after | part_of | related
    target_code: str            # e.g. "UA C", "WB 1", "LG 4"
    quote: str = ""             # the sentence that states it


@dataclass
class Action:
    code: str                   # "GL 1", "UA A"; for uncoded commitments a stable key
    title: str
    kind: str = "action"        # action | agreement | sleutelproject | commitment
    description: str = ""
    theme: str | None = None    # e.g. "3.1 Gezondere leefomgeving"
    roles: list[Role] = field(default_factory=list)
    period: Period | None = None
    dependencies: list[Dependency] = field(default_factory=list)
    source: Source | None = None
    confidence: float = 1.0     # of the row reconstruction as a whole
    flags: list[str] = field(default_factory=list)  # e.g. "low_confidence_wie", "period_ambiguous"

    def actors(self, role: str) -> list[ActorRef]:
        return [r.actor for r in self.roles if r.role == role]


@dataclass
class Extraction:
    actions: list[Action] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)  # every actor mentioned anywhere (for chips/links)
    notes: list[str] = field(default_factory=list)  # what was recognised: the tables read, in Dutch
