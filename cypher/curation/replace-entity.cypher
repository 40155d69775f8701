// Replaces every property of the entity with $props (which holds all of them, version included).
// $label is one of the entity labels (checked in code).
MATCH (n:Entity {id: $id})
SET n:$($label)
SET n = $props
