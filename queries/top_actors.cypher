// top-actors: actors ranked by number of distinct counterparts in actual interactions.
MATCH (a)-[r]-(c)
WHERE (a:Person OR a:State OR a:Organization) AND type(r) IN $types AND r.status = 'actual'
  AND ($since IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
WITH a, count(DISTINCT c) AS counterparts, count(DISTINCT r) AS interactions
RETURN a.name AS actor, labels(a)[0] AS kind, a.key AS key, counterparts, interactions
ORDER BY counterparts DESC, interactions DESC, actor, key
LIMIT $limit
