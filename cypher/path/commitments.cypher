// Every state bound on $asOf by an obligation of type $type (DEFENSE, OFFENSE, NEUTRALITY…)
// towards each state in $ids, and through what:
// 1. an alliance with that obligation in which both are full members;
// 2. a treaty whose parties take it on (only where the treaty has no directed pledges);
// 3. a directed pledge of that type (asymmetric treaties: who pledges what to whom).
// defenders asks it for DEFENSE and one state; escalation for each round's states at once.
UNWIND $ids AS of
MATCH (target:Entity:State {id: of})
CALL (target) {
  MATCH (target)-[m1:MEMBER_OF]->(a:Alliance)<-[m2:MEMBER_OF]-(s:State)
  WHERE s <> target AND $type IN coalesce(a.obligationTypes, [])
    AND m1.role = 'MEMBER' AND m2.role = 'MEMBER'
    AND m1.from <= $asOf AND (m1.until IS NULL OR $asOf < m1.until)
    AND m2.from <= $asOf AND (m2.until IS NULL OR $asOf < m2.until)
  RETURN s, a AS via, $type IN coalesce(a.conditionalObligationTypes, []) AS conditional,
         m1.from AS from1, m2.from AS from2, m1.until AS until1, m2.until AS until2, m1.sourceIds + m2.sourceIds AS sourceIds
  UNION
  MATCH (target)-[p1:PARTY_TO]->(t:Treaty)<-[p2:PARTY_TO]-(s:State)
  WHERE s <> target AND $type IN coalesce(p2.obligationTypes, [])
    AND p1.from <= $asOf AND (p1.until IS NULL OR $asOf < p1.until)
    AND p2.from <= $asOf AND (p2.until IS NULL OR $asOf < p2.until)
    AND NOT EXISTS { MATCH (:State)-[:PLEDGES {via: t.id}]->(:State) }
  RETURN s, t AS via, $type IN coalesce(p2.conditionalObligationTypes, []) AS conditional,
         p1.from AS from1, p2.from AS from2, p1.until AS until1, p2.until AS until2, p1.sourceIds + p2.sourceIds AS sourceIds
  UNION
  MATCH (s:State)-[pledge:PLEDGES {type: $type}]->(target)
  WHERE pledge.from <= $asOf AND (pledge.until IS NULL OR $asOf < pledge.until)
  MATCH (t:Entity:Treaty {id: pledge.via})
  RETURN s, t AS via, coalesce(pledge.conditional, false) AS conditional,
         pledge.from AS from1, pledge.from AS from2, pledge.until AS until1, pledge.until AS until2, pledge.sourceIds AS sourceIds
}
RETURN of,
       s {.*, label: 'State', notes: null, claimsJson: null, searchText: null, partial: true} AS state,
       via {.*, label: [l IN labels(via) WHERE l <> 'Entity'][0], notes: null, claimsJson: null, searchText: null, partial: true} AS via,
       conditional,
       CASE WHEN from1 > from2 THEN from1 ELSE from2 END AS from,
       CASE WHEN until1 IS NULL THEN until2 WHEN until2 IS NULL THEN until1 WHEN until1 < until2 THEN until1 ELSE until2 END AS until,
       sourceIds
ORDER BY of, toLower(s.name), via.id
