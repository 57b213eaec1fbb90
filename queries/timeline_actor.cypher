// timeline with an actor: the same, for the interactions that touch the actor.
MATCH (a:__A__ {key: $actor})-[r]-()
WHERE type(r) IN $types
  AND ($since IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
WITH DISTINCT r
RETURN r.date AS date, type(r) AS type, r.status AS status, startNode(r).name AS source,
       endNode(r).name AS target, r.evidence AS evidence, r.key AS id
ORDER BY date IS NULL, date, type, source, target, id
LIMIT $limit
