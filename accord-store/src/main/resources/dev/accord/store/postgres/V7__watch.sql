-- What `accord watch` knows of each URL it keeps current, as in sqlite/V7__watch.sql.

CREATE TABLE watch_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    next_poll     TEXT NOT NULL,
    failures      INTEGER NOT NULL
);
