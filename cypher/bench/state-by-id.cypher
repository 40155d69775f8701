// Baseline for bench/operations/state-by-id.graphql: the same answer in one hand-written query.
MATCH (s:Entity:State {id: $id})
RETURN s {.id, .name, .iso2, .region} AS state
