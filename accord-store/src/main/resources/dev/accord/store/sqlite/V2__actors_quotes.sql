-- Actors and quotes, copied out of the facts JSON for the --actor and --speaker filters. The JSON
-- stays the source of truth; stores written before this version hold no actors to copy.

CREATE TABLE actors (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    code          TEXT,              -- ISO 3166-1 alpha-3 for states, registry code for IGOs
    country       TEXT,              -- the state a person or organisation belongs to
    sector        TEXT,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
);

CREATE INDEX actors_code ON actors (code);
CREATE INDEX actors_country ON actors (country);

CREATE TABLE quotes (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    speaker_id   TEXT,
    speaker_name TEXT,
    official     INTEGER NOT NULL,   -- 1 when the speaker speaks for a state
    text         TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);

CREATE INDEX quotes_speaker ON quotes (speaker_name COLLATE NOCASE);
