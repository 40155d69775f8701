// Full-text search over names, ids and aliases; $query is already escaped for Lucene.
// The hits are ranked and cut to the page before any is projected: a common word matches hundreds.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE label IN $labels
WITH node, score, label ORDER BY score DESC, node.id LIMIT $first
RETURN node {.*, label: label, searchText: null} AS entity, score
ORDER BY score DESC, entity.id
