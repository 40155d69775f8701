// Baseline for bench/operations/nested-three-levels.graphql: alliance → members as of a date →
// their memberships → those alliances' founding treaties, in one query.
MATCH (a:Entity:Alliance {id: $id})<-[r:MEMBER_OF]-(s:State)
WHERE r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)
WITH s ORDER BY toLower(s.name), r.id
LIMIT $first
CALL (s) {
  OPTIONAL MATCH (s)-[m:MEMBER_OF]->(b:Alliance)
  WHERE m.from <= $asOf AND (m.until IS NULL OR $asOf < m.until)
  RETURN collect({id: b.id, role: m.role, establishedBy: COLLECT { MATCH (t:Treaty)-[:ESTABLISHES]->(b) RETURN t.id }}) AS memberships
}
RETURN s.id AS id, memberships
