-- A rebuild now writes into the set of tables that is not served, and readers switch to it when it is
-- complete (history/RecordTable.java): nothing is copied aside or deleted row by row any more.
-- aside: which set readers are served from (the tables, or those suffixed _aside);
-- rebuilding: the fold writes into the other set, emptied for a rebuild;
-- replaying: that set's tokens have been reset, so a replay found done on every segment means it is complete.
-- A rebuild under way when this migration runs was serving the copy aside and writing the tables:
-- with rebuilding set, the fold goes on writing the tables and readers switch to them when it is done.
ALTER TABLE rm_serving ADD COLUMN rebuilding BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE rm_serving SET rebuilding = replaying WHERE aside = TRUE;
