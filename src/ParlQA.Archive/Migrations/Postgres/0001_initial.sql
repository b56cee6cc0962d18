-- The archive's first schema on PostgreSQL: as on SQLite, with the search index as a tsvector per
-- question: stems of the question (weight A) and answer (B), reversed stems of both (C, D).
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
    id            BIGSERIAL PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    position      INTEGER NOT NULL,
    label         TEXT,
    text          TEXT NOT NULL,
    answer_id     TEXT,
    answer_text   TEXT,
    search        TSVECTOR NOT NULL,
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
CREATE INDEX questions_search ON questions USING GIN (search);
CREATE INDEX commitments_document ON commitments (document_id);
CREATE INDEX citations_target ON citations (kind, dossier, number, session);
