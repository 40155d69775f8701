// Every entity of the labels in $labels with the names and codes it is known by and its lifetime:
// the candidates when names are resolved to ids, or when an id is not found ("did you mean").
// A few thousand rows at most, read once per request that needs them.
MATCH (n:Entity)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       n.iso2 AS iso2, n.iso3 AS iso3, n.isoNumeric AS isoNumeric, n.cowCode AS cowCode, n.gwCode AS gwCode,
       coalesce(n.from, n.founded, n.signed, n.started) AS from, coalesce(n.until, n.dissolved, n.terminated, n.ended) AS until
