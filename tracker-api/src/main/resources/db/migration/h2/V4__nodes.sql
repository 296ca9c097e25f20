-- The nodes sharing the read models' processors (tracker-projections, admin/ProcessorNodes.java).

-- Each node's last heartbeat; a node not seen within the token claim timeout is removed.
CREATE TABLE tracker_node (
    node_id VARCHAR(255)                NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- A read model being rebuilt: while its row exists, the other nodes let go of its segments.
CREATE TABLE tracker_replay (
    processor_name VARCHAR(255)                NOT NULL PRIMARY KEY,
    requested_by   VARCHAR(255)                NOT NULL,
    requested_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
