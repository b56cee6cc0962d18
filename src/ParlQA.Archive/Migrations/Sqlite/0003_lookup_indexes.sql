-- Lookups a web page makes on every view: documents by number (a citation resolved to the archived document),
-- citations by number ("cited by"), newest documents first (the document list and home page).
CREATE INDEX documents_number ON documents (number);
CREATE INDEX citations_number ON citations (number);
CREATE INDEX documents_date ON documents (COALESCE(answered_on, submitted_on, ''), id);
