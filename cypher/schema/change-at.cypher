// Audit records are read in time order, often from a date on.
CREATE RANGE INDEX change_at IF NOT EXISTS
FOR (c:Change) ON (c.at)
