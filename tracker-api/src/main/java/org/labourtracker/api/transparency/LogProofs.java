package org.labourtracker.api.transparency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Inclusion and consistency proofs (RFC 9162, 2.1.3 and 2.1.4) from the stored leaves and subtree
 * hashes. A complete subtree whose level is a multiple of 8 is read as stored; any other is computed
 * from at most 128 stored hashes of the level below it that is.
 */
@Service
public class LogProofs {

    private final LogTables tables;

    LogProofs(LogTables tables) {
        this.tables = tables;
    }

    /** The size of the log as it stands. */
    public long size() {
        return tables.state(false).size();
    }

    public List<byte[]> inclusion(long index, long size) {
        return Merkle.inclusionProof(index, size, new Cached());
    }

    public List<byte[]> consistency(long from, long to) {
        return Merkle.consistencyProof(from, to, new Cached());
    }

    /** The root of the log's first {@code size} leaves, as stored. */
    public byte[] root(long size) {
        return Merkle.hash(0, size, new Cached());
    }

    /** A leaf as stored, with its event's place. */
    public record Leaf(long index, String streamId, long sequenceNumber, String recordId, long globalIndex,
                       byte[] leafHash) {
    }

    public java.util.Optional<Leaf> leaf(long index) {
        return tables.leaf(index).map(row -> new Leaf(row.leafIndex(), row.streamId(), row.sequenceNumber(),
                row.recordId(), row.globalIndex(), row.leafHash()));
    }

    /** Where the events of a stream are in the log: leaf index by sequence number. */
    public Map<Long, Long> leafIndexesOfStream(String streamId) {
        return tables.leafIndexesOfStream(streamId);
    }

    /** Where the records of these streams are in the log: leaf index by {@code streamId/recordId}. */
    public Map<String, Long> leafIndexesOfRecords(java.util.Collection<String> streamIds) {
        return tables.leafIndexesOfRecords(streamIds);
    }

    /** Where these events are in the log: leaf index by {@code streamId/sequenceNumber}. */
    public Map<String, Long> leafIndexesOfEvents(Map<String, ? extends java.util.Collection<Long>> sequencesByStream) {
        return tables.leafIndexesOfEvents(sequencesByStream);
    }

    /** Where these events are in the log: leaf index by global index. */
    public Map<Long, Long> leafIndexes(java.util.Collection<Long> globalIndexes) {
        return tables.leafIndexes(globalIndexes);
    }

    /** A source of subtree hashes for one answer: a proof asks for each at most once, an export for many. */
    public Merkle.Subtrees subtrees() {
        return new Cached();
    }

    private final class Cached implements Merkle.Subtrees {
        private final Map<Long, byte[]> known = new HashMap<>();

        @Override
        public byte[] complete(int level, long index) {
            long key = ((long) level << 56) | index;
            byte[] hash = known.get(key);
            if (hash == null) {
                hash = compute(level, index);
                known.put(key, hash);
            }
            return hash;
        }

        private byte[] compute(int level, long index) {
            int stored = level - level % TreeEdge.STORED_EVERY;
            long count = 1L << (level - stored);
            List<byte[]> hashes = tables.hashes(stored, index * count, (index + 1) * count);
            if (hashes.size() != count) {
                throw new IllegalStateException("the log lacks stored hashes of level " + stored + " from "
                        + index * count + " to " + (index + 1) * count);
            }
            while (hashes.size() > 1) {
                List<byte[]> up = new java.util.ArrayList<>(hashes.size() / 2);
                for (int i = 0; i < hashes.size(); i += 2) {
                    up.add(Merkle.nodeHash(hashes.get(i), hashes.get(i + 1)));
                }
                hashes = up;
            }
            return hashes.get(0);
        }
    }
}
