-- Near-duplicates. A wire story reprinted by many outlets is analysed and stored once; every place it
-- appeared is a row of article_sources, so no source or URL is lost. Fingerprints let a later run find
-- the stored original of a new reprint: exact copies by exact_hash, near ones by MinHash bands
-- (locality-sensitive hashing: a candidate shares at least one whole band of its signature).

CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    copy_id    TEXT NOT NULL,    -- the id the appearance has on its own; equal to article_id for the original
    source     TEXT NOT NULL,
    url        TEXT,
    outlet     TEXT,
    title      TEXT,
    published  TEXT,             -- ISO 8601 date, NULL when unknown
    similarity REAL NOT NULL,    -- estimated Jaccard similarity of word shingles to the stored text; 1 for itself
    seen_at    TEXT NOT NULL,    -- UTC ISO 8601 instant
    PRIMARY KEY (article_id, copy_id)
);

CREATE INDEX article_sources_copy ON article_sources (copy_id);

-- Every article stored before this schema is its own only source.
INSERT INTO article_sources (article_id, copy_id, source, url, outlet, title, published, similarity, seen_at)
SELECT id, id, source, NULL, NULL, title, published, 1.0, stored_at FROM articles;

CREATE TABLE fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    exact_hash TEXT NOT NULL,
    minhash    BLOB NOT NULL     -- the signature, 4 bytes big-endian per hash
);

CREATE INDEX fingerprints_exact ON fingerprints (exact_hash);

CREATE TABLE fingerprint_bands (
    band_key   INTEGER NOT NULL,  -- band number << 32 | hash of the band's rows
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
