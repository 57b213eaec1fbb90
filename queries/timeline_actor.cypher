// timeline with an actor: the same, for the interactions that touch the actor. A state answers
// for the persons who represent it (with $officials): `through` names them.
MATCH (me:__A__ {key: $actor})
CALL (me) {
  RETURN me AS a
  UNION
  MATCH (a:Person)-[:REPRESENTS]->(me) WHERE $officials RETURN a
}
MATCH (a)-[r]-()
WHERE type(r) IN $types
  AND ($since IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
WITH DISTINCT me, r
RETURN r.date AS date, type(r) AS type, r.status AS status, startNode(r).name AS source,
       endNode(r).name AS target, r.evidence AS evidence, r.key AS id,
       [n IN [startNode(r), endNode(r)]
        WHERE $officials AND n <> me AND n:Person AND (n)-[:REPRESENTS]->(me) | n.name] AS through
ORDER BY date IS NULL, date, type, source, target, id
LIMIT $limit
