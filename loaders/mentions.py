"""Who a sentence names: persons with their offices and states, states (by name, short form,
demonym, capital or seat), organizations, summits, and the references that point back to them.

:class:`DocumentContext` carries what earlier sentences introduced, so "Dong", "the Secretary",
"he", "the two officials" and "the three nations" resolve to the actors they stand for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from diplograph.graph import Organization, Person, State, Summit
from diplograph.graph.countries import countries
from diplograph.graph.people import INNER_PARTICLES, PARTICLES, holder, surname

from .lexicon import (
    CITIES,
    DEMONYM_EXTRA,
    EVENT_NOUNS,
    HONORIFICS,
    METONYMS,
    ORGANIZATIONS,
    ORGANS,
    PORTFOLIOS,
    SHORT_FORMS,
    TITLES,
)

Actor = Person | State | Organization


@dataclass
class Mention:
    start: int
    end: int
    actors: tuple[Actor | Summit, ...]
    via: str = "name"  # name | title | pronoun | group

    @property
    def single(self) -> Actor | Summit:
        return self.actors[0]


@dataclass
class DocumentContext:
    persons: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    by_title: dict[str, str] = field(default_factory=dict)
    last_person: Person | None = None
    last_pair: tuple[Actor, ...] = ()
    pair_date: str | None = None  # the date of the exchange that set last_pair
    last_group: tuple[Actor, ...] = ()  # the parties of the last call or meeting of three or more
    last_list: tuple[State, ...] = ()
    last_summit: Summit | None = None
    summits: list[Summit] = field(default_factory=list)  # every event named, in order
    last_date: str | None = None
    last_accuser: Actor | None = None
    seats: dict[str, int] = field(default_factory=dict)  # states whose seat is named: how often
    # states named as a pair ("the UK and Ireland", "US-UK ties"): (one, other) -> how often
    paired: dict[tuple[str, str], int] = field(default_factory=dict)
    speaker: Person | None = None
    voice: str | None = None  # the state whose government a statement speaks for, if known
    addressed: Person | None = None  # whom the speaker last addressed by name ("..., Minister X,")
    gender: dict[str, str] = field(default_factory=dict)  # name -> "f" or "m", where the text says
    last_of_gender: dict[str, Person] = field(default_factory=dict)  # last named: "f", "m", "not f"
    scope: str = ""  # what sets this document's unnamed office holders apart from others'
    headline: str = ""  # states nothing; in a transcript it tells who "you" is
    _known_for: set[str] = field(default_factory=set, repr=False)
    _known: re.Pattern | None = field(default=None, repr=False)

    @property
    def day(self) -> str | None:
        """The document's publication date, when its scope is one."""
        return self.scope if re.fullmatch(r"\d{4}-\d{2}-\d{2}", self.scope) else None

    def take_floor(self, paragraph: str) -> str:
        """In a transcript, "PENNY WONG, FOREIGN MINISTER: ..." gives the floor to a speaker;
        the label is removed from the text."""
        match = _SPEAKER.match(paragraph)
        if not match:
            return self._named_floor(paragraph)
        name = " ".join(w.capitalize() for w in (match.group("name") or match["name2"]).split())
        title = match.group("title") or match.group("title2")
        title = " ".join(w.capitalize() for w in title.split()) if title else None
        office = _LEADING_TITLE.match(name)  # "SECRETARY OF DEFENSE PETE HEGSETH:"
        if office and office.end() < len(name):
            title, name = title or _title_text(office.group(1)), name[office.end() :]
        self.speaker = self.remember(Person(name=name, title=title))
        return paragraph[match.end() :]

    def _named_floor(self, paragraph: str) -> str:
        """A label that names a person the way the text does ("President of Russia Vladimir
        Putin: ...", "RAMÍREZ: ..." once Ramírez is known) gives that person the floor."""
        label = _LABEL.match(paragraph)
        if not label:
            return paragraph
        text = label.group("label")
        if text.isupper():
            text = " ".join(w.capitalize() for w in text.split())
        named = [m for m in find_mentions(text, self) if isinstance(m.single, Person)]
        if len(named) != 1 or named[0].via != "name" or named[0].end < len(text.split(",")[0]):
            return paragraph
        self.speaker = named[0].single
        return paragraph[label.end() :]

    def addressee(self) -> Person | None:
        """Whom a transcript's speaker says "you" to: the person the headline names beside
        them ("Hegseth Greets ... John Healey"), if it names exactly one other."""
        speaker = getattr(self.speaker, "name", None) or "\0"
        # a title-case headline may run a verb into the name: "Pete Hegseth Greets"
        others = [p for p in self._headline_persons if not p.name.startswith(speaker)]
        return self.remember(others[0]) if len(others) == 1 else None

    @cached_property
    def _headline_persons(self) -> tuple[Person, ...]:
        """The titled persons the headline names, read apart from the text (title case makes
        its names unsure), and only when a transcript asks."""
        named = find_mentions(self.headline, DocumentContext()) if self.headline else []
        titled = (m.single for m in named if isinstance(m.single, Person) and m.single.title)
        return tuple(dict.fromkeys(titled))

    def unnamed(self, title: str, state: str | None = None, place: str = "") -> Person:
        """The holder of an office the document never names ("the Prime Minister"), kept apart
        from the unnamed holders of other documents: "Prime Minister (unnamed, 2024-06-14)";
        with the state the title names ("the President of Russia"), that state's holder."""
        qualifier = f"unnamed, {self.scope}" if self.scope else "unnamed"
        office = f"{title} of {place}" if state and place else title
        return Person(name=f"{office} ({qualifier})", title=title, state=state)

    def remember(self, person: Person) -> Person:
        known = self.persons.get(person.name)
        if known is not None:
            if (person.title and not known.title) or (person.state and not known.state):
                known = known.model_copy(
                    update={
                        "title": known.title or person.title,
                        "state": known.state or person.state,
                    }
                )
                self.persons[known.name] = known
            person = known
        else:
            self.persons[person.name] = person
        parts = unqualified(person.name).split()
        if len(parts) > 1:
            last = surname(unqualified(person.name))
            for part in {parts[-1], parts[0], last, last[:1].upper() + last[1:]}:
                self.surnames.setdefault(part, person.name)
        if person.title:
            words = [w for w in person.title.casefold().split() if w not in _TITLE_GLUE]
            for key in {person.title.casefold(), words[0], words[-1]}:
                self.by_title[key] = person.name  # the latest holder of a title answers to it
        return person

    def known_names(self) -> re.Pattern | None:
        """One pattern for every known full name and surname, rebuilt only when one is added."""
        names = set(self.persons) | set(self.surnames)
        if names != self._known_for:
            self._known_for = names
            self._known = (
                re.compile(rf"(?<![\w-])(?:{_alternation(list(names))})(?![\w-])")
                if names
                else None
            )
        return self._known


_UNNAMED = re.compile(r" \(unnamed(?:, [^)]*)?\)$")


def names_a_person(mention: Mention) -> bool:
    """Whether a mention names a person: by name, or by an office whose holder is known ("the
    British Prime Minister" on a date the table covers)."""
    if not isinstance(mention.single, Person):
        return False
    return mention.via == "name" or (mention.via == "title" and not is_unnamed(mention.single))


def is_unnamed(person: object) -> bool:
    """Whether ``person`` stands for an office holder the document never names."""
    return isinstance(person, Person) and _UNNAMED.search(person.name) is not None


def unqualified(name: str) -> str:
    """A name without its "(unnamed, ...)" qualifier."""
    return _UNNAMED.sub("", name)


_TITLE_GLUE = {
    "of",
    "for",
    "and",
    "the",
    "state",
    "defense",
    "defence",
    "foreign",
    "affairs",
    "national",
    "external",
    "europe",
}


# Every pattern that begins with a word begins where a word does: the engine then gives up at
# once inside words instead of trying the whole alternation at every character.
_WORD_START = r"\b(?=\w)"


@dataclass(frozen=True)
class _Gazetteer:
    state_pattern: re.Pattern
    state_codes: dict[str, str]
    demonym_pattern: re.Pattern
    demonyms: dict[str, str]
    capitals: dict[str, str]
    person_pattern: re.Pattern
    appositive_pattern: re.Pattern
    of_pattern: re.Pattern
    org_pattern: re.Pattern
    summit_pattern: re.Pattern
    counterpart_pattern: re.Pattern


def _alternation(words: list[str]) -> str:
    """One regex matching any of ``words``, longest first, factored into a prefix trie so that
    a position is rejected at its first character instead of after a thousand alternatives.

    >>> re.fullmatch(_alternation(["China", "Chile", "Chad", "C"]), "Chile") is not None
    True
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [
            re.escape(char) + build(child) for char, child in sorted(node.items()) if char != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ", "a-zà-öø-ÿĀ-ſḀ-ỿ"  # Latin-1, Extended-A, Vietnamese
_NAME_WORD = (
    rf"(?:[{_UPPER}][{_LOWER}'’]*[{_LOWER}](?:-[{_UPPER}{_LOWER}][{_LOWER}'’]*[{_LOWER}])*"
    rf"|[{_UPPER}]{{2,}}(?![{_LOWER}])|[{_UPPER}]\.|[{_UPPER}](?=\s+[{_UPPER}][{_LOWER}]))"
)
# A name's particles: before its surname ("Ursula von der Leyen", "von der Leyen") and the
# Arabic links of a name's parts ("Mohammed bin Salman")
_PARTICLE = "|".join((*PARTICLES, *INNER_PARTICLES))
_LEADING = "|".join(p for p in PARTICLES if len(p) > 2)  # "de", "da": too common a start
_NAME = (
    rf"(?:(?<![\w-])(?:{_LEADING}|{_LEADING.title()})(?:\s+(?:{_PARTICLE}))*\s+(?={_NAME_WORD}))?"
    rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLE})\s+)*{_NAME_WORD})"
    r"{0,3}"
)
_NOT_NAMES = {
    "The",
    "On",
    "In",
    "During",
    "He",
    "She",
    "They",
    "It",
    "His",
    "Her",
    "Their",
    "This",
    "That",
    "Both",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Today",
    "Later",
    "Earlier",
    "After",
    "Before",
    "While",
    "Sources",
    "According",
    "Minister",
    "Secretary",
    "President",
    "Foreign",
    "Defense",
    "Defence",
    "State",
    "Affairs",
    "Department",
    "Ministry",
    "Government",
    "Office",
    "House",
    "Council",
    "Summit",
    "Forum",
    "And",
    "Of",
    "For",
    "With",
    "As",
    "At",
    "By",
    "Also",
    "Our",
    "We",
    "I",
    "Prime",
    "Deputy",
    "Vice",
    "Chief",
    "General",
    "National",
    "Security",
}


@cache
def place_names() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(state names and short forms, capitals and seats, demonyms) -> ISO code: the names
    the extractor, the event importers and ``state_code`` share."""
    codes: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    shared: dict[str, list] = {}
    capitals: dict[str, str] = {}
    for country in countries():
        for name in country.names:
            codes.setdefault(name, country.code)
            if name.startswith("the "):
                codes.setdefault(name[4:], country.code)
        if country.demonym:
            shared.setdefault(country.demonym, []).append(country)
        if country.capital and len(country.capital) > 3:
            capitals.setdefault(country.capital, country.code)
    for demonym, holders in shared.items():
        # a demonym several share goes to the state named by the fewest words ("Indian": India,
        # not the British Indian Ocean Territory); names.tsv settles the rest ("Dominican")
        best = min(holders, key=lambda c: (len(c.name.split()), c.name))
        demonyms[demonym] = best.code
    demonyms.update(DEMONYM_EXTRA)
    for city, code in CITIES.items():  # "visited Geneva": a place in a state stands for it
        capitals.setdefault(city, code)
    codes.update(SHORT_FORMS)
    codes.update({k: v for k, v in METONYMS.items()})
    return codes, capitals, demonyms


@cache
def gazetteer() -> _Gazetteer:
    codes, capitals, demonyms = place_names()
    states = _alternation(list(codes) + list(capitals))
    titles = _alternation(TITLES)
    prefix = _alternation(list(demonyms) + list(codes))
    honorific = _alternation(list(HONORIFICS))
    adjectives = r"(?:(?:new|former|acting|then|incoming|outgoing|current|visiting|top)\s+)?"
    person = (
        rf"(?:(?P<prefix>{prefix})(?:'s|’s)?\s+)?{adjectives}"
        rf"(?P<title>(?i:{titles})(?:\s+and\s+(?i:{titles}))?)\s+"
        rf"(?:of\s+(?:the\s+)?(?P<ofpre>{states})\s+)?"  # "Prime Minister of Fiji Sitiveni Rabuka"
        # "Permanent Under Secretary for Defense David Williams": the department is no name
        rf"(?:(?:for|of)\s+(?:the\s+)?(?:{_DEPARTMENT})(?:,?\s+and\s+(?:{_DEPARTMENT}))*"
        r"\s+(?=[A-Z]\w+\s+[A-Z]))?"
        rf"(?:(?:{honorific})\s+)*(?P<name>{_NAME})"
        rf"(?:\s+of\s+(?:the\s+)?(?P<of>{states}))?"
    )
    appositive = (
        rf"(?:(?:{honorific})\s+)*(?P<name>{_NAME}),\s+(?:the\s+|his\s+|her\s+)?"
        rf"(?:(?P<prefix>{prefix})(?:'s|’s)?\s+)?{adjectives}(?P<title>(?i:{titles}))"
        rf"(?:\s+of\s+(?:the\s+)?(?P<of>{states}))?"
        # "X, Kyrgyzstan's Minister Y" is a list of titled names, not an apposition
        r"(?!\s+(?:of\s+|for\s+|and\s+)?[A-Z])"
    )
    of_title = (
        rf"(?:(?i:the)\s+)?(?:(?P<prefix>{prefix})(?:'s|’s)?\s+)?{adjectives}"
        rf"(?P<title>(?i:{titles}))(?:\s+of\s+(?:the\s+)?(?P<of>{states})|{_BODY})?,\s+"
        rf"(?:(?:{honorific})\s+)*(?P<name>{_NAME})(?=,|\s+(?:will|has|had|is|was|said))"
    )
    summit = (
        r"(?:(?:the|a|an|this|that|upcoming|large-scale)\s+)*"
        r"(?P<event>(?:(?:[A-Z][\w.&'’-]*|G\d+|military)\s+)"
        r"(?:(?:[A-Z][\w.&'’-]*|\([A-Z]+\)|G\d+|of|the|and|on|for|de|Ministers'?)\s+){0,6}"
        rf"{EVENT_NOUNS})"
    )
    return _Gazetteer(
        state_pattern=re.compile(rf"(?<![\w-])(?P<state>{states})(?![\w-])"),
        state_codes=codes,
        demonym_pattern=re.compile(
            rf"(?<![\w-])(?P<dem>{_alternation(list(demonyms))})"
            rf"(?=\s+[a-z]|\s+(?:{titles})\b(?!\s+[A-Z])"  # "the Russian President said",
            rf"|\s+(?:[A-Z][a-z]+\s+)?(?:{'|'.join(map(re.escape, ORGANS))})\b)"  # "... Embassy"
        ),
        demonyms=demonyms,
        capitals=capitals,
        person_pattern=re.compile(_WORD_START + person),
        appositive_pattern=re.compile(_WORD_START + appositive),
        of_pattern=re.compile(_WORD_START + of_title),
        org_pattern=re.compile(rf"(?<![\w-])(?P<org>{_alternation(list(ORGANIZATIONS))})(?![\w-])"),
        summit_pattern=re.compile(_WORD_START + summit),
        counterpart_pattern=re.compile(
            rf"\b(?:his|her|their|my|our|your)\s+(?:(?P<prefix>{prefix})\s+)?counterparts?,?\s+"
            rf"(?:(?P<title>(?i:{titles}))\s+)?(?:(?:{honorific})\s+)*(?P<name>{_NAME})"
        ),
    )


@cache
def _joined_pair() -> re.Pattern:
    codes, _, demonyms = place_names()
    states = _alternation([*codes, *demonyms])  # "US-UK ties", "Norwegian-Chilean talks"
    return re.compile(rf"(?<![\w-])({states})\s?[-–/]\s?({states})(?![\w-])")


def joined_states(text: str) -> list[tuple[str, str]]:
    """The pairs of states a text joins into one word ("US-UK ties", "India/Pakistan"), as
    codes; the name pattern, which wants a word to itself, does not see these.

    >>> joined_states("They discussed the US-UK relationship.")
    [('USA', 'GBR')]
    >>> joined_states("Norwegian-Chilean talks resumed.")
    [('NOR', 'CHL')]
    """
    return [(state_code(m.group(1)), state_code(m.group(2))) for m in _joined_pair().finditer(text)]


def state_code(text: str) -> str | None:
    codes, capitals, demonyms = place_names()
    text = text.strip()
    return codes.get(text) or capitals.get(text) or demonyms.get(text)


def _state_after(found: list[Mention], sentence: str, end: int) -> Mention | None:
    """The state mention right after a title's "of" ("the President of the Republic of Chile")."""
    for mention in found:
        if isinstance(mention.single, State) and mention.start >= end:
            between = sentence[end : mention.start]
            if re.fullmatch(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?", between):
                return mention
    return None


def _clean_name(name: str) -> str | None:
    words = name.split()
    if words and words[-1][-2:] in ("’s", "'s"):  # "President Trump’s role": Trump
        words[-1] = words[-1][:-2]
    if words and words[-1] in _TITLE_HEADS:
        return None  # "Permanent Under Secretary": an office, not a name
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    if not words or state_code(" ".join(words)):
        return None
    return " ".join(words)


_DEPARTMENT = "|".join(re.escape(p) for p in PORTFOLIOS)  # what may follow an office
_TITLE_HEADS = {t.split()[-1] for t in TITLES if t[:1].isupper()} - {"Sheikh", "Prince", "King"}


# "the President of the Council of Ministers, X,", "the Chair of the African Union Commission,
# X,": an office of a named body, in capitals, that is not a state
_BODY = r"\s+of\s+the\s+(?P<body>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,5})"


def _title_text(title: str) -> str:
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in title.split())


_HONORIFIC_NAME = re.compile(rf"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Sheikh|Sir|Dame)\.?\s+(?P<name>{_NAME})")
_VERBS = (
    r"met|meets|called|calls|spoke|speaks|accused|accuses|urged|urges|warned|warns|said|says|"
    r"told|denied|denies|visited|visits|praised|thanked|congratulated|criticized|criticised|"
    r"condemned|threatened|rejected|hosted|received|invited|discussed|agreed|signed|"
    r"welcomed|blamed|dismissed|stressed|added|noted|attend|attended|visit|travel|"
    r"participate|expected|set|looking|looks|looked|hold|held"
)
_SUBJECT_NAME = re.compile(
    rf"(?:^|(?<=[,;(“\"]\s)|(?<=\bwhile\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\band\s))"
    rf"(?P<name>{_NAME})\s+(?:(?:has|had|also|finally|later|then|yesterday|today|will|would|"
    rf"is|was|on\s+\w+day)\s+)*(?:{_VERBS})\b"
)
_RELATIVES = r"sister|daughter|wife|mother|widow|brother|son|husband|father"
_RELATIVE_NAME = re.compile(  # "North Korea's Kim Yo Jong, sister of leader Kim Jong Un"
    rf"(?:^|(?<=[,;(“\"]\s)|(?<=[’']s\s))(?P<name>{_NAME}),\s+(?:the\s+)?(?:{_RELATIVES})\s+of\b"
)
_PLURAL_TITLES = re.compile(
    rf"(?P<title>Presidents|Prime Ministers|Foreign Ministers|Defen[cs]e Ministers|Leaders|"
    rf"Ministers|Secretaries)\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})"
)
_PRONOUN = re.compile(r"\b(he|she|him|his|her)\b", re.I)
_YOU = re.compile(r"\b[Yy]ou\b")
_WE = re.compile(r"\b[Ww]e\b")
_NATIONAL_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_FIRST_PERSON = re.compile(r"\b(I|me|my)\b")
_SPEAKER = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,6})"
    r"(?:,\s+(?P<title>[A-Z][A-Z ,'’-]+))?:\s+"
    # "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs: ..."
    r"|^(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
    r"(?P<title2>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}):\s+"
)
_LABEL = re.compile(r"^(?P<label>[A-ZÀ-Þ][^:.!?\n]{1,78}):\s+(?=\S)")
_GROUP = re.compile(
    r"\b(?:the\s+two\s+(?:officials|ministers|leaders|sides|men|counterparts|secretaries|"
    r"presidents|prime ministers|foreign ministers|defen[cs]e ministers)|both\s+(?:sides|leaders|"
    r"ministers|men|officials)|both(?=\s+[a-z]+ed\b)|the\s+two(?=\s+(?:also\s+)?[a-z]+ed\b)|"
    r"the\s+leaders|the\s+pair|they|their|"
    r"the\s+ministers)\b",
    re.I,
)
_GROUP_REF = re.compile(
    r"\bthe\s+(?:group|participants|(?:foreign\s+|defen[cs]e\s+)?ministers)\b", re.I
)
_LIST_REF = re.compile(r"\bthe\s+(two|three|four|five)\s+(?:nations|countries|states)\b", re.I)
_ABBREVIATIONS = {
    "EAM": "external affairs minister",
    "PM": "prime minister",
    "FM": "foreign minister",
}
_TITLE_ABBREVIATION = re.compile(r"\b(?:the\s+)?(EAM|PM|FM)\b")
_ANY_TITLE = "|".join(re.escape(t) for t in TITLES)  # longest first, so the fullest office wins
_LEADING_TITLE = re.compile(rf"({_ANY_TITLE})\s+", re.I)
_TITLE_REF = re.compile(rf"\bthe\s+({_ANY_TITLE})\b", re.I)
# An office after its state's name or demonym, not followed by a name ("Britain's Prime
# Minister said", "the Russian President"): the holder of that office in that state.
_TITLE_AFTER_STATE = re.compile(rf"(?:['’]s)?\s+((?i:{_ANY_TITLE}))\b(?!\s+[A-Z])")
# "the meeting" after a named meeting is that meeting; only ATTENDED reads summit mentions
_EVENT_REFERENCES = {"summit", "parade", "forum", "meeting", "conference", "session"}
_EVENT_REFERENCE = re.compile(rf"\b[Tt]he\s+(?i:{'|'.join(_EVENT_REFERENCES)})\b")
_GENERIC_EVENTS = _EVENT_REFERENCES | {"council", "assembly"}  # a bare noun is no event's name
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}


def find_mentions(sentence: str, ctx: DocumentContext) -> list[Mention]:
    """Every actor and summit mention in ``sentence``, left to right, without overlaps."""
    g = gazetteer()
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, actors: tuple, via: str = "name") -> None:
        if free(start, end):
            found.append(Mention(start, end, actors, via))
            taken.append((start, end))

    for m in _PLURAL_TITLES.finditer(sentence):
        for key in ("a", "b"):
            name = _clean_name(m.group(key))
            if name:
                title = _title_text(m.group("title").rstrip("s"))
                person = ctx.remember(Person(name=name, title=title))
                add(m.start(key) if key == "b" else m.start(), m.end(key), (person,))
    for m in g.counterpart_pattern.finditer(sentence):
        name = _clean_name(m.group("name"))
        if name:
            state = state_code(m.group("prefix")) if m.group("prefix") else None
            title = _title_text(m.group("title")) if m.group("title") else "Counterpart"
            known = ctx.surnames.get(name) if len(name.split()) == 1 else None
            person = (  # "his counterpart Qin" after "Qin Gang" is Qin Gang
                ctx.persons[known]
                if known
                else ctx.remember(Person(name=name, title=title, state=state))
            )
            add(m.start(), m.end(), (person,))
    for pattern in (g.of_pattern, g.appositive_pattern, g.person_pattern):
        for m in pattern.finditer(sentence):
            name = _clean_name(m.group("name"))
            if not name:
                continue
            office = _LEADING_TITLE.match(name) if pattern is g.appositive_pattern else None
            if office and len(name[office.end() :].split()) >= 2:  # "Sheikh Abdullah bin Zayed,"
                name = name[office.end() :]
            state = None
            for key in ("of", "ofpre", "prefix"):
                if m.groupdict().get(key):
                    state = state or state_code(m.group(key))
            title = _title_text(m.group("title"))
            known = ctx.surnames.get(name) or ctx.surnames.get(name.split()[-1])
            if known and len(name.split()) == 1:
                person = ctx.persons[known]
            else:
                person = ctx.remember(Person(name=name, title=title, state=state))
            add(m.start(), m.end(), (person,))
    for m in _HONORIFIC_NAME.finditer(sentence):
        name = _clean_name(m.group("name"))
        if name and not free(m.start(), m.end()):
            continue
        if name:
            full = ctx.surnames.get(name) or ctx.surnames.get(name.split()[-1])
            person = ctx.persons[full] if full else ctx.remember(Person(name=name))
            add(m.start(), m.end(), (person,))
    for m in (*_SUBJECT_NAME.finditer(sentence), *_RELATIVE_NAME.finditer(sentence)):
        name = _clean_name(m.group("name"))
        if not name or state_code(name) or name in ORGANIZATIONS or name.upper() == name:
            continue
        full = ctx.surnames.get(name) or ctx.surnames.get(name.split()[-1])
        person = ctx.persons[full] if full else ctx.remember(Person(name=name))
        add(m.start("name"), m.end("name"), (person,))
    known = ctx.known_names()
    if known is not None:  # later mentions of known persons, by full name or surname
        for m in known.finditer(sentence):
            text = m.group(0)
            person = ctx.persons.get(text) or ctx.persons[ctx.surnames[text]]
            add(m.start(), m.end(), (person,))
    for m in g.summit_pattern.finditer(sentence):
        name = re.sub(r"^(?i:the|a|an|this|that|these|those|its|their)\s+", "", m.group("event"))
        if name.lower() in _GENERIC_EVENTS:
            continue  # "The summit" names no event; _EVENT_REFERENCE reads it as the last one
        if free(m.start("event"), m.end()):
            summit = Summit(name=name)
            ctx.last_summit = summit
            ctx.summits.append(summit)
            add(m.start("event"), m.end(), (summit,))
    if ctx.last_summit is not None:
        for m in _EVENT_REFERENCE.finditer(sentence):
            # "the Summit" is the last event named a summit, else the last event named
            noun = m.group(0).split()[-1].lower()
            same = [e for e in ctx.summits if noun in e.name.lower().split()]
            add(m.start(), m.end(), (same[-1] if same else ctx.last_summit,), "title")
    for m in g.org_pattern.finditer(sentence):
        add(m.start(), m.end(), (Organization(name=ORGANIZATIONS[m.group("org")]),))
    for m in g.state_pattern.finditer(sentence):
        text = m.group("state")
        code = g.state_codes.get(text) or g.capitals.get(text)
        before = sentence[max(0, m.start() - 12) : m.start()].lower()
        if (
            text in g.capitals
            and text not in g.state_codes
            and re.search(r"\b(in|at|from|near|to)\s+$", before)
        ):
            continue  # "met in Beijing" is a place; "urged Washington" is the state
        if (
            text == "US"
            and re.search(r"\b(of|for|to|with|by)\s+$", before) is None
            and sentence[m.end() : m.end() + 1].isalpha()
        ):
            continue
        add(m.start(), m.end(), (State(code=code),))
    for m in g.demonym_pattern.finditer(sentence):
        add(m.start(), m.end(), (State(code=g.demonyms[m.group("dem")]),))
    for m in _TITLE_ABBREVIATION.finditer(sentence):
        name = ctx.by_title.get(_ABBREVIATIONS[m.group(1)])  # "the EAM", "PM Modi"
        if name:
            add(m.start(), m.end(), (ctx.persons[name],), "title")
    for state in [x for x in found if isinstance(x.single, State) and x.via == "name"]:
        office = _TITLE_AFTER_STATE.match(sentence, state.end)  # "Britain's Prime Minister",
        if office is None or not free(state.end, office.end()):  # "the British President"
            continue
        code = state.single.code
        term = holder(code, office.group(1), ctx.day)
        if term is None:
            continue  # an office the table cannot name on the day ("the Japanese ambassador")
            # stays the state's
        title = _title_text(office.group(1))
        known = ctx.persons.get(term.name) or Person(name=term.name, title=title, state=code)
        known = ctx.remember(known)
        found.remove(state)
        taken.remove((state.start, state.end))
        add(state.start, office.end(), (known,), "title")
    for m in _TITLE_REF.finditer(sentence):
        title = m.group(1).casefold()
        name = ctx.by_title.get(title)  # "the Prime Minister" is not any minister
        of_state = _state_after(found, sentence, m.end()) if m.group(1)[0].isupper() else None
        if of_state is not None:  # "the President of Russia": the office in that state
            code = of_state.single.code
            found.remove(of_state)
            taken.remove((of_state.start, of_state.end))
            known = ctx.persons[name] if name else None
            if known is None or known.state != code:
                place = sentence[of_state.start : of_state.end]
                known = ctx.remember(ctx.unnamed(_title_text(m.group(1)), code, place))
            add(m.start(), of_state.end, (known,), "title")
        elif name:
            add(m.start(), m.end(), (ctx.persons[name],), "title")
        elif m.group(1)[0].isupper():
            person = ctx.remember(ctx.unnamed(_title_text(m.group(1))))
            add(m.start(), m.end(), (person,), "title")
    for m in re.finditer(
        r"\b(?:Minister|Secretary|President|Prime Minister)\s+([A-Z][\w-]+)", sentence
    ):
        full = ctx.surnames.get(m.group(1))
        if full:
            add(m.start(), m.end(), (ctx.persons[full],))
    for m in _LIST_REF.finditer(sentence):
        count = _NUMBERS[m.group(1).lower()]
        if len(ctx.last_list) == count:
            add(m.start(), m.end(), ctx.last_list, "group")
    if ctx.last_group:
        for m in _GROUP_REF.finditer(sentence):
            add(m.start(), m.end(), ctx.last_group, "group")
    for m in _GROUP.finditer(sentence):
        if len(ctx.last_pair) >= 2:
            add(m.start(), m.end(), ctx.last_pair, "group")
    if ctx.speaker is None and ctx.voice is not None:  # a statement: "We condemn ..."
        for m in _NATIONAL_WE.finditer(sentence):
            add(m.start(), m.end(), (State(code=ctx.voice),), "pronoun")
    if ctx.speaker is not None:  # a transcript: "I" and "we" are whoever has the floor
        for m in _FIRST_PERSON.finditer(sentence):
            add(m.start(), m.end(), (ctx.speaker,), "pronoun")
        addressee = ctx.addressee()
        if addressee is not None:  # "it was wonderful to meet you"
            for m in _YOU.finditer(sentence):
                add(m.start(), m.end(), (addressee,), "pronoun")
        if ctx.speaker in ctx.last_pair:  # "we discussed": the speaker and the counterpart
            for m in _WE.finditer(sentence):
                add(m.start(), m.end(), ctx.last_pair, "group")
    _note_genders(found, sentence, ctx)
    first: Person | None = None  # the first person the sentence names or refers to
    for m in _PRONOUN.finditer(sentence):
        earlier = [x.single for x in found if x.end <= m.start() and names_a_person(x)]
        person = earlier[0] if earlier else (first or ctx.last_person)
        word = m.group(1).lower()
        female = word in ("she", "her")
        if person is not None:
            # "she" after a man or a person of unknown sex: the last woman the text named;
            # "he" after a woman: the last person named who is not known to be one
            if female and ctx.gender.get(person.name) != "f":
                person = ctx.last_of_gender.get("f", person)
            elif not female and ctx.gender.get(person.name) == "f":
                person = ctx.last_of_gender.get("not f", person)
        objective = word == "him" or (word == "her" and _OBJECT_HER.match(sentence, m.end()))
        if person is not None and objective and person == (earlier[:1] or [first])[0]:
            others = [p for p in earlier if p != person and _may_be(p, female, ctx)]
            # "X called Y to thank him": Y, whom the sentence named after X; else the other of
            # the pair the text last told of
            person = (
                (others[-1] if others else None) or other_of_the_pair(person, female, ctx) or person
            )
        if person is not None:
            first = first or person
            add(m.start(), m.end(), (person,), "pronoun")
    found.sort(key=lambda x: x.start)
    return _with_places(found, sentence)


# An object pronoun after the clause's subject is someone else ("Ruiz thanked him", "She met
# her in Lima"): the other of the pair the text last told of. A possessive may be the subject's
# own ("expressed her appreciation"); "her" is an object before a stop or a preposition.
_OBJECT_HER = re.compile(
    r"\s*(?:[.,;:!?)”\"]|$|(?:for|to|on|in|at|with|about|that|and|as|during|after|before|by|"
    r"again|warmly|personally)\b)"
)


def _may_be(person: Person, female: bool, ctx: DocumentContext) -> bool:
    """Whether "she" (``female``) or "he" may stand for a person, by what the text said of them."""
    return ctx.gender.get(person.name) != ("m" if female else "f")


def other_of_the_pair(person: Person, female: bool, ctx: DocumentContext) -> Person | None:
    others = [p for p in ctx.last_pair if isinstance(p, Person) and p != person]
    if person not in ctx.last_pair or len(others) != 1:
        return None
    other = others[0]
    return other if ctx.gender.get(other.name) != ("m" if female else "f") else None


_FEMALE, _MALE = (
    r"Ms|Mrs|Madam|Madame|Dame|Queen|Princess|Lady|Baroness",
    r"Mr|Sir|King|Prince|Lord",
)
_GENDER_WORD = rf"(?:(?P<f>{_FEMALE})|(?P<m>{_MALE}))\.?\s+"
_GENDER_BEFORE = re.compile(rf"\b{_GENDER_WORD}$")
_GENDER_START = re.compile(rf"{_GENDER_WORD}(?=[A-Z])")
_GENDER_AFTER = re.compile(
    r"^,\s+(?:the\s+|a\s+)?(?:(?P<f>sister|daughter|wife|mother|widow)|"
    r"(?P<m>brother|son|husband|father))\s+of\b"
)


def _note_genders(found: list[Mention], sentence: str, ctx: DocumentContext) -> None:
    """Where the text says a named person's sex ("Ms Wong", "Kim Yo Jong, sister of ..."),
    keep it, and who of each was named last, for "she" and "he"."""
    for x in sorted(found, key=lambda x: x.start):
        if x.via != "name" or not isinstance(x.single, Person):
            continue
        cue = (  # "Ms" before the mention, or as its first word ("Ms Wong" by honorific)
            _GENDER_BEFORE.search(sentence[max(0, x.start - 12) : x.start])
            or _GENDER_START.match(sentence, x.start)
            or _GENDER_AFTER.match(sentence[x.end : x.end + 20])
        )
        name = x.single.name
        if cue and name not in ctx.gender:
            ctx.gender[name] = "f" if cue.group("f") else "m"
        if name in ctx.gender:
            ctx.last_of_gender[ctx.gender[name]] = x.single
        if ctx.gender.get(name) != "f":
            ctx.last_of_gender["not f"] = x.single


_PLACE_LINK = re.compile(r"\s+(?:in|of|from)\s+(?:the\s+)?")


def _with_places(found: list[Mention], sentence: str) -> list[Mention]:
    """ "Foreign Minister Son in Viet Nam": the state says where the person is, so it joins the
    person's mention, and lists of such persons stay lists."""
    out: list[Mention] = []
    for mention in found:
        last = out[-1] if out else None
        if (
            last is not None
            and isinstance(mention.single, State)
            and isinstance(last.single, Person)
            and last.via == "name"
            and _PLACE_LINK.fullmatch(sentence, last.end, mention.start)
        ):
            out[-1] = Mention(last.start, mention.end, last.actors, last.via)
            continue
        out.append(mention)
    return out
