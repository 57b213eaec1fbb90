// path, with a state at one end or both ($officials): the shortest chains of actual
// interactions, where a state end stands for itself or for one of the persons who represent it
// (one REPRESENTS hop at that end, counted in the length, so the state's own chain wins a tie).
// `path`, `keys` and `types` are the chain of interactions; `through` names the officials who
// stood for an end. The rest is path.cypher's: CONTACT is the writer's one relationship per
// pair with actual interactions, and the interactions of the first $limit chains are read from
// their contacts. __HOPS__ is the validated max_hops (1 to 6), __EVERY_TYPE__ as in path.cypher.
MATCH (a:__A__ {key: $a}), (b:__B__ {key: $b})
MATCH p = ALL SHORTEST (a) (()<-[:REPRESENTS]-(:Person)){0,1} ()
  -[c:CONTACT WHERE __EVERY_TYPE__ OR any(k IN c.ids WHERE split(k, '|')[0] IN $types)]-{1,__HOPS__}
  () ((:Person)-[:REPRESENTS]->()){0,1} (b)
WITH nodes(p) AS full, relationships(p) AS rels
WITH full, rels,
     CASE WHEN type(rels[0]) = 'REPRESENTS' THEN 1 ELSE 0 END AS head,
     CASE WHEN type(last(rels)) = 'REPRESENTS' THEN 1 ELSE 0 END AS tail
WITH full[head..size(full) - tail] AS chain, [r IN rels WHERE type(r) = 'CONTACT'] AS contacts,
     [r IN rels WHERE type(r) = 'REPRESENTS' | startNode(r).name] AS through,
     [n IN full | n.key] AS order
ORDER BY order
LIMIT $limit
WITH chain, through, order,
     [c IN contacts | [k IN c.ids WHERE split(k, '|')[0] IN $types][..$limit]] AS hops
WITH chain, through, order,
     reduce(acc = [[]], hop IN hops | reduce(out = [], s IN acc | out + [k IN hop | s + [k]])[..$limit]) AS sequences
UNWIND sequences AS ids
RETURN size(ids) AS hops, [n IN chain | n.name] AS path, [k IN ids | split(k, '|')[0]] AS types,
       [n IN chain | n.key] AS keys, ids, through
ORDER BY order, ids
LIMIT $limit
