// One round trip for a batch of ids; ids without an entity are simply absent. The search text
// is an index helper, never part of an answer: it is left on the server.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0], searchText: null} AS entity
