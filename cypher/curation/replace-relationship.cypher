// Replaces every property of one relationship, found by its id between its two ends.
MATCH (:Entity {id: $startId})-[r:$($type) {id: $relId}]->(:Entity {id: $endId})
SET r = $props
RETURN r.id AS id
