package org.labourtracker.api.transparency;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.labourtracker.api.problem.InvalidRequest;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What makes an NDJSON export checkable away from the server: a header line with the checkpoint it
 * was taken at (and, on request, the proof that it extends a checkpoint the auditor holds), and on each
 * record its provenance, the bytes of its leaf and the proof that the leaf is in that checkpoint
 * ({@link ExportVerifier} checks them). An export redacted for a reader below AUDITOR carries no leaf
 * bytes (they would unmask what was redacted) and says in its header that it cannot be checked.
 */
@Service
public class ExportProofs {

    public static final String HEADER = "labourTrackerExport";
    private static final Duration LOG_PATIENCE = Duration.ofSeconds(5);

    private final LogTables tables;
    private final StoredEvents events;
    private final Checkpoints checkpoints;
    private final LogProofs proofs;
    private final LogKey key;
    private final ObjectMapper json;

    ExportProofs(LogTables tables, StoredEvents events, Checkpoints checkpoints, LogProofs proofs, LogKey key,
                 ObjectMapper json) {
        this.tables = tables;
        this.events = events;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.key = key;
        this.json = json;
    }

    /**
     * Starts an export of these events: waits (a few seconds at most) for the log to take them and
     * signs a checkpoint that covers them. {@code since}, if given, is the size of a checkpoint the
     * reader holds, to which the header then carries a consistency proof.
     */
    public Session begin(Collection<Long> globalIndexes, Long since) {
        long deadline = System.nanoTime() + LOG_PATIENCE.toNanos();
        Map<Long, Long> leaves = tables.leafIndexes(globalIndexes);
        while (leaves.size() < globalIndexes.size() && System.nanoTime() < deadline) {
            sleep();
            leaves = tables.leafIndexes(globalIndexes);
        }
        Checkpoints.SignedCheckpoint signed = checkpoints.signNow();
        if (since != null && (since < 0 || since > signed.checkpoint().size())) {
            throw new InvalidRequest("since", "must be the size of a checkpoint of this log, at most "
                    + signed.checkpoint().size());
        }
        return new Session(signed, leaves, events.byGlobalIndex(globalIndexes), since);
    }

    /** One export being written. */
    public final class Session {
        private final Checkpoints.SignedCheckpoint signed;
        private final Map<Long, Long> leaves;
        private final Map<Long, StoredEvents.Stored> stored;
        private final Long since;
        private final Merkle.Subtrees subtrees = proofs.subtrees();

        private Session(Checkpoints.SignedCheckpoint signed, Map<Long, Long> leaves,
                        Map<Long, StoredEvents.Stored> stored, Long since) {
            this.signed = signed;
            this.leaves = leaves;
            this.stored = stored;
            this.since = since;
        }

        public ObjectNode header(boolean redacted) {
            ObjectNode header = json.createObjectNode().put(HEADER, 1).put("origin", key.origin())
                    .put("redacted", redacted);
            if (redacted) {
                header.put("verifiable", false).put("why", "names and sources of confidential people are masked, so "
                        + "its records no longer match the log's leaves and cannot be checked against a checkpoint; "
                        + "it cannot be imported");
                return header;
            }
            header.put("verifiable", true).put("checkpoint", signed.note())
                    .put("verifierKey", key.verifier().verifierKey());
            if (since != null) {
                ObjectNode consistency = header.putObject("consistency").put("from", since)
                        .put("to", signed.checkpoint().size());
                Merkle.consistencyProof(since, signed.checkpoint().size(), subtrees)
                        .forEach(hash -> consistency.withArray("hashes").add(base64(hash)));
            }
            return header;
        }

        /**
         * Puts on an export line the record as stored, its provenance and, unless redacted, its leaf
         * and inclusion proof. False if the event is not in the log as signed.
         */
        public boolean attach(ObjectNode line, long globalIndex, boolean redacted) {
            StoredEvents.Stored event = stored.get(globalIndex);
            Long leafIndex = leaves.get(globalIndex);
            if (event == null) {
                return false;
            }
            LeafEncoding.Leaf leaf = LeafEncoding.decode(event.leaf());
            try {
                line.set("record", json.readTree(leaf.payload()));
            } catch (IOException unreadable) {
                throw new IllegalStateException("a stored payload is not JSON", unreadable);
            }
            ObjectNode provenance = line.putObject("provenance").put("origin", key.origin())
                    .put("streamId", event.streamId()).put("sequenceNumber", event.sequenceNumber());
            if (leafIndex != null) {
                provenance.put("leafIndex", leafIndex);
            }
            leaf.metaData().forEach(provenance::put);
            if (redacted || leafIndex == null || leafIndex >= signed.checkpoint().size()) {
                return leafIndex != null && leafIndex < signed.checkpoint().size();
            }
            ObjectNode proof = line.putObject("proof").put("leaf", base64(event.leaf()));
            List<byte[]> path = Merkle.inclusionProof(leafIndex, signed.checkpoint().size(), subtrees);
            path.forEach(hash -> proof.withArray("hashes").add(base64(hash)));
            return true;
        }
    }

    /** Reads the header of an export, if the first line is one. */
    public static JsonNode header(ObjectMapper json, String firstLine) {
        try {
            JsonNode node = json.readTree(firstLine);
            return node != null && node.has(HEADER) ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the log", e);
        }
    }
}
