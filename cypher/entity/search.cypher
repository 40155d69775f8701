// Full-text search over names, ids and aliases; $query is already escaped for Lucene.
// An entity whose name, id or an alias is the text itself ranks first ($exact, lower case), then
// the full-text score. The hits are ranked and cut to the page before anything is read from them
// (a common word matches hundreds), and come back as nodes: the read planner projects only the
// fields asked for, the loader path takes them whole.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE label IN $labels
WITH node, score, label,
     $exact IN [toLower(node.name), toLower(node.id)] + [alias IN coalesce(node.aliases, []) | toLower(alias)] AS exact
ORDER BY exact DESC, score DESC, node.id
LIMIT $first
RETURN node, label, score, exact
