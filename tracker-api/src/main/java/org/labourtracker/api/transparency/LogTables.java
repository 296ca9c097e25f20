package org.labourtracker.api.transparency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The log's tables (db/migration, V5): leaves, stored subtree hashes, the tree's edge and the checkpoints. */
@Repository
class LogTables {

    private static final int IN_LIST = 500;
    /** The leaves of stored events, found by the events' stream and sequence number. */
    private static final String LEAVES_OF_EVENTS = "SELECT l.stream_id, l.sequence_number, l.record_id, l.leaf_index"
            + " FROM domain_event_entry e JOIN tracker_log_leaf l ON l.global_index = e.global_index"
            + " AND l.stream_id = e.aggregate_identifier AND l.sequence_number = e.sequence_number ";

    private final JdbcTemplate jdbc;

    LogTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record State(long size, byte[] edge, long adoptedThrough) {
        TreeEdge treeEdge() {
            return TreeEdge.of(size, edge);
        }
    }

    record LeafRow(long leafIndex, long globalIndex, String streamId, long sequenceNumber, String recordId,
                   byte[] leafHash, byte[] seal) {
    }

    record StoredCheckpoint(long size, byte[] rootHash, String note, Instant signedAt) {
    }

    State state(boolean forUpdate) {
        return jdbc.queryForObject("SELECT tree_size, frontier, adopted_through FROM tracker_log_state WHERE id = 1"
                        + (forUpdate ? " FOR UPDATE" : ""),
                (row, n) -> new State(row.getLong(1), row.getBytes(2), row.getLong(3)));
    }

    void saveState(TreeEdge edge) {
        jdbc.update("UPDATE tracker_log_state SET tree_size = ?, frontier = ? WHERE id = 1", edge.size(), edge.stored());
    }

    void insertLeaves(List<LeafRow> leaves) {
        jdbc.batchUpdate("INSERT INTO tracker_log_leaf (leaf_index, global_index, stream_id, sequence_number, record_id,"
                + " leaf_hash, seal) VALUES (?, ?, ?, ?, ?, ?, ?)", leaves, leaves.size(), (statement, leaf) -> {
                    statement.setLong(1, leaf.leafIndex());
                    statement.setLong(2, leaf.globalIndex());
                    statement.setString(3, leaf.streamId());
                    statement.setLong(4, leaf.sequenceNumber());
                    statement.setString(5, leaf.recordId());
                    statement.setBytes(6, leaf.leafHash());
                    statement.setBytes(7, leaf.seal());
                });
    }

    void insertNode(int level, long index, byte[] hash) {
        jdbc.update("INSERT INTO tracker_log_node (level, node_index, hash) VALUES (?, ?, ?)", level, index, hash);
    }

    /**
     * Stored events within {@code window} below the newest logged one that are no leaf: passed over by
     * the processor, or never sealed. Read as the holes between the window's leaves (along the leaves'
     * index), then the events within each hole (along the event table's key): few reads, where a look-up
     * of a leaf for every event costs one per event, every second.
     */
    List<Long> unlogged(long window) {
        Long newest = jdbc.queryForObject("SELECT MAX(global_index) FROM tracker_log_leaf", Long.class);
        if (newest == null) {
            return List.of();
        }
        List<Long> leaves = new ArrayList<>(jdbc.queryForList("SELECT global_index FROM tracker_log_leaf"
                + " WHERE global_index >= ? AND global_index < ? ORDER BY global_index", Long.class, newest - window, newest));
        leaves.add(newest);
        List<Long> unlogged = new ArrayList<>();
        long next = newest - window;
        for (long leaf : leaves) {
            if (leaf > next) {
                unlogged.addAll(jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                        + " WHERE global_index >= ? AND global_index < ? ORDER BY global_index", Long.class, next, leaf));
            }
            next = leaf + 1;
        }
        return unlogged;
    }

    /** Which of these events are leaves already. */
    List<Long> logged(Collection<Long> globalIndexes) {
        List<Long> logged = new ArrayList<>();
        List<Long> all = new ArrayList<>(globalIndexes);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            logged.addAll(jdbc.queryForList("SELECT global_index FROM tracker_log_leaf WHERE global_index IN ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ")", Long.class, part.toArray()));
        }
        return logged;
    }

    Optional<LeafRow> leaf(long index) {
        return jdbc.query("SELECT * FROM tracker_log_leaf WHERE leaf_index = ?", (row, n) -> leafRow(row), index)
                .stream().findFirst();
    }

    /** Leaf index by global index, for the given events. */
    Map<Long, Long> leafIndexes(Collection<Long> globalIndexes) {
        Map<Long, Long> indexes = new HashMap<>();
        List<Long> all = new ArrayList<>(globalIndexes);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            jdbc.query("SELECT global_index, leaf_index FROM tracker_log_leaf WHERE global_index IN ("
                            + String.join(",", Collections.nCopies(part.size(), "?")) + ")",
                    row -> {
                        indexes.put(row.getLong(1), row.getLong(2));
                    }, part.toArray());
        }
        return indexes;
    }

    /**
     * Leaf index by sequence number, for the events of one stream. Read through the event table's
     * stream index, so that the leaf table needs no index of its own beyond its global index.
     */
    Map<Long, Long> leafIndexesOfStream(String streamId) {
        Map<Long, Long> indexes = new HashMap<>();
        jdbc.query(LEAVES_OF_EVENTS + "WHERE e.aggregate_identifier = ?",
                row -> {
                    indexes.put(row.getLong(2), row.getLong(4));
                }, streamId);
        return indexes;
    }

    /** Leaf index by {@code streamId/recordId}, for the records of these streams. */
    Map<String, Long> leafIndexesOfRecords(Collection<String> streamIds) {
        Map<String, Long> indexes = new HashMap<>();
        if (streamIds.isEmpty()) {
            return indexes;
        }
        jdbc.query(LEAVES_OF_EVENTS + "WHERE e.aggregate_identifier IN ("
                        + String.join(",", Collections.nCopies(streamIds.size(), "?")) + ") AND l.record_id IS NOT NULL",
                row -> {
                    indexes.putIfAbsent(row.getString(1) + "/" + row.getString(3), row.getLong(4));
                }, streamIds.toArray());
        return indexes;
    }

    /**
     * Leaf index by {@code streamId/sequenceNumber}, for these events (sequence numbers by stream). The
     * sequence numbers are joined as a list of values, not matched by {@code IN (?, ...)}: H2 checks such a
     * list against every event of the stream (100 ms a page of a 10,000-event stream), while each value
     * is one look-up in the stream index.
     */
    Map<String, Long> leafIndexesOfEvents(Map<String, ? extends Collection<Long>> sequencesByStream) {
        Map<String, Long> indexes = new HashMap<>();
        sequencesByStream.forEach((streamId, sequences) -> {
            List<Long> all = new ArrayList<>(sequences);
            for (int from = 0; from < all.size(); from += IN_LIST) {
                List<Long> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
                List<Object> arguments = new ArrayList<>(part);
                arguments.add(streamId);
                jdbc.query("SELECT l.stream_id, l.sequence_number, l.leaf_index FROM (VALUES "
                                + String.join(",", Collections.nCopies(part.size(), "(CAST(? AS BIGINT))"))
                                + ") AS asked(sequence_number) JOIN domain_event_entry e"
                                + " ON e.aggregate_identifier = ? AND e.sequence_number = asked.sequence_number"
                                + " JOIN tracker_log_leaf l ON l.global_index = e.global_index"
                                + " AND l.stream_id = e.aggregate_identifier AND l.sequence_number = e.sequence_number",
                        row -> {
                            indexes.put(row.getString(1) + "/" + row.getLong(2), row.getLong(3));
                        }, arguments.toArray());
            }
        });
        return indexes;
    }

    /** The stored hashes of level {@code level} from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<byte[]> hashes(int level, long from, long to) {
        return level == 0
                ? jdbc.query("SELECT leaf_hash FROM tracker_log_leaf WHERE leaf_index >= ? AND leaf_index < ?"
                + " ORDER BY leaf_index", (row, n) -> row.getBytes(1), from, to)
                : jdbc.query("SELECT hash FROM tracker_log_node WHERE level = ? AND node_index >= ? AND node_index < ?"
                + " ORDER BY node_index", (row, n) -> row.getBytes(1), level, from, to);
    }

    Optional<StoredCheckpoint> latestCheckpoint() {
        return jdbc.query("SELECT tree_size, root_hash, note, signed_at FROM tracker_log_checkpoint"
                        + " ORDER BY tree_size DESC LIMIT 1", (row, n) -> new StoredCheckpoint(row.getLong(1),
                        row.getBytes(2), row.getString(3), row.getTimestamp(4).toInstant()))
                .stream().findFirst();
    }

    /** Stores a signed checkpoint; false if another node signed one of the same size first. */
    boolean insertCheckpoint(long size, byte[] root, String note, Instant signedAt) {
        try {
            jdbc.update("INSERT INTO tracker_log_checkpoint (tree_size, root_hash, note, signed_at) VALUES (?, ?, ?, ?)",
                    size, root, note, Timestamp.from(signedAt));
            return true;
        } catch (DuplicateKeyException signedElsewhere) {
            return false;
        }
    }

    static LeafRow leafRow(java.sql.ResultSet row) throws java.sql.SQLException {
        return new LeafRow(row.getLong("leaf_index"), row.getLong("global_index"), row.getString("stream_id"),
                row.getLong("sequence_number"), row.getString("record_id"), row.getBytes("leaf_hash"),
                row.getBytes("seal"));
    }
}
