package org.labourtracker.projections.admin;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The event store as the read models' processors read it (application.yml,
 * {@code axon.eventhandling.processors.*.source}), telling them when events arrive. A pooled streaming
 * processor that has caught up asks its stream to call it back when there is more; the JDBC event
 * store's streams cannot, so the processor looks again every 500 ms, and a record waits that long to
 * reach the read models. Here one watcher thread follows the head of the store (the events the store
 * has fetched for its followers, from this node or, within the store's fetch delay, from others) and
 * wakes every waiting processor when something arrives. It wakes them at most once per
 * {@code tracker.projections.wake-interval}: each wake costs each segment of the processor a transaction
 * and a commit (on H2, a write of its file), so under a steady stream of records the events of that
 * interval are handled as one batch, at the price of that much more delay. Everything else is the
 * store's own.
 */
@Component("readModelEventSource")
class ReadModelEventSource extends EventStoreSource implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelEventSource.class);

    private final long wakeIntervalMillis;
    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();
    private volatile Thread watcher;
    private volatile boolean stopped;

    ReadModelEventSource(EventStore store,
                         @Value("${tracker.projections.wake-interval:25ms}") Duration wakeInterval) {
        super(store);
        this.wakeIntervalMillis = wakeInterval.toMillis();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(store.openStream(trackingToken));
    }

    @Override
    public void destroy() throws InterruptedException {
        stopped = true;
        Thread running = watcher;
        if (running != null) {
            running.interrupt();
            running.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private synchronized void startWatching() {
        if (watcher == null && !stopped) {
            Thread thread = new Thread(this::watch, "ReadModelEventSource");
            thread.setDaemon(true);
            thread.start();
            watcher = thread;
        }
    }

    private void watch() {
        BlockingStream<TrackedEventMessage<?>> head = null;
        while (!stopped) {
            try {
                if (head == null) {
                    head = store.openStream(store.createHeadToken());
                }
                if (head.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    while (head.hasNextAvailable()) {
                        head.nextAvailable();
                    }
                    waiting.forEach(ReadModelEventSource::wake);
                    Thread.sleep(wakeIntervalMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (stopped) {
                    break;
                }
                // meanwhile the processors look on their own, once per token claim interval
                log.warn("Following the head of the event store failed; trying again", e);
                if (head != null) {
                    head.close();
                    head = null;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (head != null) {
            head.close();
        }
    }

    /** A processor stopping as it is woken refuses the wake-up; it reads the store afresh when it starts. */
    private static void wake(Runnable processor) {
        try {
            processor.run();
        } catch (RuntimeException stopping) {
            log.debug("A read model's processor could not be woken", stopping);
        }
    }

    /** A processor's stream, which it can ask to be woken when events arrive. */
    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private Runnable callback;

        Stream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                waiting.remove(this.callback);
            }
            this.callback = callback;
            waiting.add(callback);
            startWatching();
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                waiting.remove(callback);
            }
            delegate.close();
        }
    }
}
