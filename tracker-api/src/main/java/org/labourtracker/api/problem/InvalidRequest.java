package org.labourtracker.api.problem;

/** A request the API cannot turn into a command: its field (a JSON path, or a header) and why. */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
