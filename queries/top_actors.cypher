// top-actors: actors ranked by number of distinct counterparts in actual interactions. With
// $officials a state is also credited with its officials' interactions (the persons who
// represent it): not with its own officials as counterparts, nor with itself.
CALL () {
  MATCH (a)-[r]-(c)
  WHERE (a:Person OR a:State OR a:Organization) AND type(r) IN $types AND r.status = 'actual'
    AND ($since IS NULL OR (r.date IS NOT NULL
         AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
    AND ($until IS NULL OR (r.date IS NOT NULL
         AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
    AND NOT ($officials AND a:State AND c:Person AND (c)-[:REPRESENTS]->(a))
  RETURN a AS credited, r, c
  UNION ALL
  MATCH (s:State)<-[:REPRESENTS]-(a:Person)-[r]-(c)
  WHERE $officials AND type(r) IN $types AND r.status = 'actual'
    AND ($since IS NULL OR (r.date IS NOT NULL
         AND r.date + substring('-99-99', 0, 10 - size(r.date)) >= $since))
    AND ($until IS NULL OR (r.date IS NOT NULL
         AND r.date + substring('-00-00', 0, 10 - size(r.date)) <= $until))
    AND c <> s AND NOT (c:Person AND (c)-[:REPRESENTS]->(s))
  RETURN s AS credited, r, c
}
WITH credited, count(DISTINCT c) AS counterparts, count(DISTINCT r) AS interactions
RETURN credited.name AS actor, labels(credited)[0] AS kind, credited.key AS key, counterparts,
       interactions
ORDER BY counterparts DESC, interactions DESC, actor, key
LIMIT $limit
