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

from diplograph.graph import Document, Interaction, Person, State, Summit, document_id

from .cleaning import clean_text
from .dates import find_date
from .lexicon import (
    CLAIMED,
    DENIAL_OBJECT,
    MILITARY_ASSET,
    NEGATED,
    PLANNED,
    PLANNED_ATTENDANCE,
    TRIGGERS,
    TRIP_PURPOSE,
    WRONGDOING,
)
from .mentions import DocumentContext, Mention, find_mentions, state_code
from .sentences import split_sentences

SYMMETRIC = {"CALLED", "MET", "DISCUSSED", "AGREED", "PLANNED_MEETING"}
ONE_WAY = {"URGED", "WARNED", "THREATENED", "CRITICIZED", "ACCUSED"}
JOINT_TYPES = {"DISCUSSED", "AGREED", "PLANNED_MEETING"}
_CLAUSE_BREAK = re.compile(
    r";|\s+but\s+|\s+while\s+|,\s+where\s+|,\s+which\s+|,\s+as\s+|"
    r"\s+whereas\s+|:\s|—|\s+–\s+"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_COORDINATION = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+as\s+well\s+as\s+)(?:the\s+)?$"
)


@dataclass
class ParsedArticle:
    """What one document gave: its facts, its document record, and what cleaning removed."""

    facts: list[Interaction]
    document: Document
    sentences: int
    dropped_repeats: int
    dropped_tail: int


def _kind(mention: Mention) -> str:
    """What may be listed together: persons, summits, or collective actors (states and
    organizations: "France, Italy and the EU")."""
    kind = type(mention.single).__name__
    return "Collective" if kind in ("State", "Organization") else kind


def _group_from(mentions: list[Mention], index: int, step: int, sentence: str) -> list[Mention]:
    """The mention at ``index`` and those coordinated with it ("X, Y and Z")."""
    group = [mentions[index]]
    kind = _kind(mentions[index])
    i = index
    while 0 <= i + step < len(mentions):
        a, b = (mentions[i], mentions[i + step]) if step > 0 else (mentions[i + step], mentions[i])
        if not _COORDINATION.match(sentence[a.end : b.start]) or _kind(mentions[i + step]) != kind:
            break  # "Brussels, Belgium, Secretary Hegseth" is not a list of parties
        group.append(mentions[i + step])
        i += step
    return group if step > 0 else group[::-1]


def _actors(group: list[Mention], summits: bool = False) -> list:
    out = []
    for mention in group:
        for actor in mention.actors:
            if isinstance(actor, Summit) == summits and actor not in out:
                out.append(actor)
    return out


def _status(kind: str, clause: str, quoted_act: bool = False) -> str:
    """Status from the words up to the trigger (quoted words are what was said, not the act,
    unless the act itself is told inside the quotation)."""
    if not quoted_act:
        clause = _QUOTED.sub(" ", clause)
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


_PREPOSITION = re.compile(
    r"\b(?:at|in|of|from|to|with|for|on|by|against|over|between|among|"
    r"including|into|toward|towards|about|than|via|under|behind)\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
_ACTOR_NOUN = re.compile(
    r"\b(?:leaders?|officials?|delegations?|representatives?|envoys?|"
    r"ministers?|heads? of state)\s+from\s+$",
    re.I,
)


_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?\w+ed\s+by\s+(?:the\s+)?$")


def _after_preposition(sentence: str, start: int, end: int) -> bool:
    """Whether a mention sits in a prepositional phrase ("at NATO", "of China"): not a subject.

    "for Trump to attend" is the exception: the actor is the infinitive's subject."""
    before = sentence[max(0, start - 40) : start]
    if re.match(r"\s+to\s+[a-z]", sentence[end : end + 20]):
        return False
    if _PASSIVE_AGENT.search(before):  # "was delivered by X": X is the one who acted
        return False
    return bool(_PREPOSITION.search(before)) and not _ACTOR_NOUN.search(before)


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(sentence)]


def _placeholder(mention: Mention) -> bool:
    person = mention.single
    return isinstance(person, Person) and person.name == person.title


def _subject(mentions: list[Mention], sentence: str, left: int, start: int) -> list[Mention]:
    """The actor(s) right before the trigger in its clause, with those coordinated with them;
    a person wins over a state or organization named nearer ("at NATO ..., Hegseth met")."""
    before = [
        i
        for i, m in enumerate(mentions)
        if left <= m.start and m.end <= start and not _after_preposition(sentence, m.start, m.end)
    ]
    actors = [i for i in before if not isinstance(mentions[i].single, Summit)]
    persons = [i for i in actors if any(isinstance(a, Person) for a in mentions[i].actors)]
    # a bare office nobody was named for ("the External Affairs Minister") loses to a name
    persons = [i for i in persons if not _placeholder(mentions[i])] or persons
    if actors:
        last = persons[-1] if persons else actors[-1]
        return _group_from(mentions, last, -1, sentence)
    if left > 0:  # ", which/where ..." takes the actor just before the break
        earlier = [
            i for i, m in enumerate(mentions) if m.end <= left and not isinstance(m.single, Summit)
        ]
        if earlier:
            return _group_from(mentions, earlier[-1], -1, sentence)
    return []


def _by_name(text: str, ctx: DocumentContext) -> Person | State | None:
    """A known person by surname or full name, else a state by name or short form."""
    full = ctx.surnames.get(text) or (text if text in ctx.persons else None)
    if full:
        return ctx.persons[full]
    code = state_code(text)
    return State(code=code) if code else None


def _quote_author(mentions: list[Mention], sentence: str, at: int) -> list:
    """Who said the quotation that ``at`` lies in: the first person named after it."""
    for start, end in _quoted_spans(sentence):
        if start <= at < end:
            after = [x.single for x in mentions if x.start >= end and isinstance(x.single, Person)]
            return after[:1]
    return []


def _possessive(sentence: str, mention: Mention) -> bool:
    """ "his counterpart": a possessive pronoun is no addressee (the counterpart is)."""
    word = sentence[mention.start : mention.end].lower()
    if mention.via != "pronoun":
        return False
    return word in ("his", "my", "our", "your", "their") or (
        word == "her" and re.match(r"\s+[a-z]", sentence[mention.end :]) is not None
    )


def _object(
    mentions: list[Mention], sentence: str, end: int, right: int, summits: bool
) -> list[Mention]:
    """The first actor (or summit) after ``end`` in the clause, with those listed with it."""
    quoted = _quoted_spans(sentence)  # who is named inside a quotation is not the addressee
    after = [
        i
        for i, m in enumerate(mentions)
        if m.start >= end
        and m.end <= right
        and isinstance(m.single, Summit) == summits
        and not any(s <= m.start < e and not s <= end <= e for s, e in quoted)
        and not _possessive(sentence, m)
    ]
    if not after:
        return []
    return _group_from(mentions, after[0], 1, sentence)


def _pairs(kind: str, sources: list, targets: list) -> list[tuple]:
    out = []
    for source in sources:
        for target in targets:
            if source != target and not isinstance(source, Summit):
                out.append((source, target))
    return out


_EVENT_PHRASE = re.compile(
    r"\s+(?:in\s+)?(?:the\s+|a\s+|an\s+)?(?P<event>(?:[\w’'-]+\s+){0,3}?"
    r"(?:ceremony|inauguration|funeral|meetings?|summit|forum|conference|session|dialogues?|"
    r"parade|celebrations?|games|assembly|talks)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,5})?)(?<!\s)"
)
# a noun-phrase visit needs a word that places it: "the recent visit of", "his upcoming visits by"
_VISIT_TENSE = re.compile(
    r"\b(?:recent|last|earlier|previous|first|latest|upcoming|forthcoming|planned|next)\s+$"
)
_INFINITIVE = re.compile(r"\bto\s+$")
_PLACE_WORDS = re.compile(r"\b(?:in|at|on|during|for)\b")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")


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


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")


def extract_sentence(sentence: str, ctx: DocumentContext, published: date | None) -> list[dict]:
    """Interactions one sentence states, as dicts ready for :class:`Interaction`."""
    mentions = find_mentions(sentence, ctx)
    results: list[dict] = []
    used: list[tuple[int, int]] = []
    for kind, pattern, where in TRIGGERS:
        for m in pattern.finditer(sentence):
            if any(not (m.end() <= s or m.start() >= e) for s, e in used):
                continue
            left, right = _clause_bounds(sentence, m.start(), m.end())
            clause = sentence[left:right]
            subject = _subject(mentions, sentence, left, m.start())
            if where in ("passive", "between", "invitee"):
                used.append((m.start(), m.end()))  # no second reading of the same words
            if where == "between":
                sources = _actors(_object(mentions, sentence, m.end(), right, False))
                sources, targets = sources[:1], sources[1:]
            elif where == "passive":
                sources = _actors(_object(mentions, sentence, m.end(), right, False))
                if kind == "ATTENDED":
                    summit = _actors(subject, summits=True) or (
                        [ctx.last_summit] if ctx.last_summit else []
                    )
                    targets = summit[:1]
                else:
                    targets = [ctx.last_accuser] if ctx.last_accuser else []
            elif where == "invitee":  # "India has been invited (by Italy)": who invited?
                by = re.match(r"[^,;]*?\bby\s+", sentence[m.end() : right])
                sources = (
                    _actors(_object(mentions, sentence, m.end() + by.end(), right, False))
                    if by
                    else []
                )
                targets = _actors(subject)
            elif where == "inviter":
                inviter = _object(mentions, sentence, m.end(), len(sentence), False)
                sources, targets = _actors(inviter), _actors(subject)
                if inviter and not targets:  # "At the invitation of X, Y will visit Z"
                    targets = _actors(
                        _object(mentions, sentence, inviter[-1].end, len(sentence), False)
                    )[:1]
            elif where == "accuser":
                sources = _actors(_object(mentions, sentence, m.end(), right, False))
                targets = _actors(subject)
            elif where == "denial":
                tail = sentence[m.end() : right]
                noun = DENIAL_OBJECT.search(tail)
                if not noun:
                    continue
                sources = _actors(subject)
                after = re.search(r"\b(?:from|by|of|that)\b", tail[noun.end() :])
                targets = []
                if after:
                    at = m.end() + noun.end() + after.end()
                    targets = _actors(_object(mentions, sentence, at, right, False))[:1]
                if not targets and ctx.last_accuser is not None:
                    targets = [ctx.last_accuser]
                targets = [t for t in targets if t not in sources]
            elif where == "none":
                sources = _actors(subject)
                sources, targets = sources[:1], sources[1:]
            elif where == "hyphen":  # "the last Putin-Trump telephone call", "US-China talks"
                sources = [x for x in (_by_name(m.group(k), ctx) for k in "ab") if x is not None]
                if len(sources) < 2:
                    continue
                sources, targets = sources[:1], sources[1:]
            elif where == "visit_of":  # "the visit of the President of Maldives to India"
                visitors = _object(mentions, sentence, m.end(), right, False)
                tense = _VISIT_TENSE.search(sentence[max(0, m.start() - 30) : m.start()])
                if not visitors or not tense or _placeholder(visitors[0]):
                    continue  # a bare "the visit of X" does not say whether it happened
                sources = [x for x in _actors(visitors[:1]) if isinstance(x, Person)]
                to = re.match(r"[^,;]*?\bto\s+", sentence[visitors[0].end : right])
                targets = []
                if to:
                    at = visitors[0].end + to.end()
                    targets = [
                        x.single for x in mentions if x.start == at and isinstance(x.single, State)
                    ]
            elif (
                where == "welcome"
            ):  # a transcript's host: "Mr. Secretary, welcome to the Pentagon"
                addressee = ctx.addressee() if ctx.speaker is not None else None
                if addressee is None:
                    continue
                sources, targets = [ctx.speaker], [addressee]
            elif where == "mutual":  # "Beijing and Manila traded accusations"
                parties = _actors(subject)[:2]
                sources, targets = parties, parties
            elif where == "charge":  # "Russia claimed Ukraine launched a drone strike"
                obj = _object(mentions, sentence, m.end(), right, False)[:1]
                if not obj or not WRONGDOING.match(sentence[obj[0].end : obj[0].end + 60]):
                    continue
                sources, targets = _actors(subject), _actors(obj)
            else:
                sources = _actors(subject)
                if (
                    not sources
                    and ctx.speaker is not None
                    and _INFINITIVE.search(sentence, 0, m.start())
                ):
                    sources = [ctx.speaker]  # a transcript: "it was a privilege to meet him"
                if not sources:  # “Delighted to call on X,” read Jaishankar’s post: the author
                    sources = _quote_author(mentions, sentence, m.start())
                wants_summit = kind == "ATTENDED"
                obj = _object(mentions, sentence, m.end(), right, wants_summit)
                targets = _actors(obj, summits=wants_summit)
                if wants_summit and not targets:  # "to attend the swearing-in ceremony"
                    event = _EVENT_PHRASE.match(sentence, m.end(), right)
                    if event:
                        targets = [Summit(name=event.group("event"))]
                        ctx.last_summit = targets[0]
                own = {getattr(x, "state", None) for x in sources} - {None}
                if kind == "VISITED" and MILITARY_ASSET.search(clause):
                    continue  # "a submarine's visit to South Korea" is no diplomatic visit
                if kind == "VISITED":  # a state, and not the visitor's own
                    targets = [t for t in targets if isinstance(t, State) and t.code not in own]
                elif kind in ONE_WAY:  # a charge against one's own state is domestic politics
                    targets = [t for t in targets if getattr(t, "code", None) not in own]
                direct = (  # "looks forward to meeting X", not "to meeting in Indonesia"
                    kind == "PLANNED_MEETING"
                    and targets
                    and not _PLACE_WORDS.search(sentence[m.end() : obj[0].start])
                )
                if kind in JOINT_TYPES and where != "addressee" and not direct:
                    # what follows "discussed" or "agreed" is the topic; the counterpart comes
                    # after "with", or is the other member of the subject, or of the last pair
                    with_match = re.search(r"\bwith\b", sentence[m.end() : right])
                    targets = []
                    if with_match:
                        targets = _actors(
                            _object(mentions, sentence, m.end() + with_match.end(), right, False)
                        )
                    if not targets and len(sources) >= 2:
                        sources, targets = sources[:1], sources[1:]
                    if (
                        not targets
                        and len(ctx.last_pair) == 2
                        and (not sources or sources[0] in ctx.last_pair)
                    ):
                        first = sources[0] if sources else ctx.last_pair[0]
                        sources = [first]
                        targets = [a for a in ctx.last_pair if a != first]
                elif not targets and kind in SYMMETRIC and len(sources) >= 2:
                    sources, targets = sources[:1], sources[1:]
                elif not sources and m.group(0).endswith("between") and len(targets) >= 2:
                    sources, targets = targets[:1], targets[1:]  # "a phone call between X and Y"
            pairs = _pairs(kind, sources, targets)
            if not pairs:
                continue
            used.append((m.start(), m.end()))
            said = m.start() if where == "charge" else m.end()  # "alleged": the charge is made
            if where == "hyphen":  # "the Iran-US talks scheduled for Sunday will not take place"
                said = right
            quoted_act = any(s <= m.start() < e for s, e in _quoted_spans(sentence))
            status = _status(kind, sentence[left:said], quoted_act)
            if status == "actual" and TRIP_PURPOSE.search(sentence, left, m.start()):
                status = "planned"
            if kind in ("MET", "CALLED") and (
                status == "planned"
                or (status == "negated" and PLANNED.search(sentence, left, right))
            ):
                kind = "PLANNED_MEETING"  # a meeting that lies ahead (or was called off)
            when, phrase = find_date(clause, published, future=status == "planned")
            if re.search(r"\bthe same day\b", clause, re.I) and ctx.last_date:
                when, phrase = (
                    ctx.last_date,
                    re.search(r"[Ll]ater the same day|the same day", clause).group(0),
                )
            if (
                when is None
                and not phrase
                and status == "actual"
                and ctx.last_date
                and re.match(r"\s*(During|In) (the|that|this) (call|meeting|talks)", sentence)
            ):
                when = ctx.last_date
            confidence = 0.9 if all(x.via == "name" for x in subject) else 0.75
            events = _actors(
                [x for x in mentions if left <= x.start and x.end <= right], summits=True
            )
            event = events[0] if events and kind != "ATTENDED" else None
            for source, target in pairs:
                results.append(
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
                )
            if kind == "HOSTED":  # a guest received in person was met
                results += [
                    {**item, "type": "MET" if status == "actual" else "PLANNED_MEETING"}
                    for item in results[-len(pairs) :]
                    if isinstance(item["source"], Person) and isinstance(item["target"], Person)
                ]
            if kind == "ATTENDED":  # "will attend the meeting in China": the trip is a visit
                results += _visits_to_venue(
                    mentions, sentence, m.end(), right, [s for s, _ in pairs], results[-1]
                )
            if "welcom" in m.group(0) or kind == "HOSTED":  # "welcoming Premier Li to Australia"
                results += _visits_to_venue(
                    mentions,
                    sentence,
                    m.end(),
                    right,
                    [t for _, t in pairs],
                    results[-1],
                    _TO_BEFORE,
                )
            if when:
                ctx.last_date = when
            if kind == "PLANNED_MEETING" and m.group(0).startswith("agreed"):
                # "agreed to convene the next dialogue": an agreement now, a meeting ahead
                results += [
                    {**item, "type": "AGREED", "status": "actual", "date": None, "date_text": None}
                    for item in results[-len(pairs) :]
                ]
            if kind in ("CALLED", "MET", "HOSTED", "DISCUSSED") and status == "actual":
                ctx.last_pair = tuple(dict.fromkeys([pairs[0][0], pairs[0][1]]))
                parties = tuple(dict.fromkeys(x for pair in pairs for x in pair))
                if len(parties) > 2:
                    ctx.last_group = parties
            if kind in ("ACCUSED", "CRITICIZED"):
                ctx.last_accuser = pairs[0][0]
    persons = [m.single for m in mentions if isinstance(m.single, Person) and m.via == "name"]
    if persons:
        ctx.last_person = persons[0]
        distinct = list(dict.fromkeys(persons))
        if len(distinct) >= 2 and not results and not ctx.last_pair:
            ctx.last_pair = tuple(distinct[:2])
    for i in range(len(mentions)):
        group = _group_from(mentions, i, 1, sentence)
        states = [m.single for m in group if isinstance(m.single, State) and len(m.actors) == 1]
        if len(states) >= 2 and len(states) == len(group):
            ctx.last_list = tuple(states)
            break
    return results


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
    ctx = DocumentContext()
    if cleaned.title:  # a headline states nothing; in a transcript it tells who "you" is
        named = find_mentions(cleaned.title, DocumentContext())  # title case: names unsure
        ctx.headline = tuple(
            dict.fromkeys(
                m.single for m in named if isinstance(m.single, Person) and m.single.title
            )
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
