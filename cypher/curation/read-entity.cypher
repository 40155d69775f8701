// The entity's properties as stored (Neo4j types kept, so they can be written back unchanged).
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
