package org.labourtracker.api.transparency;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Walks the whole log against the stored events and the signed checkpoints: every leaf row must
 * carry the application's seal for its place, the event it names must still be stored where it was
 * and rebuild the same leaf, every stored event must be a leaf, and the leaves must reproduce the
 * root of the latest checkpoint and of one an auditor kept. Everything found is named, not only the
 * first.
 */
@Service
public class LogAudit {

    private final JdbcTemplate jdbc;
    private final LogKey key;
    private final LogTables tables;
    private final StoredEvents events;

    LogAudit(javax.sql.DataSource dataSource, LogKey key, LogTables tables, StoredEvents events) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.key = key;
        this.tables = tables;
        this.events = events;
    }

    /**
     * A checkpoint held against the log.
     *
     * @param size           how many leaves of the log the checkpoint covers, null when it cannot be read
     * @param rootHash       the checkpoint's root hash, base64, null when it cannot be read
     * @param signatureValid whether the log's key signed it
     * @param matchesLog     whether the log's first {@code size} events, as stored now, have its root
     * @param detail         what was found, in words
     */
    public record CheckpointCheck(Long size, String rootHash, boolean signatureValid, boolean matchesLog,
                                  String detail) {
    }

    public record Result(long leavesChecked, long pending, CheckpointCheck latest, CheckpointCheck supplied,
                         List<Finding> findings) {
    }

    /** Walks the log; {@code suppliedNote}, if given, is a signed checkpoint an auditor kept. */
    public Result audit(String suppliedNote) {
        Optional<Checkpoint> supplied = Optional.empty();
        CheckpointCheck suppliedCheck = null;
        if (suppliedNote != null) {
            try {
                supplied = Optional.of(Checkpoint.verified(suppliedNote, key.verifier()));
            } catch (Checkpoint.InvalidCheckpoint invalid) {
                suppliedCheck = new CheckpointCheck(null, null, false, false,
                        "not a checkpoint of this log: " + invalid.getMessage());
            }
        }
        Optional<LogTables.StoredCheckpoint> stored = tables.latestCheckpoint();
        Optional<Checkpoint> latest = Optional.empty();
        CheckpointCheck latestCheck = null;
        if (stored.isPresent()) {
            try {
                latest = Optional.of(Checkpoint.verified(stored.get().note(), key.verifier()));
            } catch (Checkpoint.InvalidCheckpoint invalid) {
                latestCheck = new CheckpointCheck(stored.get().size(), null, false, false,
                        "the latest stored checkpoint is not the log's: " + invalid.getMessage());
            }
        }
        Walk walk = new Walk(latest.map(Checkpoint::size).orElse(-1L), supplied.map(Checkpoint::size).orElse(-1L));
        jdbc.query("SELECT l.leaf_index, l.global_index AS leaf_global_index, l.stream_id, l.sequence_number AS"
                + " leaf_sequence_number, l.record_id, l.leaf_hash, l.seal, e.global_index, e.aggregate_identifier,"
                + " e.sequence_number, e.payload_type, e.payload_revision, e.payload, e.meta_data"
                + " FROM tracker_log_leaf l LEFT JOIN domain_event_entry e ON e.global_index = l.global_index"
                + " ORDER BY l.leaf_index", walk::leaf);
        long adoptedThrough = tables.state(false).adoptedThrough();
        long[] pending = {0};
        jdbc.query("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry e WHERE NOT EXISTS"
                + " (SELECT 1 FROM tracker_log_leaf l WHERE l.global_index = e.global_index) ORDER BY e.global_index", row -> {
                    StoredEvents.Stored event = events.read(row);
                    if (walk.moved.contains(event.streamId() + "#" + event.sequenceNumber())) {
                        return;
                    }
                    if (EventSeal.holds(event, event.leafHash(), key, adoptedThrough)) {
                        pending[0]++;
                    } else {
                        walk.findings.add(new Finding(Finding.Problem.ADDED, event.streamId(), event.sequenceNumber(),
                                event.recordId(), null, event.globalIndex(),
                                "stored without the application's seal and never taken into the log"));
                    }
                });
        if (latestCheck == null && latest.isPresent()) {
            latestCheck = walk.check(latest.get(), "the latest checkpoint");
        }
        if (suppliedCheck == null && supplied.isPresent()) {
            suppliedCheck = walk.check(supplied.get(), "the checkpoint supplied");
        }
        return new Result(walk.leaves, pending[0], latestCheck, suppliedCheck, walk.findings);
    }

    private final class Walk {
        private final long latestSize;
        private final long suppliedSize;
        private final TreeEdge edge = TreeEdge.empty();
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> moved = new HashSet<>();
        private long leaves;
        private boolean gap;
        private byte[] latestRoot;
        private byte[] suppliedRoot;

        Walk(long latestSize, long suppliedSize) {
            this.latestSize = latestSize;
            this.suppliedSize = suppliedSize;
            noteRoots();
        }

        void leaf(java.sql.ResultSet row) throws java.sql.SQLException {
            long index = row.getLong("leaf_index");
            long leafGlobal = row.getLong("leaf_global_index");
            String stream = row.getString("stream_id");
            long sequence = row.getLong("leaf_sequence_number");
            String recordId = row.getString("record_id");
            byte[] leafHash = row.getBytes("leaf_hash");
            for (long missing = leaves; missing < index; missing++) {
                findings.add(new Finding(Finding.Problem.MISSING, null, null, null, missing, null,
                        "leaf " + missing + " is gone from the log, and with it the record of its event"));
                gap = true;
            }
            leaves = Math.max(leaves, index + 1);
            if (!LogKey.same(row.getBytes("seal"), key.sealLeaf(index, leafHash))) {
                findings.add(new Finding(Finding.Problem.FORGED_LEAF, stream, sequence, recordId, index, leafGlobal,
                        "this row of the log was not written at this place by the application"));
            }
            if (row.getObject("global_index") == null) {
                Optional<Long> elsewhere = events.globalIndexOf(stream, sequence);
                if (elsewhere.isPresent()) {
                    moved.add(stream + "#" + sequence);
                    findings.add(new Finding(Finding.Problem.REORDERED, stream, sequence, recordId, index, leafGlobal,
                            "stored at global index " + elsewhere.get() + " instead of " + leafGlobal));
                } else {
                    findings.add(new Finding(Finding.Problem.MISSING, stream, sequence, recordId, index, leafGlobal,
                            "the log has it, the event store no longer does"));
                }
                gap = true;
                return;
            }
            StoredEvents.Stored event = events.read(row);
            if (!event.streamId().equals(stream) || event.sequenceNumber() != sequence) {
                moved.add(stream + "#" + sequence);
                findings.add(new Finding(Finding.Problem.REORDERED, stream, sequence, recordId, index, leafGlobal,
                        "global index " + leafGlobal + " now holds " + event.streamId() + " #" + event.sequenceNumber()));
                gap = true;
                return;
            }
            if (!LogKey.same(event.leafHash(), leafHash)) {
                findings.add(new Finding(Finding.Problem.ALTERED, stream, sequence, recordId, index, leafGlobal,
                        "its stored content or metadata differs from what was recorded"));
            }
            if (!gap) {
                // the checkpoints are held against the events as stored now, not against the log's own copy
                edge.append(event.leafHash(), (level, node, hash) -> {
                });
                noteRoots();
            }
        }

        private void noteRoots() {
            if (edge.size() == latestSize) {
                latestRoot = edge.root();
            }
            if (edge.size() == suppliedSize) {
                suppliedRoot = edge.root();
            }
        }

        CheckpointCheck check(Checkpoint checkpoint, String which) {
            byte[] root = checkpoint.size() == latestSize ? latestRoot : suppliedRoot;
            String base = Base64.getEncoder().encodeToString(checkpoint.rootHash());
            if (checkpoint.size() > leaves) {
                return new CheckpointCheck(checkpoint.size(), base, true, false, which + " covers "
                        + checkpoint.size() + " leaves, the log holds " + leaves + ": leaves were removed");
            }
            if (root == null) {
                return new CheckpointCheck(checkpoint.size(), base, true, false, "events of the log are missing or "
                        + "moved: the store no longer reproduces " + which + "'s root");
            }
            boolean matches = LogKey.same(root, checkpoint.rootHash());
            return new CheckpointCheck(checkpoint.size(), base, true, matches, matches
                    ? "the first " + checkpoint.size() + " events of the log, as stored, have " + which
                    + "'s root: it is consistent with the log"
                    : "the first " + checkpoint.size() + " events of the log, as stored, do not have " + which
                    + "'s root: the log was altered after it was signed");
        }
    }
}
