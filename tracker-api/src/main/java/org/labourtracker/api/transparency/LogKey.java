package org.labourtracker.api.transparency;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The log's signing key, kept outside the database: from {@code tracker.log.signing-key} (e.g. the
 * environment), else from {@code tracker.log.key-file}, else generated into that file (readable by the
 * service's user only) at first start and its verifier key logged. Profile {@code prod} never generates
 * one: start-up fails without it. The key signs checkpoints, and a key derived from it seals each event
 * and each leaf (HMAC-SHA256), so that rows written behind the application's back are told apart.
 */
@Component
public class LogKey {

    private static final Logger log = LoggerFactory.getLogger(LogKey.class);

    private final NoteKey key;
    private final SecretKeySpec sealKey;

    LogKey(LogSettings settings, Environment environment) throws IOException {
        this.key = load(settings, environment);
        this.sealKey = new SecretKeySpec(key.sealKey(), "HmacSHA256");
    }

    private static NoteKey load(LogSettings settings, Environment environment) throws IOException {
        if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
            return NoteKey.ofSignerKey(settings.signingKey());
        }
        Path file = settings.keyFile();
        if (Files.exists(file)) {
            return NoteKey.ofSignerKey(Files.readString(file, StandardCharsets.UTF_8));
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Profile 'prod' needs the log's signing key: set tracker.log.signing-key "
                    + "(TRACKER_LOG_SIGNINGKEY) or put it in tracker.log.key-file (" + file.toAbsolutePath() + ")");
        }
        NoteKey generated = write(file, null);
        log.warn("Generated the log's signing key in {}: keep it outside the database and back it up. Auditors "
                + "check checkpoints with the verifier key {}", file.toAbsolutePath(), generated.verifierKey());
        return generated;
    }

    /** A new key, named {@code name} or by default {@code labour-tracker/<12 random hex digits>}, in a new file. */
    static NoteKey write(Path file, String name) throws IOException {
        NoteKey generated = NoteKey.generate(name != null ? name
                : "labour-tracker/" + HexFormat.of().formatHex(random(6)));
        writeOwnerOnly(file, generated.signerKey());
        return generated;
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (posix) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        Path temporary = Files.createTempFile(folder, "key", ".tmp");
        if (posix) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temporary, text + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file);
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        new java.security.SecureRandom().nextBytes(random);
        return random;
    }

    /** The log's name: the origin line of its checkpoints and the name of its key. */
    public String origin() {
        return key.name();
    }

    public NoteKey verifier() {
        return NoteKey.ofVerifierKey(key.verifierKey());
    }

    String sign(Checkpoint checkpoint) {
        return checkpoint.sign(key);
    }

    /** The seal of an event, carried in its metadata: HMAC over its leaf hash. */
    byte[] sealEvent(byte[] leafHash) {
        return mac("event".getBytes(StandardCharsets.US_ASCII), leafHash);
    }

    /** The seal of a leaf row: HMAC over its index and hash, so that it can be neither forged nor moved. */
    byte[] sealLeaf(long index, byte[] leafHash) {
        return mac(ByteBuffer.allocate(12).put("leaf".getBytes(StandardCharsets.US_ASCII)).putLong(index).array(),
                leafHash);
    }

    /** Key material for another purpose ({@code label}), derived from the signing key: as secret as it. */
    public byte[] derived(String label) {
        return mac("derived ".getBytes(StandardCharsets.US_ASCII), label.getBytes(StandardCharsets.UTF_8));
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    private byte[] mac(byte[] label, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sealKey);
            mac.update(label);
            return mac.doFinal(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
