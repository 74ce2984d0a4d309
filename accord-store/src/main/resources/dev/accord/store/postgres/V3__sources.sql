-- Near-duplicates, as in sqlite/V3__sources.sql.

CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    copy_id    TEXT NOT NULL,
    source     TEXT NOT NULL,
    url        TEXT,
    outlet     TEXT,
    title      TEXT,
    published  TEXT,
    similarity DOUBLE PRECISION NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, copy_id)
);

CREATE INDEX article_sources_copy ON article_sources (copy_id);

INSERT INTO article_sources (article_id, copy_id, source, url, outlet, title, published, similarity, seen_at)
SELECT id, id, source, NULL, NULL, title, published, 1.0, stored_at FROM articles;

CREATE TABLE fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    exact_hash TEXT NOT NULL,
    minhash    BYTEA NOT NULL     -- the signature, 4 bytes big-endian per hash
);

CREATE INDEX fingerprints_exact ON fingerprints (exact_hash);

CREATE TABLE fingerprint_bands (
    band_key   BIGINT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
);
