"""What read-only Cypher may not do although Neo4j's READ access mode lets it: read host files or
the network (LOAD CSV), end other transactions, run administration commands or ``dbms.*``
procedures. The server itself compiles the query (EXPLAIN, nothing runs) and its plan is checked,
so no spelling of the query, comment or subquery hides an operator.

>>> refused_operation({"operatorType": "ProduceResults@neo4j", "args": {},
...     "children": [{"operatorType": "LoadCSV@neo4j", "args": {}, "children": []}]})
'LOAD CSV'
>>> refused_operation({"operatorType": "ProcedureCall@neo4j",
...     "args": {"Details": "db.labels() :: (label :: STRING)"}, "children": []}) is None
True
"""

from __future__ import annotations

import re
from typing import Any

REFUSED_OPERATORS = {
    "LoadCSV": "LOAD CSV",
    "TerminateTransactions": "TERMINATE TRANSACTIONS",
    "AdministrationCommand": "an administration command",
}
REFUSED_PROCEDURES = ("dbms.",)  # the server's own administration; db.* stays readable
_LEADING_PROFILE = re.compile(r"^\s*PROFILE\b", re.IGNORECASE)
_LEADING_EXPLAIN = re.compile(r"^\s*EXPLAIN\b", re.IGNORECASE)


def explain_statement(query: str) -> str | None:
    """The EXPLAIN form of ``query``, or None when the query is itself an EXPLAIN (it runs
    nothing)."""
    if _LEADING_EXPLAIN.match(query):
        return None
    return "EXPLAIN " + _LEADING_PROFILE.sub("", query, count=1)


def refused_operation(plan: dict[str, Any] | None) -> str | None:
    """The first operation in a plan (as the driver gives it) that read-only Cypher may not do."""
    stack = [plan] if plan else []
    while stack:
        step = stack.pop()
        operator = str(step.get("operatorType", "")).split("@", 1)[0]
        if operator in REFUSED_OPERATORS:
            return REFUSED_OPERATORS[operator]
        if operator == "ProcedureCall":
            details = str(step.get("args", {}).get("Details", ""))
            if details.startswith(REFUSED_PROCEDURES):
                return f"the procedure {details.split('(', 1)[0]}"
        stack.extend(step.get("children", []))
    return None
