package org.labourtracker.projections.admin;

import java.time.Instant;

/**
 * An event parked in a processor's dead-letter queue. Letters of one sequence (one dispute's or
 * case's stream) are retried together and in order; {@code messageIdentifier} of a sequence's first
 * letter names the sequence for {@link DeadLetterService#retry(String, String)}.
 */
public record DeadLetterView(String processingGroup, int position, String messageIdentifier, String payloadType,
                             String streamId, Long sequenceNumber, String cause, Instant enqueuedAt,
                             Instant lastTouched) {
}
