// The audit record of one write, in the write's own transaction: both commit or neither does.
CREATE (c:Change {
  id: $id,
  at: datetime.transaction(),
  curator: $curator,
  mutation: $mutation,
  targetKind: $targetKind,
  targetType: $targetType,
  targetId: $targetId,
  entityIds: $entityIds,
  before: $before,
  after: $after,
  versionBefore: $versionBefore,
  versionAfter: $versionAfter,
  sourceIds: $sourceIds,
  revertOf: $revertOf
})
RETURN properties(c) AS change
