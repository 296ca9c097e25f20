package org.labourtracker.api.audit;

import java.time.Instant;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A stored event as an auditor sees it: its place in the store, in its stream and in the log, what it
 * records (payload type and payload) and who recorded it when (metadata, including its hash).
 *
 * @param globalIndex    the event's position in the whole store, null when read by stream
 * @param leafIndex      the event's leaf in the transparency log, null while the log has yet to take it
 * @param streamType     Dispute or LegalCase
 * @param streamId       the dispute or case whose stream it is
 * @param sequenceNumber the event's place in its stream, from 0
 * @param storedAt       when the event was stored
 * @param recordType     the kind of record, such as {@code StrikeRecorded}
 * @param record         the record as stored, unredacted: its own fields, evidence and sources
 * @param metaData       who recorded it, with which correlation id, and the hash that seals it
 */
record StoredEvent(Long globalIndex, Long leafIndex, String streamType, String streamId, long sequenceNumber,
                   Instant storedAt, String recordType, Object record, Map<String, Object> metaData) {

    /** The event with its place in the transparency log, or none while the log has yet to take it. */
    static StoredEvent of(EventMessage<?> event, Map<Long, Long> leafByGlobal, Map<Long, Long> leafBySequence) {
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
        Long leafIndex = globalIndex != null ? leafByGlobal.get(globalIndex)
                : leafBySequence.get(domain.getSequenceNumber());
        return new StoredEvent(globalIndex, leafIndex, domain.getType(), domain.getAggregateIdentifier(),
                domain.getSequenceNumber(), event.getTimestamp(), event.getPayloadType().getSimpleName(),
                event.getPayload(), Map.copyOf(event.getMetaData()));
    }
}
