-- Question rounds live beside the archive, in the same file: each round whole as JSON (its questions, answers
-- and history), with the fields lists are filtered by as columns.
CREATE TABLE rounds (
    id         TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL UNIQUE,
    committee  TEXT NOT NULL,
    ministry   TEXT NOT NULL,
    state      TEXT NOT NULL,
    due_on     TEXT,
    version    INTEGER NOT NULL,
    json       TEXT NOT NULL
);

CREATE TABLE accounts (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    committee  TEXT,
    party      TEXT,
    ministry   TEXT,
    password   TEXT,
    token_hash TEXT UNIQUE
);
