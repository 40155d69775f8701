// Takes the entity's write lock (see claim-entity); returns no row when there is no such entity.
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id
