package org.labourtracker.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/** A processor's capacity gauge counts the time spent handling over the last 10 s, not the last 10 minutes. */
class ShortCapacityWindowsTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final ShortCapacityWindows.Registry registry =
            new ShortCapacityWindows.Registry(meters, Duration.ofSeconds(10), clock);

    @Test
    void aProcessorsCapacityForgetsWhatItHandledMoreThanTheWindowAgo() {
        MessageMonitor<? super EventMessage<?>> monitor = registry.registerEventProcessor("eventProcessor",
                message -> Tags.of("processorName", "dispute-records"), message -> Tags.of("processorName", "dispute-records"));
        MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(
                GenericEventMessage.asEventMessage("a strike began"));
        clock.add(2, TimeUnit.SECONDS);
        handling.reportSuccess();

        // busy 2 s of the last 10, the 2 s reported as the handling ended
        assertThat(capacity()).isEqualTo(0.2);
        clock.add(11, TimeUnit.SECONDS);
        // with Axon's 10-minute window it would still count the 2 s (and keep them in memory)
        assertThat(capacity()).isEqualTo(0.0);
    }

    private double capacity() {
        return meters.get("eventProcessor.capacity").tag("processorName", "dispute-records").gauge().value();
    }
}
