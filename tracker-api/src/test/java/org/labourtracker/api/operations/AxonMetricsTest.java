package org.labourtracker.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;

/**
 * Axon's meters, kept once per payload type: the same names, tags, types and counts as Axon's own monitors
 * give for the same messages, each payload type's times and counts apart, and a capacity gauge that counts the time spent handling over the last 10 s.
 */
class AxonMetricsTest {

    private static final Instant SHOOTING = Instant.parse("2011-12-16T11:40:00Z");

    @Test
    void aProcessorsCapacityForgetsWhatItHandledMoreThanTheWindowAgo() {
        MockClock clock = new MockClock();
        SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor<? super EventMessage<?>> monitor = new AxonMetrics.Registry(meters, Duration.ofSeconds(10), clock)
                .registerEventProcessor("eventProcessor", message -> Tags.of("processorName", "dispute-records"),
                        message -> Tags.of("processorName", "dispute-records"));
        MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(
                GenericEventMessage.asEventMessage("a strike began"));
        clock.add(2, TimeUnit.SECONDS);
        handling.reportSuccess();

        // busy 2 s of the last 10, the 2 s reported as the handling ended
        assertThat(meters.get("eventProcessor.capacity").tag("processorName", "dispute-records").gauge().value())
                .isEqualTo(0.2);
        clock.add(11, TimeUnit.SECONDS);
        // with Axon's 10-minute window it would still count the 2 s (and keep them in memory)
        assertThat(meters.get("eventProcessor.capacity").tag("processorName", "dispute-records").gauge().value())
                .isEqualTo(0.0);
    }

    @Test
    void everyComponentGetsAxonsMetersAndCounts() {
        for (Class<?> component : List.of(EventProcessor.class, CommandBus.class, EventBus.class, QueryBus.class,
                QueryUpdateEmitter.class)) {
            MockClock axonsClock = new MockClock();
            MockClock ownClock = new MockClock();
            SimpleMeterRegistry axons = new SimpleMeterRegistry(SimpleConfig.DEFAULT, axonsClock);
            SimpleMeterRegistry own = new SimpleMeterRegistry(SimpleConfig.DEFAULT, ownClock);
            handleTheSameMessages(new GlobalMetricRegistry(axons), component, axonsClock);
            handleTheSameMessages(new AxonMetrics.Registry(own, Duration.ofSeconds(10), ownClock), component, ownClock);

            assertThat(readings(own)).as(component.getSimpleName()).isEqualTo(readings(axons)).isNotEmpty();
        }
    }

    @Test
    void aProcessorsMetersCountEachPayloadTypeApart() {
        MockClock clock = new MockClock();
        SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

        handleTheSameMessages(new AxonMetrics.Registry(meters, Duration.ofSeconds(10), clock), EventProcessor.class, clock);

        assertThat(meters.get("eventProcessor.ingestedCounter").tags("processorName", "dispute-records", "payloadType", "String")
                .counter().count()).isEqualTo(3);
        assertThat(meters.get("eventProcessor.ingestedCounter").tags("processorName", "dispute-records", "payloadType", "Integer")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("eventProcessor.successTimer").tags("payloadType", "String").timer().totalTime(TimeUnit.MILLISECONDS))
                .as("3 + 5 ms").isEqualTo(8);
        assertThat(meters.get("eventProcessor.failureCounter").tags("payloadType", "String").counter().count()).isEqualTo(1);
        assertThat(meters.get("eventProcessor.ignoredCounter").tags("payloadType", "Integer").counter().count()).isEqualTo(1);
        assertThat(meters.get("eventProcessor.processedCounter").tags("payloadType", "Integer").counter().count())
                .as("an ignored message is not processed").isZero();
        assertThat(meters.get("eventProcessor.latency").tags("processorName", "dispute-records").gauge().value())
                .as("the last event's age as it arrived, in ms").isEqualTo(clock.wallTime() - 11 - SHOOTING.toEpochMilli());
    }

    /**
     * Three messages of one payload type (two succeed, one fails) and one of another (ignored), through the
     * component's monitor, each taking its own time on the given clock.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void handleTheSameMessages(GlobalMetricRegistry registry, Class<?> component, MockClock clock) {
        clock.add(Duration.between(Instant.EPOCH, SHOOTING.plusSeconds(3_600)));
        MessageMonitor monitor = registry.registerComponentWithDefaultTags(component, component == EventProcessor.class
                ? "dispute-records" : component.getSimpleName());
        handle(monitor, "Zhanaozen: 16 killed", clock, 3, MessageMonitor.MonitorCallback::reportSuccess);
        handle(monitor, 13, clock, 7, MessageMonitor.MonitorCallback::reportIgnored);
        handle(monitor, "Shetpe: 1 killed", clock, 5, MessageMonitor.MonitorCallback::reportSuccess);
        handle(monitor, "a repeated report", clock, 11,
                callback -> callback.reportFailure(new IllegalStateException("refused")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void handle(MessageMonitor monitor, Object payload, MockClock clock, long millis,
                               Consumer<MessageMonitor.MonitorCallback> outcome) {
        Message<?> message = new GenericDomainEventMessage<>("Dispute", "zhanaozen-2011", 0, payload, MetaData.emptyInstance(),
                "event-" + payload, SHOOTING);
        MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(message);
        clock.add(millis, TimeUnit.MILLISECONDS);
        outcome.accept(callback);
    }

    /**
     * Every meter by its id (name, tags, type), with its count for a counter or a timer. Axon's monitors time
     * on the system's clock, so times and gauges are compared in the test above on the mock clock.
     */
    private static Map<String, Double> readings(MeterRegistry registry) {
        Map<String, Double> readings = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            double count = meter instanceof Counter counter ? counter.count()
                    : meter instanceof Timer timer ? timer.count() : -1;
            readings.put(meter.getId().getName() + meter.getId().getTags() + " " + meter.getId().getType(), count);
        }
        return readings;
    }
}
