// accusations with an actor: the same, for accusations by or against the actor (anchored). A
// state answers for the persons who represent it (with $officials): `through` names them.
MATCH (s:__A__ {key: $actor})
WITH s, [s] + CASE WHEN $officials
                   THEN COLLECT { MATCH (p:Person)-[:REPRESENTS]->(s) RETURN p } ELSE [] END
        AS group
UNWIND group AS a
MATCH (a)-[r:ACCUSED|CRITICIZED]-()
WITH DISTINCT s, group, r
WITH s, group, startNode(r) AS x, endNode(r) AS y, r
OPTIONAL MATCH (y)-[d:DENIED]->(x)
WITH s, group, x, y, r, count(d) AS denials, min(d.date) AS denied_on
RETURN x.name AS accuser, y.name AS accused, type(r) AS type, r.status AS status, r.date AS date,
       r.evidence AS evidence, denials, denied_on, r.key AS id,
       [n IN [x, y] WHERE n IN group AND n <> s | n.name] AS through
ORDER BY date IS NULL, date, accuser, accused, type, id
