// The shortest chain of links of the kinds in $via between two entities, every link valid on
// $asOf, at most $maxHops long. SHORTEST 1 between two bound nodes is planned as a bidirectional
// breadth-first search (StatefulShortestPath(Into)); the relationship predicate is checked as it
// expands, so invalid links are never followed.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[r:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED|SUCCEEDED_BY
    WHERE any(kind IN r.linkKinds WHERE kind IN $via)
      AND r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)]-{1,8}(b)
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0], notes: null, claimsJson: null, searchText: null, partial: true}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id, rel: r {.*}}] AS segments
