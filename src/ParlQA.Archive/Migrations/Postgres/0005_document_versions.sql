-- Every version of every document, so that nothing in the archive is overwritten without a trace: how it came
-- (added, replaced, restored, removed), when, by which way (ingest, sync, upload, restore…) and account. The current
-- version's JSON is its documents row's (json is null here while it is current); a version's JSON moves here when
-- it is replaced or removed. The documents already stored become their version 1.
CREATE TABLE IF NOT EXISTS document_versions (
    document_id    TEXT NOT NULL,
    version        INTEGER NOT NULL,
    change         TEXT NOT NULL,
    sha256         TEXT,
    json           TEXT,
    at             TEXT NOT NULL,
    via            TEXT NOT NULL,
    account        TEXT,
    restored_from  INTEGER,
    reason         TEXT,
    PRIMARY KEY (document_id, version)
);
INSERT INTO document_versions (document_id, version, change, sha256, at, via)
    SELECT id, 1, 'added', sha256, ingested_at, 'before versions were kept' FROM documents
    WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = documents.id);
