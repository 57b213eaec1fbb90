// accusations with an actor: the same, for accusations by or against the actor (anchored). A
// state answers for the persons who represent it (with $officials): `through` names them.
MATCH (me:__A__ {key: $actor})
CALL (me) {
  RETURN me AS a
  UNION
  MATCH (a:Person)-[:REPRESENTS]->(me) WHERE $officials RETURN a
}
MATCH (a)-[r:ACCUSED|CRITICIZED]-()
WITH DISTINCT me, r
WITH me, startNode(r) AS x, endNode(r) AS y, r
OPTIONAL MATCH (y)-[d:DENIED]->(x)
WITH me, x, y, r, count(d) AS denials, min(d.date) AS denied_on
RETURN x.name AS accuser, y.name AS accused, type(r) AS type, r.status AS status, r.date AS date,
       r.evidence AS evidence, denials, denied_on, r.key AS id,
       [n IN [x, y] WHERE $officials AND n <> me AND n:Person AND (n)-[:REPRESENTS]->(me)
        | n.name] AS through
ORDER BY date IS NULL, date, accuser, accused, type, id
