"""Probable duplicates in a store: actors that are likely one person or body under two keys, with
the evidence, for a person to confirm with ``diplograph merge``.

Two actors are a candidate when their names fit one of these, strongest first:

- ``alias file``: the key was merged in the alias file, but this store still holds it (it was
  loaded before the merge, or the merge was made against another store);
- ``office-holder table``: the table of office-holders resolves both names to one person;
- ``same words``: the same words in another order, case or accents ("KAMIKAWA Yoko");
- ``spelling``: as many words, each the same or a close spelling ("Sergei" / "Sergey");
- ``part of the name``: one name's words are all in the other ("Blinken" / "Antony Blinken");
- ``abbreviation``: an organization's initials ("NATO").

and they are never seen as two parties to one interaction (two people who met are two people),
and represent no different states. Names are compared by blocks of their words' first letters,
so the work grows with the candidates, not with the square of the actors.

>>> similar(words("Sergei Lavrov"), words("Sergey Lavrov")), similar(words("Li"), words("Li Qiang"))
('spelling', 'part of the name')
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

from diplograph.graph import aliases as alias_file
from diplograph.graph import people
from diplograph.graph.people import name_words as words

from .rows import Rows

if TYPE_CHECKING:
    from pathlib import Path

    from diplograph.graph import LocalStore, Neo4jStore

REASONS = (
    "alias file",
    "office-holder table",
    "same words",
    "spelling",
    "part of the name",
    "abbreviation",
)
LABELS = tuple(label.value for label in alias_file.MERGEABLE)
CLOSE = 0.8  # difflib ratio of two spellings of one word ("zelenskiy" / "zelenskyy": 0.89)
BLOCK_LIMIT = 2000  # a block this large is a common word, not a name: its pairs are not compared
_LINKS = frozenset({"of", "the", "and", "for", "de", "la", "des", "du"})


def _close(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= CLOSE


def similar(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """Which name reason two word lists fit, if any (see the module's list)."""
    if not a or not b or a == b:
        return "same words" if a and a == b else None
    if sorted(a) == sorted(b):
        return "same words"
    if len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True)):
        return "spelling"
    short, long = sorted((a, b), key=len)
    if len(short) < len(long) and set(short) <= set(long):
        return "part of the name"
    if len(short) == 1 and len(long) > 2:
        initials = "".join(w[0] for w in long if w not in _LINKS)
        if short[0] == initials:
            return "abbreviation"
    return None


@dataclass(frozen=True)
class _Actor:
    node: str
    label: str
    key: str
    name: str
    words: tuple[str, ...]
    states: tuple[str, ...]


def _blocks(actors: list[_Actor]) -> Iterator[tuple[_Actor, _Actor]]:
    """Pairs that share a word's first three letters (or an initial, for abbreviations)."""
    blocks: dict[tuple[str, str], list[_Actor]] = defaultdict(list)
    for actor in actors:
        prefixes = {w[:3] for w in actor.words}
        if actor.label != "Person":
            prefixes |= {actor.words[0][:1]} if actor.words else set()
        for prefix in prefixes:
            blocks[(actor.label, prefix)].append(actor)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        if len(members) > BLOCK_LIMIT:
            continue
        for a, b in combinations(members, 2):
            pair = (a.node, b.node) if a.node < b.node else (b.node, a.node)
            if pair not in seen:
                seen.add(pair)
                yield a, b


def _same_in_table(a: _Actor, b: _Actor) -> bool:
    if a.label != "Person":
        return False
    state = (set(a.states) & set(b.states) or {None}).pop()
    found = [people.resolve(x.name, state) for x in (a, b)]
    return found[0] is not None and found[0] == found[1]


def probable_duplicates(store: Neo4jStore | LocalStore, *, aliases: Path | None = None) -> Rows:
    """Pairs of actors in ``store`` that are probably one, strongest evidence first: ``merge``
    the one to merge, ``into`` the one to keep (the fuller name, else the one with more
    interactions), ``reason``, their ``states``, the ``shared`` counterparts (how many and
    the first names), each one's ``interactions``, and ``fits``: how many actors the merged
    name fits (more than one: choose with care)."""
    sub = store.subgraph()
    table = alias_file.read(aliases)
    actors: list[_Actor] = []
    for node, (label, key, props) in sub.nodes.items():
        if label in LABELS:
            name = props.get("name") or key
            actors.append(_Actor(node, label, key, name, words(name), sub.states.get(node, ())))
    partners: dict[str, set[str]] = defaultdict(set)
    degree: dict[str, int] = defaultdict(int)
    for src, tgt, _, _ in sub.interactions:
        partners[src].add(tgt)
        partners[tgt].add(src)
        degree[src] += 1
        degree[tgt] += 1
    names = {node: (props.get("name") or key) for node, (_, key, props) in sub.nodes.items()}

    found: list[dict[str, Any]] = []
    for actor in actors:
        if table.is_alias(actor.label, actor.key):
            into = table.resolve(actor.label, actor.key)
            found.append(_row(actor, into, "alias file", (), degree))
    for a, b in _blocks([x for x in actors if "(" not in x.name]):
        if b.node in partners[a.node] or (
            a.states and b.states and not set(a.states) & set(b.states)
        ):
            continue
        reason = "office-holder table" if _same_in_table(a, b) else similar(a.words, b.words)
        if reason is None:
            continue
        keep, drop = sorted((a, b), key=lambda x: (-len(x.words), -degree[x.node], x.key))
        shared = sorted(names[n] for n in partners[a.node] & partners[b.node])
        found.append(_row(drop, keep.key, reason, shared, degree, keep))
    fits: dict[str, int] = defaultdict(int)
    for row in found:
        fits[(row["label"], row["merge"])] += 1
    for row in found:
        row["fits"] = fits[(row["label"], row["merge"])]
    found.sort(key=lambda r: (REASONS.index(r["reason"]), -r["shared"], r["merge"], r["into"]))
    return Rows(found)


def _row(
    drop: _Actor,
    into: str,
    reason: str,
    shared: list[str] | tuple[str, ...],
    degree: dict[str, int],
    keep: _Actor | None = None,
) -> dict[str, Any]:
    return {
        "label": drop.label,
        "merge": drop.key,
        "into": into,
        "reason": reason,
        "states": sorted({*drop.states, *(keep.states if keep else ())}),
        "shared": len(shared),
        "counterparts": list(shared[:3]),
        "interactions": [degree[drop.node], degree[keep.node] if keep else None],
    }
