// The organs of each alliance in $ids (alliances whose parent it is).
UNWIND $ids AS parentId
MATCH (organ:Alliance {parentId: parentId})
WITH parentId, organ ORDER BY organ.name
RETURN parentId, collect(organ {.*, label: 'Alliance'}) AS rows
