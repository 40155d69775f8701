// Every entity with its kind and stored properties, for `npm run export`. Only :Entity nodes are
// facts: audit records (:Change) and idempotency keys are not read.
// $labels: the entity kinds (ENTITY_LABELS in src/entity/records.ts).
MATCH (n:Entity)
RETURN n.id AS id, [label IN labels(n) WHERE label IN $labels] AS kinds, properties(n) AS props
ORDER BY id
