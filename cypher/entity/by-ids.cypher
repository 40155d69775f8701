// One round trip for a batch of ids; ids without an entity are simply absent.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
