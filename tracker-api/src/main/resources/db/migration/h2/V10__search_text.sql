-- Search (GET /api/search, the q filter of GET /api/disputes): each record's words, normalised (lower
-- case, without accents, words separated by single spaces, a space before and after), so that a term is
-- matched as the beginning of a word by LIKE '% term%' on H2 and PostgreSQL alike
-- (projections history/SearchText.java). A search checks every candidate again against the record as
-- its reader may see it, so these words only narrow down what is read.

ALTER TABLE rm_summary_record ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_summary_record_aside ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_timeline_record ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_timeline_record_aside ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_figures_record ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_figures_record_aside ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_people_record ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_people_record_aside ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_overview_record ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;
ALTER TABLE rm_overview_record_aside ADD COLUMN search_text VARCHAR(1000000) DEFAULT ' ' NOT NULL;

-- Rows stored before: the words of their JSON, lower case, until the next rebuild stores them as above.
-- Accents are kept here, so a term without them finds such a row only after that rebuild.
UPDATE rm_summary_record SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_summary_record_aside SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_timeline_record SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_timeline_record_aside SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_figures_record SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_figures_record_aside SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_people_record SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_people_record_aside SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_overview_record SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
UPDATE rm_overview_record_aside SET search_text = ' ' || REGEXP_REPLACE(LOWER(body), '[^\p{L}\p{N}]+', ' ') || ' ';
