"""Articles in, typed diplomatic interactions out: offline, deterministic rules.

>>> facts = extract_facts("Secretary of State Marco Rubio met today with German Foreign Minister "
...                       "Johann Wadephul in Washington.", published="2025-05-28")
>>> [(f.type.value, f.source.name, f.target.name, f.date) for f in facts]
[('MET', 'Marco Rubio', 'Johann Wadephul', '2025-05-28')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplograph.graph import Document, Interaction, Person, State, document_id

from .cleaning import clean_text
from .dates import find_date
from .lexicon import (
    AGREEMENT,
    CLAIMED,
    GUEST_VISITS,
    NEGATED,
    PLANNED,
    PLANNED_ATTENDANCE,
    TRIGGERS,
    TRIP_PURPOSE,
)
from .mentions import DocumentContext, Mention, find_mentions
from .roles import (
    QUOTED,
    SYMMETRIC,
    Trigger,
    actors,
    group_from,
    pairs_of,
    quoted_spans,
    read_parties,
)
from .sentences import split_sentences

_CLAUSE_BREAK = re.compile(
    r";|\s+but\s+|\s+while\s+|,\s+where\s+|,\s+which\s+|,\s+as\s+|"
    r"\s+whereas\s+|:\s|—|\s+–\s+"
)


@dataclass
class ParsedArticle:
    """What one document gave: its facts, its document record, and what cleaning removed."""

    facts: list[Interaction]
    document: Document
    sentences: int
    dropped_repeats: int
    dropped_tail: int


def _status(kind: str, clause: str, quoted_act: bool = False) -> str:
    """Status from the words up to the trigger (quoted words are what was said, not the act,
    unless the act itself is told inside the quotation)."""
    if not quoted_act:
        clause = QUOTED.sub(" ", clause)
    if kind == "PLANNED_MEETING":
        return "planned"
    if kind not in ("DENIED",) and NEGATED.search(clause):
        return "negated"
    if kind != "INVITED" and PLANNED.search(clause):
        return "planned"
    if kind == "ATTENDED" and PLANNED_ATTENDANCE.search(clause):
        return "planned"
    if CLAIMED.search(clause):
        return "claimed"
    return "actual"


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = m.end()
    right = len(sentence)
    m = _CLAUSE_BREAK.search(sentence, end)
    if m:
        right = m.start()
    return left, right


_EVENT_NOUN = re.compile(r"(?:meetings?|talks|(?:phone\s+|telephone\s+)?calls?|conversations?)\b")
_ONLY_DETERMINERS = re.compile(r"\s*(?:(?:[Tt]he|[Aa]n?|[Tt]heir|[Tt]his|[Tt]hat|[Ii]ts)\s+)?")
_IN_A_CALL = re.compile(r"\s*(?:In|During|Over)\s+an?\s+(?:[\w-]+\s+)?(?:tele)?phone\s+call\b")
_OR_FACE = re.compile(r"\bor\s+(?:else\s+)?face\b")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")  # "attend the meeting in China"
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")  # "welcoming Premier Li to Australia"


def _visits_to_venue(
    mentions: list[Mention],
    sentence: str,
    end: int,
    right: int,
    visitors: list,
    fact: dict,
    link: re.Pattern = _IN_BEFORE,
) -> list[dict]:
    """VISITED for persons brought to a state other than their own: attendees of an event
    held "in <state>", guests welcomed "to <state>"."""
    venue = next(
        (
            x.single
            for x in mentions
            if end <= x.start
            and x.end <= right
            and isinstance(x.single, State)
            and link.search(sentence[max(0, x.start - 8) : x.start])
        ),
        None,
    )
    if venue is None:
        return []
    persons = dict.fromkeys(v for v in visitors if isinstance(v, Person) and v.state != venue.code)
    return [{**fact, "type": "VISITED", "source": p, "target": venue} for p in persons]


def extract_sentence(sentence: str, ctx: DocumentContext, published: date | None) -> list[dict]:
    """Interactions one sentence states, as dicts ready for :class:`Interaction`."""
    mentions = find_mentions(sentence, ctx)
    quotes = quoted_spans(sentence)
    results: list[dict] = []
    used: list[tuple[int, int]] = []
    for kind, pattern, where, implies in TRIGGERS:
        for m in pattern.finditer(sentence):
            if any(not (m.end() <= s or m.start() >= e) for s, e in used):
                continue
            left, right = _clause_bounds(sentence, m.start(), m.end())
            trigger = Trigger(kind, where, m, sentence, mentions, left, right, ctx, quotes, implies)
            if where in ("passive", "between", "invitee"):
                used.append((m.start(), m.end()))  # no second reading of the same words
            parties = read_parties(trigger)
            pairs = pairs_of(kind, *parties) if parties else []
            if not pairs:
                continue
            used.append((m.start(), m.end()))
            items = _facts(trigger, pairs, published)
            results += items + _follow_ons(trigger, items, pairs)
            _remember(ctx, items[0], pairs)
    _remember_names(ctx, sentence, mentions, bool(results))
    return results


def _facts(t: Trigger, pairs: list[tuple], published: date | None) -> list[dict]:
    """One fact per pair, with the status, date and event the clause gives."""
    kind, m, sentence, ctx = t.kind, t.match, t.sentence, t.ctx
    left, right = t.left, t.right
    clause = sentence[left:right]
    said = m.start() if t.where == "charge" else m.end()  # "alleged": the charge is made
    if t.where in ("hyphen", "between") or (  # the talks or meeting the clause is about:
        _EVENT_NOUN.match(m.group(0)) and _ONLY_DETERMINERS.fullmatch(sentence, left, m.start())
    ):  # "the Iran-US talks ... will not take place", "The meeting with X was cancelled"
        said = right
    status = _status(kind, sentence[left:said], quoted_act=t.quote is not None)
    if status == "actual" and TRIP_PURPOSE.search(sentence, left, m.start()):
        status = "planned"
    if kind in ("MET", "CALLED") and (
        status == "planned" or (status == "negated" and PLANNED.search(sentence, left, right))
    ):
        kind = "PLANNED_MEETING"  # a meeting that lies ahead (or was called off)
    when, phrase = find_date(clause, published, future=status == "planned")
    if re.search(r"\bthe same day\b", clause, re.I) and ctx.last_date:
        when = ctx.last_date
        phrase = re.search(r"[Ll]ater the same day|the same day", clause).group(0)
    if (
        when is None
        and not phrase
        and status == "actual"
        and ctx.last_date
        and re.match(r"\s*(During|In) (the|that|this) (call|meeting|talks)", sentence)
    ):
        when = ctx.last_date
    parties = {x for pair in pairs for x in pair}
    if when is None and not phrase and status == "actual" and parties <= set(ctx.last_pair):
        when = ctx.pair_date  # a readout goes on about the call or meeting it dated

    confidence = 0.9 if all(x.via == "name" for x in t.subject) else 0.75
    events = actors([x for x in t.mentions if left <= x.start and x.end <= right], summits=True)
    event = events[0] if events and kind != "ATTENDED" else None
    return [
        {
            "type": kind,
            "source": source,
            "target": target,
            "status": status,
            "date": when,
            "date_text": phrase,
            "evidence": sentence,
            "confidence": confidence,
            "event": event,
        }
        for source, target in pairs
    ]


def _follow_ons(t: Trigger, items: list[dict], pairs: list[tuple]) -> list[dict]:
    """Facts that the stated ones imply: a host meets the guest, an attendee or a welcomed
    guest visits the state, agreeing to meet is an agreement."""
    kind, status, m = items[0]["type"], items[0]["status"], t.match
    out: list[dict] = []
    if kind == "HOSTED":  # a guest received in person was met
        out += [
            {**item, "type": "MET" if status == "actual" else "PLANNED_MEETING"}
            for item in items
            if isinstance(item["source"], Person) and isinstance(item["target"], Person)
        ]
    if kind == "ATTENDED":  # "will attend the meeting in China": the trip is a visit
        visitors = [s for s, _ in pairs]
        out += _visits_to_venue(t.mentions, t.sentence, m.end(), t.right, visitors, items[-1])
    if GUEST_VISITS in t.implies or kind == "HOSTED":  # "welcoming Premier Li to Australia"
        guests = [g for _, g in pairs]
        out += _visits_to_venue(
            t.mentions, t.sentence, m.end(), t.right, guests, items[-1], _TO_BEFORE
        )
    if kind in ("URGED", "WARNED") and _OR_FACE.search(t.sentence, m.end(), t.right):
        # "urged X to stop ... or face a resolute response": a conditional harm is a threat
        out += [{**item, "type": "THREATENED"} for item in items]
    if kind in ("DISCUSSED", "AGREED") and _IN_A_CALL.match(t.sentence):
        # "In a phone call on Monday, X and Y discussed ...": they called
        out += [{**item, "type": "CALLED"} for item in items]
    if AGREEMENT in t.implies:  # "agreed to convene the next dialogue"
        out += [
            {**item, "type": "AGREED", "status": "actual", "date": None, "date_text": None}
            for item in items
        ]
    return out


def _remember(ctx: DocumentContext, fact: dict, pairs: list[tuple]) -> None:
    """What later sentences refer back to: the date, the pair, the group, the accuser."""
    kind, status = fact["type"], fact["status"]
    if fact["date"]:
        ctx.last_date = fact["date"]
    if kind in ("CALLED", "MET", "HOSTED", "DISCUSSED") and status == "actual":
        ctx.last_pair = tuple(dict.fromkeys([pairs[0][0], pairs[0][1]]))
        ctx.pair_date = fact["date"]
        parties = tuple(dict.fromkeys(x for pair in pairs for x in pair))
        if len(parties) > 2:
            ctx.last_group = parties
    if kind in ("ACCUSED", "CRITICIZED"):
        ctx.last_accuser = pairs[0][0]


def _remember_names(
    ctx: DocumentContext, sentence: str, mentions: list[Mention], stated: bool
) -> None:
    """The first person the sentence names, its pair of persons, and its list of states."""
    persons = [m.single for m in mentions if isinstance(m.single, Person) and m.via == "name"]
    if persons:
        ctx.last_person = persons[0]
        distinct = list(dict.fromkeys(persons))
        if len(distinct) >= 2 and not stated and not ctx.last_pair:
            ctx.last_pair = tuple(distinct[:2])
    for i in range(len(mentions)):
        group = group_from(mentions, i, 1, sentence)
        states = [m.single for m in group if isinstance(m.single, State) and len(m.actors) == 1]
        if len(states) >= 2 and len(states) == len(group):
            ctx.last_list = tuple(states)
            break


def _canonical(item: dict) -> tuple:
    source, target = item["source"], item["target"]
    ends = (source.kind, source.key), (target.kind, target.key)
    if item["type"] in SYMMETRIC:
        ends = tuple(sorted(ends))
    return (item["type"], ends, item["status"])


def _most_specific(facts: list[Interaction]) -> list[Interaction]:
    """Drop a state-level fact that a person-level one of the same document restates: after
    "called upon the heads of Sri Lanka and Bangladesh" and "called upon Bangladesh Prime
    Minister Sheikh Hasina", the meeting with Bangladesh is the meeting with Sheikh Hasina."""
    persons = set()
    for f in facts:
        for end, other in ((f.source, f.target), (f.target, f.source)):
            if isinstance(end, Person) and end.state and other is not None:
                persons.add((f.type, f.status, other.key, end.state))

    def restated(f: Interaction) -> bool:
        return any(
            isinstance(end, State)
            and other is not None
            and (f.type, f.status, other.key, end.code) in persons
            for end, other in ((f.source, f.target), (f.target, f.source))
        )

    return [f for f in facts if not restated(f)]


def extract_facts(
    text: str,
    *,
    published: str | date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> list[Interaction]:
    """The interactions an article states; see :func:`parse_article` for the details."""
    return parse_article(text, published=published, title=title, url=url).facts


def parse_article(
    text: str,
    *,
    published: str | date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> ParsedArticle:
    """Clean an article, find its interactions, and return them as facts of one document.

    ``published`` anchors relative dates ("On Tuesday", "next month"); without it a dateline at
    the top of the text is used, else relative dates keep only their phrase. The same
    interaction stated twice in a document (a repeated paragraph, a second sentence) is one fact.
    """
    cleaned = clean_text(text)
    if isinstance(published, str):
        published = date.fromisoformat(published)
    published = published or cleaned.dateline
    document = Document(
        id=document_id(text),
        title=title or cleaned.title,
        url=url,
        published=published.isoformat() if published else None,
    )
    ctx = DocumentContext(
        scope=published.isoformat() if published else document.id[7:15],
        headline=cleaned.title or "",
    )
    seen: dict[tuple, Interaction] = {}
    count = 0
    for paragraph in cleaned.paragraphs:
        paragraph = ctx.take_floor(paragraph)
        for sentence in split_sentences(paragraph):
            count += 1
            for item in extract_sentence(sentence, ctx, published):
                key = _canonical(item)
                if key in seen:
                    continue
                item["source"] = ctx.persons.get(
                    getattr(item["source"], "name", ""), item["source"]
                )
                item["target"] = ctx.persons.get(
                    getattr(item["target"], "name", ""), item["target"]
                )
                seen[key] = Interaction.model_validate({**item, "document": document})
    return ParsedArticle(
        facts=_most_specific(list(seen.values())),
        document=document,
        sentences=count,
        dropped_repeats=cleaned.dropped_repeats,
        dropped_tail=cleaned.dropped_tail,
    )
