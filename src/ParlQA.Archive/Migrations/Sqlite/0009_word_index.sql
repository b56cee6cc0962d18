-- Search by words as written and by inflection (issue 14). The index of positions holds folded words rather than
-- stems, so that a word's exact form ranks first and a quoted phrase matches exactly; a word's other forms are found
-- through the index of forms (word_forms: each indexed form with its stem); the reversed stems stay for the last parts
-- of compounds, stemmed anew for inflection only. Both full-text tables are filled again from the stored texts when
-- the archive is opened. Hits show the document's title, kept in a column of its own.
DROP TABLE search;
DROP TABLE search_parts;
CREATE VIRTUAL TABLE search USING fts5 (q, a, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_parts USING fts5 (q, a, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO search (search, rank) VALUES ('hashsize', 8388608);
INSERT INTO search_parts (search_parts, rank) VALUES ('hashsize', 8388608);
INSERT INTO search (search, rank) VALUES ('automerge', 16);
INSERT INTO search_parts (search_parts, rank) VALUES ('automerge', 16);
INSERT INTO search (search, rank) VALUES ('crisismerge', 64);
INSERT INTO search_parts (search_parts, rank) VALUES ('crisismerge', 64);
CREATE TABLE word_forms (form TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX word_forms_stem ON word_forms (stem, form);
DELETE FROM search_rebuild;
INSERT INTO search_rebuild (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM questions);
ALTER TABLE documents ADD COLUMN title TEXT;
UPDATE documents SET title = json_extract(json, '$.title');
