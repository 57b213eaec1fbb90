// path: the shortest chains of actual interactions connecting two actors (both ends anchored).
// __HOPS__ is the validated max_hops (1 to 6) and __TYPES__ the validated interaction types,
// quoted from the closed vocabulary: neither can be a parameter in a path pattern.
// allShortestPaths is Neo4j's bidirectional breadth-first search; the status predicate on
// every relationship is checked during the search. (The GQL form "ALL SHORTEST ... {1,n}"
// gives the same rows but plans as StatefulShortestPath and took 1.1 s at p95 on the 1M
// benchmark graph, against 0.14 s for this one.)
MATCH (a:__A__ {key: $a}), (b:__B__ {key: $b})
MATCH p = allShortestPaths((a)-[:__TYPES__*1..__HOPS__]-(b))
WHERE all(x IN relationships(p) WHERE x.status = 'actual')
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path,
       [x IN relationships(p) | type(x)] AS types, [n IN nodes(p) | n.key] AS keys,
       [x IN relationships(p) | x.key] AS ids
ORDER BY keys, ids
LIMIT $limit
