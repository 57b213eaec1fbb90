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
from functools import cache

from diplograph.graph import Organization, Person, State, Summit

from .frames import Frame, Need, cue_status, frames_for, word_class
from .mentions import DocumentContext, Mention, state_code

# Dependents that open another clause: a phrase search does not cross them.
_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "nsubj"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_ARGUMENTS = ("nsubj", "nsubjpass", "csubj", "dobj", "pobj", "appos", "conj", "dative")
_RELATIVES = {"who", "which", "that", "whom"}
_STATUS_ORDER = ("hypothetical", "negated", "claimed", "planned")


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


class ParsedSentence:
    """A sentence's parse with the mentions laid on its tokens."""

    def __init__(self, doc, text: str, mentions: list[Mention], ctx: DocumentContext):
        self.doc, self.text, self.mentions, self.ctx = doc, text, mentions, ctx
        self.tokens = list(doc)  # spaCy makes a new Token object at every access
        self.at: list[Mention | None] = [None] * len(doc)
        spans = [(t.idx, t.idx + len(t)) for t in self.tokens]
        for mention in mentions:
            for i, (start, end) in enumerate(spans):
                if start < mention.end and end > mention.start and self.at[i] is None:
                    self.at[i] = mention

    # --- arguments -----------------------------------------------------------------------------

    def mentions_of(self, token, via_owner: bool = False) -> list[tuple[Mention, bool]]:
        """The mentions an argument word stands for, each with whether it is the word itself
        (True) or an owner of it ("China's actions", "the ministers of France")."""
        named = [
            self.at[c.i]
            for c in token.children
            if c.dep_ == "appos" and self.at[c.i] is not None and self.at[c.i].via == "name"
        ]
        own = self.at[token.i] or self._proper_name(token)
        if own is not None and own.via == "group":  # "the leaders of China and Peru"
            members = [
                (m, False)
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for o in _objects(c)
                for m, _ in self.arguments(o)
            ]
            if members:
                return members
        if own is None and token.lower_ == "you":
            own = self._vocative()  # "Thank you very much, Mr. Secretary Rubio."
        if named and (own is None or own.via != "name"):  # "his counterpart, Wang Yi"
            return [(named[0], True)]
        if own is not None:
            return [(own, not via_owner)]
        found: list[tuple[Mention, bool]] = []
        for child in token.children:
            if child.dep_ == "poss" or (
                child.dep_ in ("compound", "amod", "nmod") and self.at[child.i]
            ):  # "China's actions", "the Chinese side's cooperation"
                found += [(m, False) for m, _ in self.arguments(child)]
            elif child.dep_ in ("compound", "amod", "npadvmod") and any(
                t.text == "-" for t in child.subtree
            ):  # "Pakistan-backed militants"
                for word in child.subtree:
                    named = self.at[word.i] or self._by_name(word)
                    if named is not None:
                        found.append((named, False))
            elif child.dep_ == "prep" and (
                child.lower_ == "by" or (child.lower_ in ("of", "from") and _group_noun(token))
            ):  # "the leaders of Brazil", "the actions by X"; not "a violation of Jordan"
                for obj in _objects(child):
                    found += [(m, False) for m, _ in self.arguments(obj)]
        return found

    def arguments(self, token) -> list[tuple[Mention, bool]]:
        """The mentions of an argument and of the words coordinated with it. In a list of
        titled names the parser hangs the next member on any word of the last one
        ("Kazakhstan's Minister of Foreign Affairs X, Kyrgyzstan's Minister ... Y"), or makes
        it an apposition: both are followed from every word of a named mention."""
        out: list[tuple[Mention, bool]] = []
        seen: set[int] = set()
        queue = [token]
        while queue:
            word = queue.pop(0)
            if word.i in seen:
                continue
            seen.add(word.i)
            found = self.mentions_of(word)
            for mention, direct in found:
                if all(mention is not m for m, _ in out):
                    out.append((mention, direct))
            own = self.at[word.i]
            words = [word]
            if own is not None and own.via == "name":
                words = [t for t in self.tokens if self.at[t.i] is own]
            for w in words:
                for child in w.children:
                    if child.dep_ == "conj" or (
                        child.dep_ == "appos" and _another_name(own, self.at[child.i])
                    ):
                        queue.append(child)
        return out

    # --- subjects ------------------------------------------------------------------------------

    def subject(self, verb, depth: int = 0) -> list:
        """The words that are the verb's subject, inherited through coordination, control,
        infinitives, participles and relative clauses."""
        if depth > 6:
            return []
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
                    return [verb.head]
                return [child]
        dep, head = verb.dep_, verb.head
        if head.i == verb.i:
            return self._author(verb)
        if dep == "xcomp" or (dep in ("advcl", "ccomp") and _infinitive(verb)):
            if lemma(head) in word_class("control"):
                obj = _object_of(head)
                if obj is not None:
                    return [obj]
            return self.subject(head, depth + 1)
        if dep in ("conj", "dep") and head.dep_ == "ccomp" and not self._names(head):
            # "Russia said its team was ready, and accused Ukraine ...": the parser hung the
            # second verb on the reported clause; its subject is the one who said it
            return self.subject(head.head, depth + 1)
        if dep in ("conj", "advcl", "acomp", "ccomp", "dep"):  # "“Delighted to meet X,” wrote Y"
            return self.subject(head, depth + 1)
        if dep in ("nsubj", "csubj") and head.pos_ in ("VERB", "AUX"):  # the same, misparsed
            return [c for c in head.children if c.dep_ in _SUBJECTS and c.i != verb.i]
        if dep in ("acl", "relcl"):
            for prep in head.children:  # "plans for a submarine to visit X": the submarine
                if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i < verb.i:
                    objects = _objects(prep)
                    if objects:
                        return objects
            if self.at[head.i] is None and head.dep_ in ("pobj", "dobj"):
                governor, _ = _governing_verb(head)  # "headed to Lima on a trip to meet X"
                if governor is not None:
                    return self.subject(governor, depth + 1)
            return [head]
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            governor = head.head  # "accused X of meeting Y": X met Y
            if lemma(governor) in word_class("control"):
                obj = _object_of(governor)
                if obj is not None:
                    return [obj]
            return self.subject(governor, depth + 1)
        return []

    def _vocative(self) -> Mention | None:
        """The person a sentence addresses by name, set off by a comma ("..., Minister Wang,")."""
        for token in self.tokens:
            mention = self.at[token.i]
            if (
                mention is not None
                and mention.via == "name"
                and isinstance(mention.single, Person)
                and token.dep_ in ("npadvmod", "appos", "dep", "intj", "vocative")
                and token.i > 0
                and self.doc[mention_start(self.doc, mention) - 1].text == ","
            ):
                return mention
        return None

    def _author(self, root) -> list:
        """Who says a subjectless quotation: the subject of a verb of saying that stands as
        another root of the sentence (“Delighted to meet X. Looking forward ...,” wrote Y)."""
        for word in self.tokens:
            if word.dep_ == "ROOT" and word.i != root.i and lemma(word) in word_class("say"):
                return [c for c in word.children if c.dep_ in _SUBJECTS]
        return []

    def _fronted_subject(self, verb) -> list:
        """A subject the parser hung on a long opening phrase ("On February 12, on the margins
        of X in Brussels, Belgium, Secretary Y held ..."): the last actor before the verb
        inside a preposition phrase of the verb, when the verb has no subject of its own."""
        if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ in _SUBJECTS for c in verb.children):
            return []
        found = None
        for prep in (c for c in verb.lefts if c.dep_ == "prep"):
            for token in prep.subtree:
                mention = self.at[token.i]
                if (
                    mention is not None
                    and token.dep_ in ("conj", "appos")
                    and isinstance(mention.single, Person)
                ):
                    found = token
        return [found] if found is not None else []

    def _names(self, verb) -> bool:
        """Whether a verb's own subject names an actor."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        return any(m.via == "name" for m, _ in self.parties(subjects))

    def doer(self, verb) -> list:
        """Who does what a verb says: the passive agent ("was delivered by X"), else the
        subject."""
        if _passive(verb):
            agent = [o for c in verb.children if c.dep_ == "agent" for o in _objects(c)]
            if agent:
                return agent
        return self.subject(verb) or self._fronted_subject(verb)

    def agents(self, tokens: list) -> list[tuple[Mention, bool]]:
        """The parties of words that act: a ship or a plane does not meet or visit ("a visit
        by a Bolivian submarine"), though it may be accused."""
        return self.parties([t for t in tokens if lemma(t) not in word_class("asset")])

    def parties(self, tokens: list) -> list[tuple[Mention, bool]]:
        out: list[tuple[Mention, bool]] = []
        for token in tokens:
            for mention, direct in self.arguments(token):
                if all(mention is not m for m, _ in out):
                    out.append((mention, direct))
        return out

    # --- frames --------------------------------------------------------------------------------

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
            for frame in frames_for(lemma(token), pos):
                if not all(_holds(need, token) for need in frame.needs):
                    continue
                reading = self._read(frame, token)
                if reading is not None:
                    yield reading
                    break

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

    def _verbal(self, frame: Frame, verb) -> tuple[list, list]:
        passive = _passive(verb)
        if passive:
            agent = [o for c in verb.children if c.dep_ == "agent" for o in _objects(c)]
            sources = self.agents(agent)
            patient = [c for c in verb.children if c.dep_ == "nsubjpass"] or self.subject(verb)
            if verb.dep_ == "acl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
                patient = [verb.head]
        else:
            sources = self.agents(self.subject(verb) or self._fronted_subject(verb))
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
                if _reciprocal(words):  # "invited each other": each one the other
                    return sources, sources
                found = self.parties(words)
                if frame.type == "HOSTED":  # "hosted the talks between the US and Ukraine"
                    found += self._hosted_parties(words)
            elif slot == "accuser":
                found = self._accuser(verb)
            elif slot == "mutual":  # "A and B traded accusations": each of the other
                return sources, sources
            elif slot == "charged":
                found = self._charged(verb)
            elif slot == "between":
                found = self._sides(verb)
                if found and not sources:
                    sources, found = found[:1], found[1:]
            else:
                found = self.parties([o for p in _preps(verb, {slot}) for o in _objects(p)])
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
        return [(m, d) for m, d in found if _takes(frame.takes, m, d) and not set(m.actors) <= own]

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
            else:
                words = [o for p in _preps(noun, {slot}, 1) for o in _objects(p)]
                sources += self.agents(words)
            named = named or any(w.pos_ != "PRON" for w in words)
        governor, recipient = _governing_verb(noun)
        heads = [(noun, 3)]
        if governor is not None and noun.dep_ == "dobj" and lemma(governor) in word_class("light"):
            heads.append((governor, 0))  # "paid tribute to X": the parser hangs "to X" on the verb
        targets: list[tuple[Mention, bool]] = []
        for slot in frame.target:
            if slot == "charged":
                found = self._charged(noun)
            elif slot == "between":
                found = self._sides(noun)
            else:
                found = self.parties(
                    [o for h, depth in heads for p in _preps(h, {slot}, depth) for o in _objects(p)]
                )
            if slot == "between" and found and not sources:
                sources, found = found[:1], found[1:]
            targets += [t for t in self._fitting(frame, found, sources) if t not in targets]
        if not targets:
            targets = self._fitting(frame, self._included(noun), sources)
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
            elif not sources and targets and (light or noun.dep_ != "dobj"):
                sources = doer  # "held talks with X", "In a call with X, Y said"; not
                # "condemned a visit to X" nor "thanked X for hosting the talks with Y"
            elif sources and not targets and noun.dep_ == "pobj" and noun.head.head.i == governor.i:
                targets = doer  # "At the invitation of X, Y visited"
            elif sources and not targets and noun.dep_ == "dobj" and frame.type in _ADDRESSED:
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
        return sources, _without(targets, sources)

    def _modifiers(self, noun) -> list[tuple[Mention, bool]]:
        """Actors named in the words before a noun ("the Putin-Trump call", "U.S. talks")."""
        out: list[tuple[Mention, bool]] = []
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
                for token in child.subtree:
                    mention = self.at[token.i] or self._by_name(token)
                    if mention is not None and all(mention is not m for m, _ in out):
                        out.append((mention, True))
        return out

    def _proper_name(self, token) -> Mention | None:
        """A person's name the mention finder did not know (no title before it), read from
        the parse: an argument that is a run of two to four capitalised proper nouns, none of
        them an office, an institution's word or a state ("... for Foreign Affairs Wang Yi
        had a phone call")."""
        if token.pos_ != "PROPN" or token.dep_ not in _ARGUMENTS + ("poss",):
            return None
        if token.dep_ == "poss":  # "Takaichi's remarks": only a name the table knows
            alone = not any(c.dep_ == "compound" for c in token.lefts)
            return self._known_single_name(token) if alone else None
        body = self._institution(token)
        if body is not None:
            return body
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        words = [w for w in words if w.i >= token.i - 3] + [token]
        while words and (_not_a_name(words[0]) or self.at[words[0].i] is not None):
            words = words[1:]  # "Foreign Affairs Wang Yi": the office is not the name
        if len(words) == 1 and words[0].i == token.i:
            return self._known_single_name(token)
        if not 2 <= len(words) <= 4 or words[-1].i - words[0].i != len(words) - 1:
            return None
        if any(not w.text[:1].isupper() or _not_a_name(w) or state_code(w.text) for w in words):
            return None
        name = self.text[words[0].idx : token.idx + len(token)]
        person = self.ctx.remember(Person(name=name))
        mention = Mention(words[0].idx, token.idx + len(token), (person,), via="name")
        for w in words:
            self.at[w.i] = mention
        return mention

    def _known_single_name(self, token) -> Mention | None:
        """A one-word name the office-holder table knows uniquely ("Erdogan", "Takaichi")."""
        from diplograph.graph.people import resolve

        if _not_a_name(token) or state_code(token.text) or not token.text[:1].isupper():
            return None
        published = self.ctx.scope if len(self.ctx.scope) == 10 else None
        term = resolve(token.text, on=published)
        if term is None:
            return None
        state = term.country if len(term.country) == 3 and state_code(term.country) else None
        person = self.ctx.remember(Person(name=term.name, aliases=(token.text,), title=term.title))
        if state and not person.state:
            person = self.ctx.remember(person.model_copy(update={"state": state}))
        mention = Mention(token.idx, token.idx + len(token), (person,), via="name")
        self.at[token.i] = mention
        return mention

    def _institution(self, token) -> Mention | None:
        """An organization the gazetteer does not know, named by a run of capitalised words
        with an institution's word ("The Alliance of Sahel States")."""
        span, frontier = [token], [token]
        while frontier:  # the name's own words: not its clauses, appositions or other phrases
            word = frontier.pop()
            for child in word.children:
                if (
                    child.dep_ in ("compound", "amod", "det")
                    or (child.dep_ == "prep" and child.lower_ == "of")
                    or (child.dep_ == "pobj" and word.lower_ == "of")
                ):
                    span.append(child)
                    frontier.append(child)
        span.sort(key=lambda t: t.i)
        words = [t for t in span if t.dep_ != "det" and t.lower_ not in ("of", "the", "and")]
        if not words or not any(lemma(w) in word_class("institution") for w in words):
            return None
        if any(not w.text[:1].isupper() for w in words) or len(words) > 6:
            return None
        if any(self.at[w.i] is not None for w in words if w.i != token.i):
            return None  # "China's Foreign Ministry" is the state's own
        first, last = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
        if last.i - first.i + 1 > len(span):
            return None
        name = self.text[first.idx : last.idx + len(last)]
        mention = Mention(first.idx, last.idx + len(last), (Organization(name=name),), via="name")
        for w in span:
            self.at[w.i] = mention
        return mention

    def _by_name(self, token) -> Mention | None:
        """A known person's surname or a state's name the mention finder left inside a
        hyphenated compound ("Lind-Ruiz", "Peru-Chile")."""
        if token.pos_ != "PROPN":
            return None
        actor = known_actor(token.text, self.ctx)
        if actor is None:
            return None
        mention = Mention(token.idx, token.idx + len(token), (actor,), via="name")
        self.at[token.i] = mention
        return mention

    def _hosted_parties(self, words: list) -> list[tuple[Mention, bool]]:
        """The parties of a meeting a host holds: those after its between or with."""
        out: list[tuple[Mention, bool]] = []
        for word in words:
            if any(f.type in ("MET", "CALLED") for f in frames_for(lemma(word), "NOUN")):
                out += [(m, _GUEST) for m, _ in self._sides(word)]
                out += [
                    (m, _GUEST)
                    for p in _preps(word, {"with"})
                    for o in _objects(p)
                    for m, _ in self.arguments(o)
                ]
        return out

    def _sides(self, head) -> list[tuple[Mention, bool]]:
        """Every actor named after "between" ("talks between President of Russia X,
        President of Azerbaijan Y and Z"): the parser may hang the later ones anywhere in
        the phrase."""
        out: list[tuple[Mention, bool]] = []
        for prep in _preps(head, {"between", "among"}):
            for token in prep.subtree:
                if token.dep_ in ("relcl", "acl"):
                    break
                mention = self.at[token.i]
                if (
                    mention is not None
                    and not isinstance(mention.single, Summit)
                    and all(mention is not m for m, _ in out)
                ):
                    out.append((mention, True))
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

    def clause(self, token) -> tuple[int, int]:
        """Where the clause a trigger stands in begins and ends: its nearest verb's phrase."""
        head = token
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        words = list(head.subtree)
        return words[0].idx, words[-1].idx + len(words[-1])

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

    def venue(self, trigger, link: str) -> State | None:
        """The state named after ``link`` (in, to) in the trigger's phrase: where one went."""
        for prep in _preps(trigger, {link}):
            for obj in _objects(prep):
                for mention, direct in self.arguments(obj):
                    if direct and isinstance(mention.single, State):
                        return mention.single
        return None


_JOINT = {"MET", "CALLED", "DISCUSSED", "AGREED", "PLANNED_MEETING"}
_TOLD_OF_THE_PAIR = {"DISCUSSED", "AGREED"}
_ADDRESSED = {"URGED", "INVITED", "WARNED", "THREATENED", "ACCUSED"}  # acts made to someone


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _impersonal(verb) -> bool:
    """A passive without an agent, or one with an expletive "it" as subject."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return (
        _passive(verb)
        or any(c.dep_ == "expl" or c.lower_ == "it" for c in subjects)
        or any(c.dep_ == "expl" for c in verb.children)
    )


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


def _pos(token) -> str | None:
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBG", "VBD"):
        return "VERB"
    if token.pos_ == "ADJ" and _bare_root(token):  # "Welcome to Santiago", read as an adjective
        return "VERB"
    return None


def _bare_root(token) -> bool:
    return token.dep_ == "ROOT" and not any(
        c.dep_ in _SUBJECTS or c.dep_ in ("aux", "cop") for c in token.children
    )


def conjuncts(token) -> list:
    out, stack = [], [token]
    while stack:
        word = stack.pop(0)
        out.append(word)
        stack += [c for c in word.children if c.dep_ == "conj"]
    return out


def _objects(prep) -> list:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _object_of(verb):
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
        if child.dep_ in ("prep", "prt") and child.lower_ in ("on", "upon"):
            objects = _objects(child)
            if objects:
                return objects[0]
    return None


def _preps(head, words: set[str], depth: int = 3) -> list:
    """The prepositions of ``words`` in the head's own phrase, not in a clause of its own."""
    found, frontier = [], [(head, 0)]
    while frontier:
        word, level = frontier.pop(0)
        for child in word.children:
            if child.dep_ in _CLAUSES or child.dep_ in _SUBJECTS:
                continue
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in words:
                found.append(child)
            elif level < depth and child.dep_ in (
                "dobj",
                "pobj",
                "prep",
                "npadvmod",
                "attr",
                "advmod",
            ):  # "spoke by phone with X", "welcomed X back to Y"
                frontier.append((child, level + 1))
    return found


def lemma(token) -> str:
    """The token's lemma in lower case, from lemminflect's English tables for the part of
    speech the parser gave (spaCy's small model turns "hoped" into "hop"), else spaCy's."""
    upos = {"PROPN": "NOUN", "AUX": "VERB"}.get(token.pos_, token.pos_)
    return _lemma(token.lower_, upos) or token.lower_


@cache
def _lemma(word: str, upos: str) -> str | None:
    if upos not in ("NOUN", "VERB", "ADJ"):
        return None
    from lemminflect import getLemma

    found = getLemma(word, upos=upos)
    return found[0].lower() if found else None


def mention_start(doc, mention: Mention) -> int:
    """The index of the first token of a mention (at least 1, so the token before exists)."""
    for token in doc:
        if token.idx + len(token) > mention.start:
            return max(token.i, 1)
    return 1


def _not_a_name(token) -> bool:
    words = word_class("not-a-name")
    return token.lower_ in words or lemma(token) in words or token.lower_.rstrip(".") in words


def _another_name(own: Mention | None, other: Mention | None) -> bool:
    """An apposition that names someone else than the word it hangs on: a list member."""
    return (
        own is not None
        and other is not None
        and own is not other
        and own.via == "name"
        and other.via == "name"
    )


def _reciprocal(words: list) -> bool:
    """ "each other", "one another"."""
    return any(
        w.lower_ in ("other", "another")
        and any(c.lower_ in ("each", "one") for c in w.children)
        or w.lower_ == "another"
        and w.nbor(-1).lower_ == "one"
        for w in words
    )


def _group_noun(token) -> bool:
    """A noun for people who act for a body: "the leaders of", "officials from"."""
    return token.pos_ == "PROPN" or lemma(token) in word_class("group")


def _imperative(verb) -> bool:
    """A bare verb that opens its clause with no subject: "Welcome to Santiago"."""
    return verb.tag_ in ("VB", "JJ") and _bare_root(verb)


def _passive(verb) -> bool:
    """A passive verb, or a participle that modifies the noun it is said of ("a claim
    denied by Lima")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def known_actor(text: str, ctx: DocumentContext):
    """A person the document named by this surname or full name, else a state by name."""
    full = ctx.surnames.get(text) or (text if text in ctx.persons else None)
    if full:
        return ctx.persons[full]
    code = state_code(text)
    return State(code=code) if code else None


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _holds(need: Need, token) -> bool:
    if need.relation == "inf":
        present = _has_infinitive(token)
    elif need.relation == "word":  # a particle, or a preposition right after the verb
        present = any(
            c.lower_ in need.lemmas
            and (c.dep_ == "prt" or (c.dep_ in ("prep", "advmod", "agent") and c.i == token.i + 1))
            for c in token.children
        )  # "called on X", not "called X on Tuesday"
    elif need.relation == "anchored":  # a governing verb, or a word that places it in time
        present = (
            _governing_verb(token)[0] is not None
            or (
                token.dep_ in ("nsubj", "nsubjpass")
                and (lemma(token.head) in word_class("occur") or token.dep_ == "nsubjpass")
            )  # "the talks took place", "talks were held"; not "the visit drew crowds"
            or any(lemma(c) in word_class("time") for c in token.children)
            or status(token) != "actual"  # "an alleged call", "reports of a call"
        )
    elif need.relation == "naming":  # "called China a threat"
        deps = {c.dep_ for c in token.children}
        present = "oprd" in deps and "dobj" in deps
    elif need.relation in ("oprd", "ccomp"):
        present = any(c.dep_ == need.relation for c in token.children)
    else:
        deps = {"dobj": ("dobj", "nsubjpass"), "compound": ("compound", "amod")}.get(
            need.relation, (need.relation,)
        )
        words = [c for c in token.children if c.dep_ in deps]
        if need.relation == "dobj" and _passive(token) and token.dep_ == "acl":
            words.append(token.head)  # "a claim denied by Lima": the claim is denied
        if need.relation == "dobj" and token.dep_ == "relcl":
            if any(w.tag_ == "WDT" for w in words):
                return not need.absent  # "..., which Rwanda denies": what was just said
            if not words:
                words.append(token.head)  # "a claim Pakistan has denied"
        present = any(lemma(c) in need.lemmas or c.lower_ in need.lemmas for c in words)
    return present != need.absent


def _has_infinitive(token) -> bool:
    """An infinitive the trigger or its object governs: "called on X to stop"."""
    near = [token] + [c for c in token.children if c.dep_ in ("dobj", "prep", "prt")]
    near += [o for c in near if c.dep_ == "prep" for o in _objects(c)]
    for word in near:
        for child in word.children:
            if child.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp") and _infinitive(child):
                return True
    return False


def _governing_verb(noun) -> tuple[object | None, bool]:
    """The verb whose act a noun trigger is (its object, or a preposition's object under it),
    and whether that verb's subject receives the act ("received a call")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return head, lemma(head) in word_class("recipient")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head, False
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        return _governing_verb(head.head)  # "concluded a visit, including a meeting with X"
    if noun.dep_ == "conj":
        return _governing_verb(head)
    return None, False


def _cues(word, trigger: bool, restricted: bool) -> set[str]:
    """The statuses the cues on one word give."""
    found = set()
    if any(c.dep_ == "mark" and c.lower_ in word_class("condition") for c in word.children):
        found.add("hypothetical")  # "if they did not agree": nothing is said to have happened
    if (
        restricted
        and lemma(word) in word_class("say")
        and any(c.dep_ in _SUBJECTS and lemma(c) in word_class("hearsay") for c in word.children)
    ):
        found.add("claimed")  # "X met Y, a diplomatic source said"
    if not trigger:
        particles = [c.lower_ for c in word.children if c.dep_ == "prt"]
        for cue in [lemma(word)] + [f"{lemma(word)} {p}" for p in particles]:
            status = cue_status(cue, "governor") or (
                cue_status(cue, "noun") if word.pos_ == "NOUN" else None
            )
            if status:
                found.discard("planned") if status == "negated" else None
                found.add(status)
        if "negated" in found:  # "called off" is not "called on X to"
            found.discard("planned")
    if restricted:
        return found - {"planned"}
    for child in word.children:
        where = {"neg": "neg", "aux": "aux", "auxpass": "aux", "advmod": "advmod"}.get(child.dep_)
        where = where or ("amod" if child.dep_ in ("amod", "compound") else None)
        where = where or ("det" if child.dep_ == "det" else None)
        if where:
            status = cue_status(child.lower_, where) or cue_status(lemma(child), where)
            if status:
                found.add(status)
    if (
        word.dep_ in ("advcl", "acl", "relcl")
        and _infinitive(word)
        and not _past(word.head)
        and not _meets(word.head)  # "met X to discuss Y": the talk is the meeting's own
    ):
        found.add("purpose")  # "is in Laos to attend", "plans to meet", "talks to be held";
    return found  # "had visited India to attend" tells of an attendance that happened


def _meets(verb) -> bool:
    """A verb that says two parties met or spoke ("met", "held talks", "spoke")."""
    kinds = {f.type for f in frames_for(lemma(verb), "VERB")}
    if lemma(verb) in word_class("light"):
        kinds |= {
            f.type for c in verb.children if c.dep_ == "dobj" for f in frames_for(lemma(c), "NOUN")
        }
    return bool(kinds & {"MET", "CALLED"}) and not _past(verb) and verb.tag_ == "VBD"


def _past(verb) -> bool:
    """A verb in a perfect ("had visited India to attend", unlike "arrived in Vladivostok to
    attend", whose attendance still lay ahead); for a noun, the past verb it is said with ("was
    an opportunity to exchange views")."""
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "attr":
        return verb.head.tag_ == "VBD"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


def status(trigger) -> str:
    """Climb from the trigger through its governors; the first word with a cue decides. An
    infinitive of purpose ("travelled to X to meet Y") only says planned when nothing above
    it says more ("would be unable to travel to X to meet Y")."""
    purpose = False
    for found in _climb(trigger):
        purpose = purpose or "purpose" in found
        for name in _STATUS_ORDER:
            if name in found:
                return name
    return "planned" if purpose else "actual"


def speaks_of_a_plan(trigger) -> bool:
    """Whether any word on the way up says the act was planned ("cancelled the planned
    talks", "will not meet"): a called-off meeting is a planned meeting, negated."""
    return any(found & {"planned", "purpose"} for found in _climb(trigger))


def _climb(trigger):
    """The cues of the trigger and of each governor up to the end of its clause. A verb's own
    meaning counts when the act is its complement ("agreed to meet", "looking forward to
    meeting"), not when it is an adjunct of it ("In a call, they agreed")."""
    word, first, restricted, adjunct, given = trigger, True, False, False, False
    for _ in range(8):
        plain = first or (adjunct and word.pos_ in ("VERB", "AUX"))
        found = _cues(word, plain, restricted)
        yield found & {"planned", "hypothetical"} if given else found
        step = word.dep_
        head = word.head
        if step == "pobj" and head.lower_ in word_class("presupposing"):
            given = True  # "after the call, officials felt ...": the call is a given; only a
            # future above it ("will sign during their visit") still tells its time
        if step == "pobj":
            adjunct = True
        elif step != "prep":
            adjunct = False
        if head.i == word.i:
            break
        if step == "conj":  # a shared auxiliary or negation, not the first verb's meaning
            yield _cues(head, True, False) & {"planned", "negated"}
            word, first = head, True
            continue
        if step in ("xcomp", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr"):
            pass
        elif step in ("advmod", "acomp", "prt", "amod"):
            pass
        elif step == "advcl" and _infinitive(word):  # "unable to travel to X to meet Y"
            pass
        elif step == "ccomp":
            restricted = True
        else:
            break
        word, first = head, False


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
