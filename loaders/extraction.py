"""Articles in, typed diplomatic interactions out: each sentence that may state one is parsed
(parser.py), its names found (mentions.py) and its triggers read with their frames
(grammar.py); this module turns the readings into facts of one document, with dates, the
people the office-holder table knows, and one fact per interaction.

>>> facts = extract_facts("Secretary of State Marco Rubio met today with German Foreign Minister "
...                       "Johann Wadephul in Washington.", published="2025-05-28")
>>> [(f.type.value, f.source.name, f.target.name, f.date) for f in facts]
[('MET', 'Marco Rubio', 'Johann Wadephul', '2025-05-28')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from diplograph.graph import (
    Document,
    Interaction,
    InteractionType,
    Person,
    State,
    Summit,
    document_id,
)
from diplograph.graph.countries import country
from diplograph.graph.people import holder, resolve, surname

from .cleaning import clean_text, document_title
from .dates import find_date
from .frames import may_state
from .grammar import ParsedSentence, Reading, conjuncts, heading_voice, speaks_of_a_plan
from .lexicon import METONYMS
from .mentions import (
    DocumentContext,
    Mention,
    find_mentions,
    is_unnamed,
    joined_states,
    names_a_person,
)
from .parser import parse
from .sentences import split_sentences

_MEETING = InteractionType.having("meeting")
_AHEAD = next(iter(InteractionType.having("meeting-ahead")))  # how a meeting ahead is recorded
SYMMETRIC = {t.value for t in InteractionType if t.symmetric} | {_AHEAD}
_ONE_WAY = InteractionType.having("one-way")
_JOINT = InteractionType.having("of-the-pair")  # said of two: the other is the last pair's


@dataclass
class ParsedArticle:
    """What one document gave: its facts, its document record, and what cleaning removed."""

    facts: list[Interaction]
    document: Document
    sentences: int
    dropped_repeats: int
    dropped_tail: int


def _actors(group: list[Mention]) -> list:
    out = []
    for mention in group:
        for actor in mention.actors:
            if not isinstance(actor, Summit) and actor not in out:
                out.append(actor)
    return out


def _pairs(sources: list, targets: list) -> list[tuple]:
    return [(s, t) for s in sources for t in targets if s != t]


def _parties(reading: Reading, ctx: DocumentContext) -> list[tuple]:
    """The (source, target) pairs a reading states, with the document's last pair standing
    in for the missing party of "they discussed" and "X discussed ... (with Y)"."""
    kind = reading.type
    sources = _actors(reading.sources)
    targets = reading.summits or _actors(reading.targets)
    if not targets and kind in SYMMETRIC:  # "A and B met", "the Putin-Trump call"
        sources, targets = sources[:1], sources[1:]
    own = {getattr(x, "state", None) for x in sources} - {None}
    if kind in InteractionType.having("trip"):  # a state, and not the visitor's own
        targets = [x for x in targets if isinstance(x, State) and x.code not in own]
    elif kind in _ONE_WAY:  # a charge against one's own state is domestic politics
        targets = [x for x in targets if getattr(x, "code", None) not in own]
    return _pairs(sources, targets)


def _seat_named_most(text: str) -> str | None:
    """The state whose seat of government or foreign ministry a text names most ("10 Downing
    Street", "the FCDO"): whose government a statement speaks for."""
    counts: dict[str, int] = {}
    for match in _seats().finditer(text):
        code = METONYMS[match.group(0)]
        counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.get) if counts else None


@cache
def _seats() -> re.Pattern:
    names = sorted(METONYMS, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in names)})(?![\w-])")


_PAIR_LINK = re.compile(r"\s+and\s+(?:the\s+)?")  # "the UK and Ireland"


def _note_states(text: str, mentions: list[Mention], ctx: DocumentContext) -> None:
    """Count the seats of government a text names ("Downing Street has confirmed"), and the
    states it names as a pair ("the UK and Ireland", "UK-US cooperation")."""
    states = [m for m in mentions if isinstance(m.single, State) and m.end > m.start]
    for mention in states:
        if text[mention.start : mention.end] in METONYMS:
            ctx.seats[mention.single.code] = ctx.seats.get(mention.single.code, 0) + 1
    pairs = [
        (one.single.code, other.single.code)
        for one, other in zip(states, states[1:], strict=False)
        if _PAIR_LINK.fullmatch(text[one.end : other.start])
    ]
    for a, b in pairs + joined_states(text):
        if a != b:
            for pair in ((a, b), (b, a)):
                ctx.paired[pair] = ctx.paired.get(pair, 0) + 1


def _may_state(sentence: str) -> bool:
    """Whether a sentence holds a word of some trigger: only those are parsed."""
    return may_state(set(_WORD.findall(sentence.lower())))


_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def extract_sentence(
    sentence: str, doc, ctx: DocumentContext, published: date | None
) -> list[dict]:
    """Interactions one parsed sentence states, as dicts ready for :class:`Interaction`."""
    mentions = find_mentions(sentence, ctx)
    _note_states(sentence, mentions, ctx)
    results: list[dict] = []
    if doc is not None:
        parsed = ParsedSentence(doc, sentence, mentions, ctx)
        for reading in parsed.read():
            if reading.status == "hypothetical":
                continue
            if reading.anaphor:  # "..., the meeting was cancelled": what was told, undone
                results = [_retold(item, reading) for item in results]
                continue
            pairs = _parties(reading, ctx)
            if not pairs and reading.type in _JOINT:
                pairs = _joint_pairs(reading, ctx)
            if not pairs:
                continue
            items = _facts(reading, parsed, pairs, published)
            results += items + _follow_ons(reading, parsed, items, pairs)
            _remember(ctx, items[0], pairs)
    _remember_names(ctx, mentions, doc, bool(results))
    return results


def _retold(item: dict, reading: Reading) -> dict:
    """A fact of the sentence as a later noun of its own kind tells it ("were expected to meet
    ..., the meeting was cancelled"): a negated meeting is a called-off planned one."""
    meeting = _MEETING | {_AHEAD}
    if item["type"] not in meeting or reading.type not in meeting:
        return item
    kind = _AHEAD if reading.status == "negated" else item["type"]
    return {**item, "type": kind, "status": reading.status, "date_inferred": False}


def _joint_pairs(reading: Reading, ctx: DocumentContext) -> list[tuple]:
    sources = _actors(reading.sources)
    pair = ctx.last_pair
    if len(pair) == 2 and (not sources or sources[0] in pair):
        first = sources[0] if sources else pair[0]
        return [(first, a) for a in pair if a != first]
    return []


def _facts(
    reading: Reading, parsed: ParsedSentence, pairs: list[tuple], published: date | None
) -> list[dict]:
    """One fact per pair, with the status, date and event of the trigger's clause."""
    kind, status, ctx = reading.type, reading.status, parsed.ctx
    start, end = parsed.clause(reading.trigger)
    when, phrase = find_date(
        parsed.text[start:end], published, future=status == "planned", last=ctx.last_date
    )
    if status == "actual" and when and published and when[:10] > published.isoformat():
        status = "planned"  # a date ahead of the publication: the act lies ahead
    invitation = kind in InteractionType.having("invitation")
    if invitation and reading.frame.pos == "NOUN" and status == "planned":
        status = "actual"  # "at the invitation of X, Y will visit": the invitation was made
    if kind in _MEETING and (
        status == "planned"
        or (
            status == "negated"
            and (reading.frame.pos == "NOUN" or speaks_of_a_plan(reading.trigger))
        )
    ):
        kind = _AHEAD  # a meeting that lies ahead (or was called off)
    parties = {x for pair in pairs for x in pair}
    if when is None and not phrase and status == "actual" and parties <= set(ctx.last_pair):
        when = ctx.pair_date  # a readout goes on about the call or meeting it dated
    inferred = False
    if when is None and not phrase and status == "actual" and published is not None:
        when, inferred = published.isoformat(), True  # told undated: dated by the article
    confidence = 0.9 if all(m.via == "name" for m in reading.sources) else 0.75
    events = [
        m.single
        for m in parsed.mentions
        if isinstance(m.single, Summit) and start <= m.start and m.end <= end
    ]
    event = events[0] if events and kind not in InteractionType.having("attendance") else None
    return [
        {
            "type": kind,
            "source": source,
            "target": target,
            "status": status,
            "date": when,
            "date_text": phrase,
            "date_inferred": inferred,
            "evidence": _evidence(parsed.text),
            "confidence": confidence,
            "event": event,
        }
        for source, target in pairs
    ]


EVIDENCE_LIMIT = 10_000  # the facts contract's longest text


def _evidence(sentence: str) -> str:
    """The sentence as evidence, cut to the contract's limit (a run-on "sentence" of a
    scraped page can be longer)."""
    if len(sentence) <= EVIDENCE_LIMIT:
        return sentence
    return sentence[: EVIDENCE_LIMIT - 1].rstrip() + "…"


def _follow_ons(
    reading: Reading, parsed: ParsedSentence, items: list[dict], pairs: list[tuple]
) -> list[dict]:
    """Facts the same words imply (the lexicon's ``implies`` column): a host meets the guest
    in person, an attendee or a welcomed guest goes to the state named after in / to."""
    status = items[0]["status"]
    out: list[dict] = []
    for implied in reading.frame.implies:
        kind, _, link = implied.partition("@")
        roles = InteractionType(kind).roles
        if "meeting" in roles:  # a host and a guest in person
            out += [
                {**item, "type": kind if status == "actual" else _AHEAD}
                for item in items
                if isinstance(item["source"], Person) and isinstance(item["target"], Person)
            ]
        elif "threat" in roles:
            if parsed.threatens(reading.trigger, link):
                out += [{**item, "type": kind} for item in items]
        elif "agreement" in roles:
            out += [{**item, "type": kind, "status": "actual"} for item in items]
        elif "trip" in roles:
            venue = parsed.venue(reading.trigger, link)
            if venue is None:
                continue
            movers = [t for _, t in pairs] if link == "to" else [s for s, _ in pairs]
            movers = dict.fromkeys(
                m for m in movers if isinstance(m, Person) and m.state != venue.code
            )
            out += [{**items[-1], "type": kind, "source": p, "target": venue} for p in movers]
    return out


def _remember(ctx: DocumentContext, fact: dict, pairs: list[tuple]) -> None:
    """What later sentences refer back to: the date, the pair, the group, the accuser."""
    kind, status = fact["type"], fact["status"]
    stated = None if fact.get("date_inferred") else fact["date"]
    if stated:
        ctx.last_date = stated
    if kind in InteractionType.having("told-pair") and status == "actual":
        ctx.last_pair = tuple(dict.fromkeys([pairs[0][0], pairs[0][1]]))
        ctx.pair_date = stated
        parties = tuple(dict.fromkeys(x for pair in pairs for x in pair))
        if len(parties) > 2:
            ctx.last_group = parties
    if kind in InteractionType.having("accuser"):
        ctx.last_accuser = pairs[0][0]


def _remember_names(ctx: DocumentContext, mentions: list[Mention], doc, stated: bool) -> None:
    """The first person the sentence names, its pair of persons, and its list of states
    (words coordinated in the parse: "France, Germany and Italy")."""
    persons = [m.single for m in mentions if names_a_person(m)]
    if persons:
        ctx.last_person = persons[0]
        distinct = list(dict.fromkeys(persons))
        if len(distinct) >= 2 and not stated and not ctx.last_pair:
            ctx.last_pair = tuple(distinct[:2])
    if doc is None:
        return
    at = {}
    for m in mentions:
        if isinstance(m.single, State) and len(m.actors) == 1:
            for token in doc:
                if m.start <= token.idx < m.end:
                    at[token.i] = m.single
    for token in doc:
        if token.i in at and token.dep_ != "conj":
            states = [at.get(w.i) for w in conjuncts(token)]
            if len(states) >= 2 and all(states):
                ctx.last_list = tuple(dict.fromkeys(states))
                return


_INITIAL = re.compile(r"\s+[A-Z]\.(?=\s)")


def _without_initials(name: str) -> str:
    """ "Antony J. Blinken" -> "Antony Blinken"."""
    return _INITIAL.sub("", name)


def _spells_the_surname(written: str, canonical: str) -> bool:
    """Whether a name as written holds the canonical name's surname spelled the same way.

    >>> _spells_the_surname("KAMIKAWA Yoko", "Yoko Kamikawa")
    True
    >>> _spells_the_surname("Tayyip Erdogan", "Recep Tayyip Erdoğan")
    False
    """
    last = surname(canonical).casefold()
    return bool(last) and f" {last} " in f" {' '.join(written.casefold().split())} "


def _one_side(a, b) -> bool:
    """A person and the state they represent are one party, not two ("Minister X raised our
    concerns about Australian cases" is not Australia's minister criticizing Australia).

    >>> _one_side(Person(name="Ada Holm", state="NOR"), State(code="NOR"))
    True
    """
    for person, state in ((a, b), (b, a)):
        if isinstance(person, Person) and isinstance(state, State) and person.state:
            if person.state == state.code:
                return True
    return False


def known_person(actor, published: date | None):
    """A person as the office-holder table knows them: the holder of an office the text names
    without a name ("the President of Russia" on a date), the full name of a surname or short
    name ("Blinken", "Prachanda"); a full name as the text writes it."""
    if not isinstance(actor, Person):
        return actor
    if is_unnamed(actor):
        term = holder(actor.state, actor.title, published) if actor.title and actor.state else None
    elif len(actor.name.split()) == 1:  # a surname or a short name: "Blinken", "Prachanda"
        term = resolve(actor.name, actor.state, published)
        if term is not None and actor.title and not term.fits(actor.title):
            term = None  # "President Ahmed" is not Prime Minister Abiy Ahmed
    else:  # a full name the table lists as a variant ("Joseph R. Biden", "KAMIKAWA Yoko"), or
        # is with its middle initials dropped ("Antony J. Blinken"), when it spells the surname
        # as the table does; another spelling ("Zelenskiy", "Erdogan") is the reader's evidence
        term = resolve(actor.name, actor.state, published) or resolve(
            _without_initials(actor.name), actor.state, published
        )
        if term is not None and not _spells_the_surname(actor.name, term.name):
            term = None
        if term is not None and actor.title and not term.fits(actor.title):
            term = None
    if term is None or term.name == actor.name:
        return actor
    state = actor.state or (
        term.country if len(term.country) == 3 and country(term.country) else None
    )
    aliases = tuple(dict.fromkeys((*actor.aliases, *(() if is_unnamed(actor) else (actor.name,)))))
    return actor.model_copy(update={"name": term.name, "aliases": aliases, "state": state})


def _in_the_documents_voice(
    facts: list[Interaction], ctx: DocumentContext, published: date | None
) -> list[Interaction]:
    """An office holder the document never names and whose state its words do not give ("The
    Prime Minister spoke to the President of the United States") is the holder of that office
    on the date in the state whose seat of government the document names ("10 Downing
    Street"): a readout speaks for its government. Failing a seat, it is the state the document
    names as a pair with the counterpart's ("the UK and Ireland" in a readout of a call with the
    Taoiseach, "US-UK ties" in one of a meeting with the President of the United States)."""
    seats = sorted(ctx.seats, key=lambda code: -ctx.seats[code])  # the most named, first
    if ctx.voice and ctx.voice not in seats:
        seats.append(ctx.voice)
    paired = sorted(ctx.paired, key=lambda pair: -ctx.paired[pair])

    def voiced(actor, other, evidence: str):
        if not is_unnamed(actor) or actor.state or not actor.title:
            return actor
        if re.search(rf"{re.escape(actor.title)}\s+of\b", evidence, re.I):
            return actor  # "the President of the Republic of Maldives" is not the voice's
        theirs = getattr(other, "state", None) or getattr(other, "code", None)
        partners = [b for a, b in paired if a == theirs and b not in seats]
        for code in seats + partners:
            term = holder(code, actor.title, published)
            if term is not None:
                return actor.model_copy(update={"name": term.name, "state": code})
        return actor

    out: list[Interaction] = []
    seen: dict[tuple, Interaction] = {}
    for fact in facts:
        evidence = fact.evidence or ""
        source = voiced(fact.source, fact.target, evidence)
        target = voiced(fact.target, fact.source, evidence)
        if source is not fact.source or target is not fact.target:
            if (source.kind, source.key) == (target.kind, target.key) or _one_side(source, target):
                continue
            fact = fact.model_copy(update={"source": source, "target": target})
        key = _canonical(
            {
                "type": fact.type.value,
                "source": fact.source,
                "target": fact.target,
                "status": fact.status.value,
            }
        )
        if key in seen and _another_day(seen[key], {"date": fact.date, **fact.model_dump()}):
            key = (*key, fact.date)
        if key not in seen:
            seen[key] = fact
            out.append(fact)
    return out


def _another_day(told: Interaction, item: dict) -> bool:
    """Whether an act told again is another occasion: both dated to a day the text gives, and
    not the same day."""
    day = item.get("date")
    return (
        bool(day and told.date)
        and len(day) == len(told.date) == 10
        and day != told.date
        and not item.get("date_inferred")
        and not told.date_inferred
    )


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
        title=title or document_title(cleaned),
        url=url,
        published=published.isoformat() if published else None,
    )
    ctx = DocumentContext(
        scope=published.isoformat() if published else document.id[7:15],
        headline=cleaned.title or "",
    )
    paragraphs = [ctx.take_floor(p) for p in cleaned.paragraphs]  # who has the floor, in order
    labelled = ctx.speaker is not None
    sentences = [[(s, _may_state(s)) for s in split_sentences(p)] for p in paragraphs]
    headings = [ctx.headline] + [p for p in cleaned.paragraphs[:2] if len(p) < 200]
    headings = [h for h in headings if h]
    docs = iter(parse(headings + [s for group in sentences for s, may in group if may]))
    ctx = DocumentContext(scope=ctx.scope, headline=ctx.headline)  # the reading starts afresh
    voices = [heading_voice(next(docs), h, ctx) for h in headings]
    for heading in headings:  # "10 Downing Street" over a readout: whose government speaks
        _note_states(heading, find_mentions(heading, DocumentContext()), ctx)
    if not labelled:  # no speaker labels: the heading may say whose words these are
        ctx.speaker = next((v for v in voices if v is not None), None)
    ctx.voice = _seat_named_most(text)
    seen: dict[tuple, Interaction] = {}
    count = 0
    for paragraph, group in zip(cleaned.paragraphs, sentences, strict=True):
        ctx.take_floor(paragraph)
        for sentence, may in group:
            count += 1
            doc = next(docs) if may else None
            for item in extract_sentence(sentence, doc, ctx, published):
                item["source"] = known_person(
                    ctx.persons.get(getattr(item["source"], "name", ""), item["source"]), published
                )
                item["target"] = known_person(
                    ctx.persons.get(getattr(item["target"], "name", ""), item["target"]), published
                )
                ends = {(x.kind, x.key) for x in (item["source"], item["target"])}
                if len(ends) == 1:
                    continue  # two names of one person
                if _one_side(item["source"], item["target"]):
                    continue
                key = _canonical(item)
                if key in seen and _another_day(seen[key], item):
                    key = (*key, item["date"])  # "met on 10 March ... since their meeting on
                if key in seen:  # 27 January": two meetings; the same one told again is one
                    continue
                seen[key] = Interaction.model_validate({**item, "document": document})
    facts = _in_the_documents_voice(list(seen.values()), ctx, published)
    return ParsedArticle(
        facts=_most_specific(facts),
        document=document,
        sentences=count,
        dropped_repeats=cleaned.dropped_repeats,
        dropped_tail=cleaned.dropped_tail,
    )
