-- What lets the slow lists of issue 16 answer in index order and take their totals from kept counts. StoredViews
-- derives these columns and tables from the facts: a store migrated from an earlier version has its views derived
-- anew when it opens.

-- The event's calendar month as view_counts keys it: '' when undated or dated more coarsely than a month (a year,
-- a season, a week). The kept counts answer a range of whole months; the events of coarse dates in the range are
-- counted from this index.
ALTER TABLE view_events ADD COLUMN month TEXT NOT NULL DEFAULT '';
CREATE INDEX view_events_month ON view_events (month, sort_date);

-- Each article's key with the article's date, so that the articles of an actor, a type or a theme are read newest
-- first from one index, a page at a time.
ALTER TABLE view_article_keys ADD COLUMN sort_published TEXT NOT NULL DEFAULT '';
CREATE INDEX view_article_keys_newest ON view_article_keys (facet, key, sort_published DESC, article_id);

-- Newest first with ties by id is the lists' order: an index in that order, not one read backwards.
DROP INDEX view_articles_published;
CREATE INDEX view_articles_published ON view_articles (sort_published DESC, id);

-- What a quote is found by when asked for by speaker: the speaker's whole name, each word of it, the speaker's key
-- and the state or organisation it speaks for, lower case; in the quotes' list order.
CREATE TABLE view_quote_names (
    term       TEXT NOT NULL,
    sort_name  TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id   TEXT NOT NULL,
    PRIMARY KEY (term, sort_name, article_id, quote_id)
);

CREATE INDEX view_quote_names_article ON view_quote_names (article_id);

-- How many quotes each term finds.
CREATE TABLE view_quote_name_counts (
    term   TEXT PRIMARY KEY,
    quotes INTEGER NOT NULL
);

-- Each agreement's parties with the agreement's place in the list, so that a party's agreements, or two parties',
-- are read in list order a page at a time.
ALTER TABLE view_agreement_parties ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE view_agreement_parties ADD COLUMN article_id TEXT NOT NULL DEFAULT '';
ALTER TABLE view_agreement_parties ADD COLUMN agreement_id TEXT NOT NULL DEFAULT '';
CREATE INDEX view_agreement_parties_listed ON view_agreement_parties (code, name, article_id, agreement_id);
