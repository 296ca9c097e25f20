-- Axon's tables (event store, tracking tokens, dead letters, sagas) as its JPA entities and
-- META-INF/orm.xml map them. Serialized data is BYTEA, kept in the row (or TOASTed by PostgreSQL
-- when large), never OID large objects. Axon keeps its timestamps as ISO-8601 UTC text; the
-- dead-letter times are TIMESTAMPTZ (instants, stored as UTC).

-- The event table's own sequence: one number per event and no cache, so the numbers are handed out
-- in order and the only gaps are those of rolled-back inserts (the loser of a concurrent write to a
-- stream), which the processors' gap-aware tokens wait for and then skip.
CREATE SEQUENCE domain_event_entry_seq START WITH 1 INCREMENT BY 1 NO CYCLE CACHE 1;

CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    -- the stream position: of two nodes appending the same position to a stream, the second fails
    -- here (SQL state 23505, which Axon turns into a ConcurrencyException); its index also serves
    -- the reading of a stream in order
    CONSTRAINT domain_event_entry_stream_position UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier UNIQUE (event_identifier)
);
ALTER SEQUENCE domain_event_entry_seq OWNED BY domain_event_entry.global_index;

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number, type),
    CONSTRAINT snapshot_event_entry_event_identifier UNIQUE (event_identifier)
);

-- One row per processor segment; the node that owns a segment updates its row every few seconds.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    owner          VARCHAR(255),
    timestamp      VARCHAR(255) NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    type                 VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_touched         TIMESTAMP(6) WITH TIME ZONE,
    processing_started   TIMESTAMP(6) WITH TIME ZONE,
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA
);
-- Every query of the dead-letter queue names the processing group, most also the sequence;
-- this index serves them all by its prefixes.
CREATE UNIQUE INDEX dead_letter_entry_sequence ON dead_letter_entry (processing_group, sequence_identifier, sequence_index);

CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL PRIMARY KEY,
    revision        VARCHAR(255),
    saga_type       VARCHAR(255),
    serialized_saga BYTEA
);

-- Hibernate's default block of 50 for the association ids; no reader depends on their order.
CREATE SEQUENCE association_value_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE association_value_entry (
    id                BIGINT       NOT NULL PRIMARY KEY,
    association_key   VARCHAR(255) NOT NULL,
    association_value VARCHAR(255),
    saga_id           VARCHAR(255) NOT NULL,
    saga_type         VARCHAR(255)
);
CREATE INDEX association_value_entry_lookup ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga ON association_value_entry (saga_id, saga_type);
