MATCH (k:IdempotencyKey {key: $key})
SET k.changeId = $changeId
