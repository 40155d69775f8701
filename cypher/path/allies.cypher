// For each state in $ids, the states linked to it on $asOf through one alliance, treaty,
// conflict (on the same side) or operation, by links of the kinds in $via.
UNWIND $ids AS parentId
MATCH (s:Entity:State {id: parentId})
CALL (s) {
  MATCH (s)-[r1:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED]->(x)<-[r2:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED]-(ally:State)
  WHERE ally <> s AND type(r1) = type(r2)
    AND any(kind IN r1.linkKinds WHERE kind IN $via) AND any(kind IN r2.linkKinds WHERE kind IN $via)
    AND r1.from <= $asOf AND (r1.until IS NULL OR $asOf < r1.until)
    AND r2.from <= $asOf AND (r2.until IS NULL OR $asOf < r2.until)
    AND (type(r1) <> 'PARTICIPATED_IN' OR r1.side = r2.side)
  RETURN DISTINCT ally
}
WITH parentId, ally ORDER BY toLower(ally.name)
RETURN parentId, collect(ally {.*, label: 'State', notes: null, claimsJson: null, searchText: null, partial: true}) AS allies
