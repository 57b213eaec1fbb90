// state-pairs: interactions rolled up to the states the two ends are or represent. Each end is
// a state, or a person with its REPRESENTS edges: four fixed patterns the planner expands along,
// instead of a subquery per relationship.
CALL () {
  MATCH (sx:State)<-[:REPRESENTS]-(:Person)-[r]->(:Person)-[:REPRESENTS]->(sy:State)
  WHERE type(r) IN $types AND r.status = 'actual'
  RETURN sx, sy, r
  UNION ALL
  MATCH (sx:State)<-[:REPRESENTS]-(:Person)-[r]->(sy:State)
  WHERE type(r) IN $types AND r.status = 'actual'
  RETURN sx, sy, r
  UNION ALL
  MATCH (sx:State)-[r]->(:Person)-[:REPRESENTS]->(sy:State)
  WHERE type(r) IN $types AND r.status = 'actual'
  RETURN sx, sy, r
  UNION ALL
  MATCH (sx:State)-[r]->(sy:State)
  WHERE type(r) IN $types AND r.status = 'actual'
  RETURN sx, sy, r
}
WITH sx, sy, r WHERE sx <> sy
WITH CASE WHEN sx.key < sy.key THEN sx ELSE sy END AS s1,
     CASE WHEN sx.key < sy.key THEN sy ELSE sx END AS s2, r
WITH s1, s2, r ORDER BY type(r)
RETURN s1.name AS state_a, s2.name AS state_b, count(r) AS interactions,
       sum(CASE WHEN type(r) IN $conflict THEN 1 ELSE 0 END) AS conflict,
       collect(DISTINCT type(r)) AS types, s1.key AS a, s2.key AS b
ORDER BY interactions DESC, a, b
