MATCH (:Entity {id: $startId})-[r:$($type) {id: $relId}]->(:Entity {id: $endId})
DELETE r
RETURN count(*) AS deleted
