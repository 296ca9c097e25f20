package org.labourtracker.api.transparency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 key in the C2SP signed-note forms: the verifier key {@code <name>+<key hash>+<base64 of
 * 0x01 || public key>} and the signer key {@code PRIVATE+KEY+<name>+<key hash>+<base64 of 0x01 || seed>}
 * (as Go's golang.org/x/mod/sumdb/note writes them). The key hash is the first four bytes of
 * SHA-256(name || 0x0A || 0x01 || public key).
 */
public final class NoteKey {

    static final byte ED25519 = 0x01;
    /** The DER prefix of an X.509 Ed25519 public key: the 32 raw bytes follow it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final String name;
    private final byte[] publicKey;
    private final PublicKey verifier;
    private final PrivateKey signer;
    private final byte[] seed;

    private NoteKey(String name, byte[] publicKey, PrivateKey signer, byte[] seed) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("a key name has no spaces or '+': " + name);
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.verifier = publicKey(publicKey);
        this.signer = signer;
        this.seed = seed;
    }

    /** A new key pair named {@code name}. */
    static NoteKey generate(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            KeyPair pair = generator.generateKeyPair();
            byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            return new NoteKey(name, raw(pair.getPublic()), pair.getPrivate(), seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** A signer key as {@link #signerKey()} writes it. */
    static NoteKey ofSignerKey(String text) {
        // base64 may itself hold '+': the key is whatever follows the fourth
        String[] parts = text.trim().split("\\+", 5);
        if (parts.length != 5 || !parts[0].equals("PRIVATE") || !parts[1].equals("KEY")) {
            throw new IllegalArgumentException("not a signed-note signer key (PRIVATE+KEY+name+hash+key)");
        }
        byte[] key = Base64.getDecoder().decode(parts[4]);
        if (key.length != 33 || key[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 signer key");
        }
        byte[] seed = Arrays.copyOfRange(key, 1, 33);
        try {
            // The JDK derives a key pair from the 32 random bytes it draws: hand it the seed as those bytes.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            KeyPair pair = generator.generateKeyPair();
            NoteKey noteKey = new NoteKey(parts[2], raw(pair.getPublic()), pair.getPrivate(), seed);
            if (!noteKey.hashHex().equals(parts[3])) {
                throw new IllegalArgumentException("the signer key's hash does not match its key");
            }
            return noteKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** A verifier key ({@code name+hash+base64}); it can check but not sign. */
    public static NoteKey ofVerifierKey(String text) {
        String[] parts = text.trim().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed-note verifier key (name+hash+key)");
        }
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length != 33 || key[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 verifier key");
        }
        NoteKey noteKey = new NoteKey(parts[0], Arrays.copyOfRange(key, 1, 33), null, null);
        if (!noteKey.hashHex().equals(parts[1])) {
            throw new IllegalArgumentException("the verifier key's hash does not match its key");
        }
        return noteKey;
    }

    public String name() {
        return name;
    }

    public String verifierKey() {
        return name + "+" + hashHex() + "+" + Base64.getEncoder().encodeToString(typed(publicKey));
    }

    String signerKey() {
        return "PRIVATE+KEY+" + name + "+" + hashHex() + "+" + Base64.getEncoder().encodeToString(typed(seed));
    }

    byte[] keyHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(typed(publicKey));
            return Arrays.copyOf(sha.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hashHex() {
        return HexFormat.of().formatHex(keyHash());
    }

    byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(signer);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verify(byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(verifier);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Key material for the seals, derived from the signing key so that one secret guards both. */
    byte[] sealKey() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("labour-tracker seal key\n".getBytes(StandardCharsets.UTF_8));
            sha.update(seed);
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] typed(byte[] key) {
        byte[] typed = new byte[key.length + 1];
        typed[0] = ED25519;
        System.arraycopy(key, 0, typed, 1, key.length);
        return typed;
    }

    private static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static PublicKey publicKey(byte[] raw) {
        byte[] encoded = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** Hands out the given bytes as "random" ones, once. */
    private static final class FixedBytes extends SecureRandom {
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void nextBytes(byte[] out) {
            System.arraycopy(bytes, 0, out, 0, Math.min(bytes.length, out.length));
        }
    }

    @Override
    public String toString() {
        return verifierKey();
    }
}
