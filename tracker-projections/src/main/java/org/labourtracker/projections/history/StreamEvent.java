package org.labourtracker.projections.history;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One event of a dispute's or a legal case's stream as the read side folds it: its payload, its place
 * in the stream and when and by whom it was recorded (the event's own timestamp is the recording time).
 */
public record StreamEvent(String streamId, long sequence, Instant recordedAt, String recordedBy, Object payload) {

    /** Metadata key under which the write side names the recorder. */
    public static final String RECORDED_BY = "recordedBy";

    public static StreamEvent of(DomainEventMessage<?> message) {
        Object recorder = message.getMetaData().get(RECORDED_BY);
        return new StreamEvent(message.getAggregateIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                recorder == null ? null : recorder.toString(), message.getPayload());
    }
}
