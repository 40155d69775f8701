// Full text over names and aliases; searchText holds the aliases joined, as full-text indexes read strings.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.searchText]
