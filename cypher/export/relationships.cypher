// Every relationship between two entities of the types the curated files hold, for
// `npm run export`, with both ends' kinds so that the export can tell where each row belongs.
// $types: RELATIONSHIP_TYPES (src/data/dataset.ts); $labels: the entity kinds.
MATCH (start:Entity)-[r]->(end:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type,
       start.id AS start,
       [label IN labels(start) WHERE label IN $labels] AS startKinds,
       end.id AS end,
       [label IN labels(end) WHERE label IN $labels] AS endKinds,
       properties(r) AS props
ORDER BY type, r.id, start, end
