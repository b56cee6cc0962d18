-- Administrative actions (accounts made, disabled, enabled, removed, passwords reset, tokens rotated, document
-- versions restored, backups made): when, by which way and account, what, to what. Rows are only ever added.
CREATE TABLE IF NOT EXISTS audit_log (
    id       BIGSERIAL PRIMARY KEY,
    at       TEXT NOT NULL,
    via      TEXT NOT NULL,
    account  TEXT,
    action   TEXT NOT NULL,
    target   TEXT,
    detail   TEXT
);
