-- Axon's stores are reached through JDBC instead of JPA (no JPA provider in the application).

-- The JDBC event store appends events without a global index: the column takes it from the event
-- table's own sequence, which still steps by one and caches nothing.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');

-- The JDBC dead-letter queue keeps its times as ISO-8601 UTC text with milliseconds, as Axon keeps
-- every other timestamp (a fixed width, so that text order is time order); the letters already
-- queued keep their times.
ALTER TABLE dead_letter_entry
    ALTER COLUMN enqueued_at TYPE VARCHAR(255)
        USING to_char(enqueued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    ALTER COLUMN last_touched TYPE VARCHAR(255)
        USING to_char(last_touched AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    ALTER COLUMN processing_started TYPE VARCHAR(255)
        USING to_char(processing_started AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
