"""A sentence of a letter read as a commitment: subject, finite verb, trigger, partners, dates, to-do."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ingest.dutch import finite, infinitive, is_past_form, known_verb_form, lexicon, phrase_re, words_re
from ingest.mentions import PROPER, LetterContext, Mention, coordinated, mentions, type_noun
from ingest.model import ActorRef, Period
from ingest.periods import DatePhrase, date_phrases, is_past, span_of

TITLE_CHARS = 140
_AS_ROLE = (r"\s+(?:vervolg|(?:eerste|tweede|derde|volgende|laatste)\s+stap|onderdeel|uitwerking|aanvulling|"
            r"gemeente|provincie|waterschap|rijk|kabinet|college|minister|ministerie|regio|partners?)\b")
"""'Als vervolg daarop stel ik ...', 'Als provincie zetten wij ...': 'als' of a role or a step, no
condition."""
_FRONTED_STEP = re.compile(r"(?i)^\s*als\s+(?:vervolg|(?:eerste|tweede|derde|volgende|laatste)\s+stap)"
                           r"(?:\s+(?:daarop|hierop|daarvan|hiervan))?[\s,]*")


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    lex = lexicon()
    return {
        "promise": [phrase_re(p, 8) for p in lex["promise"]],
        "intent": [phrase_re(p, 8) for p in lex["intent"]],
        "announce": [phrase_re(p, 12) for p in lex["announce"]],
        "guide": re.compile("|".join(lex["guide"]), re.I),
        "conditional": re.compile(rf"\b(?:{words_re(lex['conditional'])})\b"
                                  rf"|^(?:als(?!{_AS_ROLE})|indien|wanneer|mocht)\b"
                                  r"|\bals\b.{0,40}\bdan\b", re.I),
        "not_ours": re.compile("|".join(lex["not_ours"]), re.I),
        # "samen met (onder meer) (de|onze) (regionale) woningcorporaties X en Y": up to two words of
        # caption between the phrase and the names, or a group and the body that speaks for it ("met de
        # drinkwaterbedrijven, verenigd in Vewin")
        "partner": re.compile(rf"(?i)\b(?:{words_re(lex['partner_lead'])})\s+"
                              r"(?:(?:onder\s+(?:meer|andere)|o\.a\.|zowel|ook)\s+)?(?:de\s+|het\s+|onze\s+|ons\s+)?"
                              r"(?<!\bmet name )(?:(?!van\b|het\b|de\b|name\b)[a-z][\w-]*\s+){0,2}"
                              rf"(?:[a-z][\w-]*,\s*(?:{words_re(lex['represented_by'])})\s+(?:de\s+|het\s+)?)?$"),
        "future": re.compile(rf"(?i)\b(?:{words_re(lex['future_marker'])})\b"),
        "start": re.compile(rf"(?i)\b(?:{words_re(lex['start_verb'])})\b"),
    }


@dataclass
class Reading:
    """What a commitment sentence says: who leads, who partners, when, what, and by which trigger."""
    leads: list[ActorRef]
    partners: list[ActorRef]
    period: Period | None
    title: str
    trigger: str                 # modal | intent | promise | announce | plan
    sender_subject: bool
    subject: list[Mention] = field(default_factory=list)
    commissioners: list[ActorRef] = field(default_factory=list)   # "in opdracht van X"
    support: list[ActorRef] = field(default_factory=list)         # "met inhoudelijke ondersteuning van X"
    involved: list[ActorRef] = field(default_factory=list)        # "X is daarbij betrokken"
    date_count: int = 0          # date phrases the period spans: more than one is a guess at which is meant
    unsettled: list[str] = field(default_factory=list)  # "samen met het waterschap": which one is not said
    agreed: list[ActorRef] = field(default_factory=list)  # "X en wij hebben afgesproken dat Y ...": X and us


def _marked(flat: str, ms: list[Mention], leads: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """Partners ('samen met X en Y', 'met X') and commissioners ('in opdracht van X') named in a sentence;
    other organisations merely mentioned are neither."""
    partners: list[ActorRef] = []
    commissioners: list[ActorRef] = []
    for i, m in enumerate(ms):
        before = flat[:m.start]
        into = (partners if _compiled()["partner"].search(before)
                else commissioners if re.search(r"(?i)\bin\s+opdracht\s+van\s+(?:de\s+|het\s+)?$", before)
                else None)
        if into is None:
            continue
        for p in coordinated(flat, ms, i):
            into += [r for r in p.refs if all(r.key != x.key for x in leads + partners + commissioners)]
    return partners, commissioners


# "met inhoudelijke ondersteuning van X" (support); "met betrokkenheid van X", "; X is daarbij betrokken"
# (involved): lesser roles a sentence gives bodies beside its doers.
_SUPPORT_BEFORE = re.compile(r"(?i)\bmet\s+(?:inhoudelijke\s+|technische\s+)?(?:ondersteuning|advies)\s+"
                             r"van\s+(?:de\s+|het\s+)?$")
_INVOLVED_BEFORE = re.compile(r"(?i)\bmet\s+betrokkenheid\s+van\s+(?:de\s+|het\s+)?$")
_INVOLVED_AFTER = re.compile(r"(?i)^\s+(?:(?:is|zijn|wordt|worden)\s+(?:daarbij\s+|hierbij\s+|erbij\s+)?"
                             r"betrokken|betrokken\s+(?:is|zijn|wordt|worden))\b")


def _aiding(flat: str, ms: list[Mention], taken: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """The bodies a sentence names as support and as involved, apart from those it gives another role."""
    support: list[ActorRef] = []
    involved: list[ActorRef] = []
    for m in ms:
        into = (support if _SUPPORT_BEFORE.search(flat[:m.start]) else involved if (
            _INVOLVED_BEFORE.search(flat[:m.start]) or _INVOLVED_AFTER.match(flat[m.end:])) else None)
        if into is not None:
            into += [r for r in m.refs if all(r.key != x.key for x in taken + support + involved)]
    return support, involved


def _unsettled(flat: str, ms: list[Mention]) -> list[str]:
    """Partners named only by their kind ("samen met het waterschap") in a letter that names no body of
    that kind and whose sender settles none (a town's own province does): left out, and said so."""
    return [m.group(1).lower() for m in type_noun().finditer(flat)
            if _compiled()["partner"].search(flat[:m.start()])
            and not any(x.start <= m.start(1) < x.end for x in ms)]


def _prev_word(flat: str, pos: int) -> tuple[str, int]:
    m = re.search(r"([\wÀ-ÿ'’-]+)\s+$", flat[:pos])
    return (m.group(1), m.start(1)) if m else ("", pos)


def _next_word(flat: str, pos: int) -> tuple[str, int, int]:
    """The word after `pos`, skipping an abbreviation in brackets and a ', samen met X,' aside."""
    rest = flat[pos:]
    skip = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,80},\s*)?", rest)
    m = re.match(r"\s*([\wÀ-ÿ'’-]+)", rest[skip.end() if skip else 0:])
    if not m:
        return "", pos, pos
    s = pos + (skip.end() if skip else 0) + m.start(1)
    return m.group(1), s, s + len(m.group(1))


def _subject(flat: str, ms: list[Mention], names: dict[str, ActorRef]
             ) -> tuple[list[Mention], str, int, int] | None:
    """The subject and the finite verb: 'X [en Y] VERB ...' or, inverted, '... VERB X [en Y] ...'."""
    lead_in = re.match(r"(?:(?:Ook|Zowel|Zelfs|Daarbij ook)\s+)?", flat)
    start = lead_in.end() if lead_in else 0
    if ms and ms[0].start <= start and not ms[0].proper:
        group = coordinated(flat, ms, 0)
        verb, vs, ve = _next_word(flat, group[-1].end)
        return (group, verb, vs, ve) if verb else None
    name = PROPER.match(flat, start)
    if name and name.group(0) in names and not (ms and ms[0].start < name.end()):
        # a name the letter also writes mid-sentence ("met Enexis") opens this one: "Enexis vervangt ..."
        group = coordinated(flat, [Mention(name.start(), name.end(), [names[name.group(0)]]), *ms], 0)
        verb, vs, ve = _next_word(flat, group[-1].end)
        return (group, verb, vs, ve) if verb else None
    for i, m in enumerate(ms):
        if m.proper:
            continue  # an unknown name after a verb-like word is as often a place or a plan as a body
        verb, vs = _prev_word(flat, m.start)
        # a word of another mention is no verb ("met de woningcorporaties Portaal en ...": a caption)
        if verb and finite(verb) and flat[:vs].strip() and not any(o.start <= vs < o.end for o in ms):
            return coordinated(flat, ms, i), verb, vs, vs + len(verb)
    return None


def _pronoun_subject(flat: str, ctx: LetterContext) -> Mention | None:
    """'Zij/Ze' as subject stands for the organisation of the sentence before."""
    m = re.match(r"(?:Zij|Ze|Hij|De(?:ze|zelfde)\s+(?:partij|organisatie|instantie|instelling|dienst|"
                 r"partner))\b", flat) or re.search(r"(?<=\s)(?:zij|ze)\b", flat[:60])
    return Mention(m.start(), m.end(), list(ctx.last_subject)) if m and ctx.last_subject else None


_LEADS_IN = re.compile(r"(?i)^het\s+(?:voortouw|initiatief)\s+(?:bij|voor|in)\s+(.{8,}?)\s+nemen(?=,|$)"
                       r"|^(?:samen\s+)?optrekken\s+(?:bij|in)\s+(?=.{8})")
"""'Het voortouw bij de vervanging van het gemaal nemen', 'samen optrekken bij de vervanging van het gemaal':
the work is 'De vervanging van het gemaal'."""


def _clean_title(text: str) -> str:
    text = re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;:.")
    text = _LEADS_IN.sub(lambda m: m.group(1) or "", text)
    text = re.sub(r"^(?:(?:en|om|dat|ook|daarom|dan ook|daarnaast|tevens|bovendien|verder|wordt|worden|,)"
                  r"\s+)+", "", text, flags=re.I)
    text = re.sub(r"\s+(?:dan ook|daarom|derhalve)\b", "", text, flags=re.I)
    # '..., dat wordt uitgevoerd' with its date taken out says nothing more
    text = re.sub(r"(?i),\s*(?:dat|die)\s+(?:wordt|worden)\s+\w+$", "", text)
    if len(text) > TITLE_CHARS:
        text = text[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
    return text[:1].upper() + text[1:]


# Where the main clause of a to-do ends: a comma, a subordinating word, or "en" before a second finite verb
# with its object ("stelt het plan vast en legt het daarna voor").
_CLAUSE_END = re.compile(r",\s|\s(?:om|zodat|die|dat|waarbij|waarmee|waarin|omdat|zodra|nadat|wanneer)\s"
                         r"|\sen\s(?=(?P<second>[a-z]+t)\s(?:het|de|een|deze|dit|die|ze|hem|daarna|ook)\b)")
_PREPOSITIONS = {"in", "naar", "op", "bij", "voor", "met", "aan", "tot", "over", "uit", "tegen", "rond",
                 "langs", "tussen", "onder", "via", "vanaf", "binnen", "rondom"}


def _masked(text: str) -> str:
    """The text with what cannot end the main clause blanked out: brackets, an aside between commas
    (", verenigd in Vewin,") and the commas of a list of names ("IPO, VNG en de Unie")."""
    bare = re.sub(r"\([^()]*\)", lambda b: "_" * len(b.group(0)), text)
    bare = re.sub(r",\s[a-z][^,]{0,60},", lambda b: "_" * len(b.group(0)), bare)
    return re.sub(r",(?=\s[A-Z][^,]{0,60}?\sen\s)", "_", bare)


def _with_infinitive(text: str, verb: str) -> str:
    """Put the verb as infinitive at the end of the main clause, with its separable particle; a particle
    before a phrase ("de woondeals uit tot afspraken") takes the verb there ("uitwerken tot afspraken")."""
    inf = infinitive(verb)
    cut = next((c for c in _CLAUSE_END.finditer(_masked(text))
                if not (second := c.group("second")) or (finite(second) and not is_past_form(second))), None)
    main, tail = (text[:cut.start()], text[cut.start():]) if cut else (text, "")
    words = main.rstrip(" .").split()
    particles = lexicon()["particle"]
    if words and words[-1].lower() in particles:
        inf = words.pop().lower() + inf
    else:
        at = next((i for i in range(1, len(words) - 1) if words[i].lower() in particles
                   and words[i + 1].lower() in _PREPOSITIONS and words[i].lower() != "samen"), None)
        if at is not None:
            return " ".join([*words[:at], words[at].lower() + inf, *words[at + 1:]]) + tail
    # a verb's own adjective stays with it: "3 miljoen beschikbaar stellen voor ..."
    at = next((i for i, w in enumerate(words) if w.lower() in lexicon()["predicative"]), None)
    if at is not None and at < len(words) - 1:
        return " ".join([*words[:at + 1], inf, *words[at + 1:]]) + tail
    return " ".join([*words, inf]) + tail


def _without_te(text: str) -> str:
    """'de dijk te versterken' -> 'de dijk versterken', 'open te stellen' -> 'openstellen', also before a
    phrase ('een bijdrage te leveren aan X'); 'om te komen tot' is a purpose, no to-do of its own."""
    m = re.search(r"(?:\b(\w+)\s+)?(?<!\bom )(?<!\bzonder )(?<!\bdoor )\bte\s+((?:laten\s+|doen\s+)?\w+en)"
                  r"(?=[\s.;,]|$)", text)
    if not m:
        return text
    if m.group(1) and m.group(1).lower() in lexicon()["particle"] + ["open", "vrij", "vast"]:
        return text[:m.start()] + m.group(1) + m.group(2) + text[m.end():]
    return text[:m.start(2) - 3].rstrip() + " " + m.group(2) + text[m.end():]


_BY_US = re.compile(r"\bdoor\s+(?:ons(?:\s+college)?|mij)\b", re.I)
"""'Uiterlijk 2028 wordt door ons het plan aangepast': the sender is the doer."""


_DONE_BY = re.compile(r"(?i)^((?:\S+\s+){2,}?)(?:wordt|worden)\s+(?:\S+\s+){0,3}?door\s+[^,;]+?\s+"
                      r"(?:opgepakt|uitgevoerd|getrokken|ter\s+hand\s+genomen|gecoördineerd|geleid|verzorgd)\b")
"""A passive whose verb only says that the work is done: the work is its subject."""
_PASSIVE_START = re.compile(r"(?i)\b(?:wordt|worden)\b.*\b(?:gestart|begonnen|opgestart|aangevangen)\b")


def _passive(flat: str, ms: list[Mention], dates: list[DatePhrase], plan_dates: list[DatePhrase],
             senders: list[ActorRef] | None = None) -> Reading | None:
    """'De dijk wordt in 2027 door het waterschap versterkt': the doer after 'door' commits, when dated;
    'door ons' is the sender."""
    if not plan_dates or not re.search(r"\b(?:wordt|worden|zal|zullen)\b", flat):
        return None
    at = next((i for i, m in enumerate(ms) if re.search(r"(?i)\bdoor\s+(?:de\s+|het\s+)?$", flat[:m.start])),
              None)
    if at is None and senders and _BY_US.search(flat):
        group: list[Mention] = []
        leads = list(senders)
    elif at is None:
        return None
    else:
        group = coordinated(flat, ms, at)
        leads = [r for m in group for r in m.refs]
    if not leads:
        return None
    title = flat
    for d in sorted(dates, key=lambda d: -d.start):
        title = title[:d.start] + title[d.end:]
    work = _DONE_BY.match(title)  # 'Het baggeren van de Zaan wordt door X opgepakt': the work is the subject
    title = work.group(1) if work else title
    used = [d.period for d in dates if d in plan_dates or not d.until]
    period = span_of(used)
    if (period is not None and len(used) == 1 and period.start_year == period.end_year and not period.phases
            and period.qualifier in (None, "approximate") and _PASSIVE_START.search(flat)):
        period = Period(text=period.text, start_year=period.start_year, start=period.start)  # 'wordt gestart'
    elif len(used) == 1:  # '...; de werkzaamheden starten na de zomer van 2027'
        period = _started(flat, [d for d in dates if d in plan_dates or not d.until])
    # "..., in samenwerking met het waterschap", "met medewerking van X": those who work with the doer
    partners = [r for m in ms if m not in group and _compiled()["partner"].search(flat[:m.start])
                for r in m.refs if r.key not in {x.key for x in leads}]
    # "... wordt in onze opdracht door het waterschap gemeten": the sender orders what the doer does
    ordered = [x for x in senders or [] if x.key not in {r.key for r in leads}] if _FOR_SENDER.search(
        flat) else []
    return Reading(leads=leads, partners=partners, period=period, title=_clean_title(title), trigger="plan",
                   sender_subject=any(m.sender for m in group) or not group, subject=group,
                   commissioners=ordered, date_count=len(used))


# A letterhead line run into the first sentence ("Betreft Voortgang ... Ons kenmerk ..."): no commitment.
_LETTERHEAD_LINE = re.compile(r"(?i)^[*_]{0,2}(?:betreft|onderwerp|ons kenmerk|uw kenmerk|kenmerk|datum|"
                              r"aanwezig|afwezig|locatie)\b")
_FOR_SENDER = re.compile(r"(?i)\bin\s+(?:mijn|onze|ons)\s+opdracht\b")
# "Uw Kamer ontvangt in het najaar van 2027 de rapportage": the addressee will receive what the sender sends.
_ADDRESSEE_RECEIVES = re.compile(
    r"^(?:uw|de)\s+(?:(?:Eerste|Tweede)\s+)?(?:Kamer|raad|gemeenteraad|Staten|Provinciale Staten|"
    r"algemeen bestuur|commissie)\s+(?:ontvangt|ontvangen|krijgt|krijgen)\s+", re.I)


# '... wordt aan uw raad een voorstel voorgelegd', 'worden de resultaten aan de Kamer gestuurd'.
_SENT_TO_ADDRESSEE = re.compile(
    r"\b(?:wordt|worden)\b.*?\baan\s+(?:uw|de)\s+(?:(?:Eerste|Tweede)\s+)?(?:Kamer|raad|gemeenteraad|Staten|"
    r"Provinciale Staten|algemeen bestuur|commissie)\b.*?\b(?:voorgelegd|toegestuurd|gestuurd|aangeboden|"
    r"gezonden|verstrekt|voorgesteld)\b", re.I)


def _addressee_receives(flat: str, ctx: LetterContext, dates: list[DatePhrase], plan_dates: list[DatePhrase]
                        ) -> Reading | None:
    """'Uw Kamer ontvangt vóór de zomer van 2027 de evaluatie': the sender commits to sending it (when
    dated)."""
    m = _ADDRESSEE_RECEIVES.match(flat)
    # 'Vóór 1 juli 2027 wordt aan uw raad een voorstel ... voorgelegd': no doer named, the sender sends it
    sent = m is None and _SENT_TO_ADDRESSEE.search(flat) and not re.search(r"(?i)\bdoor\s", flat)
    if not (m or sent) or not plan_dates or not ctx.senders:
        return None
    start = m.end() if m else 0
    what = flat[start:]
    for d in sorted(dates, key=lambda d: -d.start):
        if d.start >= start:
            what = what[:d.start - start] + what[d.end - start:]
    used = [d.period for d in dates if d in plan_dates or not d.until]
    title = f"{what.strip(' .;')} toesturen" if m else what.strip(" .;")
    return Reading(leads=list(ctx.senders), partners=[], period=span_of(used), title=_clean_title(title),
                   trigger="promise", sender_subject=True, date_count=len(used))


def _made_to_do(flat: str, verb: str, group: list[Mention], others: list[Mention]) -> list[ActorRef]:
    """The body a subject has do the work ('Wij laten ... door X onderzoeken', 'De provincie laat X ...
    herstellen'), or nothing."""
    if verb not in ("laat", "laten") or re.search(r"\bla(?:at|ten)\s+(?:weten|zien|horen|merken)\b", flat):
        return []
    # "laat ... door X onderzoeken", or "laat X onderzoeken": X right after the verb (or its pronoun)
    after = re.compile(r"\b(?:door|la(?:at|ten)(?:\s+(?:ik|wij|we))?)\s+(?:de\s+|het\s+)?$")
    doer = next((m for m in others if m.refs and after.search(flat[:m.start])), None)
    return list(doer.refs) if doer else []


def _clause_todo(text: str) -> str:
    """A 'dat' clause as a to-do: its finite verb ends it ("het net uitbreidt" -> "het net uitbreiden") or
    stands before a trailing phrase ("uw Kamer informeer over X" -> "uw Kamer over X informeren")."""
    last = re.search(r"(\w+t)([\s.;]*)$", text)
    if last and finite(last.group(1)):
        return text[:last.start()] + infinitive(last.group(1))
    # not after an article: "de pilot voor ..." is a noun before a phrase, no verb
    m = re.search(r"(?<!\bde )(?<!\bhet )(?<!\been )(?<!\buw )(?<!\bons )\b([a-z]\w+[^\Waeiou])\s+"
                  r"(?=(?:over|aan|met|naar|op|bij|voor|in)\s)", text)
    if m and finite(m.group(1)) and not is_past_form(m.group(1)):
        return f"{text[:m.start()]}{text[m.end():].rstrip(' .;')} {infinitive(m.group(1))}"
    return text


def clause_title(title: str) -> str:
    """The title of an action read from a 'dat' clause, its finite verb as infinitive ('met Vitens een meetnet
    aanlegt' -> 'Met Vitens een meetnet aanleggen')."""
    return _clean_title(_clause_todo(title.strip(" ,;.")))


def _that_clause(flat: str, ms: list[Mention], at: int, group: list[Mention], drop: Any
                 ) -> tuple[list[Mention], list[ActorRef]]:
    """'Wij hebben met Liander afgesproken dat Liander vóór 2028 het net uitbreidt': the subject of the
    'dat' clause is who commits; the one who reports it is returned as `former` (itself after 'dat het')."""
    c = re.match(r"\s*,?\s*dat\s+", flat[at:])
    inner = next((i for i, x in enumerate(ms) if c and x.start == at + c.end() and x.refs), None)
    # ('dat het Wetterskip ...' names a body: 'het' is its article, no pronoun)
    pronoun = re.match(r"(?:het(?!\s+[A-Z])|zij|ze|hij)\s+", flat[at + c.end():]) \
        if c and inner is None else None
    if c and pronoun:  # "heeft toegezegd dat het de kademuren ophoogt": the subject itself commits
        drop(at, at + c.end() + pronoun.end())
        return group, [r for m in group for r in m.refs]
    if c is None or inner is None:
        return group, []
    new = coordinated(flat, ms, inner)
    drop(at, new[-1].end)
    return new, [r for m in group for r in m.refs]


_NAME_BEFORE = re.compile(r"(?<=\S)\s+[A-Z][\w'’&-]*\s+$")


def _dates(flat: str, ref: str | None) -> list[DatePhrase]:
    """The sentence's date phrases, without years that belong to a name: a bare year or span right after a
    capitalised word mid-sentence is a plan's title ("het Uitvoeringsplan Water 2027-2030"), not a date."""
    return [d for d in date_phrases(flat, ref)
            if not (flat[d.start:d.start + 1].isdigit() and _NAME_BEFORE.search(flat[:d.start]))
            and not _DENIED.match(flat[d.start:d.end]) and not _MESSAGE.search(flat[:d.start + 4])]


# "..., en dus niet eind 2027": a date the sentence denies ('niet voor 2031' is a start, and stays);
# "in de mail van 2 oktober": the date of a message.
_DENIED = re.compile(r"(?i)niet\s+(?!vóór|voor|eerder|later|na\b)(?:in\s+|per\s+|op\s+)?\S")
_MESSAGE = re.compile(r"(?i)\b(?:mail|e-mail|brief|bericht)\s+van\s$")


_INFORM_YOU = re.compile(r"(?i)\b(?:u|uw\s+(?:kamer|raad|staten|commissie))\b.*\b(?:te\s+)?(?:informeren|"
                         r"berichten|rapporteren|melden|schrijven)\b")


def _kept_here(promised: str, plan_dates: list[DatePhrase], date: str | None) -> bool:
    """The sender's own earlier promise ('heb ik toegezegd ...') that this letter keeps: one without a date
    ahead, one whose time has begun by the letter's date ('begin dit jaar' in February), or a promise to
    inform the addressee this year (this letter reports); 'heb toegezegd in 2027 ... te sturen' stays."""
    if all(date and d.period.start and d.period.start <= date for d in plan_dates):
        return True
    year = (date or "")[:4]
    return bool(year and _INFORM_YOU.search(promised)
                and all((d.period.end or d.period.start or "9999")[:4] <= year for d in plan_dates))


_WE_JOIN = re.compile(r"(?i)[;,]\s*(?:en\s+)?(?:wij|ik)\s+(?:werken|werk|helpen|help|doen|doe|denken|denk|"
                      r"dragen|draag)\s+(?:(?:daar|hier)(?:aan|bij|in)\s+)?(?:ook\s+)?(?:mee|bij)\b[^.;]*\.?\s*$")


# "Een geothermieboring gaan wij niet uitvoeren": what the writer will not do commits nothing.
_REFUSED = re.compile(r"(?i)\b(?:(?:gaan|zullen|willen|gaat|zal|wil)\s+(?:wij|we|ik)|"
                      r"(?:wij|we|ik)\s+(?:gaan|zullen|willen|ga|zal|wil))\s+(?:dat\s+|dit\s+|deze\s+)?"
                      r"(?:niet|geen)\b")


# 'Ik leg in 2027 geen nieuwe beperking op', 'In 2028 breiden wij de proef niet uit': the sender's main clause
# says what it will not do ('niet eerder dan 2028', 'niet alleen' are no refusal; a clause after 'voordat',
# 'dat', 'die' has its own subject).
_SELF_CLAUSE = re.compile(r"(?i)^(?:(?:ik|wij|we)\s+\w+|[^,;]{0,100}?\s\w+\s+(?:ik|wij|we))\b([^,;]*)")
_SUBCLAUSE = re.compile(r"(?i)\b(?:voordat|tenzij|zolang|als|omdat|zodat|dat|die|dan|wanneer|zodra|nadat|"
                        r"totdat|waardoor|waarbij|om|en|maar|of)\b")
_NEGATION = re.compile(r"(?i)\b(?:niet|geen)\b(?!\s+(?:eerder|later|(?:voor|vóór|na)\b(?!\s*(?:[.;,]|$))|"
                       r"alleen|enkel|langer|meer\s+dan))")
"""'niet voor 2028' is a start, 'bereid ik ... niet voor.' a refusal (the particle of 'voorbereiden')."""


def _refused(flat: str) -> bool:
    """Whether the sender's main clause is negated: a refusal or a thing it will not do."""
    m = _SELF_CLAUSE.match(flat)
    return bool(m and _NEGATION.search(_SUBCLAUSE.split(m.group(1))[0]))


# Who is to act, said with a noun or an idiom: 'X is (nu) aan zet voor Y', 'De verantwoordelijkheid voor Y
# ligt (vanaf 2027) bij X'. Read as 'X neemt het voortouw bij Y', which the sentence reader knows.
_AAN_ZET = re.compile(r"(?i)^(?P<who>.+?)\s+(?:is|zijn)\s+(?:nu\s+|daarna\s+|vervolgens\s+|dan\s+)?aan\s+"
                      r"(?:zet|de\s+beurt)\s+(?:voor|bij|met)\s+(?P<work>.+)$")
_LIES_WITH = re.compile(r"(?i)^(?:de\s+)?(?:eind)?verantwoordelijkheid\s+(?:voor|van)\s+(?P<work>.+?)"
                        r"\s+ligt\s+(?P<mid>(?:(?!\bbij\b)[^,;])*?)\s*\bbij\s+(?P<who>[^,;]+?)(?P<rest>[,;].*|\.?)$")


_FOR_WORK = re.compile(r"(?i)^voor\s+(?P<work>[^;,]+?)\s+(?:is|zijn)\s+(?P<who>[^;,]+?)\s+(?:nu\s+|daarna\s+|"
                       r"vervolgens\s+|dan\s+)?aan\s+(?:zet|de\s+beurt)(?P<rest>[,;].*|\.?)$")
_COOPERATE = re.compile(r"(?i)\b(?:werk|werkt|werken)\b[^;]*\bsamen\b")


# Minutes: 'Het overleg spreekt af dat X ... neemt, en dat ...', 'Afgesproken wordt dat X ...'.
_AGREED_THAT = re.compile(r"(?i)^(?:(?:het|de)\s+(?:[\w-]+\s+){1,2}?(?:spreekt|spreken)\s+af|(?:er\s+)?"
                          r"(?:wordt|is)\s+afgesproken|afgesproken\s+(?:wordt|is))\s*:?\s+dat\s+")


def _agreed_clause(flat: str, ctx: LetterContext, resolver: Any) -> str:
    """'Het overleg spreekt af dat X het voortouw neemt bij Y, en dat Z ...' said as a main clause: 'X neemt
    het voortouw bij Y; Z ...'; other sentences as they are."""
    m = _AGREED_THAT.match(flat)
    if not m:
        return flat
    clause = re.sub(r",?\s+en\s+dat\s+", "; ", flat[m.end():])
    ms = mentions(clause, ctx, resolver)
    if not ms or ms[0].start > 0:
        return flat
    group = coordinated(clause, ms, 0)
    end = group[-1].end
    stop = min((i for i in (clause.find(",", end), clause.find(";", end)) if i >= 0), default=len(clause))
    for w in re.finditer(r"[\wÀ-ÿ-]+", clause[end:stop]):
        if known_verb_form(w.group(0), plural=len(group) > 1):
            s, e = end + w.start(), end + w.end()
            clause = f"{clause[:end]} {w.group(0)}{clause[end:s].rstrip()}{clause[e:]}"
            return clause[:1].upper() + clause[1:]
    return flat


def _owner_idiom(flat: str) -> str:
    """The sentence with 'X is aan zet voor Y', 'voor Y is X aan zet' or 'de verantwoordelijkheid voor Y ligt
    bij X' said as 'X neemt het voortouw bij Y'; other sentences as they are."""
    m = _AAN_ZET.match(flat)
    if m:
        return f"{m.group('who')} neemt het voortouw bij {m.group('work')}"
    m = _FOR_WORK.match(flat)  # 'Voor Y is X aan zet; ...'
    if m:
        who = m.group("who").strip()
        return f"{who[:1].upper()}{who[1:]} neemt het voortouw bij {m.group('work')}{m.group('rest')}"
    m = _LIES_WITH.match(flat)
    if m:
        who = m.group("who").strip()
        mid = f" {m.group('mid').strip()}" if m.group("mid").strip() else ""
        return f"{who[:1].upper()}{who[1:]} neemt{mid} het voortouw bij {m.group('work')}{m.group('rest')}"
    return flat


_UNDER_DIRECTION = re.compile(r"(?i)\bonder\s+(?:de\s+)?(?:regie|leiding|coördinatie)\s+van\s+"
                              r"(?:de\s+|het\s+)?$")


def _directors(flat: str, ms: list[Mention]) -> list[tuple[Mention, int]]:
    """The bodies under whose direction the work is done ('Onder regie van de Provincie Zeeland ...'), each
    with where its phrase starts."""
    out = []
    for m in ms:
        found = _UNDER_DIRECTION.search(flat[:m.start])
        if found and m.refs:
            out.append((m, found.start()))
    return out


def read_sentence(flat: str, ctx: LetterContext, resolver: Any) -> Reading | None:
    """The commitment a sentence states, or None: past events, background, reading guides, questions,
    conditions, motions and sentences without an organisation as subject give None."""
    flat = _owner_idiom(_agreed_clause(flat, ctx, resolver))
    join = _WE_JOIN.search(flat)
    if join and ctx.senders:  # "X doet ...; wij werken daaraan mee": X's work, the sender a partner
        reading = read_sentence(flat[:join.start()].rstrip(" ,;") + ".", ctx, resolver)
        if reading is not None and not reading.sender_subject:
            reading.partners += [r for r in ctx.senders
                                 if all(r.key != x.key for x in reading.leads + reading.partners)]
        return reading
    comp, lex = _compiled(), lexicon()
    short = len(flat) < 25 and not flat.rstrip().endswith(":")  # "Wij gaan in 2027:" opens a list
    underlined = re.search(r"[-=_]{4,}\s*$", flat)  # a heading with its underline: 'Hoe gaan we verder ----'
    if (short or underlined or _LETTERHEAD_LINE.match(flat) or flat.rstrip().endswith("?")
            or comp["guide"].search(flat)
            or _REFUSED.search(flat) or _refused(flat)
            or comp["conditional"].search(flat) or comp["not_ours"].search(flat)):
        return None
    dates = _dates(flat, ctx.date)
    future = [d for d in dates if not is_past(d.period, ctx.date)]
    # "levering tot 2035" is the object's span, but "Tot de zomer van 2028 meet ik ..." opens the sentence
    # with how long the work goes on
    plan_dates = [d for d in future if not d.until or d.start == 0]
    received = _addressee_receives(flat, ctx, dates, plan_dates)
    if received is not None:
        return received
    ms = mentions(flat, ctx, resolver)
    if re.match(r"(?:\w+\s+){0,3}?[Dd]oor\s", flat):  # "Door de provincie wordt in 2027 ... opgesteld"
        fronted = _passive(flat, ms, dates, plan_dates, ctx.senders)
        if fronted is not None:
            return fronted
    subject = _subject(flat, ms, ctx.names)
    if subject is None and plan_dates:
        pronoun = _pronoun_subject(flat, ctx)
        if pronoun:
            subject = _subject(flat, sorted([*ms, pronoun], key=lambda m: m.start), ctx.names)
    if subject is None:
        return _passive(flat, ms, dates, plan_dates, ctx.senders)
    group, verb, vs, ve = subject
    v = verb.lower()
    inverted = group[0].start > vs
    keep = [True] * len(flat)

    def drop(s: int, e: int) -> None:
        keep[s:e] = [False] * (e - s)

    drop(0, group[0].start if not inverted else 0)
    drop(group[0].start, group[-1].end)
    drop(vs, ve)
    after = flat[vs:]
    trigger = None
    perfect = False  # "heeft toegezegd", "hebben aangekondigd": said before this letter
    former: list[ActorRef] = []
    for kind in ("promise", "intent", "announce"):
        m = next((m for p in comp[kind] if (m := p.search(after))), None)
        if m:
            trigger = kind
            perfect = bool(re.match(r"he(?:b|bben|eft)\b", m.group(0)))
            # "verwachten [de resultaten ...] te delen": the words between are what is promised
            drop(0, vs + len(verb) if m.group(0).endswith(" te") else vs + m.end())
            if (kind == "promise" and perfect and any(g.sender for g in group)
                    and _kept_here(after[m.end():], plan_dates, ctx.date)):
                return None
            group, former = _that_clause(flat, ms, vs + m.end(), group, drop)
            break
    modal = re.compile(rf"\b(?:{words_re(lex['modal'])})\b", re.I)
    rest = flat[max(ve, group[-1].end):]
    ahead = comp["future"].search(flat)  # "binnenkort", "de komende maanden": ahead, but no period
    if trigger is None and v in lex["modal"]:
        trigger = "modal"
        if v in ("zal", "zullen") and re.search(r"\bworden\b", rest[:80]):
            return None  # a passive without its doer
        if v.startswith("wil") and not (plan_dates or re.search(rf"\b(?:{words_re(lex['volition_verb'])})\b",
                                                                  rest)):
            return None
        if v.startswith("wil") and (re.search(r"\b(?:zijn|worden|blijven|hebben)[\s.;]*$", rest)
                                    or re.match(r"\s*(?:graag\s+|ook\s+)?dat\b", rest)):
            return None  # a wish to be something ("wil klimaatneutraal zijn") or of others ("wil dat")
    if trigger is None:
        co = re.search(rf",?\s+en\s+(?:{modal.pattern})\s+", rest)
        if co and not re.search(r"[.;:]", rest[:co.start()]):
            trigger = "modal"
            drop(0, max(ve, group[-1].end) + co.end())
    joined: list[ActorRef] = []  # who works with the subject, said in a clause of its own
    if trigger is None:
        # a date only makes a present tense a plan in the verb's own clause ("X onderzoekt of ...; een
        # besluit verwacht X niet voor 2028" plans nothing for 2028)
        first, last = flat.rfind(";", 0, vs) + 1, flat.find(";", ve)
        own = [d for d in plan_dates if first <= d.start and (last < 0 or d.start < last)]
        # "X trekt op bij Y; de werkzaamheden starten in 2028": the work's date; not when the first clause
        # only points back ("X neemt hiervoor het initiatief; ..."): what it is about stands before it
        if not own and last >= 0 and not re.search(r"(?i)\b(?:hier|daar)(?:voor|bij|aan|in|mee|op)\b",
                                                   flat[first:last]):
            end = flat.find(";", last + 1) % (len(flat) + 1)
            coop = bool(_COOPERATE.search(flat, last, end))  # "...; wij werken daarbij met X samen in 2027"
            if coop or not any(last < m.start < end for m in ms):
                own = [d for d in plan_dates if last < d.start < end]
                if own:
                    drop(last, len(flat))  # the to-do is the first clause
                    joined = [r for m in ms if last < m.start < end and (m.sender or m.refs)
                              for r in m.refs] if coop else []
        if v in lex["no_plan_verb"] or not finite(verb) or is_past_form(v) or not (own or ahead):
            return None
        trigger = "plan"
    if trigger == "announce" and not (plan_dates or ahead or modal.search(flat[vs:])):
        return None
    if trigger == "announce" and perfect and not any(m.sender for m in subject[0]):
        return None  # what another body has announced or decided is news; "X laat weten dat" reports its plan
    if ahead:
        drop(ahead.start(), ahead.end())
    if dates and not future or is_past_form(v) or any(m.refs == [] and not m.sender for m in group):
        return None
    used = _governing(future)
    for d in dates:
        if d in used or d not in future:  # a span of the object stays in the title ("levering tot 2035")
            drop(d.start, d.end)
    directors = _directors(flat, ms)
    for m, at in directors:  # 'Onder regie van X' is a role, not part of the to-do
        drop(at, m.end)
    title = _FRONTED_STEP.sub("", "".join(ch for ch, k in zip(flat, keep, strict=True) if k))
    if trigger == "plan":
        title = _with_infinitive(re.sub(r"\s+", " ", title).strip(" ,;."), verb)
    elif trigger in ("promise", "intent", "announce"):
        title = _without_te(title)
        if former:
            title = _clause_todo(title.strip())
    leads: list[ActorRef] = []
    for m in group:
        leads += [r for r in m.refs if all(r.key != x.key for x in leads)]
    if leads and all(r.kind == "group" for r in leads):
        return None  # "bewoners", "de gemeenten": no body that commits
    in_group = {id(m) for m in group}
    others = [m for m in ms if id(m) not in in_group]  # the bodies named besides the subject
    partners, commissioners = _marked(flat, others, leads)
    if _FOR_SENDER.search(flat) and not any(m.sender for m in group):  # "X onderzoekt in mijn opdracht"
        commissioners += [r for r in ctx.senders if all(r.key != x.key for x in leads + commissioners)]
        title = " ".join(_FOR_SENDER.sub(" ", title).split())  # the commissioner says it
    doer = _made_to_do(flat, v, group, others)
    if doer:  # "Ons college laat in 2027 door X onderzoeken ...": X does it, the sender commissions it
        commissioners = [r for r in leads if all(r.key != x.key for x in commissioners)] + commissioners
        leads = doer
        partners = [r for r in partners if all(r.key != x.key for x in doer)]
        # "Samen met X laat ik Y ... onderzoeken": X orders the work with the subject
        before = {r.key for m in others if m.end <= vs for r in m.refs}
        commissioners += [r for r in partners if r.key in before]
        partners = [r for r in partners if r.key not in before]
        title = _work_of(title, doer)
    # "Wij hebben met Liander afgesproken dat Liander ...": who agreed holds no role in the work itself
    agreed = former if re.search(r"(?i)\bafgesproken\b|\bspreken\b.*\baf\b|\bovereengekomen\b", flat) else []
    partners += [r for r in joined if all(r.key != x.key for x in leads + partners)]
    support, involved = _aiding(flat, others, leads)
    partners = [r for r in partners if all(r.key != x.key for x in support + involved)]
    directing = [r for m, _ in directors for r in m.refs if r.kind != "group"]
    if directing:  # 'Onder regie van X werken Y en Z ...': X leads, those who do the work are its partners
        keys = {r.key for r in directing}
        partners = [r for r in dict((r.key, r) for r in leads + partners).values() if r.key not in keys]
        leads = directing
    return Reading(leads=leads, partners=partners, commissioners=commissioners,
                   period=_started(flat, used),
                   title=_clean_title(title), trigger=trigger, sender_subject=any(m.sender for m in group),
                   subject=group, support=support, involved=involved, date_count=len(used),
                   unsettled=_unsettled(flat, ms), agreed=agreed)


def _work_of(title: str, doer: list[ActorRef]) -> str:
    """The work a body is made to do, without the body and 'laten': 'WDODelta de kaden verhogen laten' ->
    'de kaden verhogen', 'Door Deltares onderzoeken hoe ... laten' -> 'onderzoeken hoe ...'."""
    title = re.sub(r"\s+laten$", "", title.strip(" ,;."))
    for r in doer:
        for name in dict.fromkeys(n for n in (r.mention, r.label) if n):
            title = re.sub(rf"(?i)(?:^|(?<=\s))(?:door\s+)?(?:de\s+|het\s+)?{re.escape(name)}\s+", "", title,
                           count=1)
    return title


def _started(flat: str, used: list[DatePhrase]) -> Period | None:
    """The period of the governing dates; one moment next to a verb of starting ("starten wij in 2027 een
    pilot", "start in 2027 met") is when the work begins, its end not said (ONTOLOGY-NOTES: "Verwachte start
    in 2025"); one followed by being done ("in 2028 in gebruik zijn", "in 2029 kan zijn afgerond") is a
    deadline."""
    period = span_of([d.period for d in used])
    if (len(used) != 1 or period is None or period.start_year is None or period.start_year != period.end_year
            or period.qualifier not in (None, "approximate") or period.phases):
        return period
    d = used[0]
    if _DONE_AFTER.match(flat, d.end):  # 'moet in het eerste kwartaal van 2028 in gebruik zijn': a deadline
        return Period(text=period.text, end_year=period.end_year, end=period.end, qualifier="deadline")
    near = flat[max(0, d.start - 25):d.start] + " " + flat[d.end:d.end + 25]
    if not _compiled()["start"].search(near):
        return period
    return Period(text=period.text, start_year=period.start_year, start=period.start)


_DONE_AFTER = re.compile(r"(?i)\s+(?:(?:kan|kunnen|moet|moeten|zal|zullen)\s+)?(?:zijn\s+)?"
                         r"(?:afgerond|gereed|klaar|opgeleverd|voltooid|in\s+gebruik|operationeel)\b")


def _governing(future: list[DatePhrase]) -> list[DatePhrase]:
    """The dates that say when the promised act happens. Next to a moment ("dit jaar", "in 2027") a
    "tot (ten minste) 2035" tells how long its object lasts ("afspraken over levering tot 2035"), not the
    act; next to an open begin ("vanaf 2026 ... tot 2030") it closes the act's own span."""
    moments = [d for d in future if not d.until and d.period.start and d.period.end]
    return [d for d in future if not d.until] if moments else future


def read_item(flat: str, intro: Reading, ctx: LetterContext, resolver: Any) -> Reading | None:
    """A list item under a commitment that ends in a colon ("Wij zullen in 2026:" / "• de dijk versterken;"):
    the intro's subject commits to each item, dated by the item or else by the intro."""
    if len(flat) < 10 or flat.rstrip().endswith("?"):
        return None
    dates = _dates(flat, ctx.date)
    future = [d for d in dates if not is_past(d.period, ctx.date)]
    if dates and not future:
        return None
    ms = mentions(flat, ctx, resolver)
    partners, commissioners = _marked(flat, ms, intro.leads + intro.partners)
    partners = intro.partners + partners
    title = flat
    for d in sorted(dates, key=lambda d: -d.start):
        title = title[:d.start] + title[d.end:]
    period = span_of([d.period for d in future]) or intro.period
    return Reading(leads=intro.leads, partners=partners, commissioners=commissioners, period=period,
                   title=_clean_title(title),
                   trigger=intro.trigger, sender_subject=intro.sender_subject, subject=intro.subject,
                   date_count=len(future) if future else intro.date_count,
                   unsettled=intro.unsettled + _unsettled(flat, ms))


# 'Dit doen we samen met X.', 'Dat doen we uiterlijk 2028, met de provincie.', 'Daarmee beginnen we in 2028
# en in 2030 is het klaar.', 'X is hierbij trekker, wij doen mee.': a sentence that gives the action of the
# sentence before it its partners, its time or its trekker.
FOLLOW_UP = re.compile(r"(?i)^(?:(?:dit|dat)\s+(?:doen|gaan)\s+(?:we|wij)|(?:daarmee|hiermee|daarvoor|"
                       r"hiervoor)\s+(?:beginnen|starten)\s+(?:we|wij)|[^.;,]{0,80}?\b(?:hierbij|daarbij)\s+"
                       r"(?:de\s+)?(?:trekker|penvoerder))\b")


def read_follow_up(flat: str, ctx: LetterContext, resolver: Any, taken: list[ActorRef]
                   ) -> tuple[list[ActorRef], Period | None]:
    """The partners a follow-up sentence (FOLLOW_UP) names beside `taken`; the span of its future dates."""
    partners, _ = _marked(flat, mentions(flat, ctx, resolver), taken)
    future = [d for d in _dates(flat, ctx.date) if not is_past(d.period, ctx.date)]
    return partners, span_of([d.period for d in future])


def remember(flat: str, ctx: LetterContext, resolver: Any, reading: Reading | None) -> None:
    """Keep the organisations a sentence names (by type) and its subject, for the sentences after it."""
    found = resolver.find(flat, groups=False)
    for ref in found:
        kind = ctx.type_of(ref)
        if kind and ref.key not in ctx.sender_keys():
            ctx.recent[kind] = ref
    if reading:
        ctx.last_subject = reading.leads
        return
    # 'Waterschap X beheert de gemalen. Deze partij verbetert in 2028 ...': a body that opens a sentence is
    # what 'zij' or 'deze partij' in the next one stands for, whether or not it promised anything itself
    opener = re.match(r"(?:(?:De|Het)\s+)?", flat)
    if found and found[0].mention and flat[opener.end() if opener else 0:].lower().startswith(
            found[0].mention.lower()):
        ctx.last_subject = [found[0]]

