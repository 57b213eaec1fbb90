// accusations: who accused or criticized whom, and the denials that answer them.
MATCH (x)-[r:ACCUSED|CRITICIZED]->(y)
WHERE $actor IS NULL
   OR (x.key = $actor AND labels(x)[0] = $actor_label)
   OR (y.key = $actor AND labels(y)[0] = $actor_label)
OPTIONAL MATCH (y)-[d:DENIED]->(x)
WITH x, y, r, count(d) AS denials, min(d.date) AS denied_on
RETURN x.name AS accuser, y.name AS accused, type(r) AS type, r.status AS status, r.date AS date,
       r.evidence AS evidence, denials, denied_on, r.key AS id
ORDER BY date IS NULL, date, accuser, accused, type, id
