// path: the shortest chains of actual interactions connecting two actors (both ends anchored).
// The search runs over CONTACT, the one relationship the writer keeps per pair of actors with
// actual interactions (graph.vocabulary.DerivedType): its ids are those interactions' keys,
// sorted, and a key starts with its type ("MET|Person:..."). Parallel and planned interactions
// never enter allShortestPaths (Neo4j's bidirectional breadth-first search); the interactions
// of the first $limit chains are then read from their contacts, each hop's list and each
// partial product cut at $limit, which keeps the first $limit rows in (keys, ids) order.
// __HOPS__ is the validated max_hops (1 to 6), which cannot be a parameter in a path pattern.
// __EVERY_TYPE__ is true when $types holds every interaction type: the planner then drops the
// predicate, which would otherwise read every contact the search touches.
MATCH (a:__A__ {key: $a}), (b:__B__ {key: $b})
MATCH p = allShortestPaths((a)-[:CONTACT*1..__HOPS__]-(b))
WHERE __EVERY_TYPE__ OR all(c IN relationships(p) WHERE any(k IN c.ids WHERE split(k, '|')[0] IN $types))
WITH nodes(p) AS chain, relationships(p) AS contacts
ORDER BY [n IN chain | n.key]
LIMIT $limit
WITH chain, [c IN contacts | [k IN c.ids WHERE split(k, '|')[0] IN $types][..$limit]] AS hops
WITH chain,
     reduce(acc = [[]], hop IN hops | reduce(out = [], s IN acc | out + [k IN hop | s + [k]])[..$limit]) AS sequences
UNWIND sequences AS ids
WITH chain, ids, [n IN chain | n.key] AS keys
RETURN size(ids) AS hops, [n IN chain | n.name] AS path, [k IN ids | split(k, '|')[0]] AS types,
       keys, ids, [] AS through
ORDER BY keys, ids
LIMIT $limit
