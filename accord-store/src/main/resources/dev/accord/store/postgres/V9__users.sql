-- Curators with tokens of their own, as in sqlite/V9__users.sql.

CREATE TABLE users (
    name       TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used  TEXT
);

-- The audit list: corrections by curator and day.
CREATE INDEX corrections_curator ON corrections (curator, made_at);
CREATE INDEX corrections_made_at ON corrections (made_at);
