"""diplograph.queries: named Cypher queries and their embedded-store twins."""

__all__: list[str] = []
