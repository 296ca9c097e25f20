package org.labourtracker.projections.summary;

import java.time.Instant;

import org.labourtracker.evidence.When;

/** A record in brief: what happened, when, and when it was recorded. */
public record Development(String streamId, String recordId, String type, String headline, When when,
                          Instant recordedAt) {
}
