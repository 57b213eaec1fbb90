// between: the timeline of everything between two actors, with status, evidence and articles.
// A state answers for the persons who represent it (with $officials): `through` names them.
MATCH (sa:__A__ {key: $a}), (sb:__B__ {key: $b})
CALL (sa) {
  RETURN sa AS a
  UNION
  MATCH (a:Person)-[:REPRESENTS]->(sa) WHERE $officials RETURN a
}
MATCH (a)-[r]-(b)
WHERE a <> b AND (b = sb OR ($officials AND b:Person AND (b)-[:REPRESENTS]->(sb)))
  AND type(r) IN $types
  AND ($since IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL
       AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
WITH DISTINCT r, sa, sb
RETURN r.date AS date, type(r) AS type, r.status AS status, startNode(r).name AS source,
       endNode(r).name AS target, r.evidence AS evidence, r.articles AS articles,
       [k IN coalesce(r.articles, []) |
        coalesce(head(COLLECT { MATCH (x:Article {key: k}) RETURN x.title }), k)] AS titles,
       r.corroboration AS corroboration, r.event AS event, r.key AS id,
       [n IN [startNode(r), endNode(r)]
        WHERE $officials AND n <> sa AND n <> sb AND n:Person
          AND EXISTS { MATCH (n)-[:REPRESENTS]->(s) WHERE s = sa OR s = sb } | n.name] AS through
ORDER BY date IS NULL, date, type, source, target, id
