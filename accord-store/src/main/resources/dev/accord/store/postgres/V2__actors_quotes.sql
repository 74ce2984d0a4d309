-- Actors and quotes, as in sqlite/V2__actors_quotes.sql.

CREATE TABLE actors (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    code          TEXT,
    country       TEXT,
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
    official     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);

CREATE INDEX quotes_speaker ON quotes (lower(speaker_name));
