package org.labourtracker.evidence;

import java.util.List;

/**
 * The checks handlers make between fields and against a stream's state; each failure names its
 * field. A field's own rules are Bean Validation annotations on the commands and their values
 * ({@link Identifier}, {@link Name}, {@link FreeText}, {@link NotFuture} ...), enforced by {@link RecordRules}.
 */
public final class Checks {

    public static final int MAX_LIST = 500;

    private Checks() {
    }

    public static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new RecordRejected(field, reason);
        }
    }

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
