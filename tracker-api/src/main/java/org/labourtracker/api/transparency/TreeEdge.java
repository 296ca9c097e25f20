package org.labourtracker.api.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The right edge of a growing Merkle tree: its size and the hashes of the complete subtrees that
 * make it up, largest first, one per bit set in the size. Appending a leaf merges the subtrees it
 * completes; the completed ones whose level is a multiple of {@value #STORED_EVERY} are handed out to be
 * stored, so that proofs need not read every leaf below them.
 */
final class TreeEdge {

    static final int STORED_EVERY = 8;

    /** Receives a complete subtree of 2^level leaves. */
    @FunctionalInterface
    interface CompletedNodes {
        void completed(int level, long index, byte[] hash);
    }

    private long size;
    private final List<byte[]> hashes;

    private TreeEdge(long size, List<byte[]> hashes) {
        this.size = size;
        this.hashes = hashes;
    }

    static TreeEdge empty() {
        return new TreeEdge(0, new ArrayList<>());
    }

    static TreeEdge of(long size, byte[] stored) {
        if (stored.length != Long.bitCount(size) * Merkle.HASH_BYTES) {
            throw new IllegalStateException("the log's stored edge does not fit its size " + size);
        }
        List<byte[]> hashes = new ArrayList<>();
        for (int at = 0; at < stored.length; at += Merkle.HASH_BYTES) {
            hashes.add(Arrays.copyOfRange(stored, at, at + Merkle.HASH_BYTES));
        }
        return new TreeEdge(size, hashes);
    }

    void append(byte[] leafHash, CompletedNodes completed) {
        long index = size;
        byte[] hash = leafHash;
        int level = 0;
        while ((index >> level & 1) == 1) {
            hash = Merkle.nodeHash(hashes.remove(hashes.size() - 1), hash);
            level++;
            if (level % STORED_EVERY == 0) {
                completed.completed(level, index >> level, hash);
            }
        }
        hashes.add(hash);
        size++;
    }

    long size() {
        return size;
    }

    byte[] root() {
        return Merkle.root(hashes);
    }

    byte[] stored() {
        byte[] out = new byte[hashes.size() * Merkle.HASH_BYTES];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i), 0, out, i * Merkle.HASH_BYTES, Merkle.HASH_BYTES);
        }
        return out;
    }
}
