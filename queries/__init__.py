"""diplograph.queries: named Cypher queries with embedded-store twins, and arbitrary Cypher.

>>> from diplograph.queries import run_query, run_cypher, list_queries
"""

from .actors import ActorIndex, normalise
from .convert import selection_to_networkx, to_dataframe, to_networkx
from .cypher import run_cypher
from .library import NamedQuery, Param, get_query, list_queries, run_query
from .notebook import Rows, page_frame
from .selection import Selection, select_graph

__all__ = [
    "ActorIndex",
    "NamedQuery",
    "Param",
    "Rows",
    "Selection",
    "get_query",
    "list_queries",
    "normalise",
    "page_frame",
    "run_cypher",
    "run_query",
    "select_graph",
    "selection_to_networkx",
    "to_dataframe",
    "to_networkx",
]
