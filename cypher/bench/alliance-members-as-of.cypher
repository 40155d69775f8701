// Baseline for bench/operations/alliance-members-as-of.graphql.
MATCH (a:Entity:Alliance {id: $id})
OPTIONAL MATCH (s:State)-[r:MEMBER_OF]->(a)
  WHERE r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)
WITH a, s, r ORDER BY toLower(s.name), r.id
LIMIT $first
RETURN a.name AS name, collect({from: r.from, role: r.role, id: s.id, name: s.name}) AS members
