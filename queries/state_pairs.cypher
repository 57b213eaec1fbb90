// state-pairs: interactions rolled up to the states the two ends are or represent.
MATCH (x)-[r]->(y)
WHERE type(r) IN $types AND r.status = 'actual'
CALL (x) {
  MATCH (x:State) RETURN x AS sx
  UNION
  MATCH (x:Person)-[:REPRESENTS]->(sx:State) RETURN sx
}
CALL (y) {
  MATCH (y:State) RETURN y AS sy
  UNION
  MATCH (y:Person)-[:REPRESENTS]->(sy:State) RETURN sy
}
WITH sx, sy, r WHERE sx <> sy
WITH CASE WHEN sx.key < sy.key THEN sx ELSE sy END AS s1,
     CASE WHEN sx.key < sy.key THEN sy ELSE sx END AS s2, r
WITH s1, s2, r ORDER BY type(r)
RETURN s1.name AS state_a, s2.name AS state_b, count(r) AS interactions,
       sum(CASE WHEN type(r) IN $conflict THEN 1 ELSE 0 END) AS conflict,
       collect(DISTINCT type(r)) AS types, s1.key AS a, s2.key AS b
ORDER BY interactions DESC, a, b
