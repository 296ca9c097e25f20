package org.labourtracker.evidence;

import java.util.List;

/**
 * A record id (or idempotency key) already names a stored record whose content differs from the
 * command's: the command is not a retry, and recording nothing while answering success would lose
 * it. Nothing is recorded.
 */
public class RecordIdReused extends RuntimeException {

    private final String streamId;
    private final String recordId;
    private final String storedKind;
    private final List<String> differingFields;

    public RecordIdReused(String streamId, String recordId, String storedKind, List<String> differingFields) {
        super("record " + recordId + " of stream " + streamId + " was already recorded (" + storedKind
                + ") with different " + String.join(", ", differingFields));
        this.streamId = streamId;
        this.recordId = recordId;
        this.storedKind = storedKind;
        this.differingFields = List.copyOf(differingFields);
    }

    public String streamId() {
        return streamId;
    }

    public String recordId() {
        return recordId;
    }

    /** The kind of the stored record, as its event is named. */
    public String storedKind() {
        return storedKind;
    }

    public List<String> differingFields() {
        return differingFields;
    }
}
