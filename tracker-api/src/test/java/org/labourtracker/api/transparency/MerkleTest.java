package org.labourtracker.api.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tree's arithmetic on every size up to 70 leaves: the right edge kept while appending gives the
 * root RFC 9162 defines, every inclusion and consistency proof made checks out, and a wrong leaf or
 * a wrong root does not.
 */
class MerkleTest {

    private static final int SIZES = 70;

    @Test
    void theEdgeKeptWhileAppendingGivesTheRootOfTheWholeTree() {
        List<byte[]> leaves = leaves(SIZES);
        TreeEdge edge = TreeEdge.empty();
        for (int size = 1; size <= SIZES; size++) {
            edge.append(leaves.get(size - 1), (level, index, hash) -> {
            });
            assertThat(edge.root()).as("root of %d", size).isEqualTo(Merkle.hash(0, size, subtrees(leaves)));
            assertThat(TreeEdge.of(size, edge.stored()).root()).isEqualTo(edge.root());
        }
    }

    @Test
    void everyInclusionProofChecksOutAndAWrongLeafDoesNot() {
        List<byte[]> leaves = leaves(SIZES);
        for (int size = 1; size <= SIZES; size++) {
            byte[] root = Merkle.hash(0, size, subtrees(leaves));
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = Merkle.inclusionProof(index, size, subtrees(leaves));
                assertThat(Merkle.verifyInclusion(index, size, leaves.get(index), proof, root))
                        .as("leaf %d of %d", index, size).isTrue();
                assertThat(Merkle.verifyInclusion(index, size, leaves.get((index + 1) % SIZES), proof, root)).isFalse();
            }
        }
    }

    @Test
    void everyConsistencyProofChecksOutAndAnAlteredTreeDoesNot() {
        List<byte[]> leaves = leaves(SIZES);
        List<byte[]> altered = new ArrayList<>(leaves);
        altered.set(3, Merkle.leafHash("altered".getBytes(StandardCharsets.UTF_8)));
        for (int from = 1; from <= SIZES; from++) {
            byte[] fromRoot = Merkle.hash(0, from, subtrees(leaves));
            for (int to = from; to <= SIZES; to++) {
                List<byte[]> proof = Merkle.consistencyProof(from, to, subtrees(leaves));
                assertThat(Merkle.verifyConsistency(from, to, fromRoot, Merkle.hash(0, to, subtrees(leaves)), proof))
                        .as("%d to %d", from, to).isTrue();
                if (from > 3 && from < to) {
                    assertThat(Merkle.verifyConsistency(from, to, fromRoot, Merkle.hash(0, to, subtrees(altered)),
                            Merkle.consistencyProof(from, to, subtrees(altered)))).isFalse();
                }
            }
        }
    }

    @Test
    void theSubtreesStoredEveryEightLevelsAreTheCompleteOnes() {
        List<byte[]> leaves = leaves(600);
        List<long[]> stored = new ArrayList<>();
        TreeEdge edge = TreeEdge.empty();
        leaves.forEach(leaf -> edge.append(leaf, (level, index, hash) -> {
            stored.add(new long[] {level, index});
            assertThat(hash).isEqualTo(Merkle.hash(index << level, (index + 1) << level, subtrees(leaves)));
        }));
        assertThat(stored).containsExactly(new long[] {8, 0}, new long[] {8, 1});
    }

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(Merkle.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    /** Complete subtrees computed from the leaves in memory. */
    private static Merkle.Subtrees subtrees(List<byte[]> leaves) {
        return new Merkle.Subtrees() {
            @Override
            public byte[] complete(int level, long index) {
                if (level == 0) {
                    return leaves.get((int) index);
                }
                return Merkle.nodeHash(complete(level - 1, 2 * index), complete(level - 1, 2 * index + 1));
            }
        };
    }
}
