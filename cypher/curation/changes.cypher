// Audit records oldest first, keyset-paged by (at, id); of one entity when $entityId is set.
MATCH (c:Change)
WHERE ($entityId IS NULL OR $entityId IN c.entityIds)
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($cursorAt IS NULL OR c.at > datetime($cursorAt) OR (c.at = datetime($cursorAt) AND c.id > $cursorId))
RETURN properties(c) AS change
ORDER BY c.at, c.id
LIMIT $limit
