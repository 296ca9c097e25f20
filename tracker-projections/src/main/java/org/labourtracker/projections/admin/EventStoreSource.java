package org.labourtracker.projections.admin;

import java.time.Instant;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/** The event store as a processor's source, for sources that change only how its streams are read. */
public abstract class EventStoreSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    protected final EventStore store;

    protected EventStoreSource(EventStore store) {
        this.store = store;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }
}
