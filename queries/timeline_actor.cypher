// timeline with an actor: the same, for the interactions that touch the actor. A state answers
// for the persons who represent it (with $officials): `through` names them.
MATCH (s:__A__ {key: $actor})
WITH s, [s] + CASE WHEN $officials
                   THEN COLLECT { MATCH (p:Person)-[:REPRESENTS]->(s) RETURN p } ELSE [] END
        AS group
UNWIND group AS a
MATCH (a)-[r]-()
WHERE type(r) IN $types
  AND ($since IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
WITH DISTINCT s, group, r
RETURN r.date AS date, type(r) AS type, r.status AS status, startNode(r).name AS source,
       endNode(r).name AS target, r.evidence AS evidence, r.key AS id,
       [n IN [startNode(r), endNode(r)] WHERE n IN group AND n <> s | n.name] AS through
ORDER BY date IS NULL, date, type, source, target, id
LIMIT $limit
