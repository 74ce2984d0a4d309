-- In PostgreSQL's SQL; sqlite/V12__search_latest.sql says why SQLite needs nothing.
-- A word search ranks its latest stored matches (PostgresSearch.ranked). The GIN index of the tsvector finds
-- matches in no order, so for a common word every match's row was read and sorted to find the latest; with the
-- articles in that order the planner can instead walk them newest first, testing each tsvector, and stop at the
-- number asked for, where the word is common enough for that to be the cheaper way.
CREATE INDEX articles_stored ON articles (stored_at DESC, id DESC);
