// Full-text search over names, ids and aliases; $query is already escaped for Lucene.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE label IN $labels
RETURN node {.*, label: label, searchText: null} AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
