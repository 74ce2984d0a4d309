-- Curation, as in sqlite/V4__corrections.sql.

CREATE TABLE corrections (
    id         BIGSERIAL PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    action     TEXT NOT NULL,
    fact_id    TEXT,
    curator    TEXT NOT NULL,
    made_at    TEXT NOT NULL,
    correction TEXT NOT NULL
);

CREATE INDEX corrections_article ON corrections (article_id, id);
