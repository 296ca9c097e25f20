package org.labourtracker.api.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Keys in the signed-note forms survive being written and read back (base64 holds '+', the
 * separator, in about one key of three), and a checkpoint signed with one verifies with its verifier
 * key and with no other.
 */
class NoteKeyTest {

    @Test
    void signerAndVerifierKeysReadBackAsWritten() {
        for (int i = 0; i < 200; i++) {
            NoteKey key = NoteKey.generate("labour-tracker/test-" + i);
            NoteKey again = NoteKey.ofSignerKey(key.signerKey());
            assertThat(again.verifierKey()).isEqualTo(key.verifierKey());
            assertThat(NoteKey.ofVerifierKey(key.verifierKey()).verifierKey()).isEqualTo(key.verifierKey());
            byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
            assertThat(NoteKey.ofVerifierKey(key.verifierKey()).verify(message, again.sign(message))).isTrue();
        }
    }

    @Test
    void aCheckpointVerifiesWithItsKeyOnly() {
        NoteKey key = NoteKey.generate("labour-tracker/a");
        NoteKey other = NoteKey.generate("labour-tracker/a");
        Checkpoint checkpoint = new Checkpoint("labour-tracker/a", 74, Merkle.leafHash(new byte[] {1}));
        String note = checkpoint.sign(key);

        assertThat(Checkpoint.verified(note, NoteKey.ofVerifierKey(key.verifierKey()))).isEqualTo(checkpoint);
        assertThatThrownBy(() -> Checkpoint.verified(note, NoteKey.ofVerifierKey(other.verifierKey())))
                .isInstanceOf(Checkpoint.InvalidCheckpoint.class);
        assertThatThrownBy(() -> Checkpoint.verified(note.replace("\n74\n", "\n7\n"), NoteKey.ofVerifierKey(key.verifierKey())))
                .isInstanceOf(Checkpoint.InvalidCheckpoint.class);
    }
}
