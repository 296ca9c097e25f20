package org.labourtracker.editorial;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What a record said, field by field, kept small: one 64-bit slice of a SHA-256 per top-level
 * field. A command and the event it recorded have fields of the same names, so a retried command
 * can be compared with the stored event, which is what an aggregate is rebuilt from. Absent, null
 * and empty are the same, as the rules treat a missing list as an empty one.
 */
record Fingerprint(Class<?> kind, long[] fields) {

    private static final long ABSENT = 0L;

    static Fingerprint of(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        long[] fields = new long[components.length];
        for (int i = 0; i < components.length; i++) {
            fields[i] = hash(value(components[i], record));
        }
        return new Fingerprint(record.getClass(), fields);
    }

    /** The names of the top-level fields in which {@code command} differs from this record. */
    List<String> differences(Record command) {
        Fingerprint sent = of(command);
        RecordComponent[] stored = kind.getRecordComponents();
        RecordComponent[] given = command.getClass().getRecordComponents();
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            if (sent.fields[i] != field(stored, fields, given[i].getName())) {
                differing.add(given[i].getName());
            }
        }
        for (int i = 0; i < stored.length; i++) {
            if (fields[i] != field(given, sent.fields, stored[i].getName())) {
                if (!differing.contains(stored[i].getName())) {
                    differing.add(stored[i].getName());
                }
            }
        }
        return differing;
    }

    /** By content, so that the fixture's check of state rebuilt from events compares values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && kind == that.kind && Arrays.equals(fields, that.fields);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return kind.getSimpleName() + Arrays.toString(fields);
    }

    private static long field(RecordComponent[] components, long[] hashes, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return hashes[i];
            }
        }
        return ABSENT;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static long hash(Object value) {
        StringBuilder canonical = new StringBuilder();
        canonical(value, canonical);
        if (canonical.isEmpty()) {
            return ABSENT;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            long slice = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                slice = (slice << 8) | (digest[i] & 0xff);
            }
            return slice == ABSENT ? 1 : slice;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** An unambiguous text of a value: strings are length-prefixed, enums name their type. */
    private static void canonical(Object value, StringBuilder out) {
        if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
            return;
        }
        if (value instanceof Record record) {
            out.append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                StringBuilder inner = new StringBuilder();
                canonical(value(component, record), inner);
                if (!inner.isEmpty()) {
                    out.append(component.getName()).append('=').append(inner).append(';');
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            for (Object element : list) {
                StringBuilder inner = new StringBuilder();
                canonical(element, inner);
                out.append(inner.length()).append(':').append(inner).append(',');
            }
            out.append(']');
        } else if (value instanceof Enum<?> constant) {
            out.append(constant.getDeclaringClass().getSimpleName()).append('.').append(constant.name());
        } else if (value instanceof String text) {
            out.append('"').append(text.length()).append(':').append(text);
        } else {
            out.append(value);
        }
    }
}
