"""Who plays which part around a trigger: the subject before it, the object after it, and
the special readings some phrasings need ("a call between X and Y", "at the invitation of X",
"India has been invited", "the Putin-Trump call", "Beijing and Manila traded accusations").

:func:`read_parties` takes one trigger match in its sentence and returns the sources and targets
it states, or None when the phrasing names no one it can stand behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from diplograph.graph import Person, State, Summit

from .lexicon import DENIAL_OBJECT, MILITARY_ASSET, WRONGDOING
from .mentions import DocumentContext, Mention, is_unnamed, state_code

SYMMETRIC = {"CALLED", "MET", "DISCUSSED", "AGREED", "PLANNED_MEETING"}
ONE_WAY = {"URGED", "WARNED", "THREATENED", "CRITICIZED", "ACCUSED"}
JOINT_TYPES = {"DISCUSSED", "AGREED", "PLANNED_MEETING"}

QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_COORDINATION = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,?\s+as\s+well\s+as\s+)(?:the\s+)?$"
)

# The trigger verb opens a second verb phrase of the same subject: "... and (later) called".
_NEXT_VERB = re.compile(r"(?:,|\band|\bbut)\s+(?:(?:later|then|also|again|separately|\w+ly)\s+)?$")


def _kind(mention: Mention) -> str:
    """What may be listed together: persons, summits, or collective actors (states and
    organizations: "France, Italy and the EU")."""
    kind = type(mention.single).__name__
    return "Collective" if kind in ("State", "Organization") else kind


def group_from(mentions: list[Mention], index: int, step: int, sentence: str) -> list[Mention]:
    """The mention at ``index`` and those coordinated with it ("X, Y and Z")."""
    group = [mentions[index]]
    kind = _kind(mentions[index])
    i = index
    while 0 <= i + step < len(mentions):
        a, b = (mentions[i], mentions[i + step]) if step > 0 else (mentions[i + step], mentions[i])
        if not _COORDINATION.match(sentence[a.end : b.start]) or _kind(mentions[i + step]) != kind:
            break  # "Brussels, Belgium, Secretary Hegseth" is not a list of parties
        first = min(i, i + step)  # the index of a
        if _COMMA_AND.match(sentence[a.end : b.start]) and not (
            first > 0 and _COMMA.match(sentence[mentions[first - 1].end : a.start])
        ):  # "Chile criticized Peru, and Bolivia praised ...": a new clause, not a list;
            break  # "X, Y, and Z" is one
        group.append(mentions[i + step])
        i += step
    return group if step > 0 else group[::-1]


_COMMA_AND = re.compile(r"^\s*,\s*and\s+(?:the\s+)?$")
_COMMA = re.compile(r"^\s*,\s*(?:the\s+)?$")


def actors(group: list[Mention], summits: bool = False) -> list:
    out = []
    for mention in group:
        for actor in mention.actors:
            if isinstance(actor, Summit) == summits and actor not in out:
                out.append(actor)
    return out


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


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTED.finditer(sentence)]


def _placeholder(mention: Mention) -> bool:
    return is_unnamed(mention.single)


def find_subject(mentions: list[Mention], sentence: str, left: int, start: int) -> list[Mention]:
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
        candidates = persons or actors
        last = candidates[-1]
        if last != candidates[0] and _NEXT_VERB.search(sentence[mentions[last].end : start]):
            # "X accused Y of ... and warned Z": the second verb is X's too, not Y's
            return group_from(mentions, candidates[0], 1, sentence)
        return group_from(mentions, last, -1, sentence)
    if left > 0:  # ", which/where ..." takes the actor just before the break
        earlier = [
            i for i, m in enumerate(mentions) if m.end <= left and not isinstance(m.single, Summit)
        ]
        if earlier:
            return group_from(mentions, earlier[-1], -1, sentence)
    return []


def _by_name(text: str, ctx: DocumentContext) -> Person | State | None:
    """A known person by surname or full name, else a state by name or short form."""
    full = ctx.surnames.get(text) or (text if text in ctx.persons else None)
    if full:
        return ctx.persons[full]
    code = state_code(text)
    return State(code=code) if code else None


def _quote_author(mentions: list[Mention], quote: tuple[int, int] | None) -> list:
    """Who said ``quote``: the first person named after it."""
    if quote is None:
        return []
    after = [x.single for x in mentions if x.start >= quote[1] and isinstance(x.single, Person)]
    return after[:1]


def _possessive(sentence: str, mention: Mention) -> bool:
    """ "his counterpart": a possessive pronoun is no addressee (the counterpart is)."""
    word = sentence[mention.start : mention.end].lower()
    if mention.via != "pronoun":
        return False
    return word in ("his", "my", "our", "your", "their") or (
        word == "her" and re.match(r"\s+[a-z]", sentence[mention.end :]) is not None
    )


def _object(
    mentions: list[Mention],
    sentence: str,
    quoted: list[tuple[int, int]],
    end: int,
    right: int,
    summits: bool,
) -> list[Mention]:
    """The first actor (or summit) after ``end`` in the clause, with those listed with it;
    who is named inside a quotation (of ``quoted``) is not the addressee of an act outside it."""
    after = [
        i
        for i, m in enumerate(mentions)
        if m.start >= end
        and m.end <= right
        and isinstance(m.single, Summit) == summits
        and not any(s <= m.start < e and not s <= end <= e for s, e in quoted)
        and not _possessive(sentence, m)
    ]
    if not after or _GERUND_CLAUSE.search(sentence, end, mentions[after[0]].start):
        return []  # "spoke with reporters after meeting X": X is the meeting's, not the talk's
    return group_from(mentions, after[0], 1, sentence)


_THAT = re.compile(r"\s+that\b")
_GERUND_CLAUSE = re.compile(r"\b(?:after|before|while|following|since|when|upon)\s+\w+ing\b")


def pairs_of(kind: str, sources: list, targets: list) -> list[tuple]:
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


@dataclass
class Trigger:
    """One trigger match in its sentence: the words, the clause around them, what the sentence
    names, and what the document has said so far."""

    kind: str
    where: str
    match: re.Match
    sentence: str
    mentions: list[Mention]
    left: int
    right: int
    ctx: DocumentContext
    quotes: list[tuple[int, int]]  # the sentence's quotations (quoted_spans)
    implies: tuple[str, ...] = ()  # what the trigger implies beside its own fact (lexicon)

    @cached_property
    def subject(self) -> list[Mention]:
        return find_subject(self.mentions, self.sentence, self.left, self.match.start())

    def after(self, at: int, right: int | None = None, summits: bool = False) -> list[Mention]:
        """The first actor (or summit) after ``at``, with those listed with it."""
        end = self.right if right is None else right
        return _object(self.mentions, self.sentence, self.quotes, at, end, summits)

    @cached_property
    def quote(self) -> tuple[int, int] | None:
        """The quotation the trigger is told in, if any."""
        at = self.match.start()
        return next(((s, e) for s, e in self.quotes if s <= at < e), None)


Parties = tuple[list, list]


def _between(t: Trigger) -> Parties:  # "a potential summit between X and Y"
    parties = actors(t.after(t.match.end()))
    return parties[:1], parties[1:]


def _passive(t: Trigger) -> Parties:  # "was attended by X", "denied by X"
    sources = actors(t.after(t.match.end()))
    if t.kind == "ATTENDED":
        summit = actors(t.subject, summits=True) or (
            [t.ctx.last_summit] if t.ctx.last_summit else []
        )
        return sources, summit[:1]
    return sources, [t.ctx.last_accuser] if t.ctx.last_accuser else []


def _invitee(t: Trigger) -> Parties:  # "India has been invited (by Italy)": who invited?
    by = re.match(r"[^,;]*?\bby\s+", t.sentence[t.match.end() : t.right])
    sources = actors(t.after(t.match.end() + by.end())) if by else []
    return sources, actors(t.subject)


def _inviter(t: Trigger) -> Parties:  # "At the invitation of X, Y will visit Z"
    inviter = t.after(t.match.end(), len(t.sentence))
    sources, targets = actors(inviter), actors(t.subject)
    if inviter and not targets:
        targets = actors(t.after(inviter[-1].end, len(t.sentence)))[:1]
    return sources, targets


def _accuser(t: Trigger) -> Parties:  # "accusations from X"
    return actors(t.after(t.match.end())), actors(t.subject)


def _denial(t: Trigger) -> Parties | None:  # "X denied the accusations (from Y)"
    end = t.match.end()
    tail = t.sentence[end : t.right]
    noun = DENIAL_OBJECT.search(tail)
    if not noun:
        return None
    sources = actors(t.subject)
    after = re.search(r"\b(?:from|by|of|that)\b", tail[noun.end() :])
    targets = []
    if after:
        targets = actors(t.after(end + noun.end() + after.end()))[:1]
    if not targets and t.ctx.last_accuser is not None:
        targets = [t.ctx.last_accuser]
    return sources, [x for x in targets if x not in sources]


def _none(t: Trigger) -> Parties:  # "bilateral talks": the parties are the subject
    parties = actors(t.subject)
    return parties[:1], parties[1:]


def _hyphen(t: Trigger) -> Parties | None:  # "the last Putin-Trump telephone call"
    parties = [x for x in (_by_name(t.match.group(k), t.ctx) for k in "ab") if x is not None]
    if len(parties) < 2:
        return None
    return parties[:1], parties[1:]


def _visit_of(t: Trigger) -> Parties | None:  # "the recent visit of the President to India"
    visitors = t.after(t.match.end())
    start = t.match.start()
    tense = _VISIT_TENSE.search(t.sentence[max(0, start - 30) : start])
    if not visitors or not tense or _placeholder(visitors[0]):
        return None  # a bare "the visit of X" does not say whether it happened
    sources = [x for x in actors(visitors[:1]) if isinstance(x, Person)]
    to = re.match(r"[^,;]*?\bto\s+", t.sentence[visitors[0].end : t.right])
    targets = []
    if to:
        at = visitors[0].end + to.end()
        targets = [x.single for x in t.mentions if x.start == at and isinstance(x.single, State)]
    return sources, targets


def _welcome(t: Trigger) -> Parties | None:  # a transcript: "Mr. Secretary, welcome to ..."
    addressee = t.ctx.addressee() if t.ctx.speaker is not None else None
    if addressee is None:
        return None
    return [t.ctx.speaker], [addressee]


def _mutual(t: Trigger) -> Parties:  # "Beijing and Manila traded accusations"
    parties = actors(t.subject)[:2]
    return parties, parties


def _charge(t: Trigger) -> Parties | None:  # "Russia claimed Ukraine launched a drone strike"
    accused = t.after(t.match.end())[:1]
    if not accused or not WRONGDOING.match(t.sentence[accused[0].end : accused[0].end + 60]):
        return None
    return actors(t.subject), actors(accused)


def _object_reading(t: Trigger) -> Parties | None:
    """The common case: the subject before the trigger, the first actor after it."""
    kind, m, sentence, ctx = t.kind, t.match, t.sentence, t.ctx
    sources = actors(t.subject)
    if not sources and ctx.speaker is not None and _INFINITIVE.search(sentence, 0, m.start()):
        sources = [ctx.speaker]  # a transcript: "it was a privilege to meet him"
    if not sources:  # “Delighted to call on X,” read Jaishankar’s post: the author
        sources = _quote_author(t.mentions, t.quote)
    wants_summit = kind == "ATTENDED"
    if kind in ONE_WAY and _THAT.match(sentence, m.end()):
        return None  # "warned that Chile would retaliate": a statement, addressed to no one
    obj = t.after(m.end(), summits=wants_summit)
    targets = actors(obj, summits=wants_summit)
    if wants_summit and not targets:  # "to attend the swearing-in ceremony"
        event = _EVENT_PHRASE.match(sentence, m.end(), t.right)
        if event:
            targets = [Summit(name=event.group("event"))]
            ctx.last_summit = targets[0]
    own = {getattr(x, "state", None) for x in sources} - {None}
    if kind == "VISITED" and MILITARY_ASSET.search(sentence[t.left : t.right]):
        return None  # "a submarine's visit to South Korea" is no diplomatic visit
    if kind == "VISITED":  # a state, and not the visitor's own
        targets = [x for x in targets if isinstance(x, State) and x.code not in own]
    elif kind in ONE_WAY:  # a charge against one's own state is domestic politics
        targets = [x for x in targets if getattr(x, "code", None) not in own]
    direct = (  # "looks forward to meeting X", not "to meeting in Indonesia"
        kind == "PLANNED_MEETING"
        and targets
        and not _PLACE_WORDS.search(sentence[m.end() : obj[0].start])
    )
    if kind in JOINT_TYPES and t.where != "addressee" and not direct:
        return _joint(t, sources)
    if not targets and kind in SYMMETRIC and len(sources) >= 2:
        return sources[:1], sources[1:]
    if not sources and m.group(0).endswith("between") and len(targets) >= 2:
        return targets[:1], targets[1:]  # "a phone call between X and Y"
    return sources, targets


def _joint(t: Trigger, sources: list) -> Parties:
    """What follows "discussed" or "agreed" is the topic; the counterpart comes after "with",
    or is the other member of the subject, or of the last pair."""
    with_match = re.search(r"\bwith\b", t.sentence[t.match.end() : t.right])
    targets = actors(t.after(t.match.end() + with_match.end())) if with_match else []
    if not targets and len(sources) >= 2:
        sources, targets = sources[:1], sources[1:]
    pair = t.ctx.last_pair
    if not targets and len(pair) == 2 and (not sources or sources[0] in pair):
        first = sources[0] if sources else pair[0]
        sources, targets = [first], [a for a in pair if a != first]
    return sources, targets


def _aside(t: Trigger) -> Parties | None:
    """ "after talks with X", "during his meeting with X": X is met by the clause's subject,
    named before ("Y, speaking after talks with X") or after ("During talks with X, Y ...")."""
    comma = t.sentence.find(",", t.match.end())
    aside_end = comma if comma >= 0 else t.right  # the aside ends at its comma
    met = t.after(t.match.end(), aside_end)
    if not met:
        return None
    sources = actors(t.subject)
    if not sources and comma >= 0:  # the subject of the main clause, right after the comma
        nxt = next((i for i, x in enumerate(t.mentions) if x.start > comma), None)
        if nxt is not None and re.fullmatch(r",\s*", t.sentence[comma : t.mentions[nxt].start]):
            sources = actors(group_from(t.mentions, nxt, 1, t.sentence))
    return sources, actors(met)


_READERS = {
    "aside": _aside,
    "between": _between,
    "passive": _passive,
    "invitee": _invitee,
    "inviter": _inviter,
    "accuser": _accuser,
    "denial": _denial,
    "none": _none,
    "hyphen": _hyphen,
    "visit_of": _visit_of,
    "welcome": _welcome,
    "mutual": _mutual,
    "charge": _charge,
}


def read_parties(t: Trigger) -> Parties | None:
    """The sources and targets a trigger states, or None when it states no interaction."""
    return _READERS.get(t.where, _object_reading)(t)
