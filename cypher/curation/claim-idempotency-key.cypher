// The first request with a key creates it; a concurrent repeat waits on the uniqueness
// constraint until the first commits (and then finds its changeId) or rolls back (and then
// creates the key itself). So a key's write happens once, however many repeats race.
MERGE (k:IdempotencyKey {key: $key})
  ON CREATE SET k.requestHash = $requestHash, k.createdAt = datetime.transaction()
RETURN k.changeId AS changeId, k.requestHash AS requestHash
