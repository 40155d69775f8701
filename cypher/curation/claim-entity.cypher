// Finds or creates the entity and takes its write lock before anything about it is read, so that
// concurrent writes to one entity queue here and each then reads the last committed state. A
// created node has version 0 until the write sets its properties; a failed write rolls it back.
MERGE (n:Entity {id: $id})
  ON CREATE SET n.version = 0
SET n._lock = true
REMOVE n._lock
RETURN n.version = 0 AS created
