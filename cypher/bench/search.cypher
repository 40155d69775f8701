// Baseline for bench/operations/search.graphql: the full-text index with the Lucene query Entente
// builds from the text ($query), sources left out, best first.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE NOT node:Source
RETURN score, node.id AS id, node.name AS name
ORDER BY score DESC, id
LIMIT $first
