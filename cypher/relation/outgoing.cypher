// Nodes come without their long texts (notes, claims): partial, completed by id when a field asks.
// For each entity in $ids, its relationships of $type (checked in code) going out, oldest first.
UNWIND $ids AS parentId
MATCH (parent:Entity {id: parentId})-[r:$($type)]->(node:Entity)
WHERE $asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until))
WITH parentId, r, node ORDER BY coalesce(r.from, r.date), toLower(node.name), r.id
RETURN parentId, collect({rel: r {.*}, node: node {.*, label: [l IN labels(node) WHERE l <> 'Entity'][0], notes: null, claimsJson: null, searchText: null, partial: true}}) AS rows
