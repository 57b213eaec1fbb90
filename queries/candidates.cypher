// Every node a user can name in a query: label, key, name, aliases (for the actor resolver).
MATCH (n)
WHERE n:Person OR n:State OR n:Organization OR n:Summit
RETURN labels(n)[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases
