"""Interface strings in Dutch (default) and English (?lang=en); document text is never translated."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nl": {
        "search": "Zoeken", "actors": "Organisaties", "timeline": "Tijdlijn", "deps": "Afhankelijkheden",
        "documents": "Documenten", "sparql": "SPARQL",
        "ask": "Stel een vraag of zoek een organisatie of code",
        "search_button": "Zoek", "no_results": "Geen resultaten.", "page": "pagina", "document": "Document",
        "leads": "Trekker van", "partner_in": "Partner of betrokken bij", "period": "Periode", "role": "Rol",
        "theme": "Thema", "year": "Jaar", "all": "alle", "filter": "Filter", "export_csv": "Download CSV",
        "tooi": "Officiële identificatie (TOOI)", "needs_review": "Nog niet in het register: controleren",
        "description": "Beschrijving", "parties": "Partijen", "source": "Bron", "depends_on": "Hangt af van",
        "dependents": "Hiervan afhankelijk", "none": "geen", "kind": "Soort",
        "code": "Code", "title": "Titel",
        "lead": "Trekker", "running_in": "Loopt of moet klaar zijn in", "undated": "Zonder periode",
        "path": "Pad tussen twee onderdelen", "from": "Van", "to": "Naar", "find_path": "Zoek pad",
        "no_path": "Geen verbinding gevonden.",
        "network": "Netwerk van afspraken, sleutelprojecten en acties",
        "pages": "Pagina's", "facts": "Gevonden feiten", "query": "Query", "run": "Uitvoeren",
        "examples": "Voorbeelden", "exports": "Downloads", "actions": "Acties", "organisation": "Organisatie",
        "unresolved": "niet gevonden in de documenten", "confidence": "Zekerheid",
        "original": "Oorspronkelijke tekst",
        "years": "Jaren", "index_missing": "zoekindex ontbreekt: voer eerst kg ingest uit",
        "passage": "Passage", "error": "Fout", "open_ended": "open einde", "count": "Aantal",
        "no_deps": "Nog geen afhankelijkheden gevonden.", "sparql_help":
            "Alleen-lezen SPARQL 1.1. Resultaten als JSON, XML, CSV of TSV via de Accept-header.",
    },
    "en": {
        "search": "Search", "actors": "Organisations", "timeline": "Timeline", "deps": "Dependencies",
        "documents": "Documents", "sparql": "SPARQL",
        "ask": "Ask a question or look up an organisation or code",
        "search_button": "Search", "no_results": "No results.", "page": "page", "document": "Document",
        "leads": "Leads", "partner_in": "Partner in or involved in", "period": "Period", "role": "Role",
        "theme": "Theme", "year": "Year", "all": "all", "filter": "Filter", "export_csv": "Download CSV",
        "tooi": "Official identifier (TOOI)", "needs_review": "Not in the registry yet: to be reviewed",
        "description": "Description", "parties": "Parties", "source": "Source", "depends_on": "Depends on",
        "dependents": "Depending on this", "none": "none", "kind": "Kind", "code": "Code", "title": "Title",
        "lead": "Lead", "running_in": "Running or due in", "undated": "Without period",
        "path": "Path between two items", "from": "From", "to": "To", "find_path": "Find path",
        "no_path": "No connection found.", "network": "Network of agreements, key projects and actions",
        "pages": "Pages", "facts": "Extracted facts", "query": "Query", "run": "Run",
        "examples": "Examples", "exports": "Downloads", "actions": "Actions", "organisation": "Organisation",
        "unresolved": "not found in the documents", "confidence": "Confidence",
        "original": "Original wording",
        "years": "Years", "index_missing": "search index missing: run kg ingest first",
        "passage": "Passage", "error": "Error", "open_ended": "open ended", "count": "Count",
        "no_deps": "No dependencies found yet.", "sparql_help":
            "Read-only SPARQL 1.1. Results as JSON, XML, CSV or TSV by Accept header.",
    },
}

ROLE_LABELS = {
    "nl": {"lead": "trekker", "partner": "partner", "involved": "betrokken", "commissioner": "opdrachtgever",
           "support": "ondersteuning"},
    "en": {"lead": "lead", "partner": "partner", "involved": "involved", "commissioner": "commissioner",
           "support": "support"},
}
KIND_LABELS = {
    "nl": {"action": "actie", "agreement": "afspraak", "sleutelproject": "sleutelproject",
           "commitment": "toezegging"},
    "en": {"action": "action", "agreement": "agreement", "sleutelproject": "key project",
           "commitment": "commitment"},
}
DEPENDENCY_LABELS = {
    "nl": {"depends": "hangt af van", "starts_after": "start na", "part_of": "onderdeel van",
           "related": "verwant aan"},
    "en": {"depends": "depends on", "starts_after": "starts after", "part_of": "part of",
           "related": "related to"},
}


QUALIFIER_LABELS = {
    "nl": {"not_before": "niet eerder dan", "deadline": "uiterlijk", "approximate": "ongeveer",
           "ongoing": "doorlopend", "core_task": "kerntaak", "unknown": "onbekend"},
    "en": {"not_before": "not before", "deadline": "deadline", "approximate": "approximately",
           "ongoing": "ongoing", "core_task": "core task", "unknown": "unknown"},
}


def translator(lang: str) -> dict[str, dict[str, str]]:
    """All string tables for one language (falls back to Dutch)."""
    lang = lang if lang in STRINGS else "nl"
    return {"t": STRINGS[lang], "roles": ROLE_LABELS[lang], "kinds": KIND_LABELS[lang],
            "dep": DEPENDENCY_LABELS[lang], "qualifiers": QUALIFIER_LABELS[lang]}
