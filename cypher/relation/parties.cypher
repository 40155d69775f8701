// Nodes come without their long texts (notes, claims): partial, completed by id when a field asks.
// Parties to each treaty in $ids, by state name: one page per parent after ($cursorKey, $cursorId),
// ordered and cut to $limit before it is collected; the total is counted only when asked ($withCount),
// and so are the rows an as-of question leaves out because their start is unknown ($withUndated).
UNWIND $ids AS parentId
MATCH (parent:Entity:Treaty {id: parentId})
CALL (parent) {
  MATCH (node:State)-[r:PARTY_TO]->(parent)
  WHERE ($asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)))
  WITH node, r, toLower(node.name) AS key
  WHERE $cursorId IS NULL OR key > $cursorKey OR (key = $cursorKey AND r.id > $cursorId)
  WITH node, r, key ORDER BY key, r.id LIMIT $limit
  RETURN collect({key: key, rel: r {.*},
    node: node {.*, label: 'State', notes: null, claimsJson: null, searchText: null, partial: true}}) AS page
}
RETURN parentId, page,
       CASE WHEN $withCount THEN COUNT {
         MATCH (node:State)-[r:PARTY_TO]->(parent)
         WHERE ($asOf IS NULL OR (r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)))
       } ELSE 0 END AS totalCount,
       CASE WHEN $withUndated AND $asOf IS NOT NULL THEN COUNT {
         MATCH (node:State)-[r:PARTY_TO]->(parent)
         WHERE r.from IS NULL AND (r.until IS NULL OR $asOf < r.until)
       } ELSE 0 END AS undatedCount
