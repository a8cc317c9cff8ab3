"""What the graph needs from one document: table rows, agreements, commitments and the actors named."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ingest.actors import ActorResolver, spell_kinds
from ingest.agreements import extract_agreements
from ingest.cells import BODY_KINDS, bare_kind, roles_in_cell
from ingest.column_streams import find_column_tables
from ingest.commitments import defined_groups, extract_commitments, row_roles, undone_rows
from ingest.dependencies import is_code, link_sleutelprojecten, split_sentences
from ingest.flat_rows import find_flat_tables
from ingest.footnotes import with_footnotes
from ingest.gantt import as_phase_columns, as_planning_column, as_start_and_duration
from ingest.headers import header_meanings, is_due, meaning
from ingest.initials import as_named_organisations, listed_initials
from ingest.label_blocks import find_label_blocks, stated_roles
from ingest.letters import first_body, opening
from ingest.model import Action, ActorRef, Extraction, ParsedDocument, Role, Table
from ingest.party_lists import as_named_parties, listed_parties
from ingest.party_roles import find_party_questions, find_party_sections, find_party_tables
from ingest.periods import as_deadline, parse_period
from ingest.references import link_references
from ingest.role_matrix import (
    as_action_per_cell,
    as_noted_roles,
    as_party_years,
    as_prefixed_roles,
    as_role_columns,
    as_role_columns_long,
    as_rows_per_action,
    as_split_actions,
    as_task_columns,
    role_letters,
)
from ingest.table_actions import read_tables, when_text
from ingest.tables import extract_tables, has_coded_tables
from ingest.text_tables import find_text_tables
from ingest.transposed import as_one_action_per_row, as_row_per_action
from ingest.updates import apply_updates
from ingest.year_tables import with_table_years
from kg.vocab import slug

log = logging.getLogger(__name__)


def tables_of(doc: ParsedDocument, resolver: Any = None) -> list[Table]:
    """The grids of a document: from its PDF layout, or from its text (pipes, tabs, aligned columns, columns
    written one after another), and its blocks of label lines."""
    # (a PDF whose grids are headers alone, their rows' rules not drawn as lines, is read from its text)
    if doc.media_type == "application/pdf" and any(t.rows for t in doc.tables):
        tables = list(doc.tables)
    else:
        tables = find_text_tables(doc.pages) if doc.media_type != "application/pdf" else []
        tables += find_column_tables(doc.pages, resolver)
        # Rows copied out of a PDF as lines: only where no other reading found a table on that page.
        pages = {t.page for t in tables}
        tables += [t for t in find_flat_tables(doc.pages, resolver) if t.page not in pages]
        tables = sorted(tables, key=lambda t: t.page)
    tables = with_table_years(tables, doc.pages)  # 'Jaarschijf 2027' above a table without a when-column
    members = listed_parties(doc.text, resolver) if resolver is not None else []
    tables = [as_named_parties(t, members, resolver) for t in tables]  # 'alle partners behalve X'
    letters = role_letters(doc.text)
    # 'Brabantse Delta1' and note 1 under the table; two actions side by side in one row
    tables = [as_one_action_per_row(with_footnotes(t, doc.pages)) for t in tables]
    # Tables of other shapes (a Gantt chart, a role matrix, a row per party) in the ordinary shape.
    tables = [as_planning_column(as_row_per_action(t)) for t in tables]
    tables = [as_start_and_duration(as_phase_columns(t)) for t in tables]  # phases; 'Start | Duur'
    tables = [as_rows_per_action(as_role_columns_long(as_role_columns(t, letters), letters)) for t in tables]
    tables = [as_task_columns(as_party_years(t)) for t in tables]  # a task matrix in words; party x year
    initials = listed_initials(doc.text)  # 'MB/KS' in a minutes' action list: persons of the attendance list
    tables = [as_split_actions(as_named_organisations(as_prefixed_roles(as_noted_roles(t, letters), letters),
                                                      initials)) for t in tables]
    tables = [as_action_per_cell(t) for t in tables]  # 'Inzet regio | Inzet Rijk': a doer opens each cell
    # Label lines on a page whose ruled grid has columns of its own for who and when are that grid's
    # cells, read again line by line ('Trekker: X / Looptijd: 2027' inside one cell are not).
    read = {t.page for t in tables if t.method == "ruled" and {"lead", "when"} <= set(
        header_meanings(t.header) or [])}
    blocks = [as_named_organisations(t, initials)
              for t in find_label_blocks([p for p in doc.pages if p.number not in read]) if t.rows]
    return (tables + blocks + find_party_tables(doc.pages) + find_party_sections(doc.pages)
            + find_party_questions(doc.pages))


def _merge(actions: list[Action]) -> list[Action]:
    """One action per code; a later duplicate only fills what the first one left empty. Actions without a
    code (rows of an uncoded table, commitments) are never merged."""
    by_code: dict[str, Action] = {}
    out: list[Action] = []
    for a in actions:
        if not a.code:
            out.append(a)
            continue
        first = by_code.get(a.code)
        if first is None:
            by_code[a.code] = a
            out.append(a)
            continue
        _fill_empty(first, a)
        known = {(d.kind, d.target_code) for d in first.dependencies}
        first.dependencies += [d for d in a.dependencies if (d.kind, d.target_code) not in known]
    return out


def _read_twice(actions: list[Action]) -> list[Action]:
    """A row that two readings of one page give (its ruled grid, and its aligned words), once: the same code
    on the same page with a title of mostly the same words is one row; the first reading leads, the second
    fills what the first left empty. Rows of two different tables that share a code keep both."""
    seen: dict[tuple[str, int], Action] = {}
    out: list[Action] = []
    for a in actions:
        key = (a.code, a.source.page if a.source else 0)
        first = seen.get(key) if a.code else None
        words, earlier = _stems(a.title), _stems(first.title) if first else set()
        same = bool(words) and len(words & earlier) >= RESTATED_SHARE * min(len(words), len(earlier))
        if first is None or not same:
            if a.code:
                seen.setdefault(key, a)
            out.append(a)
            continue
        _fill_empty(first, a)
        first.dependencies = first.dependencies or a.dependencies  # not both readings' guesses at once
    return out


def _fill_empty(first: Action, other: Action) -> None:
    """The parties, period and description `first` lacks, from another reading of the same action."""
    first.roles = first.roles or other.roles
    first.period = first.period or other.period
    first.description = first.description or other.description


_ROLE_OF = {"lead": "lead", "partners": "partner", "commissioner": "commissioner", "involved": "involved"}


_THIS_ONE = re.compile(r"(?i)\b(?:deze|dit)\s+(?:actie|project|maatregel)\b")
_CLAUSE_CUT = re.compile(r"[:;]\s+|,\s+(?=(?:de|het)\s|[A-Z])"
                         r"|\b(?:afgesproken|besloten|overeengekomen)\s+dat\s+")


def _stated(clauses: list[str]) -> list[tuple[str, str]]:
    """(role, parties) of every statement of roles among clauses about 'dit project'."""
    return [(_ROLE_OF[k], text) for clause in clauses for k, text in stated_roles(clause) if k in _ROLE_OF]


def _stated_parties(found: list[tuple[str, str]], resolver: Any, taken: set[str]) -> list[Role]:
    """The organisations of stated roles, each once and none of `taken` (updated), groups left out."""
    out = []
    for role, text in found:
        for r in roles_in_cell(text, resolver, first_role=role):
            if r.actor.key not in taken and r.actor.kind != "group":
                taken.add(r.actor.key)
                out.append(Role(r.actor, role if r.role == "lead" else r.role, 0.6))
    return out


def _explained_roles(doc: ParsedDocument, actions: list[Action], resolver: Any) -> None:
    """A row whose who-cell says 'zie toelichting': the sentences that name its code ('Het hitteplan (LS-2)
    stellen de gemeenten samen op: X is trekker, Y en Z zijn partner.', 'LS-4 voert X uit in opdracht van
    Y') give its roles, each clause read as a statement of roles about 'dit project'."""
    flat = " ".join(doc.text.split())
    sentences: list[str] | None = None  # cut once, for the first row that needs them
    for a in actions:
        if not a.code or a.actors("lead") or len(a.code) < 2:
            continue
        code = re.escape(a.code)
        own = re.compile(rf"(?:(?:[Hh]et|[Dd]e)\s+[a-z]\w*\s+)?\(?(?<![\w-]){code}(?![\w-])\)?")
        if sentences is None:
            sentences = [flat[s:e] for s, e in split_sentences(flat)]
        for k, sentence in enumerate(sentences):
            if not own.search(sentence):
                continue
            about = own.sub("dit project", sentence, count=1)
            after = sentences[k + 1] if k + 1 < len(sentences) else ""
            if _THIS_ONE.search(after) and not own.search(after):  # '... Inmiddels trekt X deze actie.'
                about = f"{about}; {_THIS_ONE.sub('dit project', after)}"
            for ref in resolver.find(about, groups=False):  # 'Waterschap Amstel, Gooi en Vecht' is one name
                if ref.mention and ", " in ref.mention:
                    about = about.replace(ref.mention, ref.mention.replace(", ", "\u2063 "))
            found = _stated([c.replace("\u2063 ", ", ") for c in _CLAUSE_CUT.split(about)])
            a.roles += _stated_parties(found, resolver, {r.actor.key for r in a.roles})
        if a.actors("lead"):  # 'zie toelichting' held no party; the sentences named them
            a.flags = [f for f in a.flags if f != "low_confidence_wie"]


_BARE_THIS = re.compile(r"\b([Dd])it\b(?!\s+(?:project|actie|maatregel|onderdeel)\b)")


def _roles_in_own_words(actions: list[Action], resolver: Any) -> None:
    """A row without a who-column whose cell goes on after the action in sentences that say who does it ('HL1
    Verbreding van de fietspaden. De provincie trekt dit; de gemeenten werken mee.', 'Dit wordt door Arriva
    uitgevoerd in opdracht van de provincie'): those sentences give its roles."""
    for a in actions:
        if a.kind != "action" or a.actors("lead") or not a.description:
            continue
        text = " ".join(a.description.split())
        found = _stated([_BARE_THIS.sub(r"\1it project", clause)  # the first sentence says what is done
                         for b, e in split_sentences(text)[1:] for clause in re.split(r";\s+", text[b:e])])
        if not any(role == "lead" for role, _ in found):
            continue
        stated = _stated_parties(found, resolver, set())
        named = {r.actor.key for r in stated}
        a.roles = stated + [r for r in a.roles if r.actor.key not in named]
        a.flags = [f for f in a.flags if f != "low_confidence_wie"]


# "Kaart ... laten maken door het hoogheemraadschap", "door Deltares laten onderzoeken": a row whose own
# words give the work to another body
_LET_BY = re.compile(r"(?i)\blaten\s+[a-z]+(?:\s+[a-z]+)?\s+door\s+(?P<a>[^,;.]+)$|"
                     r"\bdoor\s+(?P<b>[^,;.]+?)\s+laten\s+[a-z]+\b")


def _planned_apart(doc: ParsedDocument, actions: list[Action]) -> None:
    """A planning table apart from the actions, by their numbers ('Nr. | Start | Gereed', a row per number):
    each row gives its action the period the action itself does not state."""
    by_code = {a.code: a for a in actions if a.code and a.period is None}
    if not by_code:
        return
    for page in doc.pages:
        columns: list[str] = []
        for line in page.text.split("\n"):
            cells = [c.strip() for c in re.split(r"\s*\|\s*|\t+|\s{3,}", line.strip().strip("|"))]
            if not any(cells) or set("".join(cells)) <= set("-:| "):
                continue  # a rule under the header
            kinds = [meaning(c) for c in cells]
            if kinds[:1] == ["code"] and len(kinds) > 1 and all(k == "when" for k in kinds[1:]):
                columns = cells  # 'Nr. | Start | Gereed'
                continue
            if len(cells) != len(columns):
                columns = []  # the planning table, if any, has ended
                continue
            action = by_code.get(cells[0].rstrip("."))
            if action is None:
                continue
            when = when_text(cells[1:])
            period = parse_period(when) if when else None
            if period is not None and len(columns) == 2 and is_due(columns[1]):
                period = as_deadline(period)
            action.period = period


def _rows_done_by_others(actions: list[Action], resolver: Any) -> None:
    """A table row that has its work done by another body ('... laten maken door het hoogheemraadschap'):
    that body leads, the row's own parties are its commissioners."""
    for a in actions:
        m = _LET_BY.search(a.title) if a.kind == "action" else None
        doers = roles_in_cell(m.group("a") or m.group("b"), resolver) if m else []
        doers = [r for r in doers if r.actor.kind == "organisation"][:1]
        if not doers:
            continue
        a.roles = [Role(doers[0].actor, "lead", 0.6)] + [
            Role(r.actor, "commissioner" if r.role == "lead" else r.role, r.confidence) for r in a.roles
            if r.actor.key != doers[0].actor.key]


def _namesakes(actions: list[Action], named: list[ActorRef], resolver: Any) -> None:
    """'Gemeente Bergen', which the register knows twice ('Bergen (NH)', 'Bergen (L)'): the one in the
    province of the other municipalities the document names, when they all lie in one."""
    unknown = [r for a in actions for r in a.roles
               if not r.actor.known and r.actor.label.startswith("Gemeente ")]
    if not unknown:
        return
    towns = {row["key"]: row for row in resolver.registry() if row.get("type") == "gemeente"}
    provinces = {towns[r.key].get("province") for r in named if r.known and r.key in towns} - {None}
    if len(provinces) != 1:
        return
    province = next(iter(provinces))
    for r in unknown:
        same = [row for row in towns.values()
                if row["label"].startswith(f"{r.actor.label} (") and row.get("province") == province]
        found = resolver.by_key(same[0]["key"]) if len(same) == 1 else None
        if found:
            r.actor = replace(found, mention=r.actor.mention)


def _drop_dangling(actions: list[Action]) -> None:
    """Keep dependencies on actions of this document (never the action itself) and part_of/related links
    to a named programme ("Uitvoeringsagenda NOVEX-MRA"), whose target_code is then that name."""
    codes = {a.code for a in actions if a.code} | {a.title for a in actions if not a.code}
    for a in actions:
        a.dependencies = [d for d in a.dependencies if d.target_code not in (a.code, a.title) and (
            d.target_code in codes or (d.kind in ("part_of", "related") and not is_code(d.target_code)))]


def _groups_involved(actions: list[Action]) -> None:
    """A group word ("diverse ministeries", "gemeenten") names no body that can lead or sign: it stays in
    the roles (ActorRef kind="group") as involved, so lead and partner lists hold organisations only."""
    for a in actions:
        for r in a.roles:
            if r.actor.kind == "group" and r.role in ("lead", "partner"):
                r.role = "involved"
        seen: set[tuple[str, str]] = set()
        a.roles = [r for r in a.roles if (r.actor.key, r.role) not in seen
                   and not seen.add((r.actor.key, r.role))]  # type: ignore[func-returns-value]
        # 'De Walgemeenten ..., met Steenbergen als trekker': the trekker is not also its own partner
        leads = {r.actor.key for r in a.roles if r.role == "lead"}
        a.roles = [r for r in a.roles if r.role not in ("partner", "involved") or r.actor.key not in leads]


def _bare_kinds(actions: list[Action], named: list[ActorRef]) -> None:
    """A party named only by its kind ("Wetterskip", "de provincie") is the one body of that kind the
    document names; with two or more of that kind it stays as written."""
    for a in actions:
        for r in a.roles:
            word = bare_kind(r.actor.label)
            if r.actor.known or word is None:
                continue
            bodies = {ref.key: ref for ref in named if ref.known and ref.kind == "organisation"
                      and ref.label.startswith(BODY_KINDS[word])}
            if len(bodies) == 1:
                r.actor = next(iter(bodies.values()))


# "PNB = Provincie Noord-Brabant", two to a line in a list of abbreviations under a table; "Gem. HW =" and
# "Provincie ZH =" abbreviate a name after its kind word, "Regio HvB =", "De Dommel =", "GGD BZO =" after
# another word.
_ABBR = r"(?:(?i:gem\.|gemeente|prov\.|provincie)\s+)?[A-Z][A-Za-z&]{1,7}"
_LEGEND = re.compile(rf"(?<![\w-])((?:[A-Z][a-z]+\s+|[A-Z]{{2,4}}\s+)?{_ABBR})\.?\s*[=:]\s*"
                     rf"(.+?)(?=\s+{_ABBR}\.?\s*[=:]\s|\s*[;,]?$|;)")
# A name in running text: capitalised words, with small words between them ("Vereeniging voor Bloembollen").
_PROSE_NAME = r"[A-Z][\w'’&-]*(?:\s+(?:(?:voor|van|en|de|het|der|op)\s+)?[A-Z][\w'’&-]*)*"


def _prose_meanings(abbr: str) -> list[re.Pattern[str]]:
    """Where running text spells out an abbreviation: "OCD staat voor het Onderzoekcentrum Drechtsteden",
    "..., WSHD voor het Waterschap ...", "KAVB is de Koninklijke ...", "de afkorting HHNK voor het ...",
    "Onderzoekcentrum Drechtsteden (OCD)", "... Zuid-Holland (hierna: NMZH)", and a list entry whose name
    wraps to the next line ("VIT =" / "Vitens.")."""
    a = re.escape(abbr)
    return [re.compile(rf"(?<![\w-]){a}\s+(?:staat\s+)?(?:voor|is)\s+(?:de\s+|het\s+)?({_PROSE_NAME})"),
            re.compile(rf"({_PROSE_NAME})\s+\({a}\)"),
            re.compile(rf"({_PROSE_NAME})\s+\(\s*hierna(?:\s+te\s+noemen)?\s*:?\s*{a}\s*\)"),
            re.compile(rf"(?<![\w-]){a}\s*=\s*({_PROSE_NAME})")]


def _named(name: str, abbr: str, resolver: Any) -> ActorRef | None:
    """The organisation a spelled-out name is: the register's when it knows the body, else as written."""
    refs = [r for r in resolver.resolve_cell(name) if r.kind == "organisation"]
    known = [r for r in refs if r.known]
    if len(refs) == 1 and known:
        return known[0]
    if not refs or len(known) > 1:  # "gemeente A en gemeente B": two bodies, no one name
        return None
    label = name[:1].upper() + name[1:]  # "Onderzoekcentrum Drechtsteden": one name, a place inside it
    return ActorRef(key=slug(label), label=label, known=False, mention=abbr)


def legend(doc: ParsedDocument, resolver: Any, wanted: frozenset[str] | set[str] = frozenset()
           ) -> dict[str, ActorRef]:
    """Abbreviations the document spells out as organisations: the register's name where it knows the
    body ("gemeente Oss" -> Gemeente Oss), else the words as written. A list of them line by line, or
    running over lines up to a ";"; for the abbreviations in `wanted` also a sentence that says what they
    stand for."""
    found: dict[str, ActorRef] = {}

    def key(abbr: str) -> str:
        spelled = spell_kinds(abbr)
        return spelled[:1].upper() + spelled[1:]

    def take(abbr: str, name: str) -> None:
        name = " ".join(name.split()).strip(" .;,")
        if not 3 <= len(name) <= 80 or name.split()[0].isupper() and len(name.split()) == 1:
            return
        ref = _named(name, abbr, resolver)
        if ref is not None:
            found[key(abbr)] = ref

    for page in doc.pages:
        for line in page.text.split("\n"):
            for m in _LEGEND.finditer(line.strip()):
                take(m.group(1), m.group(2))
        joined = " ".join(page.text.split())
        for m in _LEGEND.finditer(joined):  # "ZHL = Het Zuid-Hollands / Landschap;" over a line end
            known = found.get(key(m.group(1)))
            if joined[m.end():m.end() + 1] == ";" or (known is None or not known.known):
                take(m.group(1), m.group(2).split(". ")[0])  # "WVV = Waterschap / Vallei en Veluwe."
    for abbr, name in _listed_abbreviations(doc.text):
        if key(abbr) not in found:
            take(abbr, name)
    missing = sorted(wanted - found.keys())
    text = " ".join(doc.text.split()) if missing else ""
    for abbr in missing:
        for pattern in _prose_meanings(abbr):
            said = pattern.search(text)
            if said:
                take(abbr, said.group(1))
                break
    return found


# The heading of a list of abbreviations, each on its own line without '=' ("HRD<tab>gemeente Heerde").
_ABBREVIATIONS_HEAD = re.compile(r"(?i)^(?:lijst van |gebruikte )?afkortingen(?:lijst)?(?: en begrippen)?"
                                 r"\s*:?$")
_SHORT = re.compile(r"[A-Z][A-Za-z&]{0,6}[A-Z&]|[A-Z]{2}")  # 'HRD', 'HvB', 'PG'; no capitalised word
_LISTED_MARKUP = re.compile(r"^(?:[-•*]\s+)?(?:\*\*)?\[?([^\s\]*]+)\]?(?:\*\*)?(?=\s)")
"""A list entry's bullet and the markup around its short form: '- **[MST]** gemeente Maastricht'."""


def _listed_abbreviations(text: str) -> list[tuple[str, str]]:
    """(abbreviation, name) of each line of a list under an 'Afkortingen' heading: the short form first, the
    name after it ('HRD gemeente Heerde', 'GGD NOG GGD Noord- en Oost-Gelderland'); the list ends at the first
    line of another shape."""
    out: list[tuple[str, str]] = []
    lines = [ln.strip() for ln in text.split("\n")]
    for i, line in enumerate(lines):
        if not _ABBREVIATIONS_HEAD.match(line.lstrip("#").strip()):
            continue
        for entry in lines[i + 1:]:
            words = _LISTED_MARKUP.sub(r"\1", entry).split()  # '- **[MST]** gemeente Maastricht'
            if not words and not out:
                continue
            if len(words) < 2 or not _SHORT.fullmatch(words[0]):
                break
            # two short words before the name ('GGD NOG'), when the name then opens with a capital
            short = 2 if len(words) > 2 and _SHORT.fullmatch(words[1]) and words[2][:1].isupper() else 1
            out.append((" ".join(words[:short]), " ".join(words[short:])))
    return out


def _spell_out(actions: list[Action], abbreviations: dict[str, ActorRef]) -> None:
    """A party written as an abbreviation the document's own list spells out is that organisation; so is a
    party written as the start of a name the list spells out ('Greenport Ontwikkelingsmaatschappij' for 'GOM
    = Greenport Ontwikkelingsmaatschappij Duin- en Bollenstreek')."""
    if not abbreviations:
        return
    names = list({ref.label: ref for ref in abbreviations.values()}.values())
    by_lower = {short.lower(): ref for short, ref in abbreviations.items()}
    for a in actions:
        for r in a.roles:
            written = " ".join(r.actor.mention.split())
            if r.actor.known and written in abbreviations and written.isupper():
                # 'HTM' in the register is another body than the 'HTM' this document's own list spells out
                r.actor = replace(abbreviations[written], mention=r.actor.mention)
                continue
            if r.actor.known:
                continue
            if r.actor.label in abbreviations:
                r.actor = abbreviations[r.actor.label]
                continue
            if r.actor.label.isupper() and r.actor.label.lower() in by_lower:  # 'SCHIPHOL', 'Schiphol = ...'
                r.actor = replace(by_lower[r.actor.label.lower()], mention=r.actor.mention)
                continue
            kind, _, short = r.actor.label.partition(" ")  # "gem. NEF" with "NEF = Noardeast-Fryslân"
            named = abbreviations.get(short)
            if kind in ("Gemeente", "Provincie") and named is not None and named.label.startswith(f"{kind} "):
                r.actor = named
                continue
            longer = [ref for ref in names if ref.label.lower().startswith(f"{r.actor.label.lower()} ")]
            if len(longer) == 1 and len(r.actor.label.split()) >= 2:
                r.actor = longer[0]


# A reading guide that says the first party named leads: "In de kolom Wie staat de eerstgenoemde partij als
# trekker", "Bij meerdere namen is de eerste de actiehouder", "Bij Wie staat de trekker eerst".
_FIRST_LEADS = re.compile(r"(?i)\beerst(?:e|genoemde)\b[^.;]{0,60}?\b(?:trekker|actiehouder|penvoerder|"
                          r"kartrekker|eigenaar)\b|\b(?:trekker|actiehouder|penvoerder)\s+(?:staat\s+)?eerst\b")


def _first_leads(text: str) -> bool:
    """Whether a reading guide says the first party named leads, of every list of parties: not where it
    explains a marker of partners ('"i.s.m." betekent dat ...; de eerstgenoemde partij is trekker')."""
    for m in _FIRST_LEADS.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
        if not re.search(r"(?i)\bi\.?\s?s\.?\s?m\b", line):
            return True
    return False


# A reading guide that says the trekker is the party written in capitals: "In de kolom Wie staat de trekker in
# HOOFDLETTERS", "de kartrekker is in hoofdletters gezet".
_CAPITALS_LEAD = re.compile(r"(?i)\b(?:trekker|kartrekker|actiehouder|penvoerder|eigenaar)\b[^.;]{0,80}?"
                            r"\bhoofdletters\b|\bhoofdletters\b[^.;]{0,80}?\b(?:trekker|kartrekker|"
                            r"actiehouder|penvoerder|eigenaar)\b")


def _capitalised(mention: str) -> bool:
    """A name written in capitals ('GEMEENTE HAARLEMMERMEER', 'YMERE'), not an abbreviation ('RWS')."""
    letters = [c for c in mention if c.isalpha()]
    return len(letters) >= 5 and all(c.isupper() for c in letters)


def _keep_leads(actions: list[Action], chosen: Callable[[list[Role]], list[Role]]) -> None:
    """Of several leads a row names, those `chosen` picks lead and the others work with them as partners
    (nothing changes where it picks none)."""
    for a in actions:
        leads = [r for r in a.roles if r.role == "lead"]
        keep = chosen(leads) if leads else []
        for r in leads if keep else []:
            if r not in keep:
                r.role = "partner"


def _capitals_lead(actions: list[Action]) -> None:
    """Where the document says so, the parties written in capitals lead."""
    _keep_leads(actions, lambda leads: [r for r in leads if _capitalised(r.actor.mention)])


# A group row over a table's rows that names their trekker ("Thema A – Water vasthouden · trekker: WDODelta"),
# and a row's own trekker in brackets ("Afkoppelen in Krakeel (trekker: gemeente Hoogeveen)").
_GROUP_LEAD = re.compile(r"(?i)^\s*\S[^:]*?\s[·|;–—-]\s*(?:trekker|kartrekker|penvoerder|eigenaar)\s*:\s*"
                         r"([^·|;()]{2,60}?)\s*$")
_OWN_LEAD = re.compile(r"(?i)\((?:trekker|kartrekker|penvoerder)\s*:\s*([^()]{2,60})\)")


def _code_line(lines: list[str], code: str) -> int | None:
    """The first line that opens with a row's code, after a bullet or indent ('• ZF7 ...', 'A1 ...')."""
    pattern = re.compile(rf"\W*{re.escape(code)}\b")
    return next((k for k, line in enumerate(lines) if pattern.match(line)), None) if code else None


def _group_leads(doc: ParsedDocument, actions: list[Action], resolver: Any) -> None:
    """Coded rows without a trekker take the one their row names in brackets, else the one of the group row
    above them; only where the document has such group rows."""
    lines = doc.text.splitlines()
    groups = {k: m.group(1) for k, line in enumerate(lines) if (m := _GROUP_LEAD.search(line))
              and not _OWN_LEAD.search(line) and len(line.split()) <= 16}
    if not groups:
        return
    names: dict[str, list[ActorRef]] = {}

    def resolve(text: str) -> list[ActorRef]:
        if text not in names:
            found = resolver.find(text, groups=False)[:1]
            if not found and re.fullmatch(r"[A-Z][A-Za-z&]{1,8}", text.strip()):
                spelled = legend(doc, resolver, {text.strip()}).get(text.strip())
                found = [spelled] if spelled else []
            names[text] = found
        return names[text]

    for a in actions:
        if not a.code or any(r.role == "lead" for r in a.roles):
            continue
        at = _code_line(lines, a.code)
        if at is None:
            continue
        own = _OWN_LEAD.search(f"{a.title} {a.description}") or _OWN_LEAD.search(lines[at])
        above = next((groups[k] for k in range(at - 1, -1, -1) if k in groups), None)
        leads = resolve(own.group(1)) if own else resolve(above) if above else []
        for ref in leads:
            a.roles = [r for r in a.roles if r.actor.key != ref.key]
            a.roles.insert(0, Role(ref, "lead"))


def _spell_groups(doc: ParsedDocument, actions: list[Action], resolver: Any) -> None:
    """A group a row names by the short name the document gave a list of parties ('met de vier gemeenten',
    defined as '(hierna: de vier gemeenten)') is those parties: partners where the group was a partner or
    merely involved (a group's default), else in its role. The row is read where its code stands."""
    if not any(r.actor.kind == "group" for a in actions for r in a.roles):
        return
    groups = defined_groups(doc, resolver)
    if not groups:
        return
    lines = doc.text.splitlines()
    for a in actions:
        at = _code_line(lines, a.code)
        around = " ".join(lines[at:at + 3]) if at is not None else ""
        quote = a.source.quote if a.source else ""
        words = " ".join(f"{a.title} {a.description} {quote} {around}".lower().split())
        roles: list[Role] = []
        for r in a.roles:
            named = [refs for alias, refs in groups.items() if r.actor.kind == "group" and alias in words
                     and alias.split()[-1] == r.actor.mention.lower().split()[-1]] if r.actor.mention else []
            role = "partner" if r.role == "involved" else r.role
            roles += [Role(ref, role, r.confidence) for ref in named[0]] if len(named) == 1 else [r]
        a.roles = roles


_ROLE_RANK = {"lead": 0, "partner": 1, "involved": 2, "commissioner": 3, "support": 4}


def _own_units(doc: ParsedDocument, actions: list[Action], resolver: Any) -> None:
    """A team or department named as a party ('team OR') is the organisation the document is of (the first
    municipality, province or water board of its opening lines), in its strongest role of a row; without
    such an organisation it is left out."""
    if not any(r.actor.kind == "unit" for a in actions for r in a.roles):
        return
    owner = first_body(opening(doc), resolver)
    for a in actions:
        roles = [Role(owner, r.role, r.confidence) if r.actor.kind == "unit" and owner else r
                 for r in a.roles if r.actor.kind != "unit" or owner]
        best: dict[str, Role] = {}
        for r in sorted(roles, key=lambda r: _ROLE_RANK.get(r.role, 9)):
            best.setdefault(r.actor.key, r)
        a.roles = [r for r in roles if best[r.actor.key] is r]


# A reading guide naming the trekker of every action that names none: "Staat er bij een actie geen
# regel 'Trekker', dan is de provincie Zeeland trekker", "Waar geen trekker is vermeld, is X trekker",
# "Tenzij anders vermeld is de gemeente trekker".
_LEAD_WORDS = r"(?:trekker|kartrekker|actiehouder|penvoerder)"
_DEFAULT_LEAD = re.compile(
    rf"(?i)(?:\b(?:geen|zonder)\b[^.;:]{{0,60}}?\b{_LEAD_WORDS}\b[^.;:]{{0,40}}?|\btenzij\s+anders\s+"
    rf"(?:vermeld|aangegeven|genoemd)\b)[,;']?\s*(?:dan\s+)?(?:is|zijn)\s+(?P<who>[^.;:,]{{2,80}}?)\s+"
    rf"(?:de\s+)?{_LEAD_WORDS}\b")
# ... and one naming a party of every action: "De provincie Noord-Holland is partner bij alle maatregelen in
# deze tabel", "Bij alle acties is Rijkswaterstaat betrokken".
_ALL_ITEMS = r"alle\s+(?:maatregelen|acties|projecten|actiepunten|activiteiten)"
_ALL_ROLE = {"partner": "partner", "betrokken": "involved", "opdrachtgever": "commissioner"}
_DEFAULT_ROLE = re.compile(
    rf"(?i)(?:^|[.;:]\s*)(?P<who>[^.;:,]{{2,80}}?)\s+(?:is|zijn)\s+(?P<role>partner|betrokken|opdrachtgever)\s+"
    rf"(?:bij|van|in)\s+{_ALL_ITEMS}\b|\bbij\s+{_ALL_ITEMS}\b[^.;:]{{0,40}}?\s+(?:is|zijn)\s+"
    rf"(?P<who2>[^.;:,]{{2,80}}?)\s+(?P<role2>partner|betrokken|opdrachtgever)\b", re.M)


def _default_roles(doc: ParsedDocument, actions: list[Action], resolver: Any) -> None:
    """Actions without a trekker take the one the reading guide names for them (_DEFAULT_LEAD); a party the
    guide names in a role for every action (_DEFAULT_ROLE) joins each action that does not name it."""
    lead = _DEFAULT_LEAD.search(doc.text)
    defaults: list[Role] = [Role(ref, "lead") for ref in resolver.find(lead.group("who"), groups=False)[:1]] \
        if lead else []
    for m in _DEFAULT_ROLE.finditer(doc.text):
        who, role = (m.group("who"), m.group("role")) if m.group("who") else m.group("who2", "role2")
        defaults += [Role(ref, _ALL_ROLE[role.lower()]) for ref in resolver.find(who, groups=False)[:1]]
    for a in actions:
        if a.kind != "action":
            continue
        for default in defaults:
            if default.role == "lead" and any(r.role == "lead" for r in a.roles):
                continue
            if any(r.actor.key == default.actor.key for r in a.roles):
                continue
            if default.role == "lead":
                a.roles.insert(0, default)
            else:
                a.roles.append(default)


def _first_named_leads(actions: list[Action]) -> None:
    """Where the document says so, the first party a row names leads."""
    _keep_leads(actions, lambda leads: [r for r in leads if r.actor.key == leads[0].actor.key])


_WORDED = re.compile(r"[^\W\d_]{3}")
"""A title names something when it holds a word of three letters: a lead-in whose list went elsewhere
('Ik zeg uw Kamer het volgende toe.' leaves ''), a cell of amounts ('€ 180.000') or a fragment ('4 is') does
not."""

RESTATED_SHARE = 0.6
"""Share of a table row's title words (cut to six letters) a commitment's quote must hold to be the same."""


def extract_document(doc: ParsedDocument, resolver: Any = None) -> Extraction:
    """Run every extractor on one parsed document and merge their actions by code."""
    resolver = resolver if resolver is not None else ActorResolver.default()
    tables = tables_of(doc, resolver)
    general, notes = read_tables(doc, tables, resolver)  # rows of two tables may share a code
    general = _read_twice(general)
    # Tables whose columns came out of the PDF one after another; that reading leads where it explains more.
    scrambled = extract_tables(doc, resolver) if has_coded_tables(doc) else []
    others = extract_agreements(doc, resolver) + extract_commitments(doc, resolver)
    if len(scrambled) > len(general):
        merged = _merge(scrambled + others)
        codes = {a.code for a in merged if a.code}
        actions = merged + [a for a in general if a.code and a.code not in codes]
    else:
        taken = {a.code for a in general if a.code}
        others = [a for a in _merge(others) if not a.code or a.code not in taken]
        if general:  # a captioned-table reading is for what the general tables could not read
            others = [a for a in others if a.kind in ("agreement", "commitment")]
        row_roles(doc, resolver, general)  # a letter's own table of commitments: who is in the words
        read = len(general)
        general = apply_updates(doc, undone_rows(doc, general), resolver)
        if len(general) < read:  # the summary says why rows of a table are not among the actions
            notes.append(f"{read - len(general)} rijen volgens de tekst afgerond of vervallen")
        general, others = _drop_restated(general, _drop_repeated(others))
        if general and others:  # table rows may point at an agreement or commitment of the same document
            link_references(general, [f"{a.description}\n\n{a.title}" for a in general], targets=others)
        actions = general + others
    _explained_roles(doc, actions, resolver)
    _roles_in_own_words(actions, resolver)
    _rows_done_by_others(actions, resolver)
    _planned_apart(doc, actions)
    for a in actions:  # 'wij' in a who-cell outside a letter's table: nobody the document names
        a.roles = [r for r in a.roles if r.actor.kind != "self"]
    link_sleutelprojecten(actions)
    _drop_dangling(actions)
    actions = [a for a in actions if _WORDED.search(a.title)]  # no word in the title: no action to name
    actors: dict[str, ActorRef] = {}
    for page in doc.pages:
        for ref in resolver.find(page.text):
            actors.setdefault(ref.key, ref)
    _bare_kinds(actions, list(actors.values()))
    short = {r.actor.label for a in actions for r in a.roles
             if not r.actor.known and re.fullmatch(r"[A-Z][A-Z&]{1,7}", r.actor.label)}
    _spell_out(actions, legend(doc, resolver, short))
    if _CAPITALS_LEAD.search(doc.text):
        _capitals_lead(actions)
    elif _first_leads(doc.text):
        _first_named_leads(actions)
    _group_leads(doc, actions, resolver)
    _default_roles(doc, actions, resolver)
    _spell_groups(doc, actions, resolver)
    _namesakes(actions, list(actors.values()), resolver)
    _own_units(doc, actions, resolver)
    _groups_involved(actions)  # last: it also drops a role that naming a party twice has doubled
    for a in actions:
        for r in a.roles:
            actors.setdefault(r.actor.key, r.actor)
    if len(scrambled) > len(general):
        notes = [f"tabellen kolom voor kolom uit de PDF: {len(scrambled)} rijen"]
    return Extraction(actions=actions, actors=list(actors.values()), notes=notes)


_WORD = re.compile(r"[a-zà-ÿ]{4,}")


def _stems(text: str) -> set[str]:
    """Content words cut to six letters, so 'controle' and 'controleren' meet."""
    return {w[:6] for w in _WORD.findall(text.lower())}


def _drop_repeated(actions: list[Action]) -> list[Action]:
    """A letter that repeats its commitments in a closing list ('Toezeggingen: - Ik stuur uw Kamer voor 1 juli
    2027 ...') states each once: a later commitment with the same leads and period whose title's words an
    earlier commitment's quote holds (RESTATED_SHARE) is that commitment, and goes."""
    def who_when(a: Action) -> tuple[frozenset[str], tuple[int | None, int | None] | None]:
        return (frozenset(r.actor.key for r in a.roles if r.role == "lead"),
                (a.period.start_year, a.period.end_year) if a.period else None)

    kept: list[Action] = []
    said: list[tuple[tuple[Any, ...], set[str]]] = []  # each kept commitment's leads, period and quote words
    for a in actions:
        words = _stems(a.title)
        this = who_when(a)
        if a.kind == "commitment" and words and any(
                who == this and len(words & quoted) >= RESTATED_SHARE * len(words) for who, quoted in said):
            continue
        kept.append(a)
        if a.kind == "commitment":
            said.append((this, _stems(a.source.quote if a.source else "")))
    return kept


def _drop_restated(rows: list[Action], others: list[Action]) -> tuple[list[Action], list[Action]]:
    """A letter that lists its commitments again in a table ('Bijlage: overzicht toezeggingen') states each
    once: a row whose title's words the quote of a commitment with a shared party holds (RESTATED_SHARE) is
    that commitment. The prose sentence stays (it has the exact words), the row goes; a 'commitment' read
    from the table's own line (its quote holds the row's title word for word) goes instead."""
    commitments = [a for a in others if a.kind == "commitment" and a.source is not None]
    if not rows or not commitments:
        return rows, others
    drop_rows: set[int] = set()
    drop_commitments: set[int] = set()
    for i, row in enumerate(rows):
        words = _stems(row.title)
        parties = {r.actor.key for r in row.roles}
        for c in commitments:
            quote = c.source.quote if c.source else ""
            if not words or not parties & {r.actor.key for r in c.roles}:
                continue
            if len(words & _stems(quote)) < RESTATED_SHARE * len(words):
                continue
            if " ".join(row.title.lower().split()) in " ".join(quote.lower().split()):
                drop_commitments.add(id(c))
            else:
                drop_rows.add(i)
    return ([r for i, r in enumerate(rows) if i not in drop_rows],
            [a for a in others if id(a) not in drop_commitments])
