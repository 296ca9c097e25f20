package org.labourtracker.evidence;

/** A command named a dispute, case or record that does not exist. Nothing is recorded. */
public class StreamNotFound extends RecordRejected {

    public StreamNotFound(String field, String reason) {
        super(field, reason);
    }
}
