package org.labourtracker.api.audit;

import java.time.Instant;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A stored event as an auditor sees it: its place in the store and in its stream, what it
 * records (payload type and payload) and who recorded it when (metadata, including its hash).
 */
record StoredEvent(Long globalIndex, String streamType, String streamId, long sequenceNumber, Instant storedAt,
                   String recordType, Object record, Map<String, Object> metaData) {

    static StoredEvent of(EventMessage<?> event) {
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
        return new StoredEvent(globalIndex, domain.getType(), domain.getAggregateIdentifier(),
                domain.getSequenceNumber(), event.getTimestamp(), event.getPayloadType().getSimpleName(),
                event.getPayload(), Map.copyOf(event.getMetaData()));
    }
}
