package org.labourtracker.projections.history;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One event of a dispute's or a legal case's stream as the read side folds it: its payload, its place
 * in the stream and when and by whom it was recorded: the time the write side stamped on it (a record
 * imported from another log keeps the time it was first recorded there), else the event's timestamp.
 */
public record StreamEvent(String streamId, long sequence, Instant recordedAt, String recordedBy, Object payload) {

    /** Metadata key under which the write side names the recorder. */
    public static final String RECORDED_BY = "recordedBy";
    /** Metadata key under which the write side stamps the recording time. */
    public static final String RECORDED_AT = "recordedAt";

    public static StreamEvent of(DomainEventMessage<?> message) {
        Object recorder = message.getMetaData().get(RECORDED_BY);
        Instant recordedAt = message.getTimestamp();
        Object stamped = message.getMetaData().get(RECORDED_AT);
        if (stamped != null) {
            recordedAt = Instant.parse(stamped.toString());
        }
        return new StreamEvent(message.getAggregateIdentifier(), message.getSequenceNumber(), recordedAt,
                recorder == null ? null : recorder.toString(), message.getPayload());
    }
}
