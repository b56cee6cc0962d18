-- What a search filters and counts facets on, per question and per document, in two covering indexes: a filtered
-- search tests thousands of matches, and reading each one's wide rows (texts, the document's JSON) was most of
-- its time. The search names them (INDEXED BY): for a lookup by id SQLite would otherwise take the table itself.
CREATE INDEX questions_facts ON questions (id, document_id, answer_id);
CREATE INDEX documents_facts ON documents (id, kind, answered_on, submitted_on, answered_by, committee, session, dossier, addressees, asked_by);
