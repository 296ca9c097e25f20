package org.labourtracker.projections.admin;

import java.time.Instant;

/**
 * An event parked in a processor's dead-letter queue. Letters of one sequence (one dispute's or
 * case's stream) are retried together and in order; {@code messageIdentifier} of a sequence's first
 * letter names the sequence for {@link DeadLetterService#retry(String, String)}.
 *
 * @param processingGroup   the read model's processing group whose queue holds the letter
 * @param position          the letter's place in the list of the queue's letters, from 0
 * @param messageIdentifier the event's message id; a sequence's first names the sequence to retry
 * @param payloadType       the Java type of the event, such as a strike or casualty record
 * @param streamId          the dispute or case whose stream the event belongs to, null for other events
 * @param sequenceNumber    the event's place in that stream, null for other events
 * @param cause             the failure that parked it: exception type and message
 * @param enqueuedAt        when the event was parked
 * @param lastTouched       when a retry last took it up, or when it was parked
 */
public record DeadLetterView(String processingGroup, int position, String messageIdentifier, String payloadType,
                             String streamId, Long sequenceNumber, String cause, Instant enqueuedAt,
                             Instant lastTouched) {
}
