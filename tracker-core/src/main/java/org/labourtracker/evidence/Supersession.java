package org.labourtracker.evidence;

/**
 * A new record's statement that it replaces an earlier record of the same stream, entered under the
 * wrong kind, incident or people, and why. The earlier record stays in the stream, superseded: a
 * correction changes parts of a record, a supersession replaces it whole.
 */
public record Supersession(String recordId, String reason) {

    public void check(String path) {
        Checks.identifier(recordId, path + ".recordId");
        Checks.text(reason, path + ".reason");
    }
}
