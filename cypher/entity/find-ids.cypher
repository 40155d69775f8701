// Each id an analyst's query names, found as written or in the case ids are kept in (ISO codes
// upper case, other ids lower case), so that "est" finds EST. Every branch is an index lookup.
UNWIND $ids AS wanted
OPTIONAL MATCH (n:Entity) WHERE n.id IN [wanted, toUpper(wanted), toLower(wanted)]
WITH wanted, n ORDER BY n.id = wanted DESC
WITH wanted, collect(n)[0] AS n
RETURN wanted, n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
