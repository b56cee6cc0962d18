-- Account administration: an account can be disabled (it can neither sign in nor use its token) and removed (kept
-- as a tombstone without password or token, so that an id in a round's history never comes to mean someone else).
-- The security stamp changes with every password, token or state change, so that sessions signed in before end.
ALTER TABLE accounts ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN removed_at TEXT;
ALTER TABLE accounts ADD COLUMN created_at TEXT;
ALTER TABLE accounts ADD COLUMN security_stamp TEXT;
