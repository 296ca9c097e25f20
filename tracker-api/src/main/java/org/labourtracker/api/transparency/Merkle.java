package org.labourtracker.api.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hashing of RFC 9162 (Certificate Transparency 2.0), section 2.1: leaf hash =
 * SHA-256(0x00 || leaf), node hash = SHA-256(0x01 || left || right); inclusion and consistency
 * proofs made (2.1.3.1, 2.1.4.1) and checked (2.1.3.2, 2.1.4.2) as written there. Plain Java, so that
 * the offline verifier needs nothing else.
 */
public final class Merkle {

    public static final int HASH_BYTES = 32;

    private Merkle() {
    }

    /** The hash of any range of leaves [start, end) of one tree: MTH(D[start:end]). */
    @FunctionalInterface
    public interface Subtrees {
        /** The hash of the complete subtree of 2^level leaves starting at leaf index × 2^level. */
        byte[] complete(int level, long index);
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        sha.update(leaf);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** The hash of an empty tree: SHA-256 of nothing. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /**
     * The root of a tree of {@code size} leaves from its right edge: the hashes of the complete
     * subtrees that make it up, largest first (one per bit set in {@code size}).
     */
    public static byte[] root(List<byte[]> frontier) {
        if (frontier.isEmpty()) {
            return emptyRoot();
        }
        byte[] root = frontier.get(frontier.size() - 1);
        for (int i = frontier.size() - 2; i >= 0; i--) {
            root = nodeHash(frontier.get(i), root);
        }
        return root;
    }

    /** MTH(D[start:end]), taking complete subtrees from {@code subtrees}. */
    public static byte[] hash(long start, long end, Subtrees subtrees) {
        long n = end - start;
        if (n == 0) {
            return emptyRoot();
        }
        if (Long.bitCount(n) == 1 && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return subtrees.complete(level, start >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return nodeHash(hash(start, start + k, subtrees), hash(start + k, end, subtrees));
    }

    /** PATH(m, D[n]) of RFC 9162 section 2.1.3.1, for leaf {@code index} in a tree of {@code size}. */
    public static List<byte[]> inclusionProof(long index, long size, Subtrees subtrees) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, subtrees, path);
        return path;
    }

    private static void path(long m, long start, long end, Subtrees subtrees, List<byte[]> out) {
        long n = end - start;
        if (n <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, subtrees, out);
            out.add(hash(start + k, end, subtrees));
        } else {
            path(m - k, start + k, end, subtrees, out);
            out.add(hash(start, start + k, subtrees));
        }
    }

    /** PROOF(m, D[n]) of RFC 9162 section 2.1.4.1: the tree of {@code from} leaves is a prefix of that of {@code to}. */
    public static List<byte[]> consistencyProof(long from, long to, Subtrees subtrees) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("a tree of " + from + " leaves is not a prefix of one of " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, subtrees, proof);
        }
        return proof;
    }

    private static void subproof(long m, long start, long end, boolean whole, Subtrees subtrees, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                out.add(hash(start, end, subtrees));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, subtrees, out);
            out.add(hash(start + k, end, subtrees));
        } else {
            subproof(m - k, start + k, end, false, subtrees, out);
            out.add(hash(start, start + k, subtrees));
        }
    }

    /** RFC 9162 section 2.1.3.2. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 section 2.1.4.2, with the trivial cases of an empty or an unchanged first tree. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
