-- Snapshots (api/recording/Snapshots) hold an aggregate's rule-state: a few hundred bytes for each
-- record of its stream (the record's id and the fingerprint of what it said), so a long dispute's
-- snapshot outgrows the 1 MiB that V1 allowed a serialized payload (about 4,000 records). An event
-- stays within it; a snapshot's payload may be as large as H2 allows a binary value.
ALTER TABLE snapshot_event_entry ALTER COLUMN payload SET DATA TYPE BINARY VARYING(1000000000);
