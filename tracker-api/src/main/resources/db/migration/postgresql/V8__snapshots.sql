-- Snapshots (api/recording/Snapshots) hold an aggregate's rule-state: a few hundred bytes for each
-- record of its stream, more than the 1 MiB H2's V8 lifts for a long dispute. BYTEA (V1) already
-- takes a value of up to 1 GB, kept out of the row and compressed (TOAST) when large, so nothing
-- changes here; this version exists so that both databases number their migrations alike.
SELECT 1;
