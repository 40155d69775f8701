// Baseline for bench/operations/nested-three-levels.graphql: alliance → members as of a date →
// their memberships → those alliances' founding treaties, in one query, in Entente's orders
// (members and memberships by lower-case name then relationship id, treaties by lower-case name).
MATCH (a:Entity:Alliance {id: $id})<-[r:MEMBER_OF]-(s:State)
WHERE r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)
WITH s, toLower(s.name) AS sKey, r.id AS rId ORDER BY sKey, rId
LIMIT $first
CALL (s) {
  MATCH (s)-[m:MEMBER_OF]->(b:Alliance)
  WHERE m.from <= $asOf AND (m.until IS NULL OR $asOf < m.until)
  WITH m, b ORDER BY toLower(b.name), m.id
  RETURN collect({id: b.id, role: m.role, establishedBy: COLLECT {
    MATCH (t:Treaty)-[e:ESTABLISHES]->(b)
    WITH t, e ORDER BY toLower(t.name), e.id
    RETURN t.id
  }}) AS memberships
}
RETURN s.id AS id, memberships
ORDER BY sKey, rId
