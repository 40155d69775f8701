// What still names the entity by id in a property: records citing it as a source (in their
// sourceIds or their claims) and alliances that are its organs. Deleting it would break them.
CALL () {
  MATCH (n:Entity)
  WHERE n.id <> $id AND ($id IN n.sourceIds OR n.claimsJson CONTAINS $quotedId)
  RETURN count(n) AS citingEntities
}
CALL () {
  MATCH ()-[r]->()
  WHERE $id IN r.sourceIds
  RETURN count(r) AS citingRelationships
}
CALL () {
  MATCH (a:Alliance {parentId: $id})
  RETURN count(a) AS organs
}
RETURN citingEntities, citingRelationships, organs
