"""Interface strings in Dutch (default) and English (?lang=en); document text is never translated."""

from __future__ import annotations

from typing import Any

from kg.labels import (
    DEPENDENCY_LABELS,
    KIND_LABELS,
    QUALIFIER_LABELS,
    REVIEW_FIELD_LABELS,
    VERDICT_LABELS,
    flag_label,
    is_warning,
)

STRINGS: dict[str, dict[str, str]] = {
    "nl": {
        "search": "Zoeken", "actors": "Organisaties", "timeline": "Tijdlijn", "deps": "Afhankelijkheden",
        "documents": "Documenten", "sparql": "SPARQL",
        "ask": "Stel een vraag of zoek een organisatie of code",
        "search_button": "Zoek", "no_results": "Geen resultaten.", "page": "pagina", "document": "Document",
        "leads": "Trekker van", "partner_in": "Partner of betrokken bij", "period": "Periode", "role": "Rol",
        "theme": "Thema", "year": "Jaar", "all": "alle", "filter": "Filter", "export_csv": "Download CSV",
        "prev_page": "vorige", "next_page": "volgende", "page_of": "pagina %s", "of_total": "van %s",
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
        "answer": "Antwoord uit de documenten", "partners": "Partners", "whole_passage": "Hele passage",
        "date": "Datum", "signed_by": "Ondertekend door", "sender": "Afzender", "addressee": "Gericht aan",
        "passage": "Passage", "error": "Fout", "open_ended": "open einde", "count": "Aantal",
        "no_deps": "Nog geen afhankelijkheden gevonden.", "sparql_help":
            "Alleen-lezen SPARQL 1.1. Resultaten als JSON, XML, CSV of TSV via de Accept-header.",
        "placeholder": "bijv. Wat moet gemeente Zaanstad doen in 2026?", "shortcuts": "Direct naar",
        "unknown_lead": "niet genoemd", "passages": "Passages uit de documenten",
        "unmatched": "Geen van deze passages bevat de woorden van de vraag; dit zijn de passages die er "
                     "inhoudelijk het dichtst bij liggen.",
        "intro_title": "Wie doet wat, wanneer, en wat hangt waarvan af?",
        "intro_text": "Zoek in de beleidsdocumenten van het Noordzeekanaalgebied. Elk antwoord verwijst naar "
                      "document, pagina en de letterlijke tekst.",
        "intro_year": "Wat loopt er in %s?", "intro_actors": "Alle organisaties en hun acties",
        "intro_deps": "Welke afspraken hangen van elkaar af?",
        "footer": "Elk feit verwijst naar document, pagina en de letterlijke tekst.", "graph": "graaf",
        "also_known": "Ook genoemd", "file": "Bestand", "truncated": "Resultaat afgekapt.", "rows": "rijen",
        "yes": "ja", "no": "nee", "choose": "kies een onderdeel", "skip": "Naar de inhoud",
        "legend_solid": "hangt af van, start na of is onderdeel van", "legend_dashed": "verwant aan",
        "due": "moet klaar zijn in %s",
        "year_summary": "%(n)s onderdelen lopen in %(year)s; %(due)s daarvan moeten dat jaar klaar zijn.",
        "back": "Terug naar zoeken", "flags": "Aandachtspunten",
        "without_actions": "Organisaties uit het register zonder acties in deze documenten",
        "with_actions": "Organisaties met acties in deze documenten",
        "inherited_document": "looptijd van het document", "inherited_section": "looptijd van het hoofdstuk",
        "inherited_help": "Deze periode staat niet bij de actie zelf maar in de titel of een kop van het "
                          "document; ze telt niet als 'moet klaar zijn in'.",
        "inherited_title": "Alleen de looptijd van het document of hoofdstuk bekend",
        "inherited_include": "ook periodes uit de looptijd van het document meetellen",
        "inherited_summary": "%s onderdelen hebben alleen de looptijd van het document of hoofdstuk; "
                             "die staan apart onderaan.",
        "related": "Verwant aan",
        "related_help": "Verwant aan heeft geen richting: geen van beide hangt af van de ander.",
        "deps_help": "Kies bij 'Van' één onderdeel om zijn netwerk in beide richtingen te zien, of kies ook "
                     "'Naar' voor het pad ertussen.",
        "deps_choose": "Kies eerst een onderdeel bij 'Van' (en eventueel bij 'Naar').",
        "deps_partial": "Het netwerk is groter: de eerste %s onderdelen zijn bekeken, de rest niet.",
        "deps_page": ("Afhankelijkheden in de volgorde van de opslag, een pagina tegelijk; kies een "
                      "onderdeel voor zijn hele netwerk."),
        "reach_title": "Netwerk van %s", "reach_needs": "Hangt (direct of via andere) af van",
        "reach_needed_by": "Hangt (direct of via andere) hiervan af",
        "review_queue": "Controle", "sign_in": "Aanmelden", "sign_out": "Afmelden",
        "signed_in_as": "Aangemeld als %s", "name": "Naam", "password": "Wachtwoord",
        "sign_in_help": "Alleen voor controleurs (accounts maakt de beheerder met kg reviewer add NAAM). "
                        "Iedereen kan de site lezen zonder aan te melden.",
        "sign_in_failed": "Naam of wachtwoord klopt niet.",
        "queue_summary": "%(total)s acties verdienen een blik, belangrijkste eerst; %(reviewed)s zijn al "
                         "gecontroleerd.",
        "orphans": "Controles waarvan de actie niet meer bestaat",
        "orphans_help": "De actie staat niet (meer) in een opgeslagen versie van het document; de controle "
                        "blijft bewaard en volgt de actie zodra die terugkomt met dezelfde code.",
        "review": "Controle", "checked_by": "gecontroleerd door %s op %s", "why_look": "Waarom bekijken",
        "unknown_org": "niet in het register: %s", "low_confidence": "zekerheid %s%%",
        "queue_empty": "Niets meer te controleren.", "all_reviews": "alle controles",
        "extracted": "uit het document", "not_reviewed": "Nog door niemand gecontroleerd.",
        "period_words": "Periode (tekst)", "start_year": "Startjaar", "end_year": "Eindjaar",
        "reason": "Reden",
        "reason_hint": "bijv. trekker staat op pagina 12", "review_save": "Bevestigen of correctie opslaan",
        "review_wrong": "Markeer als onjuist",
        "review_help": "Wat u hier verandert ten opzichte van het document, wordt opgeslagen als correctie; "
                       "laat u alles staan, dan bevestigt u de actie. Een correctie vraagt een korte reden.",
        "sign_in_to_review": "Aanmelden om deze actie te bevestigen of te corrigeren",
        "reviewed_tag": "gecontroleerd",
    },
    "en": {
        "search": "Search", "actors": "Organisations", "timeline": "Timeline", "deps": "Dependencies",
        "documents": "Documents", "sparql": "SPARQL",
        "ask": "Ask a question or look up an organisation or code",
        "search_button": "Search", "no_results": "No results.", "page": "page", "document": "Document",
        "leads": "Leads", "partner_in": "Partner in or involved in", "period": "Period", "role": "Role",
        "theme": "Theme", "year": "Year", "all": "all", "filter": "Filter", "export_csv": "Download CSV",
        "prev_page": "previous", "next_page": "next", "page_of": "page %s", "of_total": "of %s",
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
        "answer": "Answer from the documents", "partners": "Partners", "whole_passage": "Whole passage",
        "date": "Date", "signed_by": "Signed by", "sender": "Sender", "addressee": "Addressed to",
        "passage": "Passage", "error": "Error", "open_ended": "open ended", "count": "Count",
        "no_deps": "No dependencies found yet.", "sparql_help":
            "Read-only SPARQL 1.1. Results as JSON, XML, CSV or TSV by Accept header.",
        "placeholder": "e.g. Wat moet gemeente Zaanstad doen in 2026?", "shortcuts": "Go straight to",
        "unknown_lead": "not named", "passages": "Passages from the documents",
        "unmatched": "None of these passages contains the words of the question; they are the passages "
                     "closest in meaning.",
        "intro_title": "Who does what, when, and what depends on what?",
        "intro_text": "Search the policy documents of the Noordzeekanaalgebied. Every answer points to its "
                      "document, page and exact words.",
        "intro_year": "What runs in %s?", "intro_actors": "All organisations and their actions",
        "intro_deps": "Which agreements depend on each other?",
        "footer": "Every fact points to its document, page and exact words.", "graph": "graph",
        "also_known": "Also called", "file": "File", "truncated": "Result truncated.", "rows": "rows",
        "yes": "yes", "no": "no", "choose": "choose an item", "skip": "Skip to content",
        "legend_solid": "depends on, starts after or is part of", "legend_dashed": "related to",
        "due": "due in %s",
        "year_summary": "%(n)s items run in %(year)s; %(due)s of them are due that year.",
        "back": "Back to search", "flags": "Points of attention",
        "without_actions": "Organisations from the registry without actions in these documents",
        "with_actions": "Organisations with actions in these documents",
        "inherited_document": "span of the document", "inherited_section": "span of the chapter",
        "inherited_help": "This period is not stated with the action itself but in the document's title or a "
                          "heading; it does not count as 'due in'.",
        "inherited_title": "Only the span of the document or chapter is known",
        "inherited_include": "also count periods taken from the document's span",
        "inherited_summary": "%s items only have the span of their document or chapter; they are listed "
                             "apart at the bottom.",
        "related": "Related to", "related_help": "Related has no direction: neither depends on the other.",
        "deps_help": "Choose one item under 'From' to see its network both ways, or also choose 'To' for the "
                     "path between them.",
        "deps_choose": "First choose an item under 'From' (and optionally under 'To').",
        "deps_partial": "The network is larger: the first %s items were visited, the rest not.",
        "deps_page": ("Dependencies in the order of the store, one page at a time; choose an item for its "
                      "whole network."),
        "reach_title": "Network of %s", "reach_needs": "Depends (directly or through others) on",
        "reach_needed_by": "Depending on it (directly or through others)",
        "review_queue": "Review", "sign_in": "Sign in", "sign_out": "Sign out",
        "signed_in_as": "Signed in as %s", "name": "Name", "password": "Password",
        "sign_in_help": "For reviewers only (the administrator makes accounts with kg reviewer add NAME). "
                        "Anyone can read the site without signing in.",
        "sign_in_failed": "Name or password is wrong.",
        "queue_summary": "%(total)s actions deserve a look, most important first; %(reviewed)s are reviewed "
                         "already.",
        "orphans": "Reviews whose action no longer exists",
        "orphans_help": "The action is not in any stored version of its document (any more); the review is "
                        "kept and follows the action once it returns with the same code.",
        "review": "Review", "checked_by": "checked by %s on %s", "why_look": "Why look",
        "unknown_org": "not in the registry: %s", "low_confidence": "confidence %s%%",
        "queue_empty": "Nothing left to review.", "all_reviews": "all reviews",
        "extracted": "from the document", "not_reviewed": "Not reviewed by anyone yet.",
        "period_words": "Period (text)", "start_year": "Start year", "end_year": "End year",
        "reason": "Reason",
        "reason_hint": "e.g. the lead is on page 12", "review_save": "Confirm or save correction",
        "review_wrong": "Mark as wrong",
        "review_help": "What you change here from the document is saved as a correction; leave everything as "
                       "it is to confirm the action. A correction needs a short reason.",
        "sign_in_to_review": "Sign in to confirm or correct this action",
        "reviewed_tag": "reviewed",
    },
}

ROLE_LABELS = {
    "nl": {"lead": "trekker", "partner": "partner", "involved": "betrokken", "commissioner": "opdrachtgever",
           "support": "ondersteuning"},
    "en": {"lead": "lead", "partner": "partner", "involved": "involved", "commissioner": "commissioner",
           "support": "support"},
}
# Errors that Flask or Werkzeug raise themselves (unknown address, wrong method): their own text is English.
HTTP_ERRORS = {
    "nl": {400: ("Ongeldige invoer", "Het verzoek kon niet worden gelezen."),
           403: ("Geen toegang", "Alleen een aangemelde controleur kan dit doen, via een formulier van deze "
                                 "site."),
           404: ("Niet gevonden", "Deze pagina bestaat niet. Controleer het adres, of zoek hieronder."),
           405: ("Niet toegestaan", "Deze bewerking is op dit adres niet toegestaan."),
           413: ("Te groot", "Het verzoek is te groot."),
           500: ("Er ging iets mis", "Er ging iets mis bij het maken van deze pagina. Probeer het later "
                                     "opnieuw."),
           503: ("Tijdelijk niet beschikbaar", "De gegevens zijn tijdelijk niet beschikbaar.")},
    "en": {400: ("Invalid input", "The request could not be read."),
           403: ("Forbidden", "Only a signed-in reviewer can do this, through a form on this site."),
           404: ("Not found", "This page does not exist. Check the address, or search below."),
           405: ("Not allowed", "This operation is not allowed at this address."),
           413: ("Too large", "The request is too large."),
           500: ("Something went wrong", "Something went wrong making this page. Please try again later."),
           503: ("Temporarily unavailable", "The data is temporarily unavailable.")},
}


def http_error(status: int, lang: str) -> tuple[str, str]:
    """Title and message for an error page in `lang`."""
    table = HTTP_ERRORS.get(lang, HTTP_ERRORS["nl"])
    return table.get(status) or table[500 if status >= 500 else 400]


def translator(lang: str) -> dict[str, Any]:
    """All string tables for one language (falls back to Dutch)."""
    lang = lang if lang in STRINGS else "nl"
    return {"t": STRINGS[lang], "roles": ROLE_LABELS[lang], "kinds": KIND_LABELS[lang],
            "dep": DEPENDENCY_LABELS[lang], "qualifiers": QUALIFIER_LABELS[lang],
            "verdicts": VERDICT_LABELS[lang], "review_fields": REVIEW_FIELD_LABELS[lang],
            "flag_label": lambda flag: flag_label(flag, lang), "is_warning": is_warning}
