// Every relationship of type $type from one entity to another, with its properties as stored.
// $type is one of the relationship types (checked in code).
MATCH (:Entity {id: $startId})-[r:$($type)]->(:Entity {id: $endId})
RETURN properties(r) AS props
