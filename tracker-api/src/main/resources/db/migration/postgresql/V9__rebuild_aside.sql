-- A rebuild never shows a reader less than before (history/RecordTable.java, admin/ReplayService.java):
-- as it begins, the read model's tables are copied aside, and every node's readers are served from the
-- copy until the rebuilt tables are complete; then all are served from those again, at once.

-- aside: readers are served from the copy; replaying: the tables' tokens have been reset, so a replay
-- found done on every segment means the tables are whole again.
CREATE TABLE rm_serving (
    read_model VARCHAR(40) NOT NULL PRIMARY KEY,
    aside      BOOLEAN     NOT NULL,
    replaying  BOOLEAN     NOT NULL
);
INSERT INTO rm_serving (read_model, aside, replaying) VALUES ('rm_summary', FALSE, FALSE),
    ('rm_timeline', FALSE, FALSE), ('rm_figures', FALSE, FALSE), ('rm_people', FALSE, FALSE),
    ('rm_overview', FALSE, FALSE);

CREATE TABLE rm_summary_record_aside (
    stream_id   VARCHAR(100) NOT NULL,
    record_id   VARCHAR(100) NOT NULL,
    dispute_id  VARCHAR(100) NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    seq         BIGINT       NOT NULL,
    when_on     DATE         NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    recorded_at BIGINT       NOT NULL,
    standing    VARCHAR(12)  NOT NULL,
    has_claims  BOOLEAN      NOT NULL,
    body        TEXT         NOT NULL,
    mentions_people BOOLEAN DEFAULT TRUE NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_summary_record_by_dispute_aside ON rm_summary_record_aside (dispute_id, when_on, recorded_at);
CREATE INDEX rm_summary_record_by_type_aside ON rm_summary_record_aside (record_type);
CREATE TABLE rm_summary_stream_aside (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_summary_stream_by_dispute_aside ON rm_summary_stream_aside (dispute_id);
CREATE TABLE rm_summary_person_aside (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_timeline_record_aside (
    stream_id   VARCHAR(100) NOT NULL,
    record_id   VARCHAR(100) NOT NULL,
    dispute_id  VARCHAR(100) NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    seq         BIGINT       NOT NULL,
    when_on     DATE         NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    recorded_at BIGINT       NOT NULL,
    standing    VARCHAR(12)  NOT NULL,
    has_claims  BOOLEAN      NOT NULL,
    body        TEXT         NOT NULL,
    mentions_people BOOLEAN DEFAULT TRUE NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_timeline_record_in_order_aside ON rm_timeline_record_aside (dispute_id, when_on, recorded_at, stream_id, seq);
CREATE INDEX rm_timeline_record_by_type_aside ON rm_timeline_record_aside (record_type);
CREATE TABLE rm_timeline_stream_aside (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_timeline_stream_by_dispute_aside ON rm_timeline_stream_aside (dispute_id);
CREATE TABLE rm_timeline_person_aside (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_figures_record_aside (
    stream_id   VARCHAR(100) NOT NULL,
    record_id   VARCHAR(100) NOT NULL,
    dispute_id  VARCHAR(100) NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    seq         BIGINT       NOT NULL,
    when_on     DATE         NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    recorded_at BIGINT       NOT NULL,
    standing    VARCHAR(12)  NOT NULL,
    has_claims  BOOLEAN      NOT NULL,
    body        TEXT         NOT NULL,
    mentions_people BOOLEAN DEFAULT TRUE NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_figures_record_by_dispute_aside ON rm_figures_record_aside (dispute_id, when_on, recorded_at);
CREATE INDEX rm_figures_record_by_type_aside ON rm_figures_record_aside (record_type);
CREATE TABLE rm_figures_stream_aside (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_figures_stream_by_dispute_aside ON rm_figures_stream_aside (dispute_id);
CREATE TABLE rm_figures_person_aside (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_people_record_aside (
    stream_id   VARCHAR(100) NOT NULL,
    record_id   VARCHAR(100) NOT NULL,
    dispute_id  VARCHAR(100) NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    seq         BIGINT       NOT NULL,
    when_on     DATE         NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    recorded_at BIGINT       NOT NULL,
    standing    VARCHAR(12)  NOT NULL,
    has_claims  BOOLEAN      NOT NULL,
    body        TEXT         NOT NULL,
    mentions_people BOOLEAN DEFAULT TRUE NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_people_record_by_dispute_aside ON rm_people_record_aside (dispute_id, when_on, recorded_at);
CREATE INDEX rm_people_record_by_type_aside ON rm_people_record_aside (record_type);
CREATE TABLE rm_people_stream_aside (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_people_stream_by_dispute_aside ON rm_people_stream_aside (dispute_id);
CREATE TABLE rm_people_person_aside (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_overview_record_aside (
    stream_id   VARCHAR(100) NOT NULL,
    record_id   VARCHAR(100) NOT NULL,
    dispute_id  VARCHAR(100) NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    seq         BIGINT       NOT NULL,
    when_on     DATE         NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    recorded_at BIGINT       NOT NULL,
    standing    VARCHAR(12)  NOT NULL,
    has_claims  BOOLEAN      NOT NULL,
    body        TEXT         NOT NULL,
    mentions_people BOOLEAN DEFAULT TRUE NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_overview_record_by_dispute_aside ON rm_overview_record_aside (dispute_id, when_on, recorded_at);
CREATE INDEX rm_overview_record_by_type_aside ON rm_overview_record_aside (record_type);
CREATE TABLE rm_overview_stream_aside (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_overview_stream_by_dispute_aside ON rm_overview_stream_aside (dispute_id);
CREATE TABLE rm_overview_person_aside (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);
