-- The archive's first schema: documents with their JSON, one row per question (with its answer's
-- text), a contentless full-text index over stems and reversed stems, commitments and citations.
CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    sha256        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    session       TEXT,
    dossier       TEXT,
    number        INTEGER,
    committee     TEXT,
    addressees    TEXT,
    asked_by      TEXT,
    answered_by   TEXT,
    submitted_on  TEXT,
    answered_on   TEXT,
    subject       TEXT,
    json          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);

CREATE TABLE questions (
    id            INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    position      INTEGER NOT NULL,
    label         TEXT,
    text          TEXT NOT NULL,
    answer_id     TEXT,
    answer_text   TEXT,
    UNIQUE (document_id, question_id)
);

CREATE TABLE commitments (
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    answer_id     TEXT NOT NULL,
    text          TEXT NOT NULL,
    due_hint      TEXT,
    due_date      TEXT
);

CREATE TABLE citations (
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    dossier       TEXT,
    number        INTEGER,
    session       TEXT,
    text          TEXT NOT NULL
);

CREATE INDEX questions_document ON questions (document_id);
CREATE INDEX commitments_document ON commitments (document_id);
CREATE INDEX citations_target ON citations (kind, dossier, number, session);

-- q/a: stems of question and answer; qr/ar: the same stems reversed, for the last parts of compounds.
CREATE VIRTUAL TABLE search USING fts5 (q, a, qr, ar, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
