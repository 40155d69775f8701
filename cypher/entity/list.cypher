// One page of one kind of entity, filtered, in keyset order, with the total before paging.
// $label is an entity label (checked in code); every filter is skipped when its parameter is null.
// The filtered rows are sorted once; $descending reverses them, and the cursor ($cursorKey,
// $cursorId) keeps only rows strictly after it in that order.
MATCH (n:$($label))
WITH n, coalesce(n.from, n.founded, n.inForce, n.signed, n.started) AS since,
     coalesce(n.until, n.dissolved, n.terminated) AS endedBefore
WHERE ($nameContains IS NULL
       OR toLower(n.name) CONTAINS toLower($nameContains)
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($region IS NULL OR n.region = $region)
  AND ($unStatus IS NULL OR n.unStatus = $unStatus)
  AND ($obligation IS NULL OR $obligation IN coalesce(n.obligationTypes, []))
  AND ($validAt IS NULL OR (
        (since IS NULL OR since <= $validAt)
        AND (endedBefore IS NULL OR $validAt < endedBefore)
        AND (n.ended IS NULL OR $validAt <= n.ended)))
  AND ($memberOf IS NULL OR EXISTS {
        MATCH (n)-[m:MEMBER_OF]->(:Alliance {id: $memberOf})
        WHERE $memberAsOf IS NULL OR (m.from <= $memberAsOf AND (m.until IS NULL OR $memberAsOf < m.until)) })
  AND ($hasMember IS NULL OR EXISTS { MATCH (n)<-[:MEMBER_OF]-(:State {id: $hasMember}) })
  AND ($hasParty IS NULL OR EXISTS { MATCH (n)<-[:PARTY_TO]-(:State {id: $hasParty}) })
  AND ($participant IS NULL OR EXISTS { MATCH (n)<-[:PARTICIPATED_IN]-(:Entity {id: $participant}) })
  AND ($conductedBy IS NULL OR EXISTS { MATCH (n)<-[:CONDUCTED]-(:Entity {id: $conductedBy}) })
  AND ($conflict IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(:Conflict {id: $conflict}) })
WITH n, CASE $orderField WHEN 'NAME' THEN toLower(n.name) WHEN 'DATE' THEN coalesce(n.sortDate, '') ELSE n.id END AS key
ORDER BY key, n.id
WITH collect({key: key, id: n.id, node: n}) AS ascending
WITH CASE WHEN $descending THEN reverse(ascending) ELSE ascending END AS ordered
WITH size(ordered) AS totalCount,
     [row IN ordered WHERE $cursorId IS NULL
        OR (NOT $descending AND (row.key > $cursorKey OR (row.key = $cursorKey AND row.id > $cursorId)))
        OR ($descending AND (row.key < $cursorKey OR (row.key = $cursorKey AND row.id < $cursorId)))
     ][0..$limit] AS rows
// The page's rows carry their nodes: the read planner projects the fields asked for, the loader
// path takes them whole (entity/list.ts). Every matching node was sorted, none copied.
RETURN totalCount, rows AS page
