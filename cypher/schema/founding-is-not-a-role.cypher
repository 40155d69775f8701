// Founding is a flag on a membership, not a role: a database written before that (role FOUNDING)
// is brought to it at start. Idempotent: every membership ends with a boolean `founding`.
MATCH ()-[r:MEMBER_OF]->()
WHERE r.founding IS NULL OR r.role = 'FOUNDING'
SET r.founding = coalesce(r.founding, false) OR r.role = 'FOUNDING',
    r.role = CASE r.role WHEN 'FOUNDING' THEN 'MEMBER' ELSE r.role END
