// Nodes come without their long texts (notes, claims): partial, completed by id when a field asks.
// States and alliances taking part in each conflict in $ids, by name, paged like members.
UNWIND $ids AS parentId
MATCH (parent:Entity:Conflict {id: parentId})
OPTIONAL MATCH (node:Entity)-[r:PARTICIPATED_IN]->(parent)
  WHERE ($asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)))
    AND ($side IS NULL OR r.side = $side)
WITH parentId, node, r ORDER BY toLower(node.name), r.id
WITH parentId, collect(CASE WHEN r IS NOT NULL THEN {key: toLower(node.name), rel: r {.*},
       node: node {.*, label: [l IN labels(node) WHERE l <> 'Entity'][0], notes: null, claimsJson: null, searchText: null, partial: true}} END) AS rows
RETURN parentId, size(rows) AS totalCount,
       [row IN rows WHERE $cursorId IS NULL OR row.key > $cursorKey OR (row.key = $cursorKey AND row.rel.id > $cursorId)][0..$limit] AS page
