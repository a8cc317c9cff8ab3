"""Synthetic corpus: NOVEX-style column-by-column action tables and prose, registry actors, random years."""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

from ingest.model import (
    Action,
    ActorRef,
    Dependency,
    Extraction,
    Page,
    ParsedDocument,
    Period,
    Role,
    Source,
)

ACTORS = Path(__file__).resolve().parents[1] / "ingest" / "data" / "actors.jsonl"
THEMES = [("GL", "3.1 Gezondere leefomgeving"),
          ("MR", "3.2 Milieuruimte voor energie- en circulaire transitie"),
          ("HI", "3.3 Haven- & industriegebieden"), ("WB", "3.4 Woningbouw"),
          ("NE", "3.5 Netwerken voor energietransitie & circulaire economie"),
          ("LE", "3.6 Landschap & ecologie"),
          ("WS", "3.7 Water- & bodemsysteem")]
SUBJECTS = ["warmtenet", "walstroom", "woningbouwlocatie", "fietsverbinding", "natuurcompensatie",
            "stikstofruimte",
            "kadeverbetering", "geluidszonering", "waterstofleiding", "bodemsanering", "netcongestie",
            "circulaire hub", "luchtkwaliteit", "sluiscomplex", "recreatieroute", "datacenterbeleid"]
VERBS = ["Verkenning", "Uitwerking", "Realisatie", "Onderzoek naar", "Programma", "Gebiedsaanpak", "Pilot"]
FILLER = ("De partijen werken samen aan een integrale aanpak waarin ruimtelijke, economische en "
          "maatschappelijke opgaven in samenhang worden bezien. Daarbij wordt rekening gehouden met de "
          "gezondheid van omwonenden, de beschikbaarheid van milieuruimte en de capaciteit van het "
          "elektriciteitsnet. De resultaten worden gedeeld in het bestuurlijk overleg en vertaald naar "
          "concrete afspraken over uitvoering, financiering en monitoring.")
CORPUS_DOC_BYTES = 44_500
"""The average size of a corpus document (222,697 bytes over 5 files): one synthetic document is this big."""


@dataclass
class RegistryActor:
    key: str
    label: str
    alias: str


def registry_actors(path: Path = ACTORS) -> list[RegistryActor]:
    """Organisations from the actor registry (groups and persons left out), with a running-text alias."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("type") in ("group", "groep"):
            continue
        aliases = [a for a in row.get("aliases", []) if 3 <= len(a) <= 60]
        out.append(RegistryActor(row["key"], row["label"], aliases[0] if aliases else row["label"]))
    return out


@dataclass
class SynthAction:
    code: str
    theme: str
    title: str
    lead: list[RegistryActor]
    partners: list[RegistryActor]
    start: int
    end: int
    depends_on: str | None


def _actions(rng: random.Random, actors: list[RegistryActor], count: int, doc_no: int) -> list[SynthAction]:
    out: list[SynthAction] = []
    for i in range(count):
        prefix, theme = THEMES[i % len(THEMES)]
        start = rng.randint(2024, 2031)
        picked = rng.sample(actors, 4)
        code = f"{prefix} {i // len(THEMES) + 1}"
        dep = out[rng.randrange(len(out))].code if out and rng.random() < 0.3 else None
        out.append(SynthAction(code=code, theme=theme,
                               title=f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)} deelgebied {doc_no}-{i}",
                               lead=picked[:1], partners=picked[1:1 + rng.randint(1, 3)], start=start,
                               end=start + rng.randint(0, 5), depends_on=dep))
    return out


def _table_block(a: SynthAction) -> str:
    """One action in the NOVEX layout as text extraction gives it: the code with the trekker, the partners,
    then the period, the title and its text, with the column names 'Wie', 'Wanneer' and 'Wat' where the PDF
    puts them (between the columns' cells, not before the cells they name)."""
    partners = ", ".join(p.alias for p in a.partners)
    dep = f"\nStart nadat {a.depends_on} is afgerond." if a.depends_on else ""
    return (f"{a.code} {a.lead[0].label}\n\nI.s.m.: {partners}\n\nWie\n\n{a.start}-{a.end}\n\nWanneer\n\n"
            f"{a.title}\n\n{FILLER}{dep}\n\nWat\n")


def _prose(rng: random.Random, a: SynthAction) -> str:
    partners = " en ".join(p.alias for p in a.partners)
    return (f"In {a.start} start {a.lead[0].alias} samen met {partners} met de {a.title.lower()}. "
            f"De oplevering is voorzien in {a.end}. {FILLER}\n")


def document_text(seed: int, doc_bytes: int = CORPUS_DOC_BYTES,
                  actors: list[RegistryActor] | None = None) -> tuple[str, list[SynthAction]]:
    """One synthetic document (pages separated by form feeds) of about `doc_bytes` bytes, and its actions."""
    rng = random.Random(seed)
    actors = actors or registry_actors()
    # Measured: ~1.15 kB of table and prose per action, two actions per page.
    count = max(1, doc_bytes // 1150)
    actions = _actions(rng, actors, count, seed)
    pages: list[str] = []
    size = 0
    for start in range(0, len(actions), 2):
        pair = actions[start:start + 2]
        theme = pair[0].theme
        body = f"Uitvoeringsagenda synthetisch {seed}\n{theme}\n\n" + "\n".join(_table_block(a) for a in pair)
        body += "\n" + "\n".join(_prose(rng, a) for a in pair) + f"\n{len(pages) + 1}\n"
        pages.append(body)
        size += len(body.encode("utf-8"))
    return "\f".join(pages), actions


def write_corpus(folder: Path, multiplier: float, doc_bytes: int = CORPUS_DOC_BYTES) -> list[Path]:
    """`multiplier` x the real corpus's size as .txt files in `folder` (at least one document)."""
    folder.mkdir(parents=True, exist_ok=True)
    actors = registry_actors()
    n = max(1, round(multiplier * 5 * CORPUS_DOC_BYTES / doc_bytes))
    paths = []
    for i in range(n):
        text, _ = document_text(i, doc_bytes, actors)
        path = folder / f"synthetische-agenda-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _ref(actor: RegistryActor) -> ActorRef:
    return ActorRef(key=actor.key, label=actor.label, mention=actor.alias)


def parsed_document(seed: int, doc_bytes: int = CORPUS_DOC_BYTES,
                    actors: list[RegistryActor] | None = None) -> tuple[ParsedDocument, Extraction]:
    """A synthetic document as the parser and extractor would hand it over, without running them."""
    text, actions = document_text(seed, doc_bytes, actors)
    pages = [Page(i + 1, t) for i, t in enumerate(text.split("\f"))]
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = ParsedDocument(path=f"synthetische-agenda-{seed:05d}.txt", name=f"synthetische-agenda-{seed:05d}",
                         sha256=sha, media_type="text/plain", title=f"Uitvoeringsagenda synthetisch {seed}",
                         pages=pages)
    out, seen = [], {}
    for i, a in enumerate(actions):
        roles = [Role(_ref(x), "lead", 0.9) for x in a.lead]
        roles += [Role(_ref(x), "partner", 0.9) for x in a.partners]
        for r in roles:
            seen[r.actor.key] = r.actor
        deps = [Dependency("starts_after", a.depends_on, f"Start nadat {a.depends_on} is afgerond.")] \
            if a.depends_on else []
        out.append(Action(code=a.code, title=a.title, description=FILLER, theme=a.theme, roles=roles,
                          period=Period(f"{a.start}-{a.end}", a.start, a.end, str(a.start), str(a.end),
                                        "exact"),
                          dependencies=deps, source=Source(i // 2 + 1, a.title)))
    return doc, Extraction(actions=out, actors=list(seen.values()))


LAYOUTS = ("novex", "pipes", "tabs", "labels")
"""The kinds of document write_mixed_corpus writes: the NOVEX column text, a pipe table (Markdown), a
tab-separated table, label blocks ('Actie: ...' lines)."""


def _layout_rows(layout: str, actions: list[SynthAction]) -> str:
    header = ["Nr", "Actie", "Trekker", "Partners", "Planning"]
    rows = [[a.code, a.title, a.lead[0].label, ", ".join(p.label for p in a.partners), f"{a.start}-{a.end}"]
            for a in actions]
    if layout == "pipes":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"
    if layout == "tabs":
        return "\n".join("\t".join(r) for r in [header, *rows]) + "\n"
    blocks = [f"Actie {r[0]}: {r[1]}\nTrekker: {r[2]}\nPartners: {r[3]}\nPlanning: {r[4]}\n" for r in rows]
    return "\n".join(blocks)


def mixed_document(seed: int, layout: str, actors: list[RegistryActor], actions_per_doc: int = 8) -> str:
    """A document of `layout` with its actions on pages of two, a heading and a paragraph of prose each."""
    if layout == "novex":
        return document_text(seed, actions_per_doc * 1150, actors)[0]
    rng = random.Random(seed)
    actions = _actions(rng, actors, actions_per_doc, seed)
    pages = []
    for start in range(0, len(actions), 2):
        pair = actions[start:start + 2]
        pages.append(f"Uitvoeringsprogramma synthetisch {seed}\n{pair[0].theme}\n\n{FILLER}\n\n"
                     + _layout_rows(layout, pair) + "\n" + "".join(_prose(rng, a) for a in pair))
    return "\f".join(pages)


def write_mixed_corpus(folder: Path, count: int, actions_per_doc: int = 8) -> list[Path]:
    """`count` .txt documents, the layouts of LAYOUTS in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    actors = registry_actors()
    paths = []
    for i in range(count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        path = folder / f"synthetisch-{layout}-{i:05d}.txt"
        path.write_text(mixed_document(i, layout, actors, actions_per_doc), encoding="utf-8")
        paths.append(path)
    return paths
