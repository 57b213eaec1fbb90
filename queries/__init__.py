"""diplograph.queries: named Cypher queries with embedded-store twins, and arbitrary Cypher.

>>> from diplograph.queries import run_query, run_cypher, list_queries
"""

from .actors import ActorIndex, normalise
from .cypher import run_cypher
from .library import NamedQuery, Param, get_query, list_queries, run_query
from .rows import Rows

__all__ = [
    "ActorIndex",
    "NamedQuery",
    "Param",
    "Rows",
    "get_query",
    "list_queries",
    "normalise",
    "run_cypher",
    "run_query",
]
