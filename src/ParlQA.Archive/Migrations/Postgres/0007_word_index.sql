-- Search by words as written and by inflection (issue 14), as in the SQLite archive: the tsvector holds folded
-- words (A question, B answer) and reversed inflection stems (C, D) for the last parts of compounds; a word's other
-- forms come from the index of forms (word_forms). The vectors are made in code, so they are made again from the
-- stored texts when the archive is opened (search_rebuild). Hits show the document's title, kept in a column of its own.
CREATE TABLE word_forms (form TEXT PRIMARY KEY, stem TEXT NOT NULL);
CREATE INDEX word_forms_stem ON word_forms (stem, form);
CREATE TABLE search_rebuild (pending INTEGER NOT NULL);
INSERT INTO search_rebuild (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM questions);
ALTER TABLE documents ADD COLUMN title TEXT;
UPDATE documents SET title = json::jsonb ->> 'title';
