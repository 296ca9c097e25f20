-- The version of the handlers that built each read model's tables: a node whose handlers are newer
-- rebuilds the read model once at start (ReplayService.rebuildOutdated). Tables made so far were built
-- by version 1.
ALTER TABLE rm_serving ADD COLUMN built_version INTEGER DEFAULT 1 NOT NULL;
