-- The first schema. An article row holds the facts as Accord's compact JSON, which is what find()
-- returns; the other tables copy out only what search and filters need, so the JSON stays the one
-- source of truth and a later schema can re-derive them from it.

CREATE TABLE articles (
    id        TEXT PRIMARY KEY,
    source    TEXT NOT NULL,
    title     TEXT,
    published TEXT,              -- ISO 8601 date, NULL when unknown
    language  TEXT NOT NULL,
    text      TEXT NOT NULL,
    facts     TEXT NOT NULL,     -- AccordJson.compact(ArticleFacts)
    stored_at TEXT NOT NULL      -- UTC ISO 8601 instant
);

CREATE INDEX articles_published ON articles (published, id);

CREATE TABLE entities (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id     TEXT NOT NULL,
    type          TEXT NOT NULL,
    name          TEXT NOT NULL,
    code          TEXT,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX entities_code ON entities (code);
CREATE INDEX entities_name ON entities (name);

-- "begin" and "end" are SQL keywords, hence quoted.
CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    time_id    TEXT NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    "begin"    INTEGER NOT NULL,  -- evidence span in the clean text, half-open, UTF-16 code units
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, time_id)
);

-- A normal (not contentless) FTS5 table: snippet() needs the text, and an external-content table
-- would key on articles' rowid, which VACUUM may renumber because articles has a TEXT key.
CREATE VIRTUAL TABLE article_search USING fts5 (
    article_id UNINDEXED,
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE problems (
    input       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,   -- UTC ISO 8601 instant of the first time it was recorded
    PRIMARY KEY (input, reason)
);
