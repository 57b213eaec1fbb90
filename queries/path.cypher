// path: the shortest chains of actual interactions connecting two actors (both ends anchored).
// __HOPS__ is the validated max_hops (1 to 6); quantifiers cannot be parameters.
MATCH (a:__A__ {key: $a}), (b:__B__ {key: $b})
MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types AND r.status = 'actual']-{1,__HOPS__}(b)
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path,
       [x IN relationships(p) | type(x)] AS types, [n IN nodes(p) | n.key] AS keys,
       [x IN relationships(p) | x.key] AS ids
ORDER BY keys, ids
LIMIT $limit
