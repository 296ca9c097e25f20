package org.labourtracker.api.transparency;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes of a log leaf: an event as stored, in a form another verifier can rebuild.
 * <pre>
 * leaf     = field("labour-tracker/leaf/1") field(stream id) field(sequence number, decimal)
 *            field(payload type) field(payload revision, or empty) field(metadata) field(payload)
 * field(x) = the byte length of x as 4 bytes, big-endian, then x (text in UTF-8)
 * metadata = "key=value\n" for each of the keys below that the event carries, in this order
 * payload  = the payload exactly as stored
 * </pre>
 */
public final class LeafEncoding {

    static final String VERSION = "labour-tracker/leaf/1";

    /** The metadata that is evidence: who recorded the event and when, and where an import took it from. */
    public static final List<String> EVIDENCE_KEYS = List.of("recordedBy", "recordedAt", "originLog", "originLeaf",
            "originVerified", "importedBy", "importedAt");

    private LeafEncoding() {
    }

    /** A leaf taken apart. */
    public record Leaf(String streamId, long sequenceNumber, String payloadType, String payloadRevision,
                       Map<String, String> metaData, byte[] payload) {
    }

    public static byte[] encode(String streamId, long sequenceNumber, String payloadType, String payloadRevision,
                                Map<String, ?> metaData, byte[] payload) {
        StringBuilder evidence = new StringBuilder();
        for (String key : EVIDENCE_KEYS) {
            Object value = metaData.get(key);
            if (value != null) {
                evidence.append(key).append('=').append(value).append('\n');
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 256);
        field(out, text(VERSION));
        field(out, text(streamId));
        field(out, text(Long.toString(sequenceNumber)));
        field(out, text(payloadType));
        field(out, text(payloadRevision == null ? "" : payloadRevision));
        field(out, text(evidence.toString()));
        field(out, payload);
        return out.toByteArray();
    }

    public static Leaf decode(byte[] leaf) {
        ByteBuffer in = ByteBuffer.wrap(leaf);
        try {
            if (!VERSION.equals(string(in))) {
                throw new IllegalArgumentException("not a labour-tracker leaf of version 1");
            }
            String stream = string(in);
            long sequence = Long.parseLong(string(in));
            String type = string(in);
            String revision = string(in);
            Map<String, String> metaData = new LinkedHashMap<>();
            for (String line : string(in).split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    metaData.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            byte[] payload = bytes(in);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("bytes after the payload");
            }
            return new Leaf(stream, sequence, type, revision.isEmpty() ? null : revision, metaData, payload);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a well-formed leaf: " + e.getMessage(), e);
        }
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.write(value.length >>> 24);
        out.write(value.length >>> 16);
        out.write(value.length >>> 8);
        out.write(value.length);
        out.writeBytes(value);
    }

    private static String string(ByteBuffer in) {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a field runs past the end");
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }
}
