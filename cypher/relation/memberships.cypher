// Nodes come without their long texts (notes, claims): partial, completed by id when a field asks.
// Memberships of each state in $ids, by alliance name, paged like members.
UNWIND $ids AS parentId
MATCH (parent:Entity:State {id: parentId})
OPTIONAL MATCH (parent)-[r:MEMBER_OF]->(node:Alliance)
  WHERE ($asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)))
    AND ($role IS NULL OR r.role = $role)
WITH parentId, node, r ORDER BY toLower(node.name), r.id
WITH parentId, collect(CASE WHEN r IS NOT NULL THEN {key: toLower(node.name), rel: r {.*}, node: node {.*, label: 'Alliance', notes: null, claimsJson: null, searchText: null, partial: true}} END) AS rows
RETURN parentId, size(rows) AS totalCount,
       [row IN rows WHERE $cursorId IS NULL OR row.key > $cursorKey OR (row.key = $cursorKey AND row.rel.id > $cursorId)][0..$limit] AS page
