// Chains of defence commitments from the states taking part in a conflict on $asOf outward to
// states not (yet) in it: the shortest chain from each participant to each state it reaches
// within $maxHops links, shortest first, at most $first of them.
MATCH (c:Entity:Conflict {id: $conflict})<-[joined:PARTICIPATED_IN]-(s:State)
WHERE joined.from <= $asOf AND (joined.until IS NULL OR $asOf < joined.until)
WITH c, collect({state: s, link: joined}) AS participants
WITH c, participants, [p IN participants | p.state] AS inConflict
UNWIND participants AS participant
WITH c, inConflict, participant.state AS s, participant.link AS joined
MATCH p = SHORTEST 1 (s)-[r:MEMBER_OF|PARTY_TO
    WHERE any(kind IN r.linkKinds WHERE kind IN ['MILITARY_ALLIANCE', 'DEFENSE_TREATY'])
      AND r.from <= $asOf AND (r.until IS NULL OR $asOf < r.until)]-{1,8}(t:State)
WHERE NOT t IN inConflict AND length(p) <= $maxHops
WITH c, joined, p ORDER BY length(p), t.name
LIMIT $first
RETURN [n IN [c] + nodes(p) | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0], notes: null, claimsJson: null, searchText: null, partial: true}] AS nodes,
       [r IN [joined] + relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id, rel: r {.*}}] AS segments
