// attendees: who attended, or plans to attend, a summit.
MATCH (s:Summit {key: $summit})<-[r:ATTENDED]-(x)
RETURN x.name AS attendee, labels(x)[0] AS kind, x.key AS key, r.status AS status, r.date AS date,
       r.evidence AS evidence, r.key AS id
ORDER BY status, attendee, key, id
