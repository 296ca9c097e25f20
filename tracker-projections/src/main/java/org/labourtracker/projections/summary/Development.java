package org.labourtracker.projections.summary;

import java.time.Instant;

import org.labourtracker.evidence.When;

/**
 * A record in brief: what happened, when, and when it was recorded.
 *
 * @param streamId   the dispute or case whose record it is
 * @param recordId   the record's id in that stream
 * @param type       the kind of record, such as {@code StrikeRecorded}
 * @param headline   what happened, in one line
 * @param when       when it happened, with its precision
 * @param recordedAt when it was recorded
 */
public record Development(String streamId, String recordId, String type, String headline, When when,
                          Instant recordedAt) {
}
