// Nodes per label and relationships per type, for the loader's report and the idempotence test.
CALL {
  MATCH (n:Entity)
  UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
  RETURN 'node:' + label AS kind, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  RETURN 'relationship:' + type(r) AS kind, count(*) AS count
}
RETURN kind, count
ORDER BY kind
