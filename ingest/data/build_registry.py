"""Generate ingest/data/actors.jsonl from the public lists in ingest/data/sources/ and the curated entries."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.nlp import names_of, place_names, short_names, variants
from kg.vocab import slug

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
OUT = HERE / "actors.jsonl"
SOURCES_OUT = HERE / "actors-sources.json"
SOURCE_TEXT: dict[str, str] = {}

# CBS adds a province letter to a few names to tell them apart from former namesakes; only Bergen has a
# current namesake, so only there the letter stays part of the name (as the TOOI register writes it).
_CBS_SUFFIX = re.compile(r"\s*\((?:L|NH|O|Z|ZH)\.\)$")
_BERGEN = {"gm0373": "Bergen (NH)", "gm0893": "Bergen (L)"}
# Other names in common use for a municipality (Dutch names of Frisian ones, the short forms of the cities).
_OTHER_NAMES = {
    "gm0518": ["Den Haag"], "gm0796": ["Den Bosch"], "gm0373": ["Bergen NH", "Bergen (N-H)"],
    "gm0893": ["Bergen L"], "gm1940": ["De Friese Meren"], "gm0737": ["Tietjerksteradeel"],
    "gm1891": ["Dantumadeel"], "gm0820": ["Nuenen", "Nuenen c.a."], "gm1900": ["Zuidwest-Friesland"],
    "gm1970": ["Noordoost-Friesland"], "gm0603": ["Rijswijk ZH"],
}
# The registry's kinds for sections named after what they list (federations and landscapes are foundations).
_ROW_TYPE = {"milieufederatie": "stichting", "landschap": "stichting", "ontwikkelingsmaatschappij": "bedrijf",
             "belangenorganisatie": "overig", "kennisinstelling": "onderwijs", "hogeschool": "onderwijs",
             "regio": "samenwerkingsverband", "vervoerder": "bedrijf"}
_SOURCE_IDS = {
    "gemeenten.csv": "cbs-gemeenten-2024",
    "gemeenten-opgeheven.csv": "cbs-herindelingen-2015-2023",
    "woningcorporaties.csv": "woningcorporatie-lijst",
}
# A corporation named by its legal kind ("Woningstichting Den Helder") has no shorter name of its own.
_LEGAL_KIND = re.compile(r"(?i)^(?:stichting|woningstichting|woonstichting|woningbouwvereniging|"
                         r"woningbouwstichting|woningcorporatie)\b")
# Words that say what kind of school a name is, not which: "Universiteit" or "Hogeschool" alone names none.
_GENERIC_WORDS = {"universiteit", "rijksuniversiteit", "university", "hogeschool", "hogescholen",
                  "technische", "christelijke", "of", "applied", "sciences", "research", "&"}
_PARTICLES = {"van", "de", "der", "den", "en", "voor", "het"}
_SCHOOL_KINDS = {"hogeschool", "hogescholen"}
# The milieufederatie of a province written short ("NMF Groningen").
_FEDERATION = re.compile(r"^(?:Stichting )?Natuur en Milieufederatie (.+)$")


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV whose first lines may be '#' comments naming its source and date."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def header(path: Path) -> str:
    """The '#' comment lines of a source file, joined: its source and date."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return " ".join(line.lstrip("# ").strip() for line in lines if line.startswith("#"))


_AAN_DE = re.compile(r" aan de[n]? ")


def municipalities() -> list[dict[str, Any]]:
    former: dict[str, list[dict[str, str]]] = {}
    for row in read_csv(SOURCES / "gemeenten-opgeheven.csv"):
        former.setdefault(row["opvolger"], []).append(
            {"name": f"Gemeente {row['naam']}", "key": f"gemeente-{slug(row['naam'])}",
             "until": row["datum"]})
    out = []
    for row in read_csv(SOURCES / "gemeenten.csv"):
        code = row["code"]
        name = _BERGEN.get(code) or _CBS_SUFFIX.sub("", row["naam"])
        short = [name, *_OTHER_NAMES.get(code, [])]
        if _AAN_DE.search(name):  # "Valkenburg a/d Geul", "Alphen a/d Rijn": how tables and lists write them
            short.append(_AAN_DE.sub(" a/d ", name))
        if row["naam"] != name:
            short.append(row["naam"])
        gone = former.get(code, [])
        gone_names = [f["name"][len("Gemeente "):] for f in gone if f["name"] != f"Gemeente {name}"]
        out.append({
            "key": f"gemeente-{slug(name)}", "label": f"Gemeente {name}", "type": "gemeente",
            "tooi": f"gemeente/{code}",
            "aliases": [f"Gemeente {n}" for n in short[1:] + gone_names],
            "short_names": short + gone_names,
            "province": row["provincie"], "former_names": gone, "source": _SOURCE_IDS["gemeenten.csv"],
        })
    return out


def housing_corporations() -> list[dict[str, Any]]:
    out = []
    for row in read_csv(SOURCES / "woningcorporaties.csv"):
        label = row["naam"].strip()
        others = [n.strip() for n in row["andere_namen"].split("|") if n.strip()]
        out.append({
            "key": slug(label), "label": label, "type": "woningcorporatie", "tooi": None, "aliases": others,
            # the name that the written forms take ("woningcorporatie Lefier", "corporatie Lefier")
            "short_names": [] if _LEGAL_KIND.match(label) else [label],
            "source": _SOURCE_IDS["woningcorporaties.csv"],
        })
    return out


def bodies() -> list[dict[str, Any]]:
    data = json.loads((SOURCES / "bodies.json").read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    for kind, section in data.items():
        if kind.startswith("_"):
            continue
        source = f"{kind}-lijst"
        SOURCE_TEXT[source] = f"{section['source']} ({section['date']})"
        for item in section["rows"]:
            row = _body(kind, item)
            row["source"] = source
            labels[row["label"]] = row["key"]
            out.append(row)
    for row in out:  # parents are written by label in the source list
        if row.get("parent"):
            row["parent"] = labels[row["parent"]]
    return out


def _body(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    abbr = list(item.get("abbr", []))
    names = list(item.get("names", []))
    kind_of_row = _ROW_TYPE.get(kind, kind)
    row: dict[str, Any] = {"type": kind_of_row, "tooi": item.get("tooi")}
    if kind == "provincie":
        row.update(label=f"Provincie {item['name']}", tooi=f"provincie/{item['code']}",
                   short_names=[item["name"], *names])
        # 'forms' are the province's abbreviations, written only after the kind word ("Prov. Gld.")
        names = [f"Provincie {n}" for n in names + item.get("forms", [])]
    elif kind == "waterschap":
        core = item["core"]
        row.update(label=item["label"], tooi=f"waterschap/{item['code']}",
                   short_names=[core, core[3:]] if core.startswith("De ") else [core])
    elif kind == "veiligheidsregio":
        row.update(label=f"Veiligheidsregio {item['name']}", short_names=[item["name"], *names])
        names = [f"Veiligheidsregio {n}" for n in names]
    elif kind == "ministerie":
        row["label"] = item["label"]
        topic = item["label"][len("Ministerie van "):]
        names += _ministry_names(topic, abbr)
        row["former_names"] = []
        for old in item.get("former", []):
            old_topic = old["name"][len("Ministerie van "):]
            names += [old["name"], *_ministry_names(old_topic, [old["abbr"]] if old.get("abbr") else [])]
            row["former_names"].append({k: v for k, v in old.items() if k != "abbr"})
        abbr = []
        if item.get("since"):
            row["since"] = item["since"]
    else:
        row["label"] = item["label"]
    row["key"] = slug(row["label"])
    row["aliases"] = list(dict.fromkeys(n for n in [*names, *abbr] if n != row["label"]))
    if item.get("parent"):
        row["parent"] = item["parent"]
    return row


def _ministry_names(topic: str, abbr: list[str]) -> list[str]:
    out = []
    for name in [topic, *abbr]:
        out += [f"ministerie van {name}", f"minister van {name}"]
        if " " in name or name in abbr:  # "Financiën" or "Defensie" alone is an ordinary word
            out.append(name)
    return out


def merge(curated: list[dict[str, Any]], public: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Curated rows keep their key, label and type; a public row they name (same TOOI id, label or alias) adds
    its identifier, names and history. Public rows nobody curated are appended."""
    by_tooi = {r["tooi"]: r for r in public if r.get("tooi")}
    by_name: dict[str, dict[str, Any]] = {}
    for r in public:
        for name in [r["label"], *r.get("aliases", [])]:
            by_name.setdefault(name.lower(), r)
    used: set[int] = set()
    keys: dict[str, str] = {}  # public key -> curated key, for parents
    out = []
    for row in curated:
        names = [row["label"], *row.get("aliases", [])]
        match = by_tooi.get(row.get("tooi") or "") or next(
            (by_name[n.lower()] for n in names if n.lower() in by_name), None)
        if match is not None and row["label"] in {f["name"] for f in match.get("former_names", [])}:
            continue  # a former body: its key and name live on in its successor's former_names
        if match is None or id(match) in used:
            out.append(row)
            continue
        used.add(id(match))
        keys[match["key"]] = row["key"]
        merged = {**match, **{k: v for k, v in row.items() if v not in (None, [], "")}}
        if match["type"] in ("gemeente", "provincie", "waterschap", "ministerie"):
            merged["label"] = match["label"]  # the official name and its capitalisation
        if row.get("type") == "overig":  # the curated list's placeholder kind gives way to the list's own
            merged["type"] = match["type"]
        merged["tooi"] = match.get("tooi") or row.get("tooi")
        merged["source"] = f"{match['source']}; curated"
        names = [*row.get("aliases", []), row["label"], *match.get("aliases", [])]
        merged["aliases"] = [n for n in dict.fromkeys(names) if n != merged["label"]]
        out.append(merged)
    out += [r for r in public if id(r) not in used]
    for row in out:
        if row.get("parent") in keys:
            row["parent"] = keys[row["parent"]]
    return [_tidy(r) for r in out]


def _tidy(row: dict[str, Any]) -> dict[str, Any]:
    first = ["key", "label", "type", "tooi", "aliases"]
    out = {k: row.get(k) for k in first}
    out["aliases"] = out["aliases"] or []
    out.update({k: v for k, v in row.items() if k not in first and v not in (None, [], "")})
    return out


def short_aliases(rows: list[dict[str, Any]]) -> None:
    """Add the shorter names a body goes by ("Noorderzijlvest", "NMF Groningen", "Hanzehogeschool") where no
    other body, municipality or province is known by the same name; the same check keeps a housing
    corporation's listed names that another body already has out of its aliases."""
    taken = _taken_names(rows)
    places = {p for row in rows for p in place_names(row)}
    wanted = {row["key"]: list(dict.fromkeys(_shorter_names(row, places))) for row in rows}
    counts = Counter(n.lower() for names in wanted.values() for n in names)  # one name, two bodies: neither
    for row in rows:
        def free(name: str, key: str = row["key"]) -> bool:
            return not any(taken.get(v.lower(), set()) - {key} for v in variants(name))

        own = {v.lower() for n in [row["label"], *row["aliases"]] for v in variants(n)}
        row["aliases"] += [n for n in wanted[row["key"]]
                           if counts[n.lower()] == 1 and n.lower() not in own and free(n)]
        if row["type"] == "woningcorporatie":
            row["aliases"] = [a for a in row["aliases"] if free(a)]


def _taken_names(rows: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Every name a body is found by, its short names and its label after the first word ("Regio
    Rivierenland" -> "Rivierenland"), lower case, with the keys of the bodies that bear it."""
    taken: dict[str, set[str]] = {}
    for row in rows:
        words = row["label"].split(" ", 1)
        for name in [*names_of(row), *place_names(row), *short_names(row), *words[1:]]:
            for v in variants(name):
                taken.setdefault(v.lower(), set()).add(row["key"])
    return taken


def _shorter_names(row: dict[str, Any], places: set[str]) -> list[str]:
    sources = str(row.get("source", ""))
    if row["type"] == "waterschap" and "waterschap-lijst" in sources:
        return short_names(row)[:1]  # "De Dommel" (the river's name "Dommel" alone is no water board)
    if "milieufederatie-lijst" in sources:
        return [f"NMF {m.group(1)}" for n in [row["label"], *row["aliases"]] if (m := _FEDERATION.match(n))]
    if row["type"] == "onderwijs":
        name = _without_place(_without_kind(row["label"]), places)
        words = {w.lower() for w in name.split()}
        # "ROC van", "Hogeschool voor de Kunsten": a name cut short, or a kind of school several cities have
        if name != row["label"] and name[:1].isupper() and not words <= _GENERIC_WORDS | _PARTICLES \
                and not words & _PARTICLES:
            return [name]
    return []


def _without_kind(label: str) -> str:
    """'Avans Hogeschool' -> 'Avans', 'Hogeschool Windesheim' -> 'Windesheim' (two words, one the kind)."""
    words = label.split()
    if len(words) == 2 and words[0].lower() in _SCHOOL_KINDS:
        return words[1]
    if len(words) == 2 and words[1].lower() in _SCHOOL_KINDS:
        return words[0]
    return label


def _without_place(name: str, places: set[str]) -> str:
    """'Hanzehogeschool Groningen' -> 'Hanzehogeschool', 'Vrije Universiteit Amsterdam' -> 'Vrije
    Universiteit' (empty when nothing but the place is left, or another place stays in it)."""
    words = name.split()
    if words and words[-1] in places:
        words = words[:-1]
    elif words and words[0] in places:
        words = words[1:]
    return "" if any(w in places for w in words) else " ".join(words)


def load_curated() -> list[dict[str, Any]]:
    lines = (SOURCES / "curated.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]
    for row in rows:
        row.setdefault("source", "curated")
    return rows


def build() -> list[dict[str, Any]]:
    rows = merge(load_curated(), municipalities() + bodies() + housing_corporations())
    short_aliases(rows)
    seen: dict[str, str] = {}
    for row in rows:  # one name, one organisation: a clash is a data error, not something to guess about
        assert row["key"] not in seen or seen[row["key"]] == "", row["key"]
        seen[row["key"]] = ""
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    sources = {_SOURCE_IDS[p.name]: header(p) for p in sorted(SOURCES.glob("*.csv"))}
    sources["curated"] = header(SOURCES / "curated.jsonl")
    sources.update(SOURCE_TEXT)
    SOURCES_OUT.write_text(json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} organisations -> {OUT}, sources -> {SOURCES_OUT.name}")


if __name__ == "__main__":
    main()
