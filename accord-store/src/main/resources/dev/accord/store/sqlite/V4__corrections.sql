-- Curation. Each row is one analyst's correction of the machine's facts about an article, with who made
-- it and when; the machine's facts in articles.facts are never changed, so they stay for evaluation.
-- The correction itself is Accord's JSON of dev.accord.model.Correction; the columns beside it are
-- what lookups need.

CREATE TABLE corrections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order corrections were made, which is the order they apply
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    action     TEXT NOT NULL,
    fact_id    TEXT,
    curator    TEXT NOT NULL,
    made_at    TEXT NOT NULL,     -- UTC ISO 8601 instant
    correction TEXT NOT NULL      -- AccordJson.compact(Correction)
);

CREATE INDEX corrections_article ON corrections (article_id, id);
