"""The named queries: each a ``.cypher`` file for Neo4j and a twin in :mod:`.local`.

>>> [q.name for q in list_queries()][:3]
['talked-to', 'between', 'path']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from diplograph.graph import (
    InteractionType,
    Label,
    LocalStore,
    Neo4jStore,
    QueryError,
    parse_date,
)
from diplograph.graph.vocabulary import quote_name

from . import local
from .actors import ACTOR_LABELS, ActorIndex
from .rows import Rows

INTERACTION_TYPES = [t.value for t in InteractionType]
CONFLICT_TYPES = [t.value for t in InteractionType if t.conflict]


@dataclass(frozen=True)
class Param:
    """A named query's parameter. ``kind``: actor, summit, date, types, int, bool."""

    name: str
    kind: str
    help: str
    required: bool = False
    default: Any = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher_file: str
    local: Callable[..., list[dict[str, Any]]] = field(repr=False)

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (its parameters: {known})")


@cache
def cypher_text(filename: str) -> str:
    return resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")


ACTOR = "a person, state or organization, as you would write it: Rubio, USA, Washington"
SINCE = Param("since", "date", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
UNTIL = Param("until", "date", "up to this date")
TYPE = Param("type", "types", "interaction type(s), comma-separated (default: all)")
LIMIT = Param("limit", "int", "at most this many rows", default=100)
ALL = Param("all_statuses", "bool", "also count planned, claimed and negated ones", default=False)
OFFICIALS = Param(
    "officials",
    "bool",
    "a state answers for the persons who represent it (false: the state node alone)",
    default=True,
)

QUERIES: dict[str, NamedQuery] = {
    q.name: q
    for q in [
        NamedQuery(
            "talked-to",
            "everyone the actor called, met, visited, hosted or met at a summit",
            (Param("actor", "actor", ACTOR, required=True), ALL, OFFICIALS),
            "talked_to.cypher",
            lambda g, p: local.talked_to(g, p["actor"], p["all_statuses"], p["officials"]),
        ),
        NamedQuery(
            "between",
            "the timeline of everything between two actors",
            (
                Param("a", "actor", ACTOR, required=True),
                Param("b", "actor", ACTOR, required=True),
                SINCE,
                UNTIL,
                TYPE,
                OFFICIALS,
            ),
            "between.cypher",
            lambda g, p: local.between(
                g, p["a"], p["b"], p["types"], p["since"], p["until"], p["officials"]
            ),
        ),
        NamedQuery(
            "path",
            "the shortest chains of actual interactions connecting two actors",
            (
                Param("a", "actor", ACTOR, required=True),
                Param("b", "actor", ACTOR, required=True),
                Param("max_hops", "int", "longest chain to look for (1 to 6)", default=4),
                TYPE,
                Param("limit", "int", "at most this many paths", default=25),
                OFFICIALS,
            ),
            "path.cypher",
            lambda g, p: local.path(
                g, p["a"], p["b"], p["types"], p["max_hops"], p["limit"], p["officials"]
            ),
        ),
        NamedQuery(
            "top-actors",
            "actors ranked by number of distinct counterparts",
            (TYPE, SINCE, UNTIL, Param("limit", "int", "how many", default=10), OFFICIALS),
            "top_actors.cypher",
            lambda g, p: local.top_actors(
                g, p["types"], p["since"], p["until"], p["limit"], p["officials"]
            ),
        ),
        NamedQuery(
            "state-pairs",
            "interactions rolled up to pairs of states (who talks, who accuses)",
            (TYPE,),
            "state_pairs.cypher",
            lambda g, p: local.state_pairs(g, p["types"], p["conflict"]),
        ),
        NamedQuery(
            "accusations",
            "who accused or criticized whom, and the denials answering them",
            (Param("actor", "actor", "only accusations by or against this actor"), OFFICIALS),
            "accusations.cypher",
            lambda g, p: local.accusations(g, p["actor"], p["officials"]),
        ),
        NamedQuery(
            "attendees",
            "who attended or plans to attend a summit",
            (Param("summit", "summit", "the summit, as written: APEC summit", required=True),),
            "attendees.cypher",
            lambda g, p: local.attendees(g, p["summit"]),
        ),
        NamedQuery(
            "timeline",
            "interactions in date order",
            (
                Param("actor", "actor", "only those touching this actor"),
                SINCE,
                UNTIL,
                TYPE,
                Param("limit", "int", "at most this many rows", default=1000),
                OFFICIALS,
            ),
            "timeline.cypher",
            lambda g, p: local.timeline(
                g, p["actor"], p["types"], p["since"], p["until"], p["limit"], p["officials"]
            ),
        ),
    ]
}


def list_queries() -> list[NamedQuery]:
    return list(QUERIES.values())


def get_query(name: str) -> NamedQuery:
    try:
        return QUERIES[name]
    except KeyError:
        raise QueryError(
            f"no query named {name!r}; `diplograph queries` lists them: {', '.join(QUERIES)}"
        ) from None


# -- parameters -------------------------------------------------------------------------------


def _coerce(param: Param, value: Any) -> Any:
    if value is None:
        return None
    kind = param.kind
    if kind in ("actor", "summit"):
        return str(value)
    if kind == "date":
        try:
            precision = parse_date(str(value))
        except ValueError as e:
            raise QueryError(f"{param.name}: {e}") from None
        return str(value), precision
    if kind == "types":
        names = value if isinstance(value, list | tuple) else str(value).split(",")
        names = [str(n).strip().upper() for n in names if str(n).strip()]
        bad = [n for n in names if n not in INTERACTION_TYPES]
        if bad:
            raise QueryError(
                f"{param.name}: unknown interaction type {bad[0]!r} (known: "
                f"{', '.join(INTERACTION_TYPES)})"
            )
        return names
    if kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise QueryError(f"{param.name}: {value!r} is not a whole number") from None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise QueryError(f"{param.name}: {value!r} is not true or false")
    raise AssertionError(kind)  # a Param kind this module does not know: a bug, not user input


@dataclass(frozen=True)
class _Resolved:
    params: dict[str, Any]  # for Cypher
    nodes: dict[str, str | None]  # param name -> LocalStore node id ("Label:key")
    labels: dict[str, str]  # param name -> label


def actor_index(store: Neo4jStore | LocalStore) -> ActorIndex:
    """The store's name index, rebuilt when the store has written since it was built."""
    cached = getattr(store, "_actor_index", None)
    if cached is not None and cached[0] == store.generation:
        return cached[1]
    if isinstance(store, LocalStore):
        candidates = [
            (d["label"], d["key"], d["props"].get("name"), d["props"].get("aliases"))
            for _, d in store.graph.nodes(data=True)
            if d["label"] in (*ACTOR_LABELS, "Summit")
        ]
    else:
        candidates = [
            (r["label"], r["key"], r["name"], r["aliases"])
            for r in store.read(cypher_text("candidates.cypher"))
        ]
    index = ActorIndex(candidates)
    store._actor_index = (store.generation, index)
    return index


def _resolve(store: Neo4jStore | LocalStore, query: NamedQuery, given: dict[str, Any]) -> _Resolved:
    for name in given:
        query.param(name)
    values: dict[str, Any] = {}
    nodes: dict[str, str | None] = {}
    labels: dict[str, str] = {}
    for param in query.params:
        value = _coerce(param, given.get(param.name, param.default))
        if value is None and param.required:
            raise QueryError(f"query {query.name!r} needs -p {param.name} VALUE ({param.help})")
        if param.kind in ("actor", "summit") and value is not None:
            labels_ok = ACTOR_LABELS if param.kind == "actor" else ("Summit",)
            label, key = actor_index(store).resolve(value, labels_ok, what=param.kind)
            value, nodes[param.name], labels[param.name] = key, f"{label}:{key}", label
        elif param.kind in ("actor", "summit"):
            nodes[param.name] = None
        values[param.name] = value
    for name, edge in (("since", local.period_start), ("until", local.period_end)):
        if values.get(name):  # (date, precision) -> the period's first or last day, as text
            values[name] = edge(values[name][0])
    if values.get("since") and values.get("until") and values["since"] > values["until"]:
        raise QueryError("since is after until: nothing can fall between them")
    if "types" in {p.kind for p in query.params}:
        values["types"] = values.pop("type", None) or INTERACTION_TYPES
    if "max_hops" in values and not 1 <= values["max_hops"] <= 6:
        raise QueryError("max_hops must be between 1 and 6")
    if "limit" in values and values["limit"] < 1:
        raise QueryError("limit must be at least 1")
    if "a" in nodes and nodes.get("a") == nodes.get("b"):
        raise QueryError("a and b name the same actor; name two different ones")
    values["conflict"] = CONFLICT_TYPES
    return _Resolved(values, nodes, labels)


def run_query(store: Neo4jStore | LocalStore, name: str, **params: Any) -> Rows:
    """Run a named query with keyword parameters; rows as dicts, the same from either store (a
    list, ``Rows``, that Jupyter shows as a table).

    Actor parameters take what a user would type ("Rubio", "USA", "Washington").
    """
    query = get_query(name)
    resolved = _resolve(store, query, params)
    if isinstance(store, LocalStore):
        args = {**resolved.params, **{k: v for k, v in resolved.nodes.items()}}
        return Rows(query.local(store.graph, args))
    filename = query.cypher_file
    if query.name in ("timeline", "accusations") and resolved.params.get("actor") is not None:
        filename = filename.replace(".cypher", "_actor.cypher")  # anchored on the actor
    if (
        query.name == "path"
        and resolved.params["officials"]
        and "State" in resolved.labels.values()
    ):
        filename = "path_officials.cypher"  # a state end stands for its officials too
    text = cypher_text(filename)
    for placeholder, param in (
        ("__A__", "actor" if "actor" in resolved.labels else "a"),
        ("__B__", "b"),
    ):
        if placeholder in text:
            text = text.replace(placeholder, quote_name(Label(resolved.labels[param])))
    text = text.replace("__HOPS__", str(resolved.params.get("max_hops", 4)))
    if "__EVERY_TYPE__" in text:
        every = set(resolved.params["types"]) >= set(INTERACTION_TYPES)
        text = text.replace("__EVERY_TYPE__", "true" if every else "false")
    cypher_params = dict(resolved.params)
    if query.name == "accusations":
        cypher_params["actor_label"] = resolved.labels.get("actor")
    rows = store.read(text, cypher_params)
    if not rows and query.name == "state-pairs" and store.state_pairs_missing():
        raise QueryError(
            "this Neo4j database was written by an older diplograph, without the STATE_PAIR "
            "rollup that state-pairs reads; any load builds it, e.g. "
            "`diplograph load - < /dev/null`"
        )
    if not rows and query.name == "path" and store.contacts_missing():
        raise QueryError(
            "this Neo4j database was written by an older diplograph, without the CONTACT index "
            "that path searches; any load builds it, e.g. `diplograph load - < /dev/null`"
        )
    return Rows(rows)
