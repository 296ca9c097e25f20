package org.labourtracker.api.operations;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.reservoir.SlidingTimeWindowReservoir;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The meters Axon's monitors keep for one processor or bus, under their names and tags: the timers of
 * axon-micrometer's {@code MessageTimerMonitor}, the counters of its {@code MessageCountingMonitor}, and, where
 * asked, the gauges of its {@code CapacityMonitor} and {@code EventProcessorLatencyMonitor}. They are
 * registered on a payload type's first message and found by that type after: the tags Axon gives a
 * component's messages are its name and the payload type's, so every message of a type has the same.
 */
final class ComponentMeters implements MessageMonitor<Message<?>> {

    private final MeterRegistry registry;
    private final Clock clock;
    private final String prefix;
    private final Function<Message<?>, Iterable<Tag>> tags;
    private final Function<Message<?>, Iterable<Tag>> counterTags;
    private final Duration capacityWindow;
    private final Function<Message<?>, Iterable<Tag>> latencyTags;
    private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicLong> latencies = new ConcurrentHashMap<>();

    /**
     * @param capacityWindow the capacity gauge's window, or {@code null} for no such gauge
     * @param latencyTags    the latency gauge's tags, or {@code null} for no such gauge
     */
    ComponentMeters(MeterRegistry registry, Clock clock, String prefix, Function<Message<?>, Iterable<Tag>> tags,
                    Function<Message<?>, Iterable<Tag>> counterTags, Duration capacityWindow,
                    Function<Message<?>, Iterable<Tag>> latencyTags) {
        this.registry = registry;
        this.clock = clock;
        this.prefix = prefix;
        this.tags = tags;
        this.counterTags = counterTags;
        this.capacityWindow = capacityWindow;
        this.latencyTags = latencyTags;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters meters = byPayloadType.get(message.getPayloadType());
        if (meters == null) {
            meters = byPayloadType.computeIfAbsent(message.getPayloadType(), type -> register(message));
        }
        meters.ingested().increment();
        if (meters.latency() != null && message instanceof EventMessage<?> event) {
            meters.latency().set(clock.wallTime() - event.getTimestamp().toEpochMilli());
        }
        return new Handling(meters, clock.monotonicTime());
    }

    private Meters register(Message<?> message) {
        Tags tagged = Tags.of(tags.apply(message));
        Tags counted = Tags.of(counterTags.apply(message));
        SlidingTimeWindowReservoir busy = null;
        if (capacityWindow != null) {
            busy = new SlidingTimeWindowReservoir(capacityWindow.toMillis(), TimeUnit.MILLISECONDS, clock);
            double windowNanos = capacityWindow.toNanos();
            Gauge.builder(prefix + ".capacity", busy,
                            reservoir -> reservoir.getMeasurements().stream().mapToLong(Long::longValue).sum() / windowNanos)
                    .tags(tagged).strongReference(true).register(registry);
        }
        AtomicLong latency = latencyTags == null ? null : latencies.computeIfAbsent(Tags.of(latencyTags.apply(message)),
                latencyTagged -> {
                    AtomicLong millis = new AtomicLong();
                    Gauge.builder(prefix + ".latency", millis::get).tags(latencyTagged).register(registry);
                    return millis;
                });
        return new Meters(timer("allTimer", tagged), timer("successTimer", tagged), timer("failureTimer", tagged),
                timer("ignoredTimer", tagged), registry.counter(prefix + ".ingestedCounter", counted),
                registry.counter(prefix + ".successCounter", counted), registry.counter(prefix + ".failureCounter", counted),
                registry.counter(prefix + ".processedCounter", counted), registry.counter(prefix + ".ignoredCounter", counted),
                busy, latency);
    }

    /** As axon-micrometer's timers: percentiles published, over the last 10 minutes. */
    private Timer timer(String name, Tags tagged) {
        return Timer.builder(prefix + "." + name)
                .distributionStatisticExpiry(Duration.ofMinutes(10))
                .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                .tags(tagged)
                .register(registry);
    }

    private record Meters(Timer all, Timer success, Timer failure, Timer ignored, Counter ingested, Counter succeeded,
                          Counter failed, Counter processed, Counter ignoredCount, SlidingTimeWindowReservoir busy,
                          AtomicLong latency) {
    }

    /** What Axon's monitors record as a message's handling ends: a failure and a success count as processed. */
    private final class Handling implements MonitorCallback {

        private final Meters meters;
        private final long start;

        Handling(Meters meters, long start) {
            this.meters = meters;
            this.start = start;
        }

        @Override
        public void reportSuccess() {
            ended(meters.success());
            meters.processed().increment();
            meters.succeeded().increment();
        }

        @Override
        public void reportFailure(Throwable cause) {
            ended(meters.failure());
            meters.processed().increment();
            meters.failed().increment();
        }

        @Override
        public void reportIgnored() {
            ended(meters.ignored());
            meters.ignoredCount().increment();
        }

        private void ended(Timer outcome) {
            long nanos = clock.monotonicTime() - start;
            meters.all().record(nanos, TimeUnit.NANOSECONDS);
            outcome.record(nanos, TimeUnit.NANOSECONDS);
            if (meters.busy() != null) {
                meters.busy().update(nanos);
            }
        }
    }
}
