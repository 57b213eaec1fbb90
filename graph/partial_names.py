"""A partial name joins the one fuller name it fits across a corpus.

One article writes "Wang Yi", the next only "Wang": within an ingest (and against the people a
store holds already) "Wang" becomes Wang Yi when he is the only person whose name holds those
words, of the state and office the mention gives. When several fit ("Ahmed": Abiy Ahmed and
Ahmed al-Sharaa) the mention stays apart and the note says so; names nested in one another
("Erdoğan", "Tayyip Erdoğan", "Recep Tayyip Erdoğan") count as one person, the fullest.

>>> def met(a, b):
...     return Interaction(type="MET", source=Person(name=a, state="CHN"),
...                        target=Person(name=b, state="USA"))
>>> facts = join_partial_names([met("Wang Yi", "Marco Rubio"), met("Wang", "Rubio")]).facts
>>> [(f.source.name, f.target.name) for f in facts]
[('Wang Yi', 'Marco Rubio'), ('Wang Yi', 'Marco Rubio')]
>>> facts[1].source.aliases
('Wang',)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .facts import Interaction, Person
from .people import name_words, same_office

# (key, states, titles) of a person a store holds
Stored = tuple[str, Iterable[str], Iterable[str]]


@dataclass
class _Known:
    name: str
    words: frozenset[str]
    states: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)


@dataclass
class Joined:
    """What joining did: the facts, how many mentions were joined, and the notes on those
    left apart because several people fit."""

    facts: list[Interaction]
    joined: int = 0
    notes: list[str] = field(default_factory=list)


def _people(facts: Iterable[Interaction], stored: Iterable[Stored]) -> dict[str, _Known]:
    known: dict[str, _Known] = {}

    def add(name: str, states: Iterable[str], titles: Iterable[str]) -> None:
        entry = known.get(name)
        if entry is None:
            entry = known[name] = _Known(name, frozenset(name_words(name)))
        entry.states.update(s for s in states if s)
        entry.titles.update(t for t in titles if t)

    for fact in facts:
        for entity in (fact.source, fact.target):
            if isinstance(entity, Person):
                add(entity.name, [entity.state or ""], [entity.title or ""])
    for key, states, titles in stored:
        add(key, states or (), titles or ())
    return known


def _fits(person: Person, other: _Known) -> bool:
    if person.state and other.states and person.state not in other.states:
        return False
    if person.title and other.titles:
        return any(
            same_office(person.title, t) or same_office(t, person.title) for t in other.titles
        )
    return True


def join_partial_names(facts: Iterable[Interaction], stored: Iterable[Stored] = ()) -> Joined:
    """The facts with each partial person name replaced by the one fuller name it fits among
    the facts' people and the ``stored`` ones; the mention's own name becomes an alias."""
    facts = list(facts)
    known = _people(facts, stored)
    by_word: dict[str, set[str]] = defaultdict(set)
    for entry in known.values():
        if len(entry.words) > 1:
            for word in entry.words:
                by_word[word].add(entry.name)
    decided: dict[Person, Person | None] = {}
    result = Joined([])

    def joined(person: Person) -> Person | None:
        if person in decided:
            return decided[person]
        words = frozenset(name_words(person.name))
        decided[person] = None
        if not words or "(" in person.name:  # an unnamed office-holder's placeholder
            return None
        names = set.intersection(*(by_word.get(w, set()) for w in words)) - {person.name}
        fits = [known[n] for n in sorted(names) if words < known[n].words]
        fits = [k for k in fits if _fits(person, k)]
        fullest = [k for k in fits if not any(k.words < o.words for o in fits)]
        if len(fullest) == 1:
            aliases = tuple(dict.fromkeys((*person.aliases, person.name)))
            decided[person] = person.model_copy(
                update={"name": fullest[0].name, "aliases": aliases}
            )
        elif fullest:
            listed = ", ".join(k.name for k in fullest)
            result.notes.append(
                f"{person.name!r} fits {len(fullest)} people ({listed}): kept apart"
            )
        return decided[person]

    for fact in facts:
        update = {}
        for role in ("source", "target"):
            entity = getattr(fact, role)
            if isinstance(entity, Person) and (new := joined(entity)) is not None:
                update[role] = new
                result.joined += 1
        result.facts.append(fact.model_copy(update=update) if update else fact)
    result.notes = list(dict.fromkeys(result.notes))
    return result
