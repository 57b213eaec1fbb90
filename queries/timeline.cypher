// timeline: interactions in date order (all statuses, shown as such).
MATCH (x)-[r]->(y)
WHERE type(r) IN $types
  AND ($since IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
RETURN r.date AS date, type(r) AS type, r.status AS status, x.name AS source, y.name AS target,
       r.evidence AS evidence, r.key AS id
ORDER BY date IS NULL, date, type, source, target, id
LIMIT $limit
