-- What `accord watch` knows of each URL it keeps current, so a restart (or a kill -9) resumes where it
-- stopped. A row is written only after the articles of a poll are stored, so a poll cut short is simply
-- made again. It lives in the store because it describes the store: an ETag means "you already have
-- this", which is true only of the store that has it.

CREATE TABLE watch_state (
    url           TEXT PRIMARY KEY,   -- as the watch list gives it
    etag          TEXT,               -- the ETag of the last response read, sent back as If-None-Match
    last_modified TEXT,               -- its Last-Modified, sent back as If-Modified-Since
    next_poll     TEXT NOT NULL,      -- UTC ISO 8601 instant
    failures      INTEGER NOT NULL    -- failed polls in a row, for the back-off
);
