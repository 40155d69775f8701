// Everything a deletion would take with the entity: its own relationships and, for a treaty, the
// pledges made through it (they name it in `via`).
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-()
  RETURN r
  UNION
  MATCH ()-[r:PLEDGES {via: $id}]->()
  RETURN r
}
RETURN type(r) AS type, startNode(r).id AS startId, endNode(r).id AS endId, properties(r) AS props
ORDER BY type, r.id
