// Also what makes concurrent repeats of one key queue rather than both write (see curation/claim-idempotency-key).
CREATE CONSTRAINT idempotency_key_unique IF NOT EXISTS
FOR (k:IdempotencyKey) REQUIRE k.key IS UNIQUE
