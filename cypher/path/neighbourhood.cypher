// Everything within $hops (≤ 3) links of one entity on $asOf: one shortest path to each node
// reached (a breadth-first search), at most $limit of them; the caller reports truncation.
MATCH (a:Entity {id: $id})
MATCH p = ANY SHORTEST (a)-[r:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED|SUCCEEDED_BY
    WHERE any(kind IN r.linkKinds WHERE kind IN $via)
      AND r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)]-{1,3}(m:Entity)
WHERE length(p) <= $hops
WITH p ORDER BY length(p)
LIMIT $limit
RETURN [n IN nodes(p) | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0], notes: null, claimsJson: null, searchText: null, partial: true}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id, rel: r {.*}}] AS segments
