package org.labourtracker;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import java.util.List;

import org.labourtracker.evidence.RecordIdReused;
import org.labourtracker.evidence.RecordRejected;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.evidence.Violation;

/** Matchers for the exceptions of a refused command, by the field they name. */
public final class Rejections {

    private Rejections() {
    }

    /** A rule broken at {@code field}: a {@link RecordRejected} that is not a {@link StreamNotFound}. */
    public static Matcher<Throwable> rejectedAt(String field) {
        return rejection(RecordRejected.class, field);
    }

    /** Rules broken at once: a {@link RecordRejected} naming exactly {@code violations}, in this order. */
    public static Matcher<Throwable> rejectedWith(Violation... violations) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                mismatch.appendText("was ").appendValue(thrown instanceof RecordRejected rejected
                        ? rejected.violations() : thrown);
                return thrown.getClass() == RecordRejected.class
                        && ((RecordRejected) thrown).violations().equals(List.of(violations));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RecordRejected naming ").appendValue(List.of(violations));
            }
        };
    }

    /** {@code field} names a dispute, case, record, demand or person that does not exist. */
    public static Matcher<Throwable> notFoundAt(String field) {
        return rejection(StreamNotFound.class, field);
    }

    /**
     * {@code recordId} already names a stored record of {@code storedKind} that differs in exactly
     * {@code fields} (or, when none are given, in some field).
     */
    public static Matcher<Throwable> reused(String recordId, String storedKind, String... fields) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                mismatch.appendText("was ").appendValue(thrown);
                return thrown instanceof RecordIdReused reused && reused.recordId().equals(recordId)
                        && reused.storedKind().equals(storedKind) && !reused.differingFields().isEmpty()
                        && (fields.length == 0 || reused.differingFields().equals(List.of(fields)));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RecordIdReused of ").appendValue(recordId).appendText(" (" + storedKind
                        + ") differing in ").appendValue(List.of(fields));
            }
        };
    }

    private static Matcher<Throwable> rejection(Class<? extends RecordRejected> type, String field) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                mismatch.appendText("was ").appendValue(thrown);
                return thrown.getClass() == type && field.equals(((RecordRejected) thrown).field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + type.getSimpleName() + " naming ").appendValue(field);
            }
        };
    }
}
