package org.labourtracker.api.recording;

import java.util.List;

/**
 * The answer to a recording: the stream, the record's id, the version of the stream it made, and
 * warnings for the monitor (such as a confidential person named in the text); nothing is refused
 * for a warning.
 *
 * @param streamId the dispute or case recorded in
 * @param recordId the record's id, as sent or as taken from the Idempotency-Key
 * @param version  the stream's version the record made (a repeat: its first sending's): pass it as If-Match next time
 * @param warnings things the monitor may want to check, such as a confidential person named in the notes
 */
public record Recorded(String streamId, String recordId, long version, List<String> warnings) {
}
