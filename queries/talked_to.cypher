// talked-to: everyone the actor called, met, visited, hosted or met at a summit
// (with $all_statuses also planned, claimed and negated ones, and planned meetings).
// __A__ is the actor's label, filled from the closed vocabulary.
MATCH (a:__A__ {key: $actor})
CALL (a) {
  MATCH (a)-[r:CALLED|MET|VISITED|HOSTED|PLANNED_MEETING]-(c)
  WHERE $all_statuses OR (r.status = 'actual' AND type(r) <> 'PLANNED_MEETING')
  RETURN c, type(r) AS type, r.date AS date, r.status AS status
  UNION ALL
  MATCH (a)-[r1:ATTENDED]->(s:Summit)<-[r2:ATTENDED]-(c)
  WHERE c <> a AND ($all_statuses OR (r1.status = 'actual' AND r2.status = 'actual'))
  RETURN c, 'ATTENDED' AS type, s.date AS date,
         CASE WHEN r1.status <> 'actual' THEN r1.status ELSE r2.status END AS status
}
WITH c, type, date, status ORDER BY type, status
WITH c, collect(DISTINCT type) AS types, collect(DISTINCT status) AS statuses,
     count(*) AS interactions, min(date) AS first, max(date) AS last
RETURN c.name AS counterpart, labels(c)[0] AS kind, c.key AS key, types, statuses, interactions,
       first, last
ORDER BY interactions DESC, counterpart, key
