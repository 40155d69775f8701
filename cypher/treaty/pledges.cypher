// Directed commitments made through each treaty in $ids.
UNWIND $ids AS parentId
MATCH (pledger:State)-[r:PLEDGES {via: parentId}]->(protected:State)
WHERE $asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until))
WITH parentId, r, pledger, protected ORDER BY pledger.name, protected.name, r.id
RETURN parentId, collect({rel: r {.*}, pledger: pledger {.*, label: 'State'}, protected: protected {.*, label: 'State'}}) AS rows
