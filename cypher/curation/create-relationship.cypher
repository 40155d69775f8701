// $type is one of the relationship types (checked in code); $props holds every property.
MATCH (start:Entity {id: $startId})
MATCH (end:Entity {id: $endId})
CREATE (start)-[r:$($type)]->(end)
SET r = $props
