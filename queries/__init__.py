"""diplograph.queries: named Cypher queries with embedded-store twins, and arbitrary Cypher.

>>> from diplograph.queries import run_query, run_cypher, list_queries
"""

from .actors import ActorIndex, normalise
from .cypher import run_cypher
from .duplicates import probable_duplicates
from .library import NamedQuery, Param, get_query, list_queries, run_query
from .merge_names import merge_pair
from .rows import Rows

__all__ = [
    "ActorIndex",
    "NamedQuery",
    "Param",
    "Rows",
    "get_query",
    "list_queries",
    "merge_pair",
    "normalise",
    "probable_duplicates",
    "run_cypher",
    "run_query",
]
