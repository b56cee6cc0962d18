-- The commitments register: each commitment gets a stable id, and can be marked fulfilled by a later
-- document. SQLite cannot add a primary key to a table, so the table is rebuilt.
CREATE TABLE commitments_new (
    id            INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    answer_id     TEXT NOT NULL,
    text          TEXT NOT NULL,
    due_hint      TEXT,
    due_date      TEXT,
    fulfilled_by  TEXT,
    fulfilled_on  TEXT
);
INSERT INTO commitments_new (document_id, answer_id, text, due_hint, due_date)
    SELECT document_id, answer_id, text, due_hint, due_date FROM commitments ORDER BY rowid;
DROP TABLE commitments;
ALTER TABLE commitments_new RENAME TO commitments;
CREATE INDEX commitments_document ON commitments (document_id);
