-- The full-text index in two tables: stems with positions (words, inflections, phrases; ranked first), and the
-- stems reversed without positions (the last parts of compounds: a third of the size, and quicker to write).
-- The stems are made in code, so the tables are filled again from the stored texts when the archive is opened.
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5 (q, a, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_parts USING fts5 (q, a, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2');
-- Pending index data is written out per 8 MB rather than per 1 MB: fewer, larger segments to merge on ingest.
INSERT INTO search (search, rank) VALUES ('hashsize', 8388608);
INSERT INTO search_parts (search_parts, rank) VALUES ('hashsize', 8388608);
CREATE TABLE search_rebuild (pending INTEGER NOT NULL);
INSERT INTO search_rebuild (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM questions);
