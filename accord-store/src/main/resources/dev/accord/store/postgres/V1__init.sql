-- The first schema, in PostgreSQL's SQL: the same tables as sqlite/V1__init.sql. Full-text search is a
-- stored tsvector over title (weight A) and text (weight B) with a GIN index, where SQLite has FTS5. The
-- 'simple' configuration lower-cases words without stemming them, as SQLite's unicode61 tokenizer does.

CREATE TABLE articles (
    id        TEXT PRIMARY KEY,
    source    TEXT NOT NULL,
    title     TEXT,
    published TEXT,              -- ISO 8601 date, NULL when unknown
    language  TEXT NOT NULL,
    text      TEXT NOT NULL,
    facts     TEXT NOT NULL,     -- AccordJson.compact(ArticleFacts)
    stored_at TEXT NOT NULL,     -- UTC ISO 8601 instant
    search    tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                  || setweight(to_tsvector('simple', text), 'B')) STORED
);

CREATE INDEX articles_published ON articles (published, id);
CREATE INDEX articles_search ON articles USING GIN (search);

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

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    time_id    TEXT NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    "begin"    INTEGER NOT NULL,  -- evidence span in the clean text, half-open, UTF-16 code units
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, time_id)
);

CREATE TABLE problems (
    input       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,   -- UTC ISO 8601 instant of the first time it was recorded
    PRIMARY KEY (input, reason)
);
