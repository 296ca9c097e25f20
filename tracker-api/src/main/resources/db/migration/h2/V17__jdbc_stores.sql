-- Axon's stores are reached through JDBC instead of JPA (no JPA provider in the application).

-- The JDBC event store appends events without a global index: the column takes it from the event
-- table's own sequence, which still steps by one.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT NEXT VALUE FOR domain_event_entry_seq;

-- The JDBC dead-letter queue keeps its times as ISO-8601 UTC text with milliseconds, as Axon keeps
-- every other timestamp (a fixed width, so that text order is time order); the letters already
-- queued keep their times.
ALTER TABLE dead_letter_entry ADD COLUMN enqueued_at_text CHARACTER VARYING(255);
ALTER TABLE dead_letter_entry ADD COLUMN last_touched_text CHARACTER VARYING(255);
ALTER TABLE dead_letter_entry ADD COLUMN processing_started_text CHARACTER VARYING(255);
UPDATE dead_letter_entry SET
    enqueued_at_text = FORMATDATETIME(enqueued_at, 'yyyy-MM-dd''T''HH:mm:ss.SSS''Z''', 'en', 'UTC'),
    last_touched_text = FORMATDATETIME(last_touched, 'yyyy-MM-dd''T''HH:mm:ss.SSS''Z''', 'en', 'UTC'),
    processing_started_text = FORMATDATETIME(processing_started, 'yyyy-MM-dd''T''HH:mm:ss.SSS''Z''', 'en', 'UTC');
ALTER TABLE dead_letter_entry DROP COLUMN enqueued_at;
ALTER TABLE dead_letter_entry DROP COLUMN last_touched;
ALTER TABLE dead_letter_entry DROP COLUMN processing_started;
ALTER TABLE dead_letter_entry ALTER COLUMN enqueued_at_text RENAME TO enqueued_at;
ALTER TABLE dead_letter_entry ALTER COLUMN last_touched_text RENAME TO last_touched;
ALTER TABLE dead_letter_entry ALTER COLUMN processing_started_text RENAME TO processing_started;
ALTER TABLE dead_letter_entry ALTER COLUMN enqueued_at SET NOT NULL;
