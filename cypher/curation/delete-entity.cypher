// Deletes the entity with its relationships and the pledges made through it.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH ()-[pledge:PLEDGES {via: $id}]->()
DELETE pledge
WITH DISTINCT n
DETACH DELETE n
