// Baseline for bench/operations/alliances-member-counts.graphql: the first $first alliances by
// lower-case name (then id), each with its number of membership periods, at any date.
MATCH (a:Entity:Alliance)
WITH a, toLower(a.name) AS key ORDER BY key, a.id
LIMIT $first
RETURN a.id AS id, a.name AS name, COUNT { (:State)-[:MEMBER_OF]->(a) } AS totalCount
ORDER BY key, id
