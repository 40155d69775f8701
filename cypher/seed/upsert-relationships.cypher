// Idempotent: a relationship is found by its id between its two entities.
// $type is one of the relationship types (checked in code).
UNWIND $rows AS row
MATCH (start:Entity {id: row.start})
MATCH (end:Entity {id: row.end})
MERGE (start)-[r:$($type) {id: row.id}]->(end)
SET r += row.props
SET r.version = coalesce(r.version, 0) + 1
