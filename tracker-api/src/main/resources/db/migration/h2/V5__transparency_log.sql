-- The transparency log (api/transparency): a Merkle tree (RFC 9162) over every stored event, whose
-- signed heads (checkpoints) auditors keep outside the server.

-- One leaf per stored event, in the order the log took them. The seal is an HMAC, under a key kept
-- outside the database, of the leaf's index and hash: a leaf row cannot be forged or renumbered
-- without that key.
CREATE TABLE tracker_log_leaf (
    leaf_index      BIGINT                 NOT NULL PRIMARY KEY,
    global_index    BIGINT                 NOT NULL,
    stream_id       CHARACTER VARYING(255) NOT NULL,
    sequence_number BIGINT                 NOT NULL,
    record_id       CHARACTER VARYING(255),
    leaf_hash       BINARY(32)             NOT NULL,
    seal            BINARY(32)             NOT NULL,
    -- an event is a leaf once: a log taken over by another node never doubles one
    CONSTRAINT tracker_log_leaf_event UNIQUE (global_index)
);

-- The hashes of complete subtrees of 2^level leaves, for every level that is a multiple of 8, so
-- that a proof reads at most 128 hashes per level it needs instead of every leaf below.
CREATE TABLE tracker_log_node (
    level      INTEGER    NOT NULL,
    node_index BIGINT     NOT NULL,
    hash       BINARY(32) NOT NULL,
    PRIMARY KEY (level, node_index)
);

-- The tree's size and its right edge (the hashes of the complete subtrees that make it up, largest
-- first), updated with each appended batch. Events already stored when the log began (up to
-- adopted_through) carry no seal and are taken as they are.
CREATE TABLE tracker_log_state (
    id              INTEGER                 NOT NULL PRIMARY KEY,
    tree_size       BIGINT                  NOT NULL,
    frontier        BINARY VARYING(2048)    NOT NULL,
    adopted_through BIGINT                  NOT NULL
);
INSERT INTO tracker_log_state (id, tree_size, frontier, adopted_through)
    SELECT 1, 0, X'', COALESCE(MAX(global_index), -1) FROM domain_event_entry;

-- Every signed checkpoint, in the C2SP signed-note form served to auditors.
CREATE TABLE tracker_log_checkpoint (
    tree_size BIGINT                      NOT NULL PRIMARY KEY,
    root_hash BINARY(32)                  NOT NULL,
    note      CHARACTER VARYING(4096)     NOT NULL,
    signed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
