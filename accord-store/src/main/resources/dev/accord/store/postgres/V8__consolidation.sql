-- The record across articles, as in sqlite/V8__consolidation.sql.

CREATE TABLE consolidation_mentions (
    kind            TEXT NOT NULL,
    mention_key     TEXT NOT NULL,
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    consolidated_id TEXT,
    mention         TEXT NOT NULL,
    PRIMARY KEY (kind, mention_key)
);

CREATE INDEX consolidation_mentions_article ON consolidation_mentions (article_id);
CREATE INDEX consolidation_mentions_assigned ON consolidation_mentions (kind, consolidated_id);

CREATE TABLE consolidation_blocks (
    kind        TEXT NOT NULL,
    block_key   TEXT NOT NULL,
    mention_key TEXT NOT NULL,
    PRIMARY KEY (kind, block_key, mention_key)
);

CREATE INDEX consolidation_blocks_mention ON consolidation_blocks (kind, mention_key);

CREATE TABLE consolidated_events (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    modality     TEXT NOT NULL,
    date         TEXT,
    reports      INTEGER NOT NULL,
    first_report TEXT,
    last_report  TEXT,
    record       TEXT NOT NULL
);

CREATE TABLE event_reports (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL,
    consolidated_id TEXT NOT NULL,
    span_begin INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, event_id)
);

CREATE INDEX event_reports_event ON event_reports (consolidated_id);

CREATE TABLE consolidated_agreements (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    reports INTEGER NOT NULL,
    record  TEXT NOT NULL
);

CREATE TABLE consolidated_people (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    reports INTEGER NOT NULL,
    record  TEXT NOT NULL
);

CREATE TABLE consolidation_constraints (
    id          BIGSERIAL PRIMARY KEY,
    kind        TEXT NOT NULL,
    relation    TEXT NOT NULL,
    first_key   TEXT NOT NULL,
    second_key  TEXT NOT NULL,
    analyst     TEXT NOT NULL,
    made_at     TEXT NOT NULL,
    record      TEXT NOT NULL
);
