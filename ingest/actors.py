"""Resolve organisations in text and in 'Wie' cells to registry actors, splitting coordinations."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from ingest.actor_text import (
    FUZZY_CELL,
    TITLE_PREFIXES,
    alone,
    clean_piece,
    collapse_keep_breaks,
    dedupe,
    group,
    is_code,
    looks_like_name,
    rejoin,
    same_kind_close,
    split_gap,
    strip_parens,
    written_as_name,
)
from ingest.actor_text import ROLE_WORDS as ROLE_WORDS  # re-exported: callers read the role words here
from ingest.cells import bare_kind
from ingest.model import ActorRef
from ingest.nlp import PATTERN_DIR, build_nlp, load_registry, names_of, place_names, short_names
from kg.vocab import slug

# "de provincie" without a name after it, in a document of a province, is that province.
# So are "Gedeputeerde Staten" and "het college van B&W" without a place after them.
_OWN_BODY = re.compile(r"\b(?:(?:[Dd]e|[Hh]et|[Oo]nze|[Oo]ns)\s+"
                       r"(provincie|gemeente|waterschap|hoogheemraadschap)|"
                       r"(Gedeputeerde Staten|[Hh]et college van (?:B&W|burgemeester en wethouders)))"
                       r"\b(?![ \t]+(?:van[ \t]+)?[A-Z'’])")
_KIND_WORDS = {"provincie": ("provincie", "gedeputeerde staten"), "gemeente": ("gemeente",),
               "waterschap": ("waterschap", "hoogheemraadschap")}
# The province letters that tell two municipalities of one name apart ("Bergen (NH)", "Bergen (L.)").
_PROVINCE_LETTERS = re.compile(r"\b([A-Z][\w-]+)[ \t]*\((NH|L|ZH|O|Z|N-H)\.?\)")
# A company by its legal form ("Bouwbedrijf Jansen B.V."), which keeps its final dot.
_LEGAL_FORM_NAME = re.compile(r"(?<![\w.])(?:[A-Z][\w&'’-]*[ \t]+){1,4}(?:B\.V\.|N\.V\.)")
# "gem. Sluis", "Prov. Zeeland", "WS Aa en Maas", "Min. (van) LVVN": the kind of body abbreviated before its
# name.
_SHORT_KIND = re.compile(r"\b(?:([Gg]em|[Pp]rov|[Ww]s)\.\s*|(WS)\s+)(?=[A-Z]|['’]s-)|"
                         r"\b([Mm]in)\.\s*(?=[A-Z]|van\s+[A-Z])")
_KIND_OF = {"gem": "gemeente", "prov": "provincie", "ws": "waterschap", "min": "ministerie"}
# "HH van Rijnland", "HH Delfland": a hoogheemraadschap by its two letters (not "HHSK", one word).
_SHORT_HOOGHEEMRAADSCHAP = re.compile(r"\bHH\.?[ \t]+(?=(?:van[ \t]+)?[A-Z])")


def spell_kinds(text: str) -> str:
    """'gem. Sluis' -> 'gemeente Sluis', 'Prov. Zeeland' -> 'provincie Zeeland', 'WS Aa en Maas' ->
    'waterschap Aa en Maas', 'HH van Rijnland' ->
    'hoogheemraadschap van Rijnland'."""
    text = _SHORT_HOOGHEEMRAADSCHAP.sub("hoogheemraadschap ", text)
    return _SHORT_KIND.sub(lambda m: _KIND_OF[(m.group(1) or m.group(2) or m.group(3)).lower()] + " ", text)


_LEADIN = r"(?i)\b(?:i\.\s?s\.\s?m\.?|met betrokkenheid van|in samenwerking met|samen met|o\.a\.)\s*:?"
_FUZZY_WORD = 92    # single word in running text: "Amsterdamse" vs "Amsterdam" scores 90, must not match

# A proper name: capitalised words on one line ("Tata Steel", "Ouder-Amstel"); callers keep "\n" in the text.
_NAME = r"[A-Z\u00C0-\u00DE][\w'’.&-]*(?:[ \t]+(?:[A-Z\u00C0-\u00DE][\w'’.&-]*))*"
_PAREN = r"(?:\s*\([^()]{0,80}\))?"
_CONNECT = r"\s*(?:,\s*(?:en\s+)?|\s+en\s+|\s*&\s*)"
# A plural kind of company written before the names it introduces ("Drinkwaterbedrijven Waternet en PWN"):
# a caption of the list, not a party of its own.
_KIND_CAPTION = re.compile(r"\b(?i:(?:drink)?water(?:leiding)?bedrijven|netbeheerders|energiebedrijven|"
                           r"havenbedrijven)[ \t]*(\n?)[ \t]*(?=[A-Z])")
# Areas, not parties: "NOVEX gebieden NZKG, MRA en GH".
_AREA_LIST = re.compile(r"\b(?i:(?:novex[- ]?)?gebieden)\s+[A-Z][\w-]*(?:\s*(?:,|\ben\b)\s*[A-Z][\w-]*)*")
# What narrows a group word down ("gemeenten in de Taskforces Noord-Holland en Amsterdam"): the places in it
# say where the group is, they are no parties. It runs to the next comma or semicolon.
_QUALIFIER = re.compile(r"\s+(?:in|uit|binnen|rond|van)\s+(?:de|het)\s+[^,;]*")
# Provinces whose name is also a city's: a bare "Utrecht" in a list is no province.
_CITY_PROVINCES = {"utrecht", "groningen"}


def normalize(text: str) -> str:
    """Rejoin words split at line ends and collapse whitespace (newlines included)."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ")
    text = re.sub(r"(?<=[a-zà-ÿ])-\s*\n\s*(?=[a-zà-ÿ])", "", text)   # "gemeen-\nten" -> "gemeenten"
    text = re.sub(r"-\s*\n\s*(?=[A-Z])", "-", text)                    # "Noord-\nHolland" keeps its hyphen
    return re.sub(r"\s+", " ", text).strip()


def _load_heads() -> list[tuple[str, str]]:
    heads = []
    for line in (PATTERN_DIR / "coordination.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            heads.append((row["head"], row["singular"]))
    return sorted(heads, key=lambda h: -len(h[0]))


@dataclass
class _Item:
    start: int
    end: int
    ref: ActorRef
    role: str | None = None
    place: bool = False  # a bare place name ("Amsterdam"), not a name of the body itself


@dataclass
class ActorResolver:
    """Finds actors; built once from ingest/data/actors.jsonl (use ActorResolver.default())."""

    rows: list[dict[str, Any]]
    _by_key: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    _alias: dict[str, str] = field(default_factory=dict, repr=False)
    _heads: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._by_key = {r["key"]: r for r in self.rows}
        # a merged municipality's key still leads to the body that carries its name now
        self._former = {f["key"]: r["key"] for r in self.rows
                        for f in r.get("former_names", []) if f.get("key")}
        for row in self.rows:
            for name in names_of(row):
                self._alias.setdefault(name.lower(), row["key"])
        self._body_names = frozenset(self._alias)  # names of bodies, before the bare places join them
        for row in self.rows:  # bare place names last: "Utrecht" is first of all the name of no body
            for place in place_names(row):
                self._alias.setdefault(place.lower(), row["key"])
        self._alias_list = list(self._alias)
        # "Noord-Holland" alone in a list of parties: the province (in running text it is the region).
        self._provinces = {name.lower().replace("-", " "): row["key"] for row in self.rows
                           if row.get("type") == "provincie" for name in short_names(row)}
        for city in _CITY_PROVINCES:
            self._provinces.pop(city, None)
        self._heads = _load_heads()
        heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h, _ in self._heads)
        self._coord = re.compile(rf"\b(?i:({heads}))\s+({_NAME}{_PAREN}(?:{_CONNECT}{_NAME}{_PAREN})*)")
        stops = {h.split()[0] for h, _ in self._heads} | set(TITLE_PREFIXES)
        self._stop = re.compile(rf"[ \t]+(?=(?i:{'|'.join(sorted(stops))})\b)")
        self._single = re.compile(rf"(?:{_CONNECT})?({_NAME})({_PAREN})")
        # bare place names are not matched in running text ("Zaanstreek-Waterland", "Amsterdamse")
        places = {p.lower() for row in self.rows for p in place_names(row)}
        self._fuzzy_words = {a: k for a, k in self._alias.items()
                             if " " not in a and len(a) >= 7 and a not in places}
        self._fuzzy_list = list(self._fuzzy_words)

    @classmethod
    def default(cls) -> ActorResolver:
        return _default_resolver()

    # --- registry access --------------------------------------------------------------------------
    def registry(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.rows]

    def by_key(self, key: str) -> ActorRef | None:
        row = self._by_key.get(key) or self._by_key.get(self._former.get(key, ""))
        return ActorRef(key=row["key"], label=row["label"]) if row else None

    def by_label(self, label: str) -> ActorRef | None:
        key = self._alias.get(normalize(label).lower())
        return self.by_key(key) if key else None

    def _ref(self, key: str, mention: str) -> ActorRef:
        row = self._by_key[key]
        return ActorRef(key=key, label=row["label"], mention=mention)

    # --- coordinations ----------------------------------------------------------------------------
    def expand(self, text: str) -> str:
        """'gemeenten Velsen en Beverwijk' -> 'Gemeente Velsen en Gemeente Beverwijk' (remarks kept)."""
        text = spell_kinds(text)
        heads = {h.lower(): s for h, s in self._heads}

        def rewrite(m: re.Match[str]) -> str:
            singular = heads[re.sub(r"\s+", " ", m.group(1).lower())]
            parts: list[str] = []
            names: list[str] = []
            rest = ""
            for sm in self._single.finditer(m.group(2)):
                name = sm.group(1)
                if not parts and self._other_type(singular, name):
                    return m.group(0)  # "gemeenten\nRijkswaterstaat": a list of bodies, not one municipality
                cut = self._stop.search(name)
                if cut:  # "Zaanstad Omgevingsdiensten NZKG" (cells joined on one line): the next body starts
                    parts.append(f"{singular} {name[:cut.start()]}")
                    names.append(name[:cut.start()])
                    rest = " " + m.group(2)[sm.start(1) + cut.end():]
                    break
                # "gemeenten Amsterdam, Beverwijk, GVB Amsterdam, ..." ends where another body starts
                if parts and self._is_other_body(name):
                    rest = m.group(2)[sm.start():]
                    break
                parts.append(f"{singular} {name}{sm.group(2)}")
                names.append(name)
            # "gemeenten Dongen en Gilze en Rijen": two names joined by "en" that are one body's name
            k = 0
            while k + 1 < len(names):
                whole = f"{names[k]} en {names[k + 1]}"
                if f"{singular} {whole}".lower() in self._alias and re.search(
                        rf"{re.escape(names[k])}\s+en\s+{re.escape(names[k + 1])}", m.group(2)):
                    remark = parts[k + 1][len(f"{singular} {names[k + 1]}"):]  # "(trekker)" after the name
                    names[k:k + 2] = [whole]
                    parts[k:k + 2] = [f"{singular} {whole}{remark}"]
                k += 1
            # one unknown capitalised word after "gemeenten" is usually a heading on the next line
            known = {f"{singular} {names[0]}".lower(), names[0].lower()} & self._alias.keys()
            if len(names) == 1 and not known:
                return m.group(0)
            joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]
            return joined + (self.expand(rest) if rest else "")

        return self._coord.sub(rewrite, text)

    def _other_type(self, singular: str, name: str) -> bool:
        """True when `name` is a registry body of another type than the plural head ("gemeenten")."""
        if f"{singular} {name}".lower() in self._alias:
            return False
        key = self._alias.get(name.lower())
        return key is not None and self._by_key[key].get("type") != singular.split()[0].lower()

    def _is_other_body(self, name: str) -> bool:
        low = name.lower()
        first = low.split()[0]
        if first in TITLE_PREFIXES or any(low.startswith(h.lower()) for h, _ in self._heads):
            return True
        key = self._alias.get(low)
        if key is None and " " in low:  # "Nationaal Park" (wrapped before "Zuid-Kennemerland")
            key = next((k for a, k in self._alias.items() if a.startswith((low + " ", low + "-"))), None)
        return key is not None and self._by_key[key].get("type") != "gemeente"

    # --- running text -----------------------------------------------------------------------------
    def find(self, text: str, groups: bool = True, home: str | None = None) -> list[ActorRef]:
        """Every actor mentioned in running text, in order of appearance, de-duplicated. `home` is the
        registry key of the body whose document this is: its own "de provincie" / "de gemeente" names it."""
        lines = self.expand(collapse_keep_breaks(rejoin(text)))
        flat = lines.replace("\n", " ")  # same offsets; the ruler matches names across line breaks
        doc = build_nlp()(flat)
        found: list[tuple[int, ActorRef]] = []
        covered = bytearray(len(flat) + 1)  # 1 where a name was already found (cheap overlap test)

        def cover(start: int, end: int) -> None:
            covered[start:end] = b"\x01" * (end - start)

        for ent in doc.ents:
            if is_code(ent):
                continue
            if ent.label_ == "ORG":
                if not written_as_name(ent.text):
                    continue
                found.append((ent.start_char, self._ref(ent.ent_id_, ent.text)))
            elif ent.label_ == "GROUP" and groups:
                found.append((ent.start_char, group(ent.ent_id_, ent.text)))
            cover(ent.start_char, ent.end_char)
        for m in re.finditer(rf"\b(?i:{'|'.join(TITLE_PREFIXES)})(?: van)?[ \t]+{_NAME}", lines):
            if m.group(0)[0].islower() and m.group(0).split()[0].lower() not in ("gemeente", "provincie"):
                continue
            # a line that is only "Gemeente Industrie" is a heading or a table cell, not running text
            if (m.start() == 0 or lines[m.start() - 1] == "\n") and lines[m.end():m.end() + 1] in ("", "\n"):
                continue
            if not any(covered[m.start():m.end()]) and looks_like_name(m.group(0)):
                found.append((m.start(), self._unknown(m.group(0))))
                cover(m.start(), m.end())
        home_row = self._by_key.get(home or "")
        if home_row:
            for m in _OWN_BODY.finditer(flat):
                kind = (m.group(1) or m.group(2)).lower()
                kind = "gemeente" if kind.startswith("het college") else kind
                if kind in _KIND_WORDS.get(str(home_row.get("type")), ()) and \
                        not any(covered[m.start():m.end()]):
                    found.append((m.start(), self._ref(home_row["key"], m.group(0))))
                    cover(m.start(), m.end())
        for m in _LEGAL_FORM_NAME.finditer(flat):  # "Bouwbedrijf Jansen B.V.": a company by its legal form
            if not any(covered[m.start():m.end()]):
                found.append((m.start(), self._unknown(m.group(0))))
                cover(m.start(), m.end())
        for m in re.finditer(r"(?<![\w-])[A-Z][a-zà-ÿ]{6,}(?![\w-])", flat):
            if any(covered[m.start():m.end()]):
                continue
            hit = process.extractOne(m.group(0).lower(), self._fuzzy_list, scorer=fuzz.ratio,
                                     score_cutoff=_FUZZY_WORD)
            if hit:
                found.append((m.start(), self._ref(self._fuzzy_words[hit[0]], m.group(0))))
        found.sort(key=lambda f: f[0])
        return dedupe([r for _, r in found])

    def own_body(self, title: str, text: str = "") -> ActorRef | None:
        """The municipality, province or water board whose document this is: the one its title names, else
        the one its text names most (pass the result as find(home=...))."""
        kinds = {"gemeente", "provincie", "waterschap"}
        for ref in self.find(title, groups=False):
            if self._by_key.get(ref.key, {}).get("type") in kinds:
                return ref
        counts: dict[str, int] = {}
        for ref in self.find(text, groups=False):
            if self._by_key.get(ref.key, {}).get("type") in kinds:
                counts[ref.key] = len(re.findall(re.escape(ref.mention), text, re.I)) if ref.mention else 1
        best = max(counts, key=lambda k: counts[k], default=None)
        return self.by_key(best) if best else None

    # --- list cells -------------------------------------------------------------------------------
    def names_a_body(self, text: str) -> bool:
        """Whether `text` is, as a whole, a name or abbreviation of a body in the register (a bare place
        name, such as 'Drechtsteden', is not)."""
        return " ".join(text.split()).lower() in self._body_names

    def resolve_cell(self, text: str) -> list[ActorRef]:
        """The parties of a table cell or list item; unknown names kept as ActorRef(known=False)."""
        return [ref for ref, _ in self.resolve_cell_with_roles(text)]

    def resolve_cell_with_roles(self, text: str) -> list[tuple[ActorRef, str | None]]:
        """resolve_cell plus the role word in parentheses as lead/commissioner/involved/support (or None)."""
        # Whitespace runs become one " " or one "\n" so that a line break (a possible separator between names)
        # survives every rewrite; the ruler then sees the same text with "\n" -> " " (same offsets).
        flat = collapse_keep_breaks(rejoin(_MAIL.sub(lambda m: self._mail_owner(m) or m.group(0), text)))
        flat = re.sub(r"(?<=[A-Za-z)])[ \t]*\+[ \t]*(?=[A-Z])", ", ", flat)  # 'NZV+GN': both
        flat = re.sub(_LEADIN, " , ", flat)
        flat = re.sub(r"(?i)^\s*(?:wie|trekker|betrokken|partners?)\s*:", " , ", flat)
        flat = _KIND_CAPTION.sub(lambda m: m.group(1) or " ", flat)
        flat = _AREA_LIST.sub(lambda m: " " * len(m.group(0)), flat)
        # a line that ends in an article or a small word runs on ("gemeenten De\nFryske Marren en ...")
        flat = _RUNS_ON.sub(r"\1 ", flat)
        flat = self.expand(flat)
        flat = _PROVINCE_LETTERS.sub(r"\1 \2", flat)  # "Bergen (NH)" is a name, not a remark in parentheses
        lines, roles = strip_parens(flat)
        breaks = {i for i, ch in enumerate(lines) if ch == "\n"}
        flat = lines.replace("\n", " ")
        doc = build_nlp()(flat)
        items: list[_Item] = []
        for ent in doc.ents:
            if is_code(ent):
                continue
            if ent.label_ in ("ORG", "PLACE"):
                items.append(_Item(ent.start_char, ent.end_char, self._ref(ent.ent_id_, ent.text),
                                   place=ent.label_ == "PLACE"))
            elif ent.label_ == "GROUP":
                items.append(_Item(ent.start_char, ent.end_char, group(ent.ent_id_, ent.text)))
        # a bare place is a party only when it stands alone between separators ("Best, Liander"), not inside a
        # longer name ("Universiteit Utrecht") or a description
        items = [i for i in items if not i.place or alone(flat, i.start, i.end, breaks)]
        # "Stichting Energiek Drechtsteden": a known name that ends the name of a foundation or association
        # the register does not know is part of that name, not a party of its own
        items = [i for i in items if i.ref.kind == "group" or not _owned_by_head(flat, i.start, breaks)]
        narrowed = [(i.end, m.end()) for i in items if i.ref.kind == "group"
                    for m in [_QUALIFIER.match(flat, i.end)] if m]
        items = [i for i in items if not (i.place and any(s <= i.start < e for s, e in narrowed))]
        items += self._gap_items(flat, items, breaks, narrowed)
        items.sort(key=lambda i: i.start)
        for pos, role in roles:
            owner = [i for i in items
                     if i.start < pos and not flat[min(i.end, pos):max(i.end, pos)].strip(" ,.;")]
            if owner:
                owner[-1].role = role
        out: list[tuple[ActorRef, str | None]] = []
        seen: set[str] = set()
        for item in items:
            if item.ref.key not in seen:
                seen.add(item.ref.key)
                out.append((item.ref, item.role))
        return out

    def _mail_owner(self, m: re.Match[str]) -> str | None:
        """The body whose domain an e-mail address has ('klimaat@hardenberg.nl' -> 'Gemeente Hardenberg',
        'info@provincie-utrecht.nl' -> 'Provincie Utrecht', 'x@wdodelta.nl' -> its abbreviation's body)."""
        name = m.group(1).lower().replace("-", " ")
        kind = re.match(r"(gemeente|provincie|waterschap)\s?(?=\w{3})", name)
        candidates = [f"{kind.group(1)} {name[kind.end():].strip()}"] if kind else [name]
        for candidate in candidates:
            key = self._alias.get(candidate) or self._provinces.get(candidate)
            if key:
                return str(self._by_key[key]["label"])
        return None

    def _gap_items(self, flat: str, items: list[_Item], breaks: set[int],
                   skip: Sequence[tuple[int, int]] = ()) -> list[_Item]:
        """Text between recognised names (and outside `skip`), split on separators, resolved by fuzzy match
        or kept as unknown."""
        spans = sorted([(i.start, i.end) for i in items] + list(skip))
        gaps, pos = [], 0
        for s, e in spans:
            gaps.append((pos, s))
            pos = max(pos, e)
        gaps.append((pos, len(flat)))
        out = []
        ends = {i.end for i in items}
        for gs, ge in gaps:
            for ps, pe in split_gap(flat, gs, ge, breaks):
                # "Hynetworks Services": the alias matched a shorter name; the rest of the line is its tail.
                if gs in ends and not flat[gs:ps].strip() and not any(gs <= b <= ps for b in breaks):
                    continue
                piece = clean_piece(flat[ps:pe])
                # "de Lijn" -> "Lijn", but a capital article before a capital word is part of the name
                # ("De Lijn", "De Vries Bouw"); "Het Waterschap" is still a bare kind (cells.bare_kind)
                piece = re.sub(r"^(?:(?i:de|het|en|alle)(?<!De)(?<!Het)|(?:De|Het)(?=\s+[^A-Z\s]))\s+", "",
                               piece).strip()
                # an article left over before a recognised name ("De | Minister van ...") is no party
                if len(piece) < 2 or piece.endswith(":") or piece.lower() in ("de", "het", "een", "alle"):
                    continue
                # "de West-Brabantse gemeenten": a word of place before a group is its qualifier, no party
                if _PLACE_ADJECTIVE.fullmatch(piece) and any(
                        i.ref.kind == "group" and not flat[pe:i.start].strip() for i in items):
                    continue
                ref = self._resolve_piece(piece)
                if ref:
                    out.append(_Item(ps, pe, ref))
        return out

    def _resolve_piece(self, piece: str) -> ActorRef | None:
        key = self._alias.get(piece.lower()) or self._provinces.get(piece.lower().replace("-", " "))
        if key:
            return self._ref(key, piece)
        if len(piece) >= 6:
            hit = process.extractOne(piece.lower(), self._alias_list, scorer=fuzz.ratio,
                                     score_cutoff=FUZZY_CELL)
            if hit and same_kind_close(piece.lower(), hit[0]):
                return self._ref(self._alias[hit[0]], piece)
        plural = _PLURAL_COMPOUND.search(piece)
        if plural:  # "Drechtsteden-gemeenten": the municipalities of a region, a group
            return group(plural.group(1).lower(), piece)
        if looks_like_name(piece):
            return self._unknown(piece)
        kind = bare_kind(piece)
        if kind:  # "gemeente Groningen, provincie": the one province the document names (extract._bare_kinds)
            return self._unknown(kind.capitalize())
        return None

    def _unknown(self, name: str) -> ActorRef:
        name = clean_piece(name)
        words = name.split()
        if words[0].lower() in TITLE_PREFIXES:
            name = " ".join([words[0].capitalize(), *words[1:]])
        return ActorRef(key=slug(name), label=name, known=False, mention=name)


def _owned_by_head(flat: str, start: int, breaks: set[int]) -> bool:
    """Whether the text from the last separator or line break before `start` is a foundation's or
    association's name opening ('Stichting Energiek ') with no break in it."""
    cut = max([flat.rfind(c, 0, start) for c in ",;:"] + [b for b in breaks if b < start] + [-1])
    head = flat[cut + 1:start]
    return bool(_FOUNDATION_HEAD.fullmatch(head))


_FOUNDATION_HEAD = re.compile(r"\s*(?:Stichting|Vereniging|Coöperatie|Cooperatie)(?:\s+[A-Z][\w'&-]*)+\s+")


_PLURAL_COMPOUND = re.compile(r"^[A-Z][\w'-]*?-?((?i:gemeenten|provincies|waterschappen|woningcorporaties))$")
_RUNS_ON = re.compile(r"(?<![\w-])(De|de|en|op|aan|Het|het|van|der|den|voor)\n")
_PLACE_ADJECTIVE = re.compile(r"[A-Z][\w'-]*(?:se|sche)")


# An e-mail address; group 1 is the domain's own name ('hardenberg' in 'klimaat@hardenberg.nl').
_MAIL = re.compile(r"\b[\w.+-]+@(?:[\w-]+\.)*?([\w-]+)\.(?:nl|eu|com|org|frl)\b")


@lru_cache(maxsize=1)
def _default_resolver() -> ActorResolver:
    return ActorResolver(load_registry())
