-- On PostgreSQL as on SQLite: the Tweede Kamer's own record as its SyncFeed delivers it (ParlQA.Sync): cases, their actors, documents,
-- document actors, people, parties, dossiers and commitments, the last version of each winning. A deleted
-- entity stays as a row marked deleted. Beside them: the feed cursor per category (written in the same
-- transaction as its page), the documents whose archive document must be (re)built, the files read, and which
-- archive document each feed document became.
CREATE TABLE IF NOT EXISTS tk_zaak (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    nummer TEXT, soort TEXT, onderwerp TEXT, titel TEXT, gestart_op TEXT, vergaderjaar TEXT, kamerstukdossier_id TEXT, afgedaan INTEGER
);
CREATE INDEX IF NOT EXISTS tk_zaak_soort ON tk_zaak (soort, gestart_op);
CREATE INDEX IF NOT EXISTS tk_zaak_nummer ON tk_zaak (nummer);

CREATE TABLE IF NOT EXISTS tk_zaak_actor (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    zaak_id TEXT, persoon_id TEXT, fractie_id TEXT, actor_naam TEXT, actor_fractie TEXT, functie TEXT, relatie TEXT
);
CREATE INDEX IF NOT EXISTS tk_zaak_actor_zaak ON tk_zaak_actor (zaak_id);

CREATE TABLE IF NOT EXISTS tk_document (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    soort TEXT, document_nummer TEXT, titel TEXT, onderwerp TEXT, datum TEXT, volgnummer INTEGER, vergaderjaar TEXT,
    aanhangselnummer TEXT, kamerstukdossier_id TEXT, versie_id TEXT, content_type TEXT, content_length BIGINT, enclosure TEXT
);
CREATE INDEX IF NOT EXISTS tk_document_dossier ON tk_document (kamerstukdossier_id);

-- A document can belong to more than one case.
CREATE TABLE IF NOT EXISTS tk_document_zaak (
    document_id TEXT NOT NULL, zaak_id TEXT NOT NULL, PRIMARY KEY (document_id, zaak_id)
);
CREATE INDEX IF NOT EXISTS tk_document_zaak_zaak ON tk_document_zaak (zaak_id);

CREATE TABLE IF NOT EXISTS tk_document_actor (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    document_id TEXT, persoon_id TEXT, fractie_id TEXT, actor_naam TEXT, actor_fractie TEXT, functie TEXT, relatie TEXT
);
CREATE INDEX IF NOT EXISTS tk_document_actor_document ON tk_document_actor (document_id);

CREATE TABLE IF NOT EXISTS tk_persoon (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    nummer TEXT, initialen TEXT, tussenvoegsel TEXT, achternaam TEXT, roepnaam TEXT, functie TEXT, fractielabel TEXT
);

CREATE TABLE IF NOT EXISTS tk_fractie (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    nummer TEXT, afkorting TEXT, naam_nl TEXT, naam_en TEXT, datum_actief TEXT, datum_inactief TEXT
);

CREATE TABLE IF NOT EXISTS tk_kamerstukdossier (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    nummer BIGINT, toevoeging TEXT, titel TEXT
);

CREATE TABLE IF NOT EXISTS tk_toezegging (
    id TEXT PRIMARY KEY, bijgewerkt TEXT, deleted INTEGER NOT NULL,
    nummer TEXT, tekst TEXT, naam TEXT, functie TEXT, ministerie TEXT, status TEXT, datum_nakoming TEXT,
    kamerbrief_nakoming TEXT, aanmaakdatum TEXT, fractie_id TEXT, persoon_id TEXT
);

-- Per category: where to go on (the next page, relative to the origin), and how the last run went.
CREATE TABLE IF NOT EXISTS tk_cursor (
    category TEXT PRIMARY KEY, next_page TEXT, skiptoken TEXT, pages INTEGER NOT NULL, entities INTEGER NOT NULL,
    last_run TEXT, last_error TEXT
);

-- Feed documents whose archive document must be built again (new, changed, or their case changed).
CREATE TABLE IF NOT EXISTS tk_pending (document_id TEXT PRIMARY KEY);

-- What reading each document's file gave, for the file version it was read from: its document as read, or why not.
CREATE TABLE IF NOT EXISTS tk_file (
    document_id TEXT PRIMARY KEY, version TEXT NOT NULL, sha256 TEXT, error TEXT, json TEXT
);

-- Which archive document each feed document became, and the case it belongs to.
CREATE TABLE IF NOT EXISTS tk_archived (
    document_id TEXT PRIMARY KEY, archive_id TEXT NOT NULL, case_number TEXT, soort TEXT, datum TEXT
);
CREATE INDEX IF NOT EXISTS tk_archived_archive ON tk_archived (archive_id);
CREATE INDEX IF NOT EXISTS tk_archived_case ON tk_archived (case_number);
