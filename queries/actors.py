"""Resolving what a user types ("Rubio", "USA", "Washington", "the United States") to one node.

Both stores hand the resolver the same candidate list (label, key, name, aliases), so they resolve
alike. Exact names, keys, aliases and a state's names (ISO's, and every name the extractor reads
as it: "the Kremlin", "Chinese", "Washington") win; then a person's surname or a unique word of a
name; then words that stand together inside a longer name ("military parade"). Several hits are
an ambiguity error listing them; none is an error suggesting close names.

>>> index = ActorIndex([("Person", "Marco Rubio", "Marco Rubio", ["Rubio"]),
...                     ("State", "USA", "United States", ["Washington"])])
>>> index.resolve("rubio"), index.resolve("U.S.")
(('Person', 'Marco Rubio'), ('State', 'USA'))
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import pycountry

from diplograph.graph import QueryError, strip_accents

Candidate = tuple[str, str, str, list[str]]  # label, key, name, aliases
ACTOR_LABELS = ("Person", "State", "Organization")


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: "U.S." and "us" match.

    >>> normalise("  The U.S. ") , normalise("Émile  Dupré")
    ('us', 'emile dupre')
    """
    text = re.sub(r"[.\u2019']", "", strip_accents(text))
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    return text.removeprefix("the ")


@cache
def _gazetteer() -> dict[str, tuple[str, ...]]:
    """ISO code -> every name the extractor reads as that state (names, short forms, seats of
    government, capitals, demonyms): a name that resolves in a document resolves in a query."""
    from diplograph.loaders.mentions import place_names

    by_code: dict[str, list[str]] = defaultdict(list)
    for table in place_names():
        for name, code in table.items():
            by_code[code].append(name)
    return {code: tuple(names) for code, names in by_code.items()}


def _state_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    names = [country.alpha_2, country.name]
    names += [getattr(country, a) for a in ("common_name", "official_name") if hasattr(country, a)]
    return names + list(_gazetteer().get(code, ()))


def actor_names(label: str, key: str, name: str | None, aliases: Iterable[str] | None) -> list[str]:
    """Every name the resolver takes for a node: its key, name and aliases, and for a state its
    ISO names, short forms, capitals, seats of government and demonyms. The page searches these,
    so a name that answers a query also finds the node on the page.

    >>> actor_names("State", "USA", "United States", [])[:3]
    ['USA', 'United States', 'US']
    """
    forms = [key, name or key, *(aliases or [])]
    if label == "State":
        forms += _state_names(key)
    return list(dict.fromkeys(forms))


class ActorIndex:
    """Names to nodes, built once per store snapshot of candidates."""

    def __init__(self, candidates: Iterable[Candidate]):
        self.exact: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.words: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.names: dict[tuple[str, str], str] = {}
        for label, key, name, aliases in candidates:
            node = (label, key)
            self.names[node] = name or key
            for form in actor_names(label, key, name, aliases):
                self.exact[normalise(form)].add(node)
            if label in ("Person", "Summit"):
                for word in normalise(name or key).split():
                    self.words[word].add(node)

    def resolve(
        self, text: str, labels: tuple[str, ...] = ACTOR_LABELS, what: str = "actor"
    ) -> tuple[str, str]:
        """The one node ``text`` names, among nodes with one of ``labels``."""
        wanted = normalise(text)
        if not wanted:
            raise QueryError(f"empty {what} name")
        phrase = f" {wanted} "
        for table in (self.exact, self.words, None):
            if table is None:  # last: the words appear together inside a longer name
                candidates = (
                    n for n, name in self.names.items() if phrase in f" {normalise(name)} "
                )
            else:
                candidates = table.get(wanted, ())
            hits = sorted(n for n in candidates if n[0] in labels)
            if len(hits) == 1:
                return hits[0]
            if hits:
                listed = "; ".join(f"{self.names[n]} ({n[0]} {n[1]})" for n in hits)
                raise QueryError(f"{what} {text!r} is ambiguous: {listed}. Use a fuller name.")
        forms = {form: nodes for table in (self.exact, self.words) for form, nodes in table.items()}
        close = difflib.get_close_matches(wanted, list(forms), n=5, cutoff=0.7)
        names = sorted({self.names[n] for form in close for n in forms[form] if n[0] in labels})
        hint = f" Did you mean: {', '.join(names[:3])}?" if names else ""
        raise QueryError(f"no {what} named {text!r} in the graph.{hint}")
