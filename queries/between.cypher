// between: the timeline of everything between two actors, with status, evidence and articles.
MATCH (a:__A__ {key: $a}), (b:__B__ {key: $b})
MATCH (a)-[r]-(b)
WHERE type(r) IN $types
  AND ($since IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
RETURN r.date AS date, type(r) AS type, r.status AS status, startNode(r).name AS source,
       endNode(r).name AS target, r.evidence AS evidence, r.articles AS articles,
       [k IN coalesce(r.articles, []) |
        coalesce(head(COLLECT { MATCH (x:Article {key: k}) RETURN x.title }), k)] AS titles,
       r.corroboration AS corroboration, r.event AS event, r.key AS id
ORDER BY date IS NULL, date, type, source, target, id
