-- Axon's tables (event store, tracking tokens, dead letters, sagas) as its JPA entities and
-- META-INF/orm.xml map them: serialized data in plain binary columns, the event table's
-- global index from a sequence stepping by one.

CREATE SEQUENCE domain_event_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE domain_event_entry (
    global_index         BIGINT                    NOT NULL PRIMARY KEY,
    event_identifier     CHARACTER VARYING(255)    NOT NULL,
    meta_data            BINARY VARYING(1048576),
    payload              BINARY VARYING(1048576)   NOT NULL,
    payload_revision     CHARACTER VARYING(255),
    payload_type         CHARACTER VARYING(255)    NOT NULL,
    time_stamp           CHARACTER VARYING(255)    NOT NULL,
    aggregate_identifier CHARACTER VARYING(255)    NOT NULL,
    sequence_number      BIGINT                    NOT NULL,
    type                 CHARACTER VARYING(255),
    -- the stream position: of two writers appending the same position, the second fails here
    CONSTRAINT domain_event_entry_stream_position UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier CHARACTER VARYING(255)    NOT NULL,
    sequence_number      BIGINT                    NOT NULL,
    type                 CHARACTER VARYING(255)    NOT NULL,
    event_identifier     CHARACTER VARYING(255)    NOT NULL,
    meta_data            BINARY VARYING(1048576),
    payload              BINARY VARYING(1048576)   NOT NULL,
    payload_revision     CHARACTER VARYING(255),
    payload_type         CHARACTER VARYING(255)    NOT NULL,
    time_stamp           CHARACTER VARYING(255)    NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number, type),
    CONSTRAINT snapshot_event_entry_event_identifier UNIQUE (event_identifier)
);

CREATE TABLE token_entry (
    processor_name CHARACTER VARYING(255)  NOT NULL,
    segment        INTEGER                 NOT NULL,
    owner          CHARACTER VARYING(255),
    timestamp      CHARACTER VARYING(255)  NOT NULL,
    token          BINARY VARYING(1048576),
    token_type     CHARACTER VARYING(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE dead_letter_entry (
    dead_letter_id       CHARACTER VARYING(255)    NOT NULL PRIMARY KEY,
    processing_group     CHARACTER VARYING(255)    NOT NULL,
    sequence_identifier  CHARACTER VARYING(255)    NOT NULL,
    sequence_index       BIGINT                    NOT NULL,
    message_type         CHARACTER VARYING(255)    NOT NULL,
    event_identifier     CHARACTER VARYING(255)    NOT NULL,
    time_stamp           CHARACTER VARYING(255)    NOT NULL,
    payload_type         CHARACTER VARYING(255)    NOT NULL,
    payload_revision     CHARACTER VARYING(255),
    payload              BINARY VARYING(1048576)   NOT NULL,
    meta_data            BINARY VARYING(1048576),
    type                 CHARACTER VARYING(255),
    aggregate_identifier CHARACTER VARYING(255),
    sequence_number      BIGINT,
    token_type           CHARACTER VARYING(255),
    token                BINARY VARYING(1048576),
    enqueued_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_touched         TIMESTAMP(6) WITH TIME ZONE,
    processing_started   TIMESTAMP(6) WITH TIME ZONE,
    cause_type           CHARACTER VARYING(255),
    cause_message        CHARACTER VARYING(1023),
    diagnostics          BINARY VARYING(1048576)
);
-- Every query of the dead-letter queue names the processing group, most also the sequence;
-- this index serves them all by its prefixes.
CREATE UNIQUE INDEX dead_letter_entry_sequence ON dead_letter_entry (processing_group, sequence_identifier, sequence_index);

CREATE TABLE saga_entry (
    saga_id         CHARACTER VARYING(255) NOT NULL PRIMARY KEY,
    revision        CHARACTER VARYING(255),
    saga_type       CHARACTER VARYING(255),
    serialized_saga BINARY VARYING(1048576)
);

-- Hibernate's default block of 50 for the association ids; no reader depends on their order.
CREATE SEQUENCE association_value_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE association_value_entry (
    id                BIGINT                 NOT NULL PRIMARY KEY,
    association_key   CHARACTER VARYING(255) NOT NULL,
    association_value CHARACTER VARYING(255),
    saga_id           CHARACTER VARYING(255) NOT NULL,
    saga_type         CHARACTER VARYING(255)
);
CREATE INDEX association_value_entry_lookup ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga ON association_value_entry (saga_id, saga_type);
