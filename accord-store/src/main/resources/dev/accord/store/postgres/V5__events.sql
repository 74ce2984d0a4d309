-- Events, as in sqlite/V5__events.sql.

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL,
    type       TEXT NOT NULL,
    modality   TEXT NOT NULL,
    quoted     INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_id)
);

CREATE INDEX events_modality ON events (modality, quoted);

INSERT INTO events (article_id, event_id, type, modality, quoted)
SELECT a.id, e ->> 'id', e ->> 'type', e ->> 'modality',
       CASE WHEN e -> 'attribution' ->> 'quote' IS NULL THEN 0 ELSE 1 END
FROM articles a, jsonb_array_elements(a.facts::jsonb -> 'events') e
WHERE NOT EXISTS (SELECT 1 FROM corrections k WHERE k.article_id = a.id AND k.action = 'REJECT'
                  AND k.fact_id = e ->> 'id');
