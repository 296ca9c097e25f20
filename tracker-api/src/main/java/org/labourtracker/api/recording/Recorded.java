package org.labourtracker.api.recording;

/** The answer to a recording: the stream, the record's id, and the stream's version after it. */
public record Recorded(String streamId, String recordId, long version) {
}
