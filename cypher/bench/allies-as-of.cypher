// Baseline for bench/operations/allies-as-of.graphql: the states linked to one state on $asOf
// through one alliance, treaty, conflict side or operation, by links of the kinds in $via.
MATCH (s:Entity:State {id: $id})-[r1:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED]->(x)<-[r2:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED]-(ally:State)
WHERE ally <> s AND type(r1) = type(r2)
  AND any(kind IN r1.linkKinds WHERE kind IN $via) AND any(kind IN r2.linkKinds WHERE kind IN $via)
  AND r1.from <= $asOf AND (r1.until IS NULL OR $asOf < r1.until)
  AND r2.from <= $asOf AND (r2.until IS NULL OR $asOf < r2.until)
  AND (type(r1) <> 'PARTICIPATED_IN' OR r1.side = r2.side)
WITH DISTINCT ally
RETURN ally.id AS id, ally.name AS name
ORDER BY toLower(name)
