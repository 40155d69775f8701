// Nodes come without their long texts (notes, claims): partial, completed by id when a field asks.
// Treaties each state in $ids is party to, by treaty name, paged like members.
UNWIND $ids AS parentId
MATCH (parent:Entity:State {id: parentId})
OPTIONAL MATCH (parent)-[r:PARTY_TO]->(node:Treaty)
  WHERE $asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until))
WITH parentId, node, r ORDER BY toLower(node.name), r.id
WITH parentId, collect(CASE WHEN r IS NOT NULL THEN {key: toLower(node.name), rel: r {.*}, node: node {.*, label: 'Treaty', notes: null, claimsJson: null, searchText: null, partial: true}} END) AS rows
RETURN parentId, size(rows) AS totalCount,
       [row IN rows WHERE $cursorId IS NULL OR row.key > $cursorKey OR (row.key = $cursorKey AND row.rel.id > $cursorId)][0..$limit] AS page
