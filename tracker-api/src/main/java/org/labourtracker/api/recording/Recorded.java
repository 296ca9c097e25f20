package org.labourtracker.api.recording;

import java.util.List;

/**
 * The answer to a recording: the stream, the record's id, the stream's version after it, and
 * warnings for the monitor (such as a confidential person named in the text); nothing is refused
 * for a warning.
 */
public record Recorded(String streamId, String recordId, long version, List<String> warnings) {
}
