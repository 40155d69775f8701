// Every entity of the labels in $labels with the names it is known by: the candidates for
// "did you mean" when an id is not found (a few thousand rows at most, and only on that path).
MATCH (n:Entity)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
