// state-pairs: interactions rolled up to the states the two ends are or represent. The writer
// keeps the rollup: one STATE_PAIR relationship per pair of states and type, from the state with
// the smaller key, counting the actual interactions between them (graph/state_pairs.py).
MATCH (s1:State)-[p:STATE_PAIR]->(s2:State)
WHERE p.type IN $types
WITH s1, s2, p ORDER BY p.type
RETURN s1.name AS state_a, s2.name AS state_b, sum(p.n) AS interactions,
       sum(CASE WHEN p.type IN $conflict THEN p.n ELSE 0 END) AS conflict,
       collect(p.type) AS types, s1.key AS a, s2.key AS b
ORDER BY interactions DESC, a, b
