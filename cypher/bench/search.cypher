// Baseline for bench/operations/search.graphql: the full-text index with the Lucene query Entente
// builds from the text ($query), sources left out, exact names, ids and aliases ($exact) first,
// then best first.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE NOT node:Source
WITH node, score, $exact IN [toLower(node.name), toLower(node.id)] + [alias IN coalesce(node.aliases, []) | toLower(alias)] AS exact
RETURN score, node.id AS id, node.name AS name
ORDER BY exact DESC, score DESC, id
LIMIT $first
