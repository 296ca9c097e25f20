package org.labourtracker.api.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The signing key lives outside the database: generated into its file at first start, readable by
 * the service's user only, and read back the same afterwards; given whole in a setting instead; and
 * never generated in profile prod, which refuses to start without one.
 */
class LogKeyTest {

    @Test
    void aKeyIsGeneratedOnceIntoAFileOnlyItsOwnerCanReadAndReadBackTheSame(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("keys").resolve("log-signing.key");
        LogKey first = new LogKey(new LogSettings(file, null, true), new MockEnvironment());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        LogKey again = new LogKey(new LogSettings(file, null, true), new MockEnvironment());
        assertThat(again.verifier().verifierKey()).isEqualTo(first.verifier().verifierKey());
        assertThat(again.origin()).isEqualTo(first.origin()).startsWith("labour-tracker/");
    }

    @Test
    void aKeyGivenInTheSettingTakesThePlaceOfTheFile(@TempDir Path folder) throws Exception {
        NoteKey key = NoteKey.generate("labour-tracker/given");
        LogKey given = new LogKey(new LogSettings(folder.resolve("none.key"), key.signerKey(), true), new MockEnvironment());

        assertThat(given.verifier().verifierKey()).isEqualTo(key.verifierKey());
        assertThat(folder.resolve("none.key")).doesNotExist();
    }

    @Test
    void anOperatorMakesTheKeyForProdBeforeTheFirstStartAndNeverOverwritesIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("log-signing.key");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        int made = KeyCommand.run(new String[] {"log-key", "--out", file.toString(), "--name", "labour-tracker/network"},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        LogKey key = new LogKey(new LogSettings(file, null, true), prod);

        assertThat(made).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("verifier key, for auditors: " + key.verifier().verifierKey());
        assertThat(key.origin()).isEqualTo("labour-tracker/network");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KeyCommand.run(new String[] {"log-key", "--out", file.toString()}, new java.io.PrintStream(out)))
                .as("an existing key is never overwritten").isEqualTo(2);
        assertThat(new LogKey(new LogSettings(file, null, true), prod).verifier().verifierKey())
                .isEqualTo(key.verifier().verifierKey());
    }

    @Test
    void profileProdNeverGeneratesAKeyAndDoesNotStartWithoutOne(@TempDir Path folder) {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> new LogKey(new LogSettings(folder.resolve("log-signing.key"), null, true), prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Profile 'prod' needs the log's signing key");
        assertThat(folder.resolve("log-signing.key")).doesNotExist();
    }
}
