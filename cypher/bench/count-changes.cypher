// Audit records: one per write that landed.
MATCH (c:Change)
RETURN count(c) AS changes
