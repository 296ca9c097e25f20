package org.labourtracker.evidence;

/**
 * A command broke a rule of the record it would create. Names the offending field (as a JSON path
 * into the command) so that callers can point at it; nothing is recorded.
 */
public class RecordRejected extends RuntimeException {

    private final String field;
    private final String reason;

    public RecordRejected(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
