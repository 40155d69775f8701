// Up to 100 shortest chains between two entities (shortest first), every link valid on $asOf and
// of a kind in $via, at most $maxHops (≤ 4) long; chains that visit a node twice are dropped.
// SHORTEST 100 bounds the search however dense the graph is; $first cuts the answer.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 100 (a)-[r:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED|SUCCEEDED_BY
    WHERE any(kind IN r.linkKinds WHERE kind IN $via)
      AND r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)]-{1,4}(b)
WHERE length(p) <= $maxHops
WITH p
WHERE size(reduce(seen = [], n IN nodes(p) | CASE WHEN n IN seen THEN seen ELSE seen + n END)) = length(p) + 1
WITH p ORDER BY length(p)
LIMIT $first
RETURN [n IN nodes(p) | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0], notes: null, claimsJson: null, searchText: null, partial: true}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id, rel: r {.*}}] AS segments
