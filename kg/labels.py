"""Dutch and English words for the graph's codes (kinds, dependency kinds, period qualifiers, flags): shared
by the web UI and the Excel export."""

from __future__ import annotations

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


# What the extraction was unsure about (kg:flag), said so that a reader knows what to check.
FLAG_LABELS = {
    "nl": {"period_ambiguous": "periode onzeker: jaartallen uit lopende tekst",
           "wie_alignment_uncertain": "partijen mogelijk uit een andere tabelrij",
           "period_alignment_uncertain": "periode mogelijk uit een andere tabelrij",
           "title_alignment_uncertain": "titel mogelijk uit een andere tabelrij",
           "period_from_section": "periode uit de kop van de paragraaf",
           "period_from_title": "periode uit de titel van het document",
           "low_confidence_wie": "trekker niet zeker", "incomplete_row": "tabelrij onvolledig",
           "party_from_description": "partij gevonden in de beschrijving",
           "party_name_uncertain": "naam van een partij onzeker (mogelijk meerdere namen)",
           "period_unparsed": "planning niet als periode te lezen",
           "period_several_dates": "periode samengesteld uit meerdere data in de zin",
           "partner_unresolved": "partner alleen als soort genoemd ('het waterschap'): welke niet te bepalen",
           "other_party_plan": "plan van een andere partij dan de afzender: nagaan of die het toezegde",
           "type": "soort"},
    "en": {"period_ambiguous": "period uncertain: years from running text",
           "wie_alignment_uncertain": "parties possibly from another table row",
           "period_alignment_uncertain": "period possibly from another table row",
           "title_alignment_uncertain": "title possibly from another table row",
           "period_from_section": "period from the section heading",
           "period_from_title": "period from the document's title",
           "low_confidence_wie": "lead uncertain", "incomplete_row": "table row incomplete",
           "party_from_description": "party found in the description",
           "party_name_uncertain": "party name uncertain (possibly several names)",
           "period_unparsed": "planning not readable as a period",
           "period_several_dates": "period put together from several dates in the sentence",
           "partner_unresolved": "partner named only by its kind ('the water board'): which one is not known",
           "other_party_plan": "plan of a party other than the sender: check that it committed to it",
           "type": "type"},
}
# Flags that say where a fact came from, not that it may be wrong: a table's category, a period inherited
# from a section heading or the document's title (shown as the document's span, apart from what is due).
NOTE_FLAGS = frozenset({"type", "period_from_section", "period_from_title"})


def is_warning(flag: str) -> bool:
    """A flag that asks for a check ('periode onzeker'), not a note on where the fact came from."""
    return flag.partition(":")[0] not in NOTE_FLAGS


def flag_label(flag: str, lang: str) -> str:
    """A flag in words; 'type:convenant' (a category of the source table) as 'soort: convenant'."""
    labels = FLAG_LABELS.get(lang, FLAG_LABELS["nl"])
    name, _, value = flag.partition(":")
    if value:
        return f"{labels.get(name, name)}: {value}"
    return labels.get(flag, flag.replace("_", " "))


# A person's verdict on an action (kg:verdict) and the fields a review can correct (kg:correctedField).
VERDICT_LABELS = {
    "nl": {"confirmed": "bevestigd", "corrected": "gecorrigeerd", "wrong": "onjuist"},
    "en": {"confirmed": "confirmed", "corrected": "corrected", "wrong": "wrong"},
}
REVIEW_FIELD_LABELS = {
    "nl": {"lead": "trekker", "partners": "partners", "period": "periode", "title": "titel"},
    "en": {"lead": "lead", "partners": "partners", "period": "period", "title": "title"},
}
