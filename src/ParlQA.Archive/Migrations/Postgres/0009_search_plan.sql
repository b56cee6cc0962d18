-- The search reads the vector of every question it ranks (issue 14's speed): kept in the row (STORAGE MAIN) rather
-- than out of line, where most were (over 2 kB, and tsvectors hardly compress) and every use fetched them again; and
-- the reversed stems of compounds made lexemes of their own (marked with '0', see PostgresIndex.PartMarker), so a
-- query needs no weights to tell them from words and a GIN index answers it without reading the rows. The vectors are
-- made again from the stored texts when the archive is opened (search_rebuild), which also moves them into the rows.
ALTER TABLE questions ALTER COLUMN search SET STORAGE MAIN;
INSERT INTO search_rebuild (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM questions) AND NOT EXISTS (SELECT 1 FROM search_rebuild);
