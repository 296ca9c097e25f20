package org.labourtracker.api.transparency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A checkpoint in the C2SP {@code tlog-checkpoint} form (origin line, tree size, base64 root hash,
 * each ending in a newline), signed as a C2SP {@code signed-note}: the text, an empty line, then one
 * line per signature, {@code — <key name> <base64 of key hash || Ed25519 signature>}.
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

    private static final String SIGNATURE_PREFIX = "\u2014 ";

    /** The note text that is signed. */
    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    public String rootBase64() {
        return Base64.getEncoder().encodeToString(rootHash);
    }

    String sign(NoteKey key) {
        byte[] signature = key.sign(text().getBytes(StandardCharsets.UTF_8));
        byte[] line = new byte[4 + signature.length];
        System.arraycopy(key.keyHash(), 0, line, 0, 4);
        System.arraycopy(signature, 0, line, 4, signature.length);
        return text() + "\n" + SIGNATURE_PREFIX + key.name() + " " + Base64.getEncoder().encodeToString(line) + "\n";
    }

    /**
     * Reads a signed checkpoint and checks it was signed by {@code key}; refuses a note that is
     * malformed, or that carries no valid signature by that key.
     */
    public static Checkpoint verified(String signedNote, NoteKey key) {
        String note = signedNote.replace("\r\n", "\n");
        int split = note.indexOf("\n\n");
        if (split < 0) {
            throw new InvalidCheckpoint("it has no signature: a signed note is its text, an empty line, then signatures");
        }
        String text = note.substring(0, split + 1);
        boolean signed = false;
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                if (!line.isEmpty()) {
                    throw new InvalidCheckpoint("a signature line must begin with '\u2014 '");
                }
                continue;
            }
            String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ");
            if (parts.length != 2 || !parts[0].equals(key.name())) {
                continue;
            }
            byte[] signature;
            try {
                signature = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new InvalidCheckpoint("a signature is not base64");
            }
            if (signature.length == 68 && Arrays.equals(Arrays.copyOf(signature, 4), key.keyHash())
                    && key.verify(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(signature, 4, 68))) {
                signed = true;
            }
        }
        if (!signed) {
            throw new InvalidCheckpoint("it carries no valid signature by " + key.name());
        }
        return parse(text);
    }

    static Checkpoint parse(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.size() < 4 || !lines.get(lines.size() - 1).isEmpty()) {
            throw new InvalidCheckpoint("a checkpoint has an origin, a tree size and a root hash, each on its own line");
        }
        try {
            long size = Long.parseLong(lines.get(1));
            byte[] root = Base64.getDecoder().decode(lines.get(2));
            if (size < 0 || root.length != Merkle.HASH_BYTES || lines.get(0).isEmpty()) {
                throw new InvalidCheckpoint("its size, root hash or origin is malformed");
            }
            return new Checkpoint(lines.get(0), size, root);
        } catch (IllegalArgumentException e) {
            throw new InvalidCheckpoint("its size or root hash is malformed");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * origin.hashCode() + Long.hashCode(size)) + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return origin + " size " + size + " root " + rootBase64();
    }

    /** A checkpoint that cannot be read or is not signed by the expected key. */
    public static final class InvalidCheckpoint extends RuntimeException {
        InvalidCheckpoint(String reason) {
            super(reason);
        }
    }
}
