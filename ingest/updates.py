"""Changes a letter reports to a programme's actions by their number ('Actie 5 vervalt', 'Actie 3 schuift op
naar 2028', 'Actie 4 ... X neemt het trekkerschap over'), applied to the actions of the programme's table.

A progress letter (voortgangsbrief) to a council or to the Staten often carries the programme's table as it
was agreed, in an appendix, and says in its text what changed since: an action is dropped or done, moves to
other years, or changes hands. The table alone would state what no longer holds.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.dependencies import split_sentences
from ingest.letters import is_letter, read_letter
from ingest.model import Action, Role
from ingest.periods import parse_period

# "Actie 3 ...", "Maatregel 2.1 ...", "Project B4 ...": a sentence about one numbered action of the document.
_WORD = r"(?:[Aa]ctie|[Mm]aatregel|[Pp]roject|[Aa]ctiepunt)"
_ABOUT = re.compile(rf"^{_WORD}\s+([A-Z]{{0,4}}[ .-]?\d{{1,3}}(?:\.\d{{1,2}})?)\b")
_LINE_ABOUT = re.compile(rf"(?m)^[ \t]*(?={_WORD}\s+[A-Z]{{0,4}}[ .-]?\d)")
_DROPPED = re.compile(r"(?i)\b(?:vervalt|is\s+vervallen|komt\s+te\s+vervallen|is\s+geschrapt|"
                      r"wordt\s+geschrapt|gaat\s+niet\s+door|wordt\s+niet\s+uitgevoerd|is\s+ingetrokken|"
                      r"wordt\s+ingetrokken)\b")
_DONE = re.compile(r"(?i)^\S+\s+\S+\s+(?:is|werd)\b[^.;:]{0,40}?\b(?:afgerond|voltooid|uitgevoerd|"
                   r"opgeleverd|gerealiseerd)\b")
_MOVED = re.compile(r"(?i)\b(?:schuift|schuiven|verschuift|verschuiven)\s+(?:op\s+)?naar\b|"
                    r"\b(?:wordt|is)\s+(?:uitgesteld|verschoven|vervroegd)\s+(?:tot|naar)\b")
# "Waterschap X neemt het trekkerschap over", "X wordt (de) trekker": the action's new lead
_NEW_LEAD = re.compile(r"(?i)\b(?:neemt|nemen)\s+het\s+trekkerschap\s+over\b|\bwordt\s+(?:de\s+)?trekker\b|"
                       r"\bneemt\s+de\s+rol\s+van\s+trekker\s+over\b")
_STAY_PARTNER = re.compile(r"(?i)\b(?:wij|we|ik)\s+blijven\s+(?:betrokken\s+als\s+)?partner\b|"
                           r"\b(?:wij|we|ik)\s+blijf\s+partner\b")


def apply_updates(doc: Any, actions: list[Action], resolver: Any) -> list[Action]:
    """The actions of a letter's programme table as its text says they now stand: dropped and finished
    actions leave, moved ones take their new period, a new trekker leads (the old one a partner where the
    letter says so)."""
    coded = {a.code: a for a in actions if a.code and a.kind == "action"}
    if not coded or not is_letter(doc.text):
        return actions
    gone: set[str] = set()
    senders: list[Any] | None = None
    for start in _LINE_ABOUT.finditer(doc.text):  # a paragraph (or a line under a heading) opening with it
        para = " ".join(doc.text[start.start():].split("\n\n", 1)[0].split())
        first = split_sentences(para)
        sentence = para[first[0][0]:first[0][1]] if first else para
        m = _ABOUT.match(sentence)
        action = coded.get(m.group(1)) if m else None
        if action is None:
            continue
        if _DROPPED.search(sentence) or _DONE.search(sentence):
            gone.add(action.code)
            continue
        moved = _MOVED.search(sentence)
        if moved:
            period = parse_period(sentence[moved.start():])
            if period is not None:
                action.period = period
        lead = _NEW_LEAD.search(sentence)
        if lead:
            clause = re.split(r"[:;]\s*|,\s*", sentence[:lead.start()])[-1]
            found = [r for r in resolver.find(clause, groups=False) if r.kind == "organisation"][:1]
            if not found:
                continue
            if senders is None:
                senders = read_letter(doc, resolver).senders
            stays = senders if _STAY_PARTNER.search(sentence[lead.end():]) else []
            kept = [r for r in action.roles if r.role != "lead" and r.actor.key != found[0].key]
            action.roles = [Role(found[0], "lead", 0.7)] + kept + [
                Role(x, "partner", 0.7) for x in stays if all(x.key != r.actor.key for r in kept)]
    return [a for a in actions if a.code not in gone or a.kind != "action"]
