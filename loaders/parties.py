"""Who a parsed sentence names, word by word: the mentions laid on its tokens, the parties of
an argument (with what is coordinated with it), the subject a verb has or inherits, and the
names the parse shows that the mention finder did not know.
"""

from __future__ import annotations

from diplograph.graph import Organization, Person, State, Summit
from diplograph.graph.people import PARTICLES, counterpart

from .frames import word_class
from .mentions import DocumentContext, Mention, state_code
from .tree import (
    _ARGUMENTS,
    _RELATIVES,
    _SUBJECTS,
    _governing_verb,
    _group_noun,
    _infinitive,
    _not_a_name,
    _object_of,
    _objects,
    _passive,
    _preps,
    lemma,
    main_verb_read_as_modifier,
)


class SentenceParties:
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

    def _appositive_names(self, token) -> list[Mention]:
        """The names in apposition to a word, through a form of address ("the President of
        X, His Excellency Dr. Y": Y)."""
        out = []
        for child in token.children:
            if child.dep_ != "appos":
                continue
            mention = self.at[child.i]
            if mention is not None and mention.via == "name":
                out.append(mention)
            elif mention is None and lemma(child) in word_class("address"):
                out += self._appositive_names(child)
        return out

    def mentions_of(self, token, via_owner: bool = False) -> list[tuple[Mention, bool]]:
        """The mentions an argument word stands for, each with whether it is the word itself
        (True) or an owner of it ("China's actions", "the ministers of France")."""
        named = self._appositive_names(token)
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
        if own is None and lemma(token) in word_class("latter") | word_class("former"):
            earlier: list[Mention] = []  # "X met Y ..., during the latter's visit": Y
            for word in self.tokens[: token.i]:
                m = self.at[word.i]
                named = m is not None and m.via == "name" and isinstance(m.single, Person)
                if named and all(m is not e for e in earlier):
                    earlier.append(m)
            if len(earlier) >= 2:
                own = earlier[-1] if lemma(token) in word_class("latter") else earlier[-2]
        if own is None and token.lower_ == "you":
            own = self._vocative()  # "Thank you very much, Mr. Secretary Rubio."
        if own is None and token.lower_ in ("it", "its"):
            own = self._reporting_body(token)  # "Norway said it had agreed with Chile"
        if own is None and lemma(token) in word_class("counterpart"):
            own = self._counterpart(token)  # "his Norwegian counterpart": Norway's own minister
        if named and own is not None and own.via != "name":  # "his counterpart, Wang Yi"
            return [(named[0], True)]
        if named and own is None:  # "our key partners – Ukraine, the European Union, and ..."
            listed = [c for c in token.children if c.dep_ == "appos" and self.at[c.i]]
            return [(m, True) for c in listed for m, _ in self.arguments(c)]
        if own is not None:
            return [(own, not via_owner)]
        found: list[tuple[Mention, bool]] = []
        for child in token.children:
            if child.dep_ == "poss" or (
                child.dep_ in ("compound", "amod", "nmod") and self.at[child.i]
            ):  # "China's actions", "the Chinese side's cooperation"; not "their violation",
                found += [  # whose "their" the last pair need not be
                    (m, False) for m, _ in self.arguments(child) if m.via != "group"
                ]
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

    def _counterpart(self, noun) -> Mention | None:
        """ "X met his Norwegian counterpart": the holder of X's office in that state on the
        document's day, when the office-holder table knows one."""
        if noun.tag_ != "NN":
            return None  # "his Cambodian and Thai counterparts": each state's, left to the states
        states = [self.at[c.i] for c in noun.children if c.dep_ in ("amod", "compound")]
        states = [m for m in states if m is not None and isinstance(m.single, State)]
        owners = [self.at[c.i] for c in noun.children if c.dep_ == "poss"]
        owners = [m for m in owners if m is not None and isinstance(m.single, Person)]
        if len(states) != 1 or len(owners) != 1:
            return None
        term = counterpart(owners[0].single.name, states[0].single.code, self.ctx.day)
        if term is None:
            return None
        person = Person(name=term.name, title=term.title, state=term.country)
        start, end = states[0].start, noun.idx + len(noun)
        return Mention(start, end, (self.ctx.remember(person),), "title")

    def _reporting_body(self, pronoun) -> Mention | None:
        """ "It" in a clause reported by a state or an organization is that body: the subject of
        the verb of saying the clause stands under ("Norway said it would ...")."""
        clause = pronoun.head if pronoun.dep_ == "nsubj" else pronoun.head.head
        while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or lemma(clause.head) not in word_class("say"):
            return None
        for subject in (c for c in clause.head.children if c.dep_ in _SUBJECTS):
            mention = self.at[subject.i]
            if mention is not None and isinstance(mention.single, (State, Organization)):
                return mention
        return None

    def subject(self, verb, depth: int = 0) -> list:
        """The words that are the verb's subject, inherited through coordination, control,
        infinitives, participles and relative clauses."""
        if depth > 6:
            return []
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        relative = [c for c in subjects[:1] for c in c.children if c.dep_ == "relcl"]
        if relative:  # "X, who served under Y called upon Z": Y ends the clause about X
            subjects = subjects[:1] + [s for s in subjects[1:] if s.i < relative[0].i]
        if subjects:  # the parser may split a long list of subjects in two
            if subjects[0].lower_ in _RELATIVES and verb.dep_ == "relcl":
                return [verb.head]
            return subjects
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
        if dep == "acl" and main_verb_read_as_modifier(verb):
            return [verb.sent.root]  # "X, who served under Y, called upon Z": X
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
                and token.dep_ in ("npadvmod", "appos", "dep", "intj", "vocative", "attr")
                and token.i > 0
                and self.doc[mention_start(self.doc, mention) - 1].text == ","
            ):
                self.ctx.addressed = mention.single  # "you" later on is the same person
                return mention
        if self.ctx.addressed is not None:  # "I also thank you for ...": the one addressed
            return Mention(0, 0, (self.ctx.addressed,), via="you")
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

    def _modifiers(self, noun) -> list[tuple[Mention, bool]]:
        """Actors named in the words before a noun ("the Putin-Trump call", "U.S. talks")."""
        out: list[tuple[Mention, bool]] = []
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
                for token in child.subtree:
                    mention = self.at[token.i] or self._by_name(token, demonyms=True)
                    if mention is not None and all(mention is not m for m, _ in out):
                        out.append((mention, True))
        return out

    def _proper_name(self, token) -> Mention | None:
        """A person's name the mention finder did not know (no title before it), read from
        the parse: an argument that is a run of two to four capitalised proper nouns, none of
        them an office, an institution's word or a state ("... for Foreign Affairs Wang Yi
        had a phone call")."""
        capitalised = token.pos_ == "NOUN" and token.i > 0 and token.text[:1].isupper()
        # a name left as the root, with its relative clause, is the subject of a verb the parser
        # hung elsewhere ("X, who served under Y, called upon Z")
        subject_root = token.dep_ == "ROOT" and any(c.dep_ == "relcl" for c in token.children)
        argument = token.dep_ in _ARGUMENTS + ("poss",) or subject_root
        if not (token.pos_ == "PROPN" or capitalised) or not argument:
            return None  # a capitalised "noun" mid-sentence is a name the tagger did not know
        if capitalised:
            return self._known_single_name(token)
        if token.dep_ == "poss":  # "Takaichi's remarks": only a name the table knows
            alone = not any(c.dep_ == "compound" for c in token.lefts)
            return self._known_single_name(token) if alone else None
        body = self._institution(token)
        if body is not None:
            return body
        if _not_a_name(token):  # "H.E. Cho Tae-yul Minister of Foreign Affairs": the name
            return self._name_before_title(token)  # stands before the office
        words = [
            c
            for c in token.lefts
            if c.pos_ == "PROPN" and (c.dep_ == "compound" or c.lower_ in PARTICLES)
        ]
        words = [w for w in words if w.i >= token.i - 3] + [token]
        while words and (_not_a_name(words[0]) or self.at[words[0].i] is not None):
            words = words[1:]  # "Foreign Affairs Wang Yi": the office is not the name
        if len(words) == 1 and words[0].i == token.i:
            return self._known_single_name(token)
        if not 2 <= len(words) <= 4 or words[-1].i - words[0].i != len(words) - 1:
            return None
        inner = {w.i for w in words[1:-1] if w.lower_ in PARTICLES}  # "Lula da Silva"
        if any(
            (not w.text[:1].isupper() and w.i not in inner) or _not_a_name(w) or state_code(w.text)
            for w in words
        ):
            return None
        name = self.text[words[0].idx : token.idx + len(token)]
        person = self.ctx.remember(Person(name=name))
        mention = Mention(words[0].idx, token.idx + len(token), (person,), via="name")
        for w in words:
            self.at[w.i] = mention
        return mention

    def _name_before_title(self, title) -> Mention | None:
        """A name written before the office it holds ("Cho Tae-yul Minister of ...")."""
        words = sorted(
            (t for c in title.lefts if c.dep_ == "compound" for t in c.subtree),
            key=lambda t: t.i,
        )
        while words and (_not_a_name(words[0]) or not words[0].text[:1].isupper()):
            words = words[1:]
        names = [w for w in words if w.text != "-"]
        if not 2 <= len(names) <= 4 or any(_not_a_name(w) or state_code(w.text) for w in names):
            return None
        if words[-1].i != title.i - 1 or any(self.at[w.i] is not None for w in words):
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        person = self.ctx.remember(Person(name=self.text[start:end], title=title.text))
        mention = Mention(start, end, (person,), via="name")
        for w in words + [title]:
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

    def _by_name(self, token, demonyms: bool = False) -> Mention | None:
        """A known person's surname or a state's name the mention finder left inside a
        hyphenated compound ("Lind-Ruiz", "Peru-Chile"); with ``demonyms``, before an act's noun,
        a state's adjective too ("Norwegian-Chilean talks"; not "the Turkish-American
        community")."""
        hyphened = any(
            0 <= i < len(self.tokens) and self.tokens[i].text in ("-", "–")
            for i in (token.i - 1, token.i + 1)
        )
        if token.pos_ != "PROPN" and not (demonyms and hyphened and state_code(token.text)):
            return None
        actor = known_actor(token.text, self.ctx)
        if actor is None:
            return None
        mention = Mention(token.idx, token.idx + len(token), (actor,), via="name")
        self.at[token.i] = mention
        return mention

    def _sides(self, head, depth: int = 3) -> list[tuple[Mention, bool]]:
        """Every actor named after "between" ("talks between President of Russia X,
        President of Azerbaijan Y and Z"): the parser may hang the later ones anywhere in
        the phrase."""
        out: list[tuple[Mention, bool]] = []
        for prep in _preps(head, {"between", "among"}, depth):
            for token in prep.subtree:
                if token.dep_ in ("relcl", "acl") and lemma(token) not in word_class("leads"):
                    break  # "delegations headed by X and Y" name X and Y; other clauses do not
                mention = self.at[token.i]
                if mention is None and token.pos_ == "PROPN":
                    mention = self._proper_name(token)  # "between Erdogan, ... and ..."
                if (
                    mention is not None
                    and not isinstance(mention.single, Summit)
                    and all(mention is not m for m, _ in out)
                ):
                    out.append((mention, True))
        return out

    def clause(self, token) -> tuple[int, int]:
        """Where the clause a trigger stands in begins and ends: its nearest verb's phrase."""
        head = token
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        words = list(head.subtree)
        return words[0].idx, words[-1].idx + len(words[-1])

    def venue(self, trigger, link: str) -> State | None:
        """The state named after ``link`` (in, to) in the trigger's phrase: where one went."""
        for prep in _preps(trigger, {link}):
            for obj in _objects(prep):
                for mention, direct in self.arguments(obj):
                    if direct and isinstance(mention.single, State):
                        return mention.single
        return None


def mention_start(doc, mention: Mention) -> int:
    """The index of the first token of a mention (at least 1, so the token before exists)."""
    for token in doc:
        if token.idx + len(token) > mention.start:
            return max(token.i, 1)
    return 1


def _another_name(own: Mention | None, other: Mention | None) -> bool:
    """An apposition that names someone else than the word it hangs on: a list member."""
    return (
        own is not None
        and other is not None
        and own is not other
        and own.via == "name"
        and other.via == "name"
    )


def known_actor(text: str, ctx: DocumentContext):
    """A person the document named by this surname or full name, else a state by name."""
    full = ctx.surnames.get(text) or (text if text in ctx.persons else None)
    if full:
        return ctx.persons[full]
    code = state_code(text)
    return State(code=code) if code else None
