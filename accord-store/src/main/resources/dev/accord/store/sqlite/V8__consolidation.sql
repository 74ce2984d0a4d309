-- The record across articles (issue 15): each event, agreement and person mention of an article is attached to
-- one consolidated fact, and the views count those. GDELT's pattern: consolidated_events is its events table,
-- event_reports its mentions table. The engine (accord-consolidate) reads candidates through
-- consolidation_mentions and consolidation_blocks without re-reading articles, so consolidating a new article
-- touches only the mentions that share a blocking key with it. Stores made before this version start empty
-- here; `accord consolidate` fills them from the stored articles.

-- Every mention the engine has seen, with what it compares (Accord's JSON of EventMention, AgreementMention or
-- PersonMention) and the consolidated fact it is attached to.
CREATE TABLE consolidation_mentions (
    kind            TEXT NOT NULL,      -- EVENT, AGREEMENT or PERSON
    mention_key     TEXT NOT NULL,      -- articleId#factId
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    consolidated_id TEXT,               -- the consolidated fact it belongs to; null until assigned
    mention         TEXT NOT NULL,      -- AccordJson.compact of the mention
    PRIMARY KEY (kind, mention_key)
);

CREATE INDEX consolidation_mentions_article ON consolidation_mentions (article_id);
CREATE INDEX consolidation_mentions_assigned ON consolidation_mentions (kind, consolidated_id);

-- The blocking keys of each mention (actor, type family, date window ...): candidate lookup by key.
CREATE TABLE consolidation_blocks (
    kind        TEXT NOT NULL,
    block_key   TEXT NOT NULL,
    mention_key TEXT NOT NULL,
    PRIMARY KEY (kind, block_key, mention_key)
);

CREATE INDEX consolidation_blocks_mention ON consolidation_blocks (kind, mention_key);

-- One real-world event with every report of it; the columns are what the views filter on, the record is
-- Accord's JSON of ConsolidatedEvent.
CREATE TABLE consolidated_events (
    id           TEXT PRIMARY KEY,   -- ev: and 16 hex digits, stable whatever order articles arrive in
    type         TEXT NOT NULL,      -- PLOVER type
    modality     TEXT NOT NULL,
    date         TEXT,               -- its best TIMEX3 date value
    reports      INTEGER NOT NULL,   -- distinct articles reporting it
    first_report TEXT,               -- ISO date of its earliest report
    last_report  TEXT,
    record       TEXT NOT NULL
);

-- Each report of a consolidated event: the article, the article's event, the trigger's span (half-open,
-- UTF-16 code units into the article's text) and the coder's confidence.
CREATE TABLE event_reports (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL,
    consolidated_id TEXT NOT NULL,
    span_begin INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, event_id)
);

CREATE INDEX event_reports_event ON event_reports (consolidated_id);

CREATE TABLE consolidated_agreements (
    id      TEXT PRIMARY KEY,        -- ag: and 16 hex digits
    name    TEXT NOT NULL,
    reports INTEGER NOT NULL,
    record  TEXT NOT NULL            -- Accord's JSON of ConsolidatedAgreement
);

CREATE TABLE consolidated_people (
    id      TEXT PRIMARY KEY,        -- pe: and 16 hex digits
    name    TEXT NOT NULL,
    reports INTEGER NOT NULL,
    record  TEXT NOT NULL            -- Accord's JSON of ConsolidatedPerson
);

-- Analysts' corrections of consolidation, as must-link and cannot-link constraints between two mentions, so
-- that they hold however the mentions are consolidated again.
CREATE TABLE consolidation_constraints (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order they were made
    kind        TEXT NOT NULL,
    relation    TEXT NOT NULL,                      -- MUST_LINK or CANNOT_LINK
    first_key   TEXT NOT NULL,
    second_key  TEXT NOT NULL,
    analyst     TEXT NOT NULL,
    made_at     TEXT NOT NULL,                      -- UTC ISO 8601 instant
    record      TEXT NOT NULL                       -- Accord's JSON of ConsolidationConstraint
);
