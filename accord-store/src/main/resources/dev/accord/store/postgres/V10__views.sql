-- In PostgreSQL's SQL, the same tables as sqlite/V10__views.sql; text sorts by code point (COLLATE "C"), as in SQLite.
-- The read side (issue 16): what the server's views read, kept current in the same transaction as each article,
-- each correction and each consolidation delta, so that no view scans the store. The facts JSON stays the source
-- of truth; StoredViews derives every row here from the curated facts and the consolidated records, and fills
-- these tables for stores made before this version when it opens them.

-- Every article's event as the curators left it, as the views show it (Accord's JSON of ViewRows.EventRow):
-- what a consolidated event's row is made of.
CREATE TABLE view_reports (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   TEXT COLLATE "C" NOT NULL,
    shown        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, event_id)
);

-- The events the views count: each consolidated event once, and each article's event that no consolidated event
-- holds. sort_date is the date, or '~' (after every digit and letter) for undated events, so that date order puts
-- them last with one index.
CREATE TABLE view_events (
    id         TEXT COLLATE "C" PRIMARY KEY,   -- the consolidated event's id, or articleId#eventId
    article_id TEXT COLLATE "C" NOT NULL,      -- the article of its first report
    event_id   TEXT COLLATE "C" NOT NULL,
    type       TEXT COLLATE "C" NOT NULL,
    score      INTEGER NOT NULL,
    date       TEXT COLLATE "C",
    sort_date  TEXT COLLATE "C" NOT NULL,
    latest     TEXT COLLATE "C" NOT NULL,      -- the date, or '' for undated events, so that newest first puts them last
    modality   TEXT COLLATE "C" NOT NULL,
    quoted     INTEGER NOT NULL,
    outlet     TEXT COLLATE "C",
    language   TEXT COLLATE "C",
    stored_at  TEXT COLLATE "C" NOT NULL,      -- when its first report was stored
    latitude   DOUBLE PRECISION,
    longitude  DOUBLE PRECISION,
    mentions   TEXT COLLATE "C" NOT NULL,      -- JSON array of the mention keys it counts
    shown        TEXT COLLATE "C" NOT NULL       -- Accord's JSON of ViewRows.EventRow
);

CREATE INDEX view_events_date ON view_events (sort_date, article_id, event_id);
CREATE INDEX view_events_latest ON view_events (latest, article_id, event_id);
CREATE INDEX view_events_type ON view_events (type, sort_date, article_id, event_id);
CREATE INDEX view_events_score ON view_events (score, sort_date, article_id, event_id);
CREATE INDEX view_events_stored ON view_events (stored_at);
CREATE INDEX view_events_place ON view_events (latitude, longitude);

-- Who takes part in each counted event: every participant's key and the state it acts for.
CREATE TABLE view_event_codes (
    code      TEXT COLLATE "C" NOT NULL,
    id        TEXT COLLATE "C" NOT NULL,
    sort_date TEXT COLLATE "C" NOT NULL,
    latest    TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    event_id  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (code, id)
);

CREATE INDEX view_event_codes_date ON view_event_codes (code, sort_date, article_id, event_id);
CREATE INDEX view_event_codes_latest ON view_event_codes (code, latest, article_id, event_id);
CREATE INDEX view_event_codes_event ON view_event_codes (id);

-- Counted events by participant, second participant, month and type. code '' and partner '' count every event;
-- partner '' counts an actor's events; both set count a dyad's (each dyad both ways). month '' is undated.
CREATE TABLE view_counts (
    code    TEXT COLLATE "C" NOT NULL,
    partner TEXT COLLATE "C" NOT NULL,
    month   TEXT COLLATE "C" NOT NULL,
    type    TEXT COLLATE "C" NOT NULL,
    events  INTEGER NOT NULL,
    PRIMARY KEY (code, partner, month, type)
);

-- An actor's partners by the state they act for (a person counts for the state it speaks for).
CREATE TABLE view_partners (
    code    TEXT COLLATE "C" NOT NULL,
    partner TEXT COLLATE "C" NOT NULL,
    events  INTEGER NOT NULL,
    PRIMARY KEY (code, partner)
);

CREATE INDEX view_partners_events ON view_partners (code, events);

-- Counted events with a position, by place and type.
CREATE TABLE view_places (
    place     TEXT COLLATE "C" NOT NULL,
    latitude  DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    type      TEXT COLLATE "C" NOT NULL,
    events    INTEGER NOT NULL,
    PRIMARY KEY (place, latitude, longitude, type)
);

-- Every actor profile key, with the name the first article naming it gives and how often articles name it.
CREATE TABLE view_actors (
    key        TEXT COLLATE "C" PRIMARY KEY,
    actor_id   TEXT COLLATE "C" NOT NULL,
    name       TEXT COLLATE "C" NOT NULL,
    kind       TEXT COLLATE "C" NOT NULL,
    country    TEXT COLLATE "C",
    articles   INTEGER NOT NULL,
    mentions   INTEGER NOT NULL
);

CREATE INDEX view_actors_articles ON view_actors (articles, key);

-- What autocomplete finds an actor by: its name, its code, each word of its name and the words articles name it
-- with, lower case; a prefix is a range of this index.
CREATE TABLE view_actor_terms (
    term TEXT COLLATE "C" NOT NULL,
    key  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (term, key)
);

CREATE INDEX view_actor_terms_key ON view_actor_terms (key);

-- Each stored article as lists show it (Accord's JSON of ViewRows.ArticleRow), and what filters it.
CREATE TABLE view_articles (
    id         TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    sort_published TEXT COLLATE "C" NOT NULL,  -- published, or '' for undated, so that newest first puts them last
    published  TEXT COLLATE "C",
    outlet     TEXT COLLATE "C",
    language   TEXT COLLATE "C",
    stored_at  TEXT COLLATE "C" NOT NULL,
    shown        TEXT COLLATE "C" NOT NULL
);

CREATE INDEX view_articles_published ON view_articles (sort_published, id);

-- An article's actor keys and countries (ACTOR), event types (TYPE), themes (THEME) and outlet (OUTLET).
CREATE TABLE view_article_keys (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    facet      TEXT COLLATE "C" NOT NULL,
    key        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, facet, key)
);

CREATE INDEX view_article_keys_key ON view_article_keys (facet, key, article_id);

-- How many articles each facet key has, for the facets of an unfiltered list.
CREATE TABLE view_facets (
    facet    TEXT COLLATE "C" NOT NULL,
    key      TEXT COLLATE "C" NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (facet, key)
);

CREATE INDEX view_facets_articles ON view_facets (facet, articles);

-- Every quote as the views show it.
CREATE TABLE view_quotes (
    article_id   TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id     TEXT COLLATE "C" NOT NULL,
    speaker_key  TEXT COLLATE "C",
    speaker_name TEXT COLLATE "C",
    sort_name    TEXT COLLATE "C" NOT NULL,    -- the speaker's name, or '~' when unknown, so that they come last
    on_behalf_of TEXT COLLATE "C",
    shown          TEXT COLLATE "C" NOT NULL,    -- Accord's JSON of ViewRows.QuoteRow
    PRIMARY KEY (article_id, quote_id)
);

CREATE INDEX view_quotes_name ON view_quotes (sort_name, article_id, quote_id);
CREATE INDEX view_quotes_speaker ON view_quotes (speaker_key);
CREATE INDEX view_quotes_behalf ON view_quotes (on_behalf_of);

-- Every article's agreement, and the agreements the views list: each consolidated agreement once, and each
-- article's agreement that no consolidated one holds; with their parties.
CREATE TABLE view_agreement_reports (
    article_id   TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    agreement_id TEXT COLLATE "C" NOT NULL,
    shown          TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, agreement_id)
);

CREATE TABLE view_agreements (
    id           TEXT COLLATE "C" PRIMARY KEY,
    name         TEXT COLLATE "C" NOT NULL,
    article_id   TEXT COLLATE "C" NOT NULL,
    agreement_id TEXT COLLATE "C" NOT NULL,
    mentions     TEXT COLLATE "C" NOT NULL,
    shown          TEXT COLLATE "C" NOT NULL
);

CREATE INDEX view_agreements_name ON view_agreements (name, article_id, agreement_id);

CREATE TABLE view_agreement_parties (
    code TEXT COLLATE "C" NOT NULL,
    id   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (code, id)
);

CREATE INDEX view_agreement_parties_id ON view_agreement_parties (id);
