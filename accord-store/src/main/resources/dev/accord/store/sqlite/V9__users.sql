-- Curators, each with a token of their own: the server records the user whose token a correction came
-- with as its curator. Only a hash of each token is kept (tokens are 256 random bits, so SHA-256 is
-- enough to make a stolen store useless for signing in); a revoked user keeps their row, because their
-- corrections still name them, and their name is never given to anybody else.

CREATE TABLE users (
    name       TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,  -- SHA-256 of the token, as hex
    created_at TEXT NOT NULL,         -- UTC ISO 8601 instant
    revoked_at TEXT,                  -- when the token stopped working; null while it works
    last_used  TEXT                   -- the last write the token signed; null if none
);

-- The audit list: corrections by curator and day.
CREATE INDEX corrections_curator ON corrections (curator, made_at);
CREATE INDEX corrections_made_at ON corrections (made_at);
