"""Commitments outside coded tables: sentences of letters and positions sought in network strategies."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ingest.actor_text import with_aliases
from ingest.actors import spell_kinds
from ingest.dependencies import split_sentences
from ingest.dutch import lexicon
from ingest.initials import listed_initials, spelled_out, with_initials
from ingest.letters import (
    OWN_KINDS,
    Letter,
    actor_type,
    first_body,
    home_province,
    is_letter,
    letter_date,
    opening,
    read_letter,
)
from ingest.mentions import LetterContext, names_in
from ingest.model import Action, ActorRef, ParsedDocument, Period, Role, Source
from ingest.periods import normalize, parse_period
from ingest.references import link_references
from ingest.sentences import (
    FOLLOW_UP,
    Reading,
    clause_title,
    read_follow_up,
    read_item,
    read_sentence,
    remember,
)

# How sure a commitment is, by what made it one: a modal or promise says so, a dated present tense implies it.
_CONFIDENCE = {"modal": 0.8, "promise": 0.8, "intent": 0.8, "announce": 0.7, "plan": 0.7}
# A list item's mark ("•", "-", "1.", "a)") and a short label before a sentence ("Warmte: het college ...").
_ITEM = re.compile(r"^\s*(?:[•▪◦·*–-]|\d{1,2}[.)]|[a-z][.)])\s+")
_MARK = re.compile(r"(?:[•▪◦·*–-]|\d{1,2}[.)]|[a-z][.)])\s*$")
_LABEL = re.compile(r"^[^:.;?!]{1,40}:\s+(?=[A-Za-z])(?=.{25})")
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s*")
_PROMISE_INTRO = re.compile(r"(?i)\b(?:zeg(?:gen)?\s+(?:ik|wij|we)?\s*(?:u|uw\s+\w+)\s+toe|toezegging(?:en)?|"
                            r"afspraken|actiepunten|zeggen\s+toe|beloven|verplicht(?:en)?\s+(?:ons|zich))\b[^\n]{0,60}:\s*$")
_NETWORKS = re.compile(r"zet\s+(.{2,40}?)\s+in op de volgende netwerken\s*:", re.I)
_NUMBER_ONLY = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?")  # before a heading: '3. ', '2.1 '
_NUMBERED = re.compile(r"^\s*\d{1,2}\.\s+[A-Z]")
# Words that name a seat, role or membership in a body: what a network strategy aims for.
_POSITION = re.compile(r"\b(?:positie|voortrekkersrol|trekker(?:schap)?|voorzitter\w*|vicevoorzitter\w*|"
                       r"lid\b|lid worden|deelname|onderdeel worden|portefeuille\b.*\bclaimen|zitting|"
                       r"actieve rol)",
                       re.I)


def _prefix(doc: ParsedDocument, parliament: bool) -> str:
    """A stable code prefix: 'KB' for a letter to parliament, else the short first word of the file name, in
    letters only ('b3-brief' gives 'BRIEF', not 'B3': a code opens with letters, kg.textnorm.CODE_RE)."""
    if parliament:
        return "KB"
    parts = [p for p in re.split(r"[^A-Za-z]+", doc.name) if len(p) >= 2]
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
    return parse_period(text)


_NAME_FOLLOWS = {"gemeente", "provincie", "waterschap", "hoogheemraadschap", "wetterskip", "ministerie",
                 "stichting", "minister", "wethouder", "gedeputeerde", "staatssecretaris"}
"""A word whose name follows it: a line that ends in one wraps ('De Gemeente Opmeer en de Gemeente' /
'Koggenland stellen ...'), it is no heading."""


# The subject, the rest and the verb at the end of a 'dat' clause, to read it in a main clause's order.
_VERB_SECOND = re.compile(r"^(?P<subject>(?:(?:de|het)\s+)?[A-Z][\w'’-]*"
                          r"(?:(?:\s+(?:van|de|en))*\s+[A-Z][\w'’-]*)*)"
                          r"\s+(?P<rest>[a-z0-9].*?)\s+(?P<verb>[a-z]+)(?P<end>[.;]?)$")
# "X vertelde in het overleg dat ...": what a newsletter reports someone said another body will do.
_TOLD = re.compile(r"(?i)\b(?:vertelde|vertelt|meldde|meldt|liet\s+weten|laat\s+weten|gaf\s+aan|zei)\b"
                   r"[^.;]{0,80}?"
                   r"\bdat\s+(?=(?:de|het)\s+[A-Z]|[A-Z])")


def _drop_heading(text: str, start: int, end: int) -> int:
    """Skip a section heading glued to the sentence ('Vervolg n.a.v. ...\nHet kabinet ...'). A heading
    stands on a line of its own: a sentence that starts mid-line, or whose first line ends in a word that
    cannot end a heading ('... samen met het\nInterprovinciaal Overleg'), only wraps there."""
    if not _NUMBER_ONLY.fullmatch(text[text.rfind("\n", 0, start) + 1:start]):
        return start
    first, _, rest = text[start:end].partition("\n")
    last = first.split()[-1].lower() if first.split() else ""
    headline = (len(first.strip()) < 70 and first.rstrip()[-1:] not in ".:;,!?"
                and last not in lexicon()["closed"] and last not in _NAME_FOLLOWS)
    if rest and headline and rest.lstrip()[:1].isupper():
        return start + len(first) + 1 + (len(rest) - len(rest.lstrip()))
    return start


def _context(doc: ParsedDocument, resolver: Any, letter: Any = None) -> LetterContext:
    """What a letter's sentences are read with: its sender, date and the organisations it names."""
    letter = letter or read_letter(doc, resolver)

    def type_of(ref: ActorRef) -> str | None:
        return actor_type(ref, resolver)

    return LetterContext(letter.senders, letter.sender_type, letter.date, type_of,
                         names=names_in(doc.text, resolver))


def row_roles(doc: ParsedDocument, resolver: Any, rows: list[Action]) -> None:
    """A letter's table of its own commitments without a who-column ('Nr. | Toezegging | Termijn'): each
    row's words are read as a sentence of the letter ('Ik laat Rijkswaterstaat onderzoeken ...'), so the
    sender, or the body the sender has do the work, leads it. Rows that name a lead keep theirs."""
    writers = {id(a) for a in rows if any(r.actor.kind == "self" for r in a.roles)}
    letter = is_letter(doc.text)
    if not writers and (not letter or not any(not a.actors("lead") for a in rows)):
        return
    ctx = _context(doc, resolver)
    for a in rows:
        if id(a) in writers and ctx.senders:
            # 'wij, Veiligheidsregio' as trekker: the writer leads, the others join; 'eigen organisatie'
            # among the partners: the writer joins
            self_roles = list(dict.fromkeys(r.role for r in a.roles if r.actor.kind == "self"))
            senders = {x.key for x in ctx.senders}
            led = "lead" in self_roles
            a.roles = [Role(x, role, 0.8) for role in self_roles for x in ctx.senders] + [
                Role(r.actor, "partner" if r.role == "lead" and led else r.role, r.confidence)
                for r in a.roles if r.actor.kind != "self" and r.actor.key not in senders]
            a.flags = [f for f in a.flags if f != "low_confidence_wie"]  # 'wij' named the sender
            continue
        if not letter:
            continue
        if a.actors("lead"):
            continue
        when = f" {a.period.text}" if a.period and a.period.text else ""  # the Termijn cell says when
        reading = read_sentence(normalize(a.title.rstrip(" .…") + when + "."), ctx, resolver)
        own = {r.actor.key for r in a.roles}
        if reading is None or not reading.leads:
            a.roles += [r for r in _nominal_roles(a.title, ctx.senders, resolver) if r.actor.key not in own]
            continue
        a.roles += [Role(x, "lead", 0.7) for x in reading.leads if x.key not in own]
        a.roles += [Role(x, "commissioner", 0.6) for x in reading.commissioners if x.key not in own]


_DONE = re.compile(r"(?i)^\s*(?:afgerond|afgedaan|uitgevoerd|voltooid|gerealiseerd)\b")


def undone_rows(doc: ParsedDocument, rows: list[Action]) -> list[Action]:
    """A letter's table of steps without the steps it reports as done ('afgerond september 2026' under
    'Gereed'): what a letter commits to is still to come; in any table, a row whose time says '2025
    (gereed)'."""
    letter = is_letter(doc.text)
    return [a for a in rows if not (a.period and (letter and _DONE.match(a.period.text or "")
                                                  or _DONE_MARK.search(a.period.text or "")))
            and not _under_done_caption(doc, a)]


# "Tabel 1. Afgeronde projecten 2024-2026": a table of work that is done; its rows are no actions.
_CAPTION = re.compile(r"(?im)^[ \t]*(?:tabel|overzicht|figuur|bijlage)\b[^\n]*$")
_DONE_WORD = re.compile(r"(?i)\b(?:afgeronde|gerealiseerde|opgeleverde|voltooide|uitgevoerde|afgesloten)\b")


def _under_done_caption(doc: ParsedDocument, action: Action) -> bool:
    """Whether the nearest caption above a row's words on its page ('Tabel 2 ...') says its work is done."""
    if action.source is None or not action.source.quote:
        return False
    text = next((p.text for p in doc.pages if p.number == action.source.page), "")
    first = action.source.quote.split("\n", 1)[0].strip()
    at = text.find(first) if first else -1
    if at < 0:
        return False
    captions = list(_CAPTION.finditer(text, 0, at))
    return bool(captions and _DONE_WORD.search(captions[-1].group(0)))


# "2025 (gereed)" in a when-column: the row was done in that year, in any kind of document.
_DONE_MARK = re.compile(r"(?i)\b(?:19|20)\d{2}\s*\(\s*(?:gereed|afgerond|klaar|uitgevoerd|voltooid|"
                        r"gerealiseerd)\s*\)")


# A row written as a noun phrase names its doer after 'door' ("Onderzoek door het RIVM"), those who work
# with it after 'samen met', and the sender as the one who ordered it ("in onze opdracht").
_BY = re.compile(r"\bdoor\s+(?:de\s+|het\s+)?(?=[A-Z])")
_WITH_WHOM = re.compile(r"\b(?:samen\s+met|in\s+samenwerking\s+met|met)\s+")
_ORDERED = re.compile(r"(?i)\bin\s+(?:onze|mijn)\s+opdracht\b|\bin\s+opdracht\s+van\s+(?:ons|mij)\b")


def _nominal_roles(title: str, senders: list[ActorRef], resolver: Any) -> list[Role]:
    """The roles of a commitment row without a verb ('Uitbreiding van het meetnet', 'Onderzoek door het
    RIVM, in onze opdracht'): the body after 'door' leads, else the sender; a body after 'samen met' is a
    partner; 'in onze opdracht' makes the sender the commissioner."""
    by = _BY.search(title)
    doers = [r for r in resolver.find(title[by.end():by.end() + 60], groups=False)
             if r.kind == "organisation"][:1] if by else []
    together = _WITH_WHOM.search(title)
    partners = [r for r in resolver.find(title[together.end():], groups=True)] if together else []
    roles = [Role(x, "lead", 0.6) for x in (doers or senders)]
    if doers and _ORDERED.search(title):
        roles += [Role(x, "commissioner", 0.6) for x in senders]
    lead_keys = {r.actor.key for r in roles}
    return roles + [Role(x, "partner", 0.5) for x in partners if x.key not in lead_keys]


def _named_context(doc: ParsedDocument, resolver: Any, letter: Any) -> LetterContext:
    """The context of `_context` with the organisations the document names by kind: 'de provincie' is the
    first province it names (the sender's own for a municipality)."""
    ctx = _context(doc, resolver, letter)
    for ref in resolver.find(doc.text, groups=False):  # a type noun before its name: the first of that type
        kind = ctx.type_of(ref)
        if kind and ref.key not in ctx.sender_keys():
            ctx.recent.setdefault(kind, ref)
        if kind == "gemeente" and ref.known and ref.label.startswith("Gemeente "):
            # 'Pijnacker-Nootdorp start ...' where the letter names the gemeente Pijnacker-Nootdorp
            ctx.places.setdefault(ref.label.split(None, 1)[1], ref)
    province = home_province(letter.senders, resolver)
    if province and letter.sender_type == "gemeente":  # "samen met de provincie": the town's own
        ctx.recent.setdefault("provincie", province)
    return ctx


def _roles(reading: Reading) -> list[Role]:
    """The roles a sentence read as a commitment gives its parties."""
    return ([Role(a, "lead", 0.8) for a in reading.leads]
            + [Role(a, "partner", 0.7) for a in reading.partners]
            + [Role(a, "commissioner", 0.7) for a in reading.commissioners]
            + [Role(a, "support", 0.7) for a in reading.support]
            + [Role(a, "involved", 0.7) for a in reading.involved])


# "Actiepunt 4: WBD stuurt vóór 1 maart 2027 ...": an action point of a meeting's minutes, to a blank line.
_ACTION_POINT = re.compile(r"(?m)^[ \t]*(?:[Aa]ctiepunt|[Aa]ctie|AP|[Aa]fspraak)[ \t]+(\d{1,3}[a-z]?)"
                           r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*[:.][ \t]*"  # "(doorgeschoven uit ...)"
                           r"(\S(?:.|\n(?![ \t]*\n))*)")


# "2. Veenweide Wormer- en Jisperveld - Besluit" over "Actie: gemeente Wormerland stelt ... op": an action
# without a number of its own under a numbered point; a point only noted or held over agrees nothing.
_POINT_ACTION = re.compile(r"(?m)^[ \t]*(?:[Aa]ctie(?:punt)?|AP)[ \t]*:[ \t]*"
                           r"(\S(?:.|\n(?![ \t]*\n)(?![ \t]*(?:\d{1,2}[.)]|[Aa]ctie\b)))*)")
_AGENDA_POINT = re.compile(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]+(\S.*)$")
_NOT_AGREED = re.compile(r"(?i)\b(?:ter\s+kennisname|aangehouden|ingetrokken|vervallen|geen\s+besluit)\b")


# A name with its abbreviation after it: "Regio West-Brabant (RWB, secretariaat)".
_DEFINED = re.compile(r"\b((?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)[ \t]*\(([A-Z][A-Za-z&]{1,6})(?=[,)])")


def _action_points(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """The numbered action points of minutes (a besluitenlijst, an actielijst): each read as a sentence, its
    subject the one who acts, its number the code; decisions ('Besluit: ...') are no actions."""
    points = [(page, m.group(1), m) for page in doc.pages for m in _ACTION_POINT.finditer(page.text)]
    for page in doc.pages:  # 'Actie: ...' under a numbered point of the list: the point's number
        for m in _POINT_ACTION.finditer(page.text):
            heading = list(_AGENDA_POINT.finditer(page.text[:m.start()]))[-1:]
            if heading and not _NOT_AGREED.search(heading[0].group(2)):
                points.append((page, heading[0].group(1), m))
    if len(points) < 2:
        return []
    ctx = _named_context(doc, resolver, read_letter(doc, resolver))
    defined = {m.group(2): m.group(1) for m in _DEFINED.finditer(doc.text)}
    defined.update(spelled_out(doc.text))  # '(GNF, Gemeente Noardeast-Fryslân)' says what GNF stands for
    actions: list[Action] = []
    for page, code, m in points:
        # "gem. Etten-Leur voert ..." opens a sentence
        flat = spell_kinds(normalize(m.group(m.lastindex or 0)))
        flat = flat[:1].upper() + flat[1:]
        for short, name in defined.items():  # "Regio West-Brabant (RWB, secretariaat)" among those present
            flat = re.sub(rf"\b{short}\b", name, flat)
        reading = read_sentence(flat, ctx, resolver)
        if reading is None or code in {a.code for a in actions}:
            continue
        actions.append(Action(code=code, title=reading.title, kind="action", description=flat,
                              roles=_roles(reading), period=reading.period,
                              source=Source(page.number, m.group(0).strip()),
                              confidence=0.8 if reading.leads else 0.4,
                              flags=[] if reading.leads else ["low_confidence_wie"]))
    link_references(actions, [a.description for a in actions])
    return actions


# "Waterschap Vechtstromen en Waterschap Drents Overijsselse Delta (hierna: de waterschappen)": a short name
# the letter gives to the parties just before it.
_ALIAS = re.compile(r"\(\s*hierna(?:\s+te\s+noemen|\s+samen|\s+gezamenlijk)?\s*:?\s*['‘“\"]?"
                    r"((?:de|het)\s+(?:[\w-]+\s+)?[\w-]+)['’”\"]?\s*\)", re.I)  # 'de vier gemeenten'
# 'Waar in dit stuk "de zes regiogemeenten" staat, zijn dat de gemeenten A, B en C', 'Met "de provincie" is
# de provincie Noord-Holland bedoeld': a short name the text defines in words -> what it stands for.
_QUOTED_ALIAS = re.compile(r"['‘“\"]((?:de|het)\s+(?:[\w-]+\s+)?[\w-]+)['’”\"][^.;'‘“\"]{0,30}?\b"
                           r"(?:(?:zijn|is)\s+(?:dat|daarmee|hiermee)\s+(?P<are>[^.;]{5,200})|"
                           r"(?:is|zijn)\s+(?P<meant>[^.;]{5,200}?)\s+bedoeld)", re.I)
# "De provincie Utrecht is namens de regio penvoerder", "het Wetterskip neemt daarbij het voortouw": of the
# parties a short name stands for, or that a sentence names together, it leads.
_PENVOERDER = re.compile(r"(?:^|[.;]\s+)([^.;]{3,80}?)\s+(?:is\s+(?:daarbij\s+|hierbij\s+)?"
                         r"(?:namens\s+[^.;]{3,60}?\s+)?(?:de\s+)?(?:penvoerder|trekker|kartrekker)|neemt\s+(?:daarbij\s+|hierbij\s+|hiervoor\s+|"
                         r"daarvoor\s+)?het\s+(?:voortouw|initiatief))\b", re.I)
# Where the run of parties before an alias begins: after a preposition, a colon or the sentence's start.
_RUN_START = re.compile(r"(?:^|[.:;]|\b(?:met|van|door|voor|tussen|en met)\b)\s*(?!.*\b(?:met|van|door|voor|"
                        r"tussen)\b)", re.I | re.S)
_PLURAL_KINDS = {"gemeenten": "gemeente", "provincies": "provincie", "waterschappen": "waterschap",
                 "ministeries": "ministerie"}


HEAD_LINES = 12  # a letter's head: sender, addressees, date, subject
# "Aan de gemeenteraden van Leiden, Leiderdorp en Oegstgeest": the places whose bodies the letter addresses.
_TO_COUNCILS = re.compile(r"(?i)\b(?:gemeenteraden|colleges|raden|gemeenten)\s+van\s+(.{3,200})$")
_COUNTS = {"beide": 2, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}
# 'de drie gemeenten', 'beide provincies': a number of bodies of one kind, named elsewhere in the document
_COUNTED = re.compile(r"\b(?:(?:de|alle)\s+(?P<n>twee|drie|vier|vijf|zes|zeven|acht)|beide)\s+"
                      r"(?P<kind>gemeenten|provincies|waterschappen)\b", re.I)


def _aliases(doc: ParsedDocument, resolver: Any) -> dict[str, str]:
    """Short names a letter gives to parties ('hierna: de waterschappen') -> the parties' names, so that
    'Samen met de waterschappen start ik ...' names them; a plural kind keeps only bodies of that kind."""
    out: dict[str, str] = {}
    text = " ".join(doc.text.split())
    for m in _ALIAS.finditer(text):
        before = text[max(0, m.start() - 400):m.start()]
        before = re.split(r"\(\s*hierna[^)]*\)", before)[-1]  # not the parties of an alias before it
        start = max((x.end() for x in _RUN_START.finditer(before)), default=0)
        refs = resolver.find(before[start:], groups=False)
        last = m.group(1).split()[-1].lower()
        # 'de Walgemeenten', 'de randgemeenten': a plural kind at the end of a compound
        plural = next((p for p in _PLURAL_KINDS if last.endswith(p)), None)
        kind = _PLURAL_KINDS[plural] if plural else last if last in _PLURAL_KINDS.values() else None
        if kind:
            refs = [r for r in refs if actor_type(r, resolver) == kind]
        if plural is None and (kind or m.group(1).lower().startswith("het ")):
            # 'het Wetterskip', 'de provincie': one body, the one named right before it
            named = resolver.find(re.split(r",\s*|\s+en\s+", before.rstrip())[-1], groups=False)
            refs = [r for r in named if r in refs][-1:] or refs[-1:]
        if refs:
            out[m.group(1).lower()] = " en ".join(r.label for r in refs)
    for m in _QUOTED_ALIAS.finditer(text):
        refs = resolver.find(m.group("are") or m.group("meant"), groups=False)
        if refs:
            out.setdefault(m.group(1).lower(), " en ".join(r.label for r in refs))
    counted = {m.group(0).lower(): m for m in _COUNTED.finditer(text)}
    named = resolver.find(text, groups=False) if counted else []
    head = [r for line in doc.text.splitlines()[:HEAD_LINES] if (to := _TO_COUNCILS.search(line))
            for r in resolver.resolve_cell(to.group(1))] if counted else []
    for phrase, m in counted.items():
        # 'de drie gemeenten' where the document names just three, or its head (the addressees) does: those
        # three; any other count, none
        kind = _PLURAL_KINDS[m.group("kind")]
        n = _COUNTS[(m.group("n") or "beide").lower()]
        for found in (named, head):
            refs = list({r.key: r for r in found if r.known and actor_type(r, resolver) == kind}.values())
            if phrase not in out and len(refs) == n:
                out[phrase] = " en ".join(r.label for r in refs)
    return out


def defined_groups(doc: ParsedDocument, resolver: Any) -> dict[str, list[ActorRef]]:
    """The short names a document gives to a list of two or more parties ('de vier gemeenten') -> them."""
    out: dict[str, list[ActorRef]] = {}
    for alias, names in _aliases(doc, resolver).items():
        # the names found in the joined text, not split at 'en' ('Gemeente Dijk en Waard')
        refs = list({r.key: r for r in resolver.find(names, groups=False)}.values())
        if len(refs) >= 2:
            out[alias] = refs
    return out


def _letter(doc: ParsedDocument, resolver: Any, letter: Letter | None = None,
            standing: Reading | None = None, others: bool = False, prose: bool = False) -> list[Action]:
    """Every sentence in which an organisation commits to a future action (see ingest/sentences.py); the
    sender's own words resolve to the organisations of the signature or letterhead. `standing`: the lead-in
    of every list item of the document (a budget's 'Wat gaan we daarvoor doen?'), and with `prose` of every
    sentence too (such a section written without a list); `others`: another body's plan is an action of the
    document too (a newsletter's next steps), not a report a letter passes on."""
    letter = letter or read_letter(doc, resolver)
    prefix = _prefix(doc, letter.to_parliament)
    ctx = _named_context(doc, resolver, letter)
    leading: set[str] = set()
    initials = listed_initials(doc.text)  # 'RvdW werkt ... uit, samen met TB': persons of a participants list
    for m in _PENVOERDER.finditer(with_initials(" ".join(doc.text.split()), initials)):
        found = resolver.find(m.group(1), groups=False)[:1]
        kind = re.sub(r"(?i)^(?:de|het)\s+", "", m.group(1).strip()).lower()
        # 'de gemeente is daarbij trekker' in the gemeente's own letter: the sender
        found = found or (ctx.senders if kind == ctx.sender_type else [ctx.recent[kind]] if kind in ctx.recent
                          else [])
        leading |= {r.key for r in found}
    aliases = _aliases(doc, resolver)
    actions: list[Action] = []
    intro: Reading | None = None  # "Wij zullen in 2026:" before a list of what is promised
    agreed = ""  # "Wij spreken af dat:" before a list of clauses that each name their doer
    last: Action | None = None  # the action of the sentence before, for a follow-up ('Dit doen we met X.')
    for page in doc.pages:
        for s, e in split_sentences(page.text):
            s = _drop_heading(page.text, s, e)
            sentence = page.text[s:e]
            if _MARK.fullmatch(sentence.strip()):
                continue  # a list item's number alone ('1.'): the item follows
            mark = page.text[page.text.rfind("\n", 0, s) + 1:s]  # split_sentences leaves the bullet out
            bullet = _MARK.fullmatch(mark.strip()) if standing else _MARK.search(mark)  # not 'trekker. '
            item = bool(_ITEM.match(sentence) or bullet)
            if standing is not None and not item and not prose:
                continue  # a budget's or agreement's prose around its items: reasons, questions of the raad
            flat = with_aliases(_LABEL.sub("", _ITEM.sub("", normalize(sentence))), aliases)
            flat = with_initials(flat, initials)
            if last is not None and not item and FOLLOW_UP.search(flat):
                _follow_up(last, flat, ctx, resolver)
                continue
            last = None
            before = len(actions)
            # "Ik laat X maken, en de gemeente stelt Y vast": each main clause its own commitment
            units: list[tuple[str, str, Reading | None]] = [(flat, sentence, None)]
            units = [*(() if item else _main_clauses(flat, sentence, ctx, resolver))] or units
            for flat, sentence, read in units:  # noqa: B020 (each clause stands for the sentence from here)
                reading = read or read_sentence(flat, ctx, resolver)
                told = _TOLD.search(flat) if reading is None and others else None
                if told:  # a newsletter: 'Wethouder X vertelde dat het waterschap in 2028 ... versterkt'
                    said = _VERB_SECOND.sub(r"\g<subject> \g<verb> \g<rest>\g<end>",
                                            flat[told.end():].strip())
                    reading = read_sentence(said[:1].upper() + said[1:], ctx, resolver)
                    if reading is not None:
                        reading.title = clause_title(reading.title)
                if reading is None and item and agreed:  # "1. Wetterskip Fryslân in 2027 ... aanlegt;"
                    reading = read_sentence(f"{agreed} {flat.rstrip(' ;,.')}.", ctx, resolver)
                    if reading is not None:
                        reading.title = clause_title(reading.title)
                if reading is None and item and intro is not None:
                    reading = read_item(flat, intro, ctx, resolver)
                elif reading is None and (item or prose) and standing is not None and (
                        _FIRST_PERSON.search(flat) or prose and _PASSIVE_DATED.search(flat)):
                    # 'We koppelen ... af'; not a risk. In a section of what the issuer does, 'In 2028 worden
                    # de oevers ingericht' is its work too, unless the next sentence names another trekker
                    reading = read_item(flat, standing, ctx, resolver)
                remember(flat, ctx, resolver, reading)
                if flat.endswith(":"):
                    intro, reading = reading, None  # the intro itself promises nothing but its items
                    agreed = flat[:-1].rstrip() if _AGREED_THAT.search(flat) else ""
                elif not item:
                    intro, agreed = None, ""
                if reading is None:
                    continue
                roles = _roles(reading)
                if len(reading.leads) > 1 and leading & {x.key for x in reading.leads}:
                    # "De regio zorgt ...": the penvoerder among those the short name stands for leads
                    roles = [Role(r.actor, "partner", r.confidence)
                             if r.role == "lead" and r.actor.key not in leading else r for r in roles]
                flags = [] if reading.leads else ["low_confidence_wie"]
                if reading.date_count > 1:  # "in 2027 ... het plan 2027-2030": which one is the deadline?
                    flags.append("period_several_dates")
                if reading.unsettled:  # "samen met het waterschap", and the letter names no water board
                    flags.append("partner_unresolved")
                if reading.leads and not reading.sender_subject and reading.trigger != "promise":
                    if not others and _reported(reading, ctx, letter.sender_type, resolver, page.text, s):
                        continue  # another body's own plan that the letter reports: no commitment of it
                    # "X start in 2027": reported; "X heeft toegezegd": promised. Not so where the sender
                    # agreed it, orders or joins it, or a newsletter's or minutes' list states it as agreed.
                    senders = ctx.sender_keys()
                    joined = any(r.key in senders for r in [*reading.partners, *reading.commissioners])
                    agreed_above = _AGREED.search(_heading_above(page.text, s))
                    if not (others or reading.agreed or joined or agreed_above):
                        flags.append("other_party_plan")
                # an item of a numbered list of commitments ("Ik zeg u toe: 1. ...") keeps its printed number
                number = _ITEM_NUMBER.match(sentence) or _ITEM_NUMBER.match(mark)
                code = number.group(1) if number and _promised_list(page.text, s) else ""
                if not code or code in {a.code for a in actions}:
                    code = f"{prefix} {len(actions) + 1}"
                actions.append(Action(
                    code=code, title=reading.title, kind="commitment", description=flat,
                    roles=roles, period=reading.period, source=Source(page.number, sentence),
                    confidence=_CONFIDENCE[reading.trigger] if reading.leads else 0.4, flags=flags,
                ))
            last = actions[-1] if len(actions) > before else None
    # 'stelt ... op na afronding van actiepunt 1': a numbered point that names another by its number
    link_references(actions, [a.description if _POINT_REFERENCE.search(a.description) else ""
                              for a in actions])
    return actions


_POINT_REFERENCE = re.compile(r"(?i)\b(?:actiepunt|actie|afspraak|toezegging|punt)\s+\d")


def _follow_up(action: Action, flat: str, ctx: LetterContext, resolver: Any) -> None:
    """A sentence that completes the action before it: its partners join, its time is the action's when the
    action had none, 'X is hierbij trekker' makes X lead and the doer so far its partner."""
    partners, period = read_follow_up(flat, ctx, resolver, [r.actor for r in action.roles])
    action.roles += [Role(p, "partner") for p in partners]
    if action.period is None and period is not None:
        action.period = period
    action.description = f"{action.description} {flat}"
    _named_trekker(action, resolver)


# "Wij spreken af dat:", "De partijen komen overeen dat:", "Afgesproken wordt dat:": a list of clauses
# follows, each naming who does what.
def _agreement(gap: str) -> str:
    """The words that state an agreement ('spreken ... af dat', 'komen ... overeen dat', 'afgesproken wordt
    dat'), `gap` being what may stand between the verb and its particle."""
    return (rf"\b(?:spreken|spraken|komen|kwamen)\b{gap}\b(?:af|overeen)\s+dat|"
            r"\b(?:afgesproken|overeengekomen)\s+(?:wordt|is|werd)?\s*dat")


_AGREED_THAT = re.compile(rf"(?i)(?:{_agreement('.{0,40}')})\s*:$")
# ... and a sentence that states one itself ('Rijk en regio spreken af dat X ...').
_AGREED_IN = re.compile(rf"(?i)(?:{_agreement('[^.;]{0,60}?')})\b")
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


def _agreed_lists(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """Minutes' agreements written as a list under 'Wij spreken af dat:', or as numbered paragraphs that each
    say so ('1. Rijk en regio spreken af dat X ...'): each clause an action of the body it names (the rest of
    the minutes, discussion and decisions on the minutes themselves, is left out)."""
    pages, found = [], False
    for page in doc.pages:
        keep, lines = False, []
        for line in page.text.split("\n"):
            text = " ".join(line.split())
            if _AGREED_THAT.search(text):
                keep = found = True
            elif keep and (_NUMBERED.match(text) and not _ITEM.match(text) or not text):
                keep = False  # the next numbered point of the agenda, or a blank line
            if keep and _ITEM.match(line):  # each clause a sentence: '2. de gemeente ...;' -> '2. De ...'
                at = _ITEM.match(line).end()  # type: ignore[union-attr]
                line = line[:at] + line[at:at + 1].upper() + line[at + 1:]
            lines.append(re.sub(r";\s*$", ".", line) if keep else "")
            if keep and text.endswith(".") and not _AGREED_THAT.search(text):
                keep = False  # the list's last clause
        # a numbered paragraph that states an agreement itself ('3. Rijk en regio spreken af dat X ...'): from
        # its number to a blank line or the next number
        source = page.text.split("\n")
        for at, line in enumerate(source):
            if not _NUMBERED_PARAGRAPH.match(line):
                continue
            end = at + 1
            while end < len(source) and source[end].strip() and not _NUMBERED_PARAGRAPH.match(source[end]):
                end += 1
            joined = _NUMBERED_PARAGRAPH.sub("", " ".join(" ".join(source[at:end]).split()), count=1)
            first = re.split(r"(?<=[.:;])\s", joined, maxsplit=1)[0]
            if _AGREED_IN.search(first) and not first.endswith(":"):  # its own first sentence says so
                found = True
                lines[at:end] = source[at:end]
        pages.append(replace(page, text="\n".join(lines)))
    if not found:
        return []
    actions = _letter(replace(doc, pages=pages), resolver, Letter(date=letter_date(doc), senders=[]),
                      others=True)
    for a in actions:
        a.kind = "agreement"
        a.flags = [f for f in a.flags if f != "other_party_plan"]  # what all agreed, no plan of one party
        quote = " ".join(a.source.quote.split()) if a.source else ""
        said = _AGREED_IN.search(quote)
        # 'Rijk en regio spreken af dat ...': those who agree are no party to the work
        a.roles = [r for r in a.roles if not (r.actor.kind == "group" and said and r.actor.mention
                                              and r.actor.mention in quote[:said.end()])]
        number = _printed_number(doc, a)
        a.code = number or a.code
    link_references(actions, [a.description for a in actions])  # 'onder voorbehoud van afspraak 2'
    return actions


def _printed_number(doc: ParsedDocument, action: Action) -> str:
    """The number a numbered paragraph prints before the quoted words ('4. Onder voorbehoud ...' -> '4')."""
    if action.source is None or not 0 < action.source.page <= len(doc.pages):
        return ""
    text = doc.pages[action.source.page - 1].text
    at = text.find(action.source.quote)
    line = text[text.rfind("\n", 0, max(at, 0)) + 1:at] if at >= 0 else ""
    m = re.match(r"\s*(\d{1,2})[.)]\s*$", line)
    return m.group(1) if m else ""


# Where a sentence's second main clause begins: "..., en de gemeente stelt ... vast", "...; wij ...".
_CLAUSE_JOIN = re.compile(r",\s+en\s+|;\s+")


def _main_clauses(flat: str, sentence: str, ctx: LetterContext, resolver: Any
                  ) -> list[tuple[str, str, Reading | None]]:
    """A sentence of two main clauses that each commit a different party ('Ik laat in 2027 een studie maken,
    en de gemeente stelt vóór juli het plan vast') as its clauses, each with its words on the page and its
    reading; empty when the sentence is one commitment (or none)."""
    cuts = [m for m in _CLAUSE_JOIN.finditer(flat) if m.start() > 20 and len(flat) - m.end() > 20]
    for cut in cuts:
        first, second = flat[:cut.start()].rstrip(" ,;") + ".", flat[cut.end():]
        second = second[:1].upper() + second[1:]
        readings = [read_sentence(first, ctx, resolver), read_sentence(second, ctx, resolver)]
        if any(r is None or not r.leads for r in readings):
            continue
        leads = [{a.key for a in r.leads} for r in readings if r is not None]
        if leads[0] == leads[1]:
            continue
        spans = [m.span() for m in re.finditer(r"\S+", sentence)]
        at = _at_words([sentence[a:b] for a, b in spans], flat[:cut.start()].split())
        if at is None or at >= len(spans):
            continue
        # each clause quoted as the page has it, line ends and all
        quotes = [sentence[:spans[at - 1][1]].rstrip(" ,;"), re.sub(r"^en\s+", "", sentence[spans[at][0]:])]
        return [(first, quotes[0], readings[0]), (second, quotes[1], readings[1])]
    return []


def _at_words(words: list[str], head: list[str]) -> int | None:
    """How many of a sentence's words the first clause takes: where its last word stands, or None."""
    if not head:
        return None
    last = head[-1].rstrip(",;")
    for k in range(len(head) - 1, min(len(words), len(head) + 5)):
        if words[k].rstrip(",;") == last:
            return k + 1
    return None


HEADING_CHARS = 60
# A heading or lead-in over what the parties agreed: "Wat hebben wij afgesproken?", "De volgende afspraken".
_AGREED = re.compile(r"(?i)\b(?:afspra(?:ak|ken)|afgesproken|spreken\s+af|komen\s+overeen|overeengekomen|"
                     r"ondertekend|convenant|overeenkomst|actiepunten|actielijst)\b")


def _heading_above(text: str, start: int) -> str:
    """The nearest line above `start` that stands alone as a heading (short, no closing full stop, after a
    blank line or a finished sentence), with the lines that open the paragraph under it."""
    lines = text[:start].split("\n")
    for k in range(len(lines) - 2, -1, -1):
        line = lines[k].strip()
        before = lines[k - 1].strip() if k else ""
        if (line and len(line) <= HEADING_CHARS and not line.endswith((".", ",", ";")) and line[:1].isupper()
                and (not before or before.endswith((".", ":", "?", "!")))):
            return " ".join([line, *(ln.strip() for ln in lines[k + 1:k + 3])])
    return ""


def _reported(reading: Reading, ctx: LetterContext, sender_type: str | None, resolver: Any, text: str,
              start: int) -> bool:
    """Whether a sentence reports another body's own plan ('Waterschap Limburg stelt in 2027 een peilbesluit
    vast') rather than something the letter commits to: the sender neither does, orders, joins nor agreed
    the work, the doer is no executive agency of a ministry that sends the letter, and the sentence does not
    stand under what the parties agreed."""
    senders = ctx.sender_keys()
    named = [*reading.leads, *reading.partners, *reading.commissioners, *reading.agreed]
    if any(r.key in senders for r in named):
        return False
    if _own_agency(reading, sender_type, resolver):
        return False
    return not _AGREED.search(_heading_above(text, start))


def _own_agency(reading: Reading, sender_type: str | None, resolver: Any) -> bool:
    """Whether the executive agency of a ministry that sends the letter (Rijkswaterstaat, RVO) does or joins
    the work."""
    return sender_type in ("ministerie", "rijk") and any(actor_type(r, resolver) == "rijksdienst"
                                                        for r in [*reading.leads, *reading.partners])


def _promised_list(text: str, start: int) -> bool:
    """Whether the numbered list an item at `start` of a page's `text` belongs to stands under a line that
    promises it ('Ik zeg u toe:', 'Toezeggingen:'): its numbers are then the commitments' printed codes."""
    lines = text[:start].split("\n")
    for line in reversed(lines[:-1] if lines and not lines[-1].strip() else lines):
        stripped = line.strip()
        if not stripped or _ITEM_NUMBER.match(stripped) or stripped[:1].islower() or line[:1].isspace():
            continue  # an item above, or an item's wrapped line
        return bool(_PROMISE_INTRO.search(stripped))
    return False


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
    # a vision's own action table ('Tabel N – Acties ...')
    from ingest.captioned_tables import extract_action_table

    table = extract_action_table(doc, resolver)
    text = doc.text
    if _NETWORKS.search(text):
        return table + _networks(doc, resolver)
    if is_letter(text) and not re.search(r"(?m)^\s*Uitvoeringsafspraak\s+[A-Z]\s*:", text):
        return table + _letter(doc, resolver)
    if _PRESS.search(opening(doc, 3)) and _QUOTE.search(text):
        return table + _press(doc, resolver)
    if _WHAT_WE_DO.search(text) or _NEXT_STEP.search(text) or _NEWSLETTER.search(opening(doc, 3)):
        return table + _budget(doc, resolver, we_do=bool(_WHAT_WE_DO.search(text)))
    if _WE_ARE.search(text) or _ANSWERS.search("\n".join(text.splitlines()[:8])):
        return table + _answers(doc, resolver)
    points = _action_points(doc, resolver) or _agreed_lists(doc, resolver)
    if not points and _MINUTES.search(opening(doc, 3)) and _ATTENDING.search(text):
        points = _letter(doc, resolver, others=True)  # minutes in prose: what each body present takes on
    return table + points


# Minutes written in prose ('Verslag bestuurlijk overleg ...', 'Aanwezig: ...') without action points: every
# body present speaks for itself, so what one takes on is an action of the minutes.
_MINUTES = re.compile(r"(?im)^\W*(?:verslag|notulen|besluitenverslag|actieverslag)\b")
_ATTENDING = re.compile(r"(?im)^\W*(?:aanwezig|aanwezigen|deelnemers)\W*:")


# A press release ('PERSBERICHT', 'Persbericht gemeente X'): its commitments are what bestuurders say in
# quotes.
_PRESS = re.compile(r"(?im)^.{0,60}\bpersbericht\b")
_QUOTE = re.compile(r"[\"“„”]([^\"“„”\n]{8,}?)[\"“”]")
"""A quoted passage on one line or paragraph: straight or curly double quotes."""


def _blanked(text: str, spans: list[tuple[int, int]], inside: bool) -> str:
    """`text` with only what lies inside the `spans` (or, `inside` False, only what lies outside them) kept,
    the rest blanked; line breaks and offsets stay."""
    within = bytearray(len(text))
    for s, e in spans:
        within[s:e] = b"\x01" * (e - s)
    return "".join(ch if ch == "\n" or bool(within[i]) == inside else " " for i, ch in enumerate(text))


def _press(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """What the bestuurders quoted in a press release promise: 'wij' in a quote is the body of its speaker
    ('..., zegt de wethouder Klimaat van de gemeente Almere.'), named outside the quotes of its paragraph or,
    in a paragraph that names none, the one before; then what the release's own sentences say a named party
    will do."""
    quoted: dict[str, tuple[ActorRef, list[tuple[int, int, int]]]] = {}  # speaker -> (body, (page, s, e))
    for page in doc.pages:
        speaker: ActorRef | None = None
        for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", page.text):
            quotes = list(_QUOTE.finditer(para.group(0)))
            if not quotes:
                continue
            outside = _QUOTE.sub(" ", para.group(0))
            said = resolver.find(outside, groups=False)
            speaker = said[0] if said else speaker
            if speaker is not None:
                spans = quoted.setdefault(speaker.key, (speaker, []))[1]
                spans += [(page.number, para.start() + q.start(1), para.start() + q.end(1)) for q in quotes]
    actions: list[Action] = []
    for body, spans in quoted.values():
        pages = []
        for page in doc.pages:
            keep = [(s, e) for n, s, e in spans if n == page.number]
            chars = list(_blanked(page.text, keep, inside=True))
            for _, e in keep:  # a quote ends its sentence ('... wordt," zegt ...'), at the same offsets
                chars[e:e + 2] = ["\n", "\n"][:len(chars[e:e + 2])]
            pages.append(replace(page, text="".join(chars)))
        letter = Letter(date=letter_date(doc), senders=[body], sender_type=actor_type(body, resolver))
        found = _letter(replace(doc, pages=pages), resolver, letter)
        for a in found:
            a.code = ""
        actions += found
    # the release's own sentences: what the parties it names will do ('De gemeente Westland legt samen met
    # Delfland vóór eind 2028 ... aan'), outside the quotes
    issuer = first_body(opening(doc), resolver)
    spoken = [(n, s, e) for _, spans in quoted.values() for n, s, e in spans]
    pages = [replace(page, text=_blanked(page.text, [(s, e) for n, s, e in spoken if n == page.number],
                                         inside=False)) for page in doc.pages]
    letter = Letter(date=letter_date(doc), senders=[issuer] if issuer else [],
                    sender_type=actor_type(issuer, resolver) if issuer else None)
    own = _letter(replace(doc, pages=pages), resolver, letter, others=True)
    actions = own + actions
    prefix = _prefix(doc, False)
    for n, a in enumerate(actions, start=1):
        a.code = f"{prefix} {n}"
    return actions


# The questions a Dutch budget, programme or coalition agreement answers per chapter ('Wat willen we
# bereiken?', 'Wat gaan we daarvoor doen?' / 'Dit gaan we doen', 'Wat mag het kosten?'): what stands under the
# second is what its issuer will do.
_WHAT_WE_DO = re.compile(r"(?im)^[ \t]*(?:#{1,6}[ \t]+)?(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
                         r"(?:wat\s+gaan\s+(?:we|wij)|"
                         r"dit\s+gaan\s+(?:we|wij)|wat\s+(?:we|wij)\s+gaan)\s+"
                         r"(?:daarvoor\s+|ervoor\s+|hiervoor\s+)?doen\b.{0,20}$")
# Where such a section ends: the next question or heading ('Wat we vragen van anderen', 'HOOFDSTUK 6').
_SECTION_END = re.compile(r"(?m)^[ \t*]*(?:#{1,6}[ \t][^\n]*|(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
                          r"(?i:wat|dit|hoe|waarom|welke)\b[^.!\n]{0,60}|[A-Z0-9][A-Z0-9 ,'-]{3,60}"
                          r"|\d{1,2}(?:\.\d{1,2})+\.?[ \t]+\S[^.!\n]{0,60})$")
# A newsletter's or progress report's 'Wat is de volgende stap?': what each named party will do next.
_NEXT_STEP = re.compile(r"(?im)^[ \t#*]*(?:wat\s+(?:is|zijn)\s+de\s+volgende\s+stap(?:pen)?|"
                        r"volgende\s+stappen|vervolgstappen|hoe\s+verder)\s*\??[ \t*]*$")
# A newsletter ('Nieuwsbrief Kust en Klei', 'NIEUWSBRIEF nummer 4') reports what each party will do next.
_NEWSLETTER = re.compile(r"(?im)^[ \t#*]*nieuwsbrief\b")
_BUDGET_YEAR = re.compile(r"(?i)\b(?:programma)?begroting\s+((?:19|20)\d\d)\b")
_TERM = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|wij|ons|onze)\b")
_PASSIVE_DATED = re.compile(r"(?i)^(?=.*\b(?:19|20)\d\d\b).*\b(?:wordt|worden)\b")
_ONGOING = re.compile(r"(?i)\b(?:doorlopend|structureel|continu)\b")


def _named_trekker(action: Action, resolver: Any) -> None:
    """'We stellen met ... op; Bladel is trekker': the party named trekker leads, the issuer and the other
    subjects partner."""
    m = _PENVOERDER.search(action.description)
    if m is None:
        return
    # a bare name ('Waadhoeke is trekker') is the party of the sentence whose name ends so
    bare = " " + " ".join(m.group(1).split()).lower()
    found = resolver.find(m.group(1), groups=False)[:1] or [
        r.actor for r in action.roles if r.actor.label.lower().endswith(bare)][:1]
    if not found or [r.actor.key for r in action.roles if r.role == "lead"] == [found[0].key]:
        return
    action.roles = [Role(r.actor, "partner", r.confidence) if r.role == "lead" else r for r in action.roles
                    if r.actor.key != found[0].key]
    action.roles.insert(0, Role(found[0], "lead"))


# A document in the voice of one body that is no letter: a nota van beantwoording (zienswijzen, inspraak), a
# reactienota, or any document that says who 'wij' is ("In de reacties is 'wij' het college van B&W van X").
_ANSWERS = re.compile(r"(?im)^\s*(?:nota\s+van\s+(?:beantwoording|antwoord)|reactienota|antwoordnota)\b")
_WE_ARE = re.compile(r"(?i)['‘\"“]wij['’\"”]\s+(?:is|zijn|staat\s+voor)\s+(?:het|de|ons)\s")


def _answers(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """Its sentences read as a letter's, 'wij' being the body its opening names or that it says 'wij' is."""
    said = _WE_ARE.search(doc.text)
    where = doc.text[said.start():said.start() + 200] if said else opening(doc)
    issuer = first_body(where, resolver, (*OWN_KINDS, "ministerie"))
    if issuer is None:
        return []
    letter = Letter(date=letter_date(doc), senders=[issuer], sender_type=actor_type(issuer, resolver))
    return _letter(doc, resolver, letter)


def _budget(doc: ParsedDocument, resolver: Any, we_do: bool) -> list[Action]:
    """A budget's or programme's 'Wat gaan we daarvoor doen?' sections read as its issuer's commitments: 'we'
    is the organisation the document opens with; an activity without a date is for the budget year or the
    term the title names. Without such sections, a newsletter's 'Wat is de volgende stap?' sections: the
    plans of the parties they name (`we_do` False: no 'we'); a newsletter without them is read whole."""
    head = opening(doc, 6)
    # the body the document opens with, else the one its opening names ('het college van B&W van X');
    # next steps name their own doers
    issuer = first_body(opening(doc), resolver) if we_do else None
    if we_do and issuer is None:
        return []
    issuers = [issuer] if issuer else []
    whole = not we_do and not _NEXT_STEP.search(doc.text)
    pages = []
    level = 0  # the Markdown level of the section's heading: a deeper heading ('### Hitte') stays inside it
    for page in doc.pages:
        keep, lines = whole, []
        for line in page.text.split("\n"):
            hashes = len(line) - len(line.lstrip("#")) if line.startswith("#") else 0
            if (_WHAT_WE_DO if we_do else _NEXT_STEP).match(line):
                keep, level = True, hashes
            elif _SECTION_END.match(line) and not whole and not (level and hashes > level):
                keep = False
            lines.append(line if keep or "(hierna" in line else "")  # a short name is defined for all
        pages.append(replace(page, text="\n".join(lines)))
    part = replace(doc, pages=pages)
    # a section written in sentences, without a list: each sentence in it is read
    # (one such section: a programme's chapter; sections repeated per project are read by their labels)
    prose = we_do and len(_WHAT_WE_DO.findall(doc.text)) == 1 and not any(
        _ITEM.match(line) for p in pages for line in p.text.split("\n"))
    written = letter_date(doc)  # a dated document; else the first year it covers (not its last, as letters)
    first = re.search(r"\b(?:19|20)\d\d\b", head)
    date = written if written and len(written) > 4 else first.group(0) if first else None
    letter = Letter(date=date, senders=issuers, sender_type=actor_type(issuer, resolver) if issuer else None)
    standing = Reading(leads=issuers, partners=[], period=None, title="", trigger="plan",
                       sender_subject=True) if issuer else None
    actions = _letter(part, resolver, letter, standing, others=not we_do, prose=prose)
    year, term = _BUDGET_YEAR.search(head), _TERM.search(head)
    span = (int(year.group(1)),) * 2 if year else (int(term.group(1)), int(term.group(2))) if term else None
    span = span if we_do else None  # a newsletter's undated step has no term of its own
    for a in actions:
        _named_trekker(a, resolver)
        undated = a.period is None or (a.period.start_year is None and a.period.end_year is None
                                       and a.period.qualifier is None)
        if span and undated and not _ONGOING.search(a.description):
            # the budget year or the term the document covers (its title) stands in for the date
            a.period = Period(text=f"{span[0]}-{span[1]}" if span[0] != span[1] else str(span[0]),
                              start_year=span[0], end_year=span[1])
            a.flags.append("period_from_title")
    return actions
