// Idempotent: an entity is found by id and its properties replaced (a null removes one).
// Loading is a change like any other: it raises the version optimistic writers compare.
// $label is one of the entity labels (checked in code); Cypher 5.26 takes it as a value.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$($label)
SET n += row.props
SET n.version = coalesce(n.version, 0) + 1
