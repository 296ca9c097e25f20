package org.labourtracker.api.transparency;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Seals every event as the application stores it: its metadata carries {@value #SEAL}, an HMAC
 * under the log's key over the hash of its leaf ({@link LeafEncoding}). The log takes only sealed
 * events, so a row written into the event table behind the application's back never becomes a leaf,
 * and the integrity check names it.
 */
@Component
class EventSeal implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String SEAL = "seal";

    private final Serializer eventSerializer;
    private final LogKey key;

    EventSeal(@Qualifier("eventSerializer") Serializer eventSerializer, LogKey key, EventStore eventStore,
              LogSettings settings) {
        this.eventSerializer = eventSerializer;
        this.key = key;
        if (settings.enabled()) {
            eventStore.registerDispatchInterceptor(this);
        }
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event ? sealed(event) : message;
    }

    /**
     * Whether a stored event carries the seal of its leaf; one stored before the log began (up to
     * {@code adoptedThrough}) carries none and is taken as it is.
     */
    static boolean holds(StoredEvents.Stored event, byte[] leafHash, LogKey key, long adoptedThrough) {
        Object seal = event.metaData().get(SEAL);
        if (seal == null) {
            return event.globalIndex() <= adoptedThrough;
        }
        try {
            return LogKey.same(Base64.getDecoder().decode(seal.toString()), key.sealEvent(leafHash));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private EventMessage<?> sealed(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = eventSerializer.serialize(event.getPayload(), byte[].class);
        byte[] leaf = LeafEncoding.encode(event.getAggregateIdentifier(), event.getSequenceNumber(),
                payload.getType().getName(), payload.getType().getRevision(), event.getMetaData(), payload.getData());
        byte[] seal = key.sealEvent(Merkle.leafHash(leaf));
        return event.andMetaData(Map.of(SEAL, Base64.getEncoder().encodeToString(seal)));
    }
}
