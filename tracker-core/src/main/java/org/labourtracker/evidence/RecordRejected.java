package org.labourtracker.evidence;

import java.util.List;

/**
 * A command broke rules of the record it would create. Names the offending fields (as JSON paths
 * into the command) so that callers can point at each; nothing is recorded. {@link #field()} and
 * {@link #reason()} are those of the first violation.
 */
public class RecordRejected extends RuntimeException {

    private final List<Violation> violations;

    public RecordRejected(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public RecordRejected(List<Violation> violations) {
        super(violations.get(0).field() + ": " + violations.get(0).reason()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        this.violations = List.copyOf(violations);
    }

    public String field() {
        return violations.get(0).field();
    }

    public String reason() {
        return violations.get(0).reason();
    }

    /** Every broken rule, the first one first. */
    public List<Violation> violations() {
        return violations;
    }
}
