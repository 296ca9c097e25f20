package org.labourtracker.api.transparency;

import java.util.Base64;
import java.util.List;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The log as outsiders check it: the latest signed checkpoint and the key to check it with, any
 * leaf, and inclusion and consistency proofs. Checkpoint, key and proofs reveal no content (any
 * signed-in reader may fetch them); a leaf carries its event and is for auditors.
 */
@RestController
@RequestMapping("/api/audit")
class TransparencyController {

    private final Checkpoints checkpoints;
    private final LogKey key;
    private final LogProofs proofs;
    private final LogTables tables;
    private final StoredEvents events;

    TransparencyController(Checkpoints checkpoints, LogKey key, LogProofs proofs, LogTables tables,
                           StoredEvents events) {
        this.checkpoints = checkpoints;
        this.key = key;
        this.proofs = proofs;
        this.tables = tables;
        this.events = events;
    }

    /** The latest signed checkpoint, exactly the signed note. */
    @GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpoint() {
        return checkpoints.latest().orElseGet(checkpoints::signNow).note();
    }

    /** The verifier key in signed-note form. */
    @GetMapping(path = "/checkpoint/key", produces = MediaType.TEXT_PLAIN_VALUE)
    String verifierKey() {
        return key.verifier().verifierKey() + "\n";
    }

    /**
     * A leaf: its bytes as {@link LeafEncoding} builds them from the stored event, and which event it is.
     *
     * @param index          the leaf's place in the log, from 0
     * @param leaf           the leaf's bytes, base64
     * @param leafHash       the leaf's hash (RFC 6962, SHA-256), base64
     * @param streamId       the dispute or case whose event it is
     * @param sequenceNumber the event's place in its stream
     * @param recordId       the record the event carries
     * @param globalIndex    the event's position in the store
     */
    record LeafView(long index, String leaf, String leafHash, String streamId, long sequenceNumber, String recordId,
                    long globalIndex) {
    }

    /** A leaf of the transparency log, with the stored event it stands for. */
    @GetMapping("/leaves/{index}")
    LeafView leaf(@Parameter(description = "the leaf's place in the log, from 0") @PathVariable long index) {
        LogTables.LeafRow row = tables.leaf(index).orElseThrow(() -> notFound("index", "is not a leaf of the log"));
        StoredEvents.Stored event = events.at(row.globalIndex())
                .orElseThrow(() -> notFound("index", "names an event that is no longer stored"));
        return new LeafView(index, base64(event.leaf()), base64(event.leafHash()), row.streamId(),
                row.sequenceNumber(), row.recordId(), row.globalIndex());
    }

    /**
     * The audit path that proves a leaf is in a tree of the log (RFC 6962).
     *
     * @param index  the leaf's place in the log, from 0
     * @param size   how many leaves the tree has
     * @param hashes the proof's hashes, base64, from the leaf upwards
     */
    record InclusionProof(long index, long size, List<String> hashes) {
    }

    /**
     * The proof that a smaller tree of the log is a prefix of a larger one: nothing logged was changed (RFC 6962).
     *
     * @param from   how many leaves the smaller tree has
     * @param to     how many leaves the larger tree has
     * @param hashes the proof's hashes, base64
     */
    record ConsistencyProof(long from, long to, List<String> hashes) {
    }

    /** The proof that leaf {@code index} is in the tree of {@code size} leaves (by default the latest checkpoint's). */
    @GetMapping("/proofs/inclusion")
    InclusionProof inclusion(@Parameter(description = "the leaf's place in the log, from 0") @RequestParam long index,
                             @Parameter(description = "the tree's size in leaves; the latest checkpoint's when left out")
                             @RequestParam(required = false) Long size) {
        long treeSize = size == null ? checkpointSize() : size;
        requireSize("size", treeSize);
        if (index < 0 || index >= treeSize) {
            throw new InvalidRequest("index", "must be at least 0 and less than size, " + treeSize);
        }
        return new InclusionProof(index, treeSize, proofs.inclusion(index, treeSize).stream().map(TransparencyController::base64).toList());
    }

    /** The proof that the tree of {@code from} leaves is a prefix of the tree of {@code to}. */
    @GetMapping("/proofs/consistency")
    ConsistencyProof consistency(@Parameter(description = "the smaller tree's size in leaves, such as a kept checkpoint's")
                                 @RequestParam long from,
                                 @Parameter(description = "the larger tree's size; the latest checkpoint's when left out")
                                 @RequestParam(required = false) Long to) {
        long toSize = to == null ? checkpointSize() : to;
        requireSize("to", toSize);
        if (from < 0 || from > toSize) {
            throw new InvalidRequest("from", "must be at least 0 and at most to, " + toSize);
        }
        return new ConsistencyProof(from, toSize, proofs.consistency(from, toSize).stream().map(TransparencyController::base64).toList());
    }

    private long checkpointSize() {
        return checkpoints.latest().orElseGet(checkpoints::signNow).checkpoint().size();
    }

    private void requireSize(String field, long size) {
        long logSize = proofs.size();
        if (size < 1 || size > logSize) {
            throw new InvalidRequest(field, "must be between 1 and the log's size, " + logSize);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static ErrorResponseException notFound(String field, String reason) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.fieldProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", field, reason), null);
    }
}
