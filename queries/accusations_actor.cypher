// accusations with an actor: the same, for accusations by or against the actor (anchored).
MATCH (a:__A__ {key: $actor})-[r:ACCUSED|CRITICIZED]-()
WITH startNode(r) AS x, endNode(r) AS y, r
OPTIONAL MATCH (y)-[d:DENIED]->(x)
WITH x, y, r, count(d) AS denials, min(d.date) AS denied_on
RETURN x.name AS accuser, y.name AS accused, type(r) AS type, r.status AS status, r.date AS date,
       r.evidence AS evidence, denials, denied_on, r.key AS id
ORDER BY date IS NULL, date, accuser, accused, type, id
