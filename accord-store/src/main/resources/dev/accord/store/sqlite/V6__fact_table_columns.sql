-- The copied-out tables take the column names of the model's fact tables (dev.accord.model.tables.FactTable),
-- which the Spark tables and the exports use too: one name for one value everywhere.

ALTER TABLE entities RENAME COLUMN mention_count TO mentions;
ALTER TABLE actors RENAME COLUMN mention_count TO mentions;
ALTER TABLE quotes RENAME COLUMN speaker_id TO speaker;
