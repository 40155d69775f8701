// Nodes come without their long texts (notes, claims): partial, completed by id when a field asks.
// Members of each alliance in $ids, by name, paged by ($cursorKey, $cursorId) after each parent's start.
UNWIND $ids AS parentId
MATCH (parent:Entity:Alliance {id: parentId})
OPTIONAL MATCH (node:State)-[r:MEMBER_OF]->(parent)
  WHERE ($asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)))
    AND ($role IS NULL OR r.role = $role)
WITH parentId, node, r ORDER BY toLower(node.name), r.id
WITH parentId, collect(CASE WHEN r IS NOT NULL THEN {key: toLower(node.name), rel: r {.*}, node: node {.*, label: 'State', notes: null, claimsJson: null, searchText: null, partial: true}} END) AS rows
RETURN parentId, size(rows) AS totalCount,
       [row IN rows WHERE $cursorId IS NULL OR row.key > $cursorKey OR (row.key = $cursorKey AND row.rel.id > $cursorId)][0..$limit] AS page
