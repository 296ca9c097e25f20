package org.labourtracker.projections.alerts;

import java.time.Instant;

/** A notice that a new record of casualties or detentions came in, waiting to be sent to monitors. */
public record Alert(String streamId, String recordId, String disputeId, String text, Instant recordedAt) {
}
