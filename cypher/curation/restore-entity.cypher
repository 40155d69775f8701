// Re-creates a deleted entity with every property it had. $label is checked in code.
CREATE (n:Entity)
SET n:$($label)
SET n = $props
