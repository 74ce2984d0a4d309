-- Events, copied out of the facts JSON for the --modality and --voice filters of search, as the curators
-- left them (the store rewrites an article's rows with each correction). Stores written before this
-- version get theirs from the JSON they hold, which has had every event from the start, less the events
-- a curator rejected; the other corrections do not change an event's modality or voice.

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL,
    type       TEXT NOT NULL,     -- PLOVER type
    modality   TEXT NOT NULL,     -- ASSERTED, NEGATED, FUTURE or HYPOTHETICAL
    quoted     INTEGER NOT NULL,  -- 1 when a quoted or reported speaker states it, 0 for the article's voice
    PRIMARY KEY (article_id, event_id)
);

CREATE INDEX events_modality ON events (modality, quoted);

INSERT INTO events (article_id, event_id, type, modality, quoted)
SELECT a.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.type'), json_extract(e.value, '$.modality'),
       json_extract(e.value, '$.attribution.quote') IS NOT NULL
FROM articles a, json_each(a.facts, '$.events') e
WHERE NOT EXISTS (SELECT 1 FROM corrections k WHERE k.article_id = a.id AND k.action = 'REJECT'
                  AND k.fact_id = json_extract(e.value, '$.id'));
