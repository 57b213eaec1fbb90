"""Who did what to whom, read from a sentence's dependency parse with the lexicon's frames.

One mechanism serves every frame: a trigger (a verb or a noun of ``triggers.tsv``) takes its
source from its subject (or the passive agent, a possessor, a modifier, the subject of the light
verb or clause that governs it) and its target from its object or the prepositions its frame
names, anywhere in its own phrase (a parser hangs "with X" on the nearest noun). Coordination
spreads both ("A and B met", "between A and B"); relative and participial clauses, control verbs
("urged X to") and infinitives take the subject they share; status comes from the trigger's
dependents and governors, read against ``status.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.graph import InteractionType, Organization, Person, State, Summit

from .frames import Frame, frames_for, word_class
from .mentions import DocumentContext, Mention, other_of_the_pair, state_code
from .parties import SentenceParties
from .status import plans, speaks_of_a_plan, status
from .tree import (
    _SUBJECTS,
    _definite,
    _governing_verb,
    _group_noun,
    _holds,
    _imperative,
    _impersonal,
    _infinitive,
    _objects,
    _passive,
    _pos,
    _preps,
    _reciprocal,
    complements,
    conjuncts,
    lemma,
)

__all__ = ["ParsedSentence", "Reading", "conjuncts", "heading_voice", "speaks_of_a_plan"]


@dataclass
class Reading:
    """One trigger read in its sentence: the frame, the parties, the status."""

    frame: Frame
    trigger: object  # the spaCy Token
    sources: list[Mention]
    targets: list[Mention]
    status: str
    summits: list[Summit] = field(default_factory=list)  # what an ATTENDED trigger names
    anaphor: bool = False  # "the meeting" without parties: the act the sentence just told

    @property
    def type(self) -> str:
        return self.frame.type


class ParsedSentence(SentenceParties):
    """A parsed sentence read with the lexicon's frames: its readings, one per trigger."""

    def read(self):
        """The readings of the sentence's triggers, in order, one at a time: what an earlier
        one tells the document context (the last accuser) is there for the next."""
        for token in self.tokens:
            pos = _pos(token)
            named = self.at[token.i]
            if named is not None and named.via == "title" and isinstance(named.single, Summit):
                named = None  # "the meeting" refers back to an event and is a meeting too
            if pos is None or (pos == "NOUN" and (named or token.dep_ == "compound")):
                continue
            word = token.lower_ if pos == "MODAL" else lemma(token)
            for frame in frames_for(word, pos):
                if not all(_holds(need, token) for need in frame.needs):
                    continue
                reading = self._modal(frame, token) if pos == "MODAL" else self._read(frame, token)
                if reading is not None:
                    yield reading
                    break

    def _modal(self, frame: Frame, modal) -> Reading | None:
        """What someone says another must or should do is an appeal to them ("“The Japanese
        side must correct its wrongdoing,” spokesman X told reporters"): the target is the
        subject of the modal's verb, the source whoever says it."""
        verb = modal.head
        if verb.i == modal.i:
            return None
        subjects = self.subject(verb)
        group = any(_group_noun(w) for w in subjects)  # "the Japanese side must ..."
        targets = [
            (m, d)
            for m, d in self.parties(subjects)
            if (d or group) and not isinstance(m.single, Organization)
        ]
        if not targets:
            return None
        sources = self._sayer(verb)
        sources = [(m, d) for m, d in sources if not set(m.actors) & set(targets[0][0].actors)]
        if not sources:
            return None
        return Reading(frame, modal, [m for m, _ in sources], [m for m, _ in targets], "actual")

    def _sayer(self, verb) -> list[tuple[Mention, bool]]:
        """Who says a clause: the subject of the verb of saying it is reported under, the author
        of the quotation it stands in, the transcript's speaker, or the statement's government."""
        node = verb
        while node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
        head = node.head
        if node.dep_ in ("ccomp", "parataxis") and lemma(head) in word_class("say"):
            return self.parties(self.subject(head))
        if node.dep_ == "ROOT":
            author = self.parties(self._author(node))
            if author:
                return author
        if self.ctx.speaker is not None:
            return [(Mention(0, 0, (self.ctx.speaker,), via="speaker"), True)]
        if self.ctx.voice is not None:
            return [(Mention(0, 0, (State(code=self.ctx.voice),), via="voice"), True)]
        return []

    def _read(self, frame: Frame, trigger) -> Reading | None:
        if frame.pos == "VERB":
            sources, targets = self._verbal(frame, trigger)
        else:
            sources, targets = self._nominal(frame, trigger)
        summits: list[Summit] = []
        if frame.takes == "summit":
            summits = [m.single for m, _ in targets if isinstance(m.single, Summit)]
            if not summits:
                summits = self._event_nouns(frame, trigger)
            targets = []
        else:
            targets = [(m, d) for m, d in targets if _takes(frame.takes, m, d)]
            if not targets and "trip" in InteractionType(frame.type).roles:
                targets = self._destination(frame, trigger)
        sources = [(m, d) for m, d in sources if not isinstance(m.single, Summit)]
        if not sources and frame.type in _TOLD_OF_THE_PAIR and _impersonal(trigger):
            # "It was agreed to continue ...", "All aspects will be discussed": the parties are
            # the pair the document is about
            return Reading(frame, trigger, [], [], status(trigger), [])
        if not sources and not targets and _definite(trigger) and frame.pos == "NOUN":
            told = status(trigger)  # "..., the meeting was cancelled": the one just told of
            if told in ("negated", "claimed"):
                return Reading(frame, trigger, [], [], told, [], anaphor=True)
        if not sources or not (targets or summits or frame.type in _JOINT):
            return None  # a joint act may be told of its parties alone: "A and B met"
        return Reading(
            frame,
            trigger,
            [m for m, _ in sources],
            [m for m, _ in targets],
            status(trigger),
            summits,
        )

    def _destination(self, frame: Frame, trigger) -> list[tuple[Mention, bool]]:
        """Where a trip went, when it names a city: "travelled to Lima", "a visit to New Delhi"
        go to the state of that capital or city (the mentions leave a capital after to / in
        as a place, since "met in Beijing" is not a meeting with China)."""
        slots = {slot for slot in frame.target if slot not in ("dobj", "between")}
        for prep in _preps(trigger, slots):
            for obj in _objects(prep):
                words = [c for c in obj.lefts if c.dep_ == "compound"] + [obj]
                for text in (" ".join(w.text for w in words), obj.text):
                    if code := state_code(text):
                        return [(Mention(0, 0, (State(code=code),), via="place"), True)]
        return []

    def _verbal(self, frame: Frame, verb) -> tuple[list, list]:
        passive = _passive(verb)
        if passive:
            agent = [o for c in verb.children if c.dep_ == "agent" for o in _objects(c)]
            agent = agent or [  # "was invited to the summit by X": "by X" hung on the summit
                o for p in _preps(verb, {"by"}, 2) for o in _objects(p) if self.at[o.i]
            ]
            sources = self.agents(agent)
            patient = [c for c in verb.children if c.dep_ == "nsubjpass"] or self.subject(verb)
            if verb.dep_ == "acl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
                patient = [verb.head]
        else:
            sources = self.agents(
                self.subject(verb) or self._fronted_subject(verb) or _subject_read_into_a_name(verb)
            )
            patient = []
            if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children):
                patient = [verb.head]  # "a claim Pakistan has denied": the claim is denied
        speaker = self.ctx.speaker
        if not sources and speaker is not None and (_infinitive(verb) or _imperative(verb)):
            # a transcript: "It was a privilege to meet him", "Welcome to Santiago"
            sources = [(Mention(0, 0, (speaker,), via="speaker"), True)]
        targets: list[tuple[Mention, bool]] = []
        for slot in frame.target:
            if slot == "dobj":
                words = patient or [c for c in verb.children if c.dep_ in ("dobj", "dative")]
                words = words or [c for c in verb.children if c.dep_ == "oprd"]  # a misread
                if not words:  # "I hosted in this room, my counterpart X": a misread object
                    words = [c for c in verb.children if c.dep_ == "npadvmod" and self.at[c.i]]
                if not words and (_misread_as_modifier(verb) or _subject_read_into_a_name(verb)):
                    # "X hosted [President Y]", "[Trump praised Carney]"
                    words = [_phrase_head(verb.head)]
                if _reciprocal(words):  # "invited each other": each one the other
                    return sources, sources
                found = self.parties(words)
                if frame.type in InteractionType.having("host"):  # "hosted the talks between X"
                    found += self._hosted_parties(words)
            elif slot == "accuser":
                found = self._accuser(verb)
            elif slot == "mutual":  # "A and B traded accusations": each of the other
                return sources, sources
            elif slot == "charged":
                found = self._charged(verb)
            elif slot == "bidden":  # "demanded that X release ...": who is to act
                found = self.parties(_clause_subjects(verb, _bidding))
            elif slot == "forewarned":  # "warned that X's actions would have consequences"
                found = self.parties(_clause_subjects(verb, _foretold))
            elif slot == "aimed":  # "threatened to impose sanctions on X": whom the deed hits
                found = self.parties([w for c in verb.children for w in _aimed_at(c)])
            elif slot == "complement":  # "holds Y responsible", parsed as Y's own clause
                found = self.parties(
                    [g for c in complements(verb) for g in c.children if g.dep_ == "nsubj"]
                )
            elif slot == "between":
                found = self._sides(verb)
                if found and not sources:
                    sources, found = found[:1], found[1:]
            else:
                heads = [(verb, 3)]
                if verb.dep_ == "acomp" and lemma(verb.head) == "be":
                    heads.append((verb.head, 0))  # "was present at X": "at X" hangs on "was"
                found = self.parties(
                    [o for h, depth in heads for p in _preps(h, {slot}, depth) for o in _objects(p)]
                )
            targets += [t for t in self._fitting(frame, found, sources) if t not in targets]
        if not targets:
            targets = self._fitting(frame, self._included(verb), sources)
        if not targets and _imperative(verb) and speaker is not None:
            guest = self.ctx.addressee()  # "Welcome to Santiago": said to the guest
            if guest is not None:
                said_to = [(Mention(0, 0, (guest,), via="you"), True)]
                targets = self._fitting(frame, said_to, sources)
        return sources, targets

    def _fitting(self, frame: Frame, found: list, sources: list) -> list:
        """The targets that fit the frame and are not the source itself ("her counterparts")."""
        own = {a for m, _ in sources for a in m.actors}
        found = [(self._other_than(m, own), d) for m, d in found]
        return [
            (m, d)
            for m, d in found
            if m is not None and _takes(frame.takes, m, d) and not set(m.actors) <= own
        ]

    def _other_than(self, mention: Mention, own: set) -> Mention | None:
        """A pronoun read as the source itself, in the target's place, is the other of the pair
        the text last told of ("X met Y. X welcomed his remarks": Y's), if there is one."""
        if mention.via != "pronoun" or not set(mention.actors) <= own:
            return mention
        if self.text[mention.end :].lstrip().startswith("own "):
            return None  # "welcomed his own remarks"
        owned = [t.head for t in self.tokens if t.idx == mention.start and t.dep_ == "poss"]
        if not owned or lemma(owned[0]) in word_class("group"):
            return mention  # "met his counterpart": his own side's people
        female = self.text[mention.start : mention.end].lower() in ("she", "her")
        other = other_of_the_pair(mention.single, female, self.ctx)
        return Mention(mention.start, mention.end, (other,), "pronoun") if other else None

    def _included(self, head) -> list[tuple[Mention, bool]]:
        """The members listed after "including" or "such as" in a trigger's phrase: "held
        meetings with officials of each country, including X in A and Y in B"."""
        words = word_class("including")
        return self.parties([o for p in _preps(head, words) for o in _objects(p)])

    def _nominal(self, frame: Frame, noun) -> tuple[list, list]:
        sources: list[tuple[Mention, bool]] = []
        named = False  # a word in a source slot, whether or not it names an actor
        for slot in frame.source:
            if slot == "poss":
                words = [c for c in noun.children if c.dep_ == "poss"]
                sources += self.agents(words)
            elif slot == "compound":
                words = []
                sources += self._modifiers(noun)
            elif slot == "by" and _agent_hung_on_object(noun):
                words = []  # "was invited to the summit by X": X invited, the summit is not X's
            else:
                words = [o for p in _preps(noun, {slot}, 1) for o in _objects(p)]
                sources += self.agents(words)
            named = named or any(w.pos_ != "PRON" for w in words)
        governor, recipient = _governing_verb(noun)
        heads = [(noun, 3)]
        if governor is not None and noun.dep_ == "dobj" and lemma(governor) in word_class("light"):
            heads.append((governor, 0))  # "paid tribute to X": the parser hangs "to X" on the verb
        if governor is not None and noun.dep_ == "pobj" and lemma(governor) == "be":
            heads.append((governor, 0))  # "were in attendance at X"
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            heads.append((noun.head, 0))  # "consultations will be held between X and Y"
        targets: list[tuple[Mention, bool]] = []
        for slot in frame.target:
            if slot == "charged":
                found = self._charged(noun)
            elif slot == "bidden":  # "a call for X to withdraw": X is to act
                found = self.parties(_bidden_by(noun))
            elif slot == "between":
                found = [m for h, depth in heads for m in self._sides(h, depth)]
            else:
                found = self.parties(
                    [o for h, depth in heads for p in _preps(h, {slot}, depth) for o in _objects(p)]
                )
            if slot == "between" and found and not sources:
                sources, found = found[:1], found[1:]
            targets += [t for t in self._fitting(frame, found, sources) if t not in targets]
        if not targets:
            targets = self._fitting(frame, self._included(noun), sources)
        plural = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("their", "our")]
        if governor is not None and plural and not sources and not targets:
            # "he had raised with X the issue during their meeting": he and X
            withs = [o for p in _preps(governor, {"with"}, 0) for o in _objects(p)]
            sources = self.parties(self.doer(governor)) + self.parties(withs)
            named = False
        if governor is not None and not (named and not sources):  # "a visit by a submarine"
            doer = self.parties(self.doer(governor))
            ids = {id(m) for m, _ in doer}
            sources = [(m, d) for m, d in sources if id(m) not in ids]
            targets = [(m, d) for m, d in targets if id(m) not in ids]
            light = lemma(governor) in word_class("light")
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if light and sources and targets and owners and doer:
                sources = doer  # "relayed Lima's protest against X": the one who relays
            if recipient and sources and not targets:  # "received a call from X"
                targets = doer
            elif not sources and targets and (light or noun.dep_ != "dobj" or plans(governor)):
                sources = doer  # "held talks with X", "In a call with X, Y said", "cancelled
                # the talks with X"; not "condemned a visit to X" nor "thanked X for hosting
                # the talks with Y"
            elif sources and not targets and noun.dep_ == "pobj" and noun.head.head.i == governor.i:
                targets = doer  # "At the invitation of X, Y visited"
            elif (
                sources
                and not targets
                and noun.dep_ == "dobj"
                and frame.type in _ADDRESSED
                and not light  # "X reiterated Y's call": not a call to X
            ):
                targets = doer  # "Kim rejected U.S. calls for talks": the calls were to Kim
            elif (
                not sources
                and not targets
                and (
                    light
                    or noun.dep_ == "pobj"
                    or any(lemma(c) in word_class("light") for c in noun.children)
                )
            ):  # "A and B held talks", "In a call, A and B agreed", "continuing talks"
                sources = doer
        own = {a for m, _ in sources for a in m.actors}  # the doer may have come last
        targets = [(t, d) for m, d in targets if (t := self._other_than(m, own)) is not None]
        return sources, _without(targets, sources)

    def _hosted_parties(self, words: list) -> list[tuple[Mention, bool]]:
        """The parties of a meeting a host holds: those after its between or with."""
        out: list[tuple[Mention, bool]] = []
        for word in words:
            if any(f.type in _MEETING for f in frames_for(lemma(word), "NOUN")):
                out += [(m, _GUEST) for m, _ in self._sides(word)]
                out += [
                    (m, _GUEST)
                    for p in _preps(word, {"with"})
                    for o in _objects(p)
                    for m, _ in self.arguments(o)
                ]
        return out

    def _charged(self, word) -> list[tuple[Mention, bool]]:
        """Who a claim says did wrong: the subject of a clause under it whose verb is a
        wrongdoing ("claimed Chile launched ...", "evidence that Chile was behind ...")."""
        for clause in word.children:
            if clause.dep_ not in ("ccomp", "acl", "relcl"):
                continue
            wrong = lemma(clause) in word_class("wrongdoing") or any(
                c.dep_ == "prep" and c.lower_ in word_class("wrongdoing") for c in clause.children
            )
            if wrong:
                return self.parties([c for c in clause.children if c.dep_ in _SUBJECTS])
        return []

    def _accuser(self, verb) -> list[tuple[Mention, bool]]:
        """Who made the claims a denial names: their owner or author, else the last accuser."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl"):
            objects.append(verb.head)  # "a claim denied by Lima", "a claim Pakistan denied"
        for obj in objects:
            owners = self.parties([c for c in obj.children if c.dep_ == "poss"])
            owners += self.parties(
                [o for p in _preps(obj, {"from", "by", "of"}, 1) for o in _objects(p)]
            )
            if owners:
                return owners
        last = self.ctx.last_accuser
        return [(Mention(0, 0, (last,), via="context"), True)] if last is not None else []

    def _event_nouns(self, frame: Frame, verb) -> list[Summit]:
        """An event the object names without a known name: "attended the swearing-in ceremony";
        "that parade" is the last event named with that noun."""
        slots = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for slot in frame.target:
            if slot != "dobj":
                slots += [o for p in _preps(verb, {slot}, 1) for o in _objects(p)]
        last = self.ctx.last_summit
        for noun in slots:
            bare = all(c.dep_ in ("det", "punct", "acl") for c in noun.lefts)
            if bare and last is not None and last.name.lower().endswith(noun.lower_):
                return [last]  # "That parade, held in Tiananmen Square, was attended by ..."
            if lemma(noun) in word_class("event"):
                words = [t for t in noun.lefts if t.dep_ not in ("det", "poss", "case")]
                start = min((t.left_edge.idx for t in words), default=noun.idx)
                end = noun.idx + len(noun)
                for child in noun.rights:  # "the inauguration of President X"
                    if child.dep_ == "prep" and child.lower_ == "of":
                        last = child.right_edge
                        end = last.idx + len(last)
                summit = Summit(name=self.text[start:end])
                self.ctx.last_summit = summit
                return [summit]
        return []

    def threatens(self, trigger, link: str) -> bool:
        """An appeal with a harm as its alternative: "urged X to stop ... or face a resolute
        response" (``link`` names the word class of the harm)."""
        for clause in trigger.children:
            if clause.dep_ not in ("xcomp", "ccomp"):
                continue
            for other in clause.children:
                if (
                    other.dep_ == "conj"
                    and lemma(other) in word_class(link)
                    and any(c.lower_ == "or" for c in clause.children if c.dep_ == "cc")
                ):
                    return True
        return False


_MEETING = InteractionType.having("meeting")
_JOINT = {t.value for t in InteractionType if t.symmetric} | InteractionType.having("meeting-ahead")

_TOLD_OF_THE_PAIR = InteractionType.having("of-the-pair")

_ADDRESSED = InteractionType.having("addressed")  # acts made to someone


def _misread_as_modifier(verb) -> bool:
    """A finite verb the parser took for an adjective of the name after it ("Minister X hosted
    President Y" read as "hosted President Y"): it modifies a name and has a subject."""
    return (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and verb.head.pos_ == "PROPN"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _subject_read_into_a_name(verb) -> list:
    """ "Trump praised Carney." read as one name, [Trump praised Carney], with the verb an
    adjective of the last word: the sentence has no verb of its own, and the name before the
    verb is its subject."""
    head = verb.head
    if not (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent)
    ):
        return []
    return [c for c in head.children if c.dep_ in ("nmod", "compound") and c.i < verb.i][:1]


def _phrase_head(word):
    """The head of the noun phrase a word stands in: "President" in "President Gabriel Boric"
    is a compound of "Boric"."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    return word


_AIMED = {"on", "against", "with", "to", "at"}  # "sanctions on X", "talks with X", "aid to X"


def _aimed_at(clause) -> list:
    """The words an infinitive under a verb acts on: its object and the objects of the
    prepositions of its phrase ("to impose sanctions on X", "to expel X's diplomats")."""
    if clause.dep_ != "xcomp" or not _infinitive(clause):
        return []
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return objects + [o for p in _preps(clause, _AIMED, 1) for o in _objects(p)]


def _bidden_by(noun) -> list:
    """Who a call or demand bids act: the subject of its "for X to" infinitive, which the parser
    hangs on the noun either as a clause with its subject or as "for X" beside the clause."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "advcl") and _infinitive(c)]
    if not clauses:
        return []
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    return subjects or [o for p in _preps(noun, {"for"}, 0) for o in _objects(p)]


def _agent_hung_on_object(noun) -> bool:
    """Whether a noun's "by" phrase is the agent of the passive verb it stands under, which the
    parser hung on the noun ("was invited to the summit by X")."""
    governor, _ = _governing_verb(noun)
    return (
        governor is not None
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children)
        and not any(c.dep_ == "agent" for c in governor.children)
    )


def _clause_subjects(verb, kind) -> list:
    """The subjects of the verb's that-clauses of a kind (``_bidding``, ``_foretold``)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and kind(c)]
    return [g for c in clauses for g in c.children if g.dep_ == "nsubj"]


def _foretold(clause) -> bool:
    """A that-clause that tells what harm will or may befall its subject ("that X would face
    consequences", "that X's actions could have serious repercussions"); not what its subject
    will do ("that X would retaliate")."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    harm = [c for c in clause.children if c.dep_ == "dobj" and lemma(c) in word_class("harm")]
    return lemma(clause) in word_class("consequence") or bool(harm)


def _bidding(clause) -> bool:
    """A that-clause that says what someone is to do: a bare verb ("that X release them") or
    one with a modal of obligation ("that X must withdraw"), not a report ("that X released")."""
    if clause.tag_ != "VB":
        return False
    modals = [lemma(c) for c in clause.children if c.dep_ == "aux"]
    return all(m in word_class("obligation") for m in modals)


def _without(targets: list, sources: list) -> list:
    ids = {id(m) for m, _ in sources}
    return [(m, d) for m, d in targets if id(m) not in ids]


_GUEST = "guest"  # a party of a meeting a host holds: taken whatever the frame takes


def _takes(takes: str, mention: Mention, direct: bool | str) -> bool:
    actor = mention.single
    if direct == _GUEST:
        return not isinstance(actor, Summit)
    if takes == "summit":
        return isinstance(actor, Summit)
    if isinstance(actor, Summit):
        return False
    if takes == "person":
        return direct and isinstance(actor, Person)
    if takes == "state":
        return direct and isinstance(actor, State)
    if takes == "owner":
        return not direct
    return True


def heading_voice(doc, text: str, ctx: DocumentContext) -> Person | None:
    """The person a heading says is speaking ("Opening Remarks by H.E. X", "Press Conference
    by Foreign Minister X", a line "by NATO Secretary General X"): whom a text without
    speaker labels means by "I"."""
    from .mentions import find_mentions

    parsed = ParsedSentence(doc, text, find_mentions(text, DocumentContext()), ctx)
    heads = [t for t in doc if lemma(t) in word_class("speech")]
    bys = [t for t in doc if t.lower_ == "by" and (t.i == 0 or t.head.i in {h.i for h in heads})]
    for head in heads:
        bys += _preps(head, {"by", "of"}, 1)
    for prep in bys:
        for obj in _objects(prep):
            for mention, _ in parsed.arguments(obj):
                if isinstance(mention.single, Person):
                    return ctx.remember(mention.single)
    return None
