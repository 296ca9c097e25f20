-- The read models of tracker-projections, each with tables of its own (named by its prefix) so
-- that each can be rebuilt alone (history/RecordTable.java), and the alert outbox.

CREATE TABLE rm_summary_record (
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
    body        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_summary_record_by_dispute ON rm_summary_record (dispute_id, when_on, recorded_at);
CREATE INDEX rm_summary_record_by_type ON rm_summary_record (record_type);
CREATE TABLE rm_summary_stream (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_summary_stream_by_dispute ON rm_summary_stream (dispute_id);
CREATE TABLE rm_summary_person (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_timeline_record (
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
    body        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_timeline_record_by_dispute ON rm_timeline_record (dispute_id, when_on, recorded_at);
CREATE INDEX rm_timeline_record_by_type ON rm_timeline_record (record_type);
CREATE TABLE rm_timeline_stream (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_timeline_stream_by_dispute ON rm_timeline_stream (dispute_id);
CREATE TABLE rm_timeline_person (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_figures_record (
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
    body        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_figures_record_by_dispute ON rm_figures_record (dispute_id, when_on, recorded_at);
CREATE INDEX rm_figures_record_by_type ON rm_figures_record (record_type);
CREATE TABLE rm_figures_stream (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_figures_stream_by_dispute ON rm_figures_stream (dispute_id);
CREATE TABLE rm_figures_person (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_people_record (
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
    body        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_people_record_by_dispute ON rm_people_record (dispute_id, when_on, recorded_at);
CREATE INDEX rm_people_record_by_type ON rm_people_record (record_type);
CREATE TABLE rm_people_stream (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_people_stream_by_dispute ON rm_people_stream (dispute_id);
CREATE TABLE rm_people_person (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE rm_overview_record (
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
    body        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
CREATE INDEX rm_overview_record_by_dispute ON rm_overview_record (dispute_id, when_on, recorded_at);
CREATE INDEX rm_overview_record_by_type ON rm_overview_record (record_type);
CREATE TABLE rm_overview_stream (
    stream_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    dispute_id VARCHAR(100) NOT NULL
);
CREATE INDEX rm_overview_stream_by_dispute ON rm_overview_stream (dispute_id);
CREATE TABLE rm_overview_person (
    stream_id    VARCHAR(100) NOT NULL,
    person_id    VARCHAR(100) NOT NULL,
    confidential BOOLEAN      NOT NULL,
    seq          BIGINT       NOT NULL,
    PRIMARY KEY (stream_id, person_id)
);

CREATE TABLE alert_outbox (
    stream_id   VARCHAR(100)  NOT NULL,
    record_id   VARCHAR(100)  NOT NULL,
    dispute_id  VARCHAR(100)  NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    recorded_at VARCHAR(40)   NOT NULL,
    added       BIGINT        NOT NULL,
    attempts    INT           NOT NULL,
    PRIMARY KEY (stream_id, record_id)
);
