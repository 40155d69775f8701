// Nodes come without their long texts (notes, claims): partial, completed by id when a field asks.
// Members of each alliance in $ids, by name: one page per parent after ($cursorKey, $cursorId),
// ordered and cut to $limit before it is collected; the total is counted only when asked ($withCount),
// and so are the rows an as-of question leaves out because their start is unknown ($withUndated).
UNWIND $ids AS parentId
MATCH (parent:Entity:Alliance {id: parentId})
CALL (parent) {
  MATCH (node:State)-[r:MEMBER_OF]->(parent)
  WHERE ($asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)))
    AND ($role IS NULL OR r.role = $role)
    AND ($seat IS NULL OR r.seat = $seat)
    AND ($founding IS NULL OR r.founding = $founding)
  WITH node, r, toLower(node.name) AS key
  WHERE $cursorId IS NULL OR key > $cursorKey OR (key = $cursorKey AND r.id > $cursorId)
  WITH node, r, key ORDER BY key, r.id LIMIT $limit
  RETURN collect({key: key, rel: r {.*},
    node: node {.*, label: 'State', notes: null, claimsJson: null, searchText: null, partial: true}}) AS page
}
RETURN parentId, page,
       CASE WHEN $withCount THEN COUNT {
         MATCH (node:State)-[r:MEMBER_OF]->(parent)
         WHERE ($asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)))
           AND ($role IS NULL OR r.role = $role)
           AND ($seat IS NULL OR r.seat = $seat)
           AND ($founding IS NULL OR r.founding = $founding)
       } ELSE 0 END AS totalCount,
       CASE WHEN $withUndated AND $asOf IS NOT NULL THEN COUNT {
         MATCH (node:State)-[r:MEMBER_OF]->(parent)
         WHERE r.from IS NULL AND (r.until IS NULL OR $asOf < r.until)
           AND ($role IS NULL OR r.role = $role)
           AND ($seat IS NULL OR r.seat = $seat)
           AND ($founding IS NULL OR r.founding = $founding)
       } ELSE 0 END AS undatedCount
