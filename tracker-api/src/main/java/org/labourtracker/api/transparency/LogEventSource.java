package org.labourtracker.api.transparency;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.projections.admin.EventStoreSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The event store as the log's processor reads it (application.yml, {@code source} of
 * {@code transparency-log}). The processor appends a batch of leaves in one transaction; left to
 * itself, it would start a batch the moment a commit's few events are stored, and while records
 * arrive it would commit about as often as recording does. Here a processor that was waiting for
 * events waits {@code tracker.log.gather-interval} (250 ms) more once they come, so that its batch
 * takes in what is recorded meanwhile; a backlog is taken at once. Checkpoints are signed every
 * second, so every event is still covered within seconds.
 */
@Component("transparencyLogEventSource")
class LogEventSource extends EventStoreSource {

    private final long gatherMillis;

    LogEventSource(EventStore store, @Value("${tracker.log.gather-interval:250ms}") Duration gatherInterval) {
        super(store);
        this.gatherMillis = gatherInterval.toMillis();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Gathering(store.openStream(trackingToken));
    }

    private final class Gathering implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;

        Gathering(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        /** A wait for the next event that ends with one, ends {@code gather-interval} later. */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (timeout <= 0 || events.hasNextAvailable()) {
                return events.hasNextAvailable(timeout, unit);
            }
            if (!events.hasNextAvailable(timeout, unit)) {
                return false;
            }
            Thread.sleep(gatherMillis);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void close() {
            events.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return events.setOnAvailableCallback(callback);
        }
    }
}
