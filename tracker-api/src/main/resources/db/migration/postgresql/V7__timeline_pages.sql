-- The timeline is read a page at a time (GET /api/disputes/{id}/timeline?after=&limit=).

-- Whether a record names people: a page is redacted by every mention of a person in its dispute, and
-- reads only those records, not the whole dispute. Rows stored before this column existed are taken to
-- name people, which only makes a redaction read more than it needs until the next rebuild.
ALTER TABLE rm_summary_record ADD COLUMN mentions_people BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE rm_timeline_record ADD COLUMN mentions_people BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE rm_figures_record ADD COLUMN mentions_people BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE rm_people_record ADD COLUMN mentions_people BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE rm_overview_record ADD COLUMN mentions_people BOOLEAN DEFAULT TRUE NOT NULL;

-- The timeline's whole order, so that a page is read along the index from its cursor and stops at its
-- limit, whichever part of a long dispute it is. It serves every query the old dispute index served.
DROP INDEX rm_timeline_record_by_dispute;
CREATE INDEX rm_timeline_record_in_order ON rm_timeline_record (dispute_id, when_on, recorded_at, stream_id, seq);
