-- The commitments register keeps every answer that makes a promise (a promise made in the same words in several
-- answers of one document is one commitment), and the history of each commitment's status: who marked it, when,
-- from which status to which, with which document. A commitment's history is keyed by its document and text, which
-- stay the same when its document is stored again (the row, and so its id, is then new).
ALTER TABLE commitments ADD COLUMN IF NOT EXISTS answer_ids TEXT;
UPDATE commitments SET answer_ids = COALESCE(
    (SELECT string_agg(a.value, ' ' ORDER BY a.n)
     FROM documents d, jsonb_array_elements(d.json::jsonb -> 'commitments') c, jsonb_array_elements_text(c.value -> 'answerIds') WITH ORDINALITY a(value, n)
     WHERE d.id = commitments.document_id AND c.value ->> 'text' = commitments.text),
    answer_id);
CREATE TABLE IF NOT EXISTS commitment_changes (
    id            BIGSERIAL PRIMARY KEY,
    document_id   TEXT NOT NULL,
    text          TEXT NOT NULL,
    at            TEXT NOT NULL,
    via           TEXT NOT NULL,
    account       TEXT,
    from_status   TEXT NOT NULL,
    to_status     TEXT NOT NULL,
    fulfilled_by  TEXT
);
CREATE INDEX IF NOT EXISTS commitment_changes_commitment ON commitment_changes (document_id, text);
