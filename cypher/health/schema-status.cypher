// The constraints and indexes Entente needs, and whether each is ONLINE.
SHOW INDEXES YIELD name, state
WHERE name IN $names
RETURN name, state
