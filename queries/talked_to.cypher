// talked-to: everyone the actor called, met, visited, hosted or met at a summit
// (with $all_statuses also planned, claimed and negated ones, and planned meetings).
// __A__ is the actor's label, filled from the closed vocabulary. A state answers for the
// persons who represent it (with $officials): `through` names those who did the talking.
MATCH (me:__A__ {key: $actor})
CALL (me) {
  RETURN me AS a
  UNION
  MATCH (a:Person)-[:REPRESENTS]->(me) WHERE $officials RETURN a
}
CALL (a) {
  MATCH (a)-[r:CALLED|MET|VISITED|HOSTED|PLANNED_MEETING]-(c)
  WHERE $all_statuses OR (r.status = 'actual' AND type(r) <> 'PLANNED_MEETING')
  RETURN c, type(r) AS type, r.date AS date, r.status AS status
  UNION ALL
  MATCH (a)-[r1:ATTENDED]->(s:Summit)<-[r2:ATTENDED]-(c)
  WHERE $all_statuses OR (r1.status = 'actual' AND r2.status = 'actual')
  RETURN c, 'ATTENDED' AS type, s.date AS date,
         CASE WHEN r1.status <> 'actual' THEN r1.status ELSE r2.status END AS status
}
WITH me, a, c, type, date, status
WHERE c <> me AND NOT ($officials AND c:Person AND (c)-[:REPRESENTS]->(me))
WITH c, collect(type) AS types, collect(status) AS statuses, count(*) AS interactions,
     min(date) AS first, max(date) AS last,
     collect(CASE WHEN a <> me THEN a.name END) AS through
RETURN c.name AS counterpart, labels(c)[0] AS kind, c.key AS key,
       COLLECT { UNWIND types AS t RETURN DISTINCT t ORDER BY t } AS types,
       COLLECT { UNWIND statuses AS t RETURN DISTINCT t ORDER BY t } AS statuses,
       interactions, first, last,
       COLLECT { UNWIND through AS t RETURN DISTINCT t ORDER BY t } AS through
ORDER BY interactions DESC, counterpart, key
