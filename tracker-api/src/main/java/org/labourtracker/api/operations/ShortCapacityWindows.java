package org.labourtracker.api.operations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's metrics (axon-micrometer) as its Spring Boot auto-configuration registers them, with one change:
 * the {@code capacity} gauges of the processors, the command bus and the query bus measure over
 * {@code tracker.metrics.capacity-window} (10 s) instead of Axon's 10 minutes. Each gauge keeps one entry
 * per message handled for its window, in memory: at 1,000,000 events a class histogram of the heap found
 * about 157 MB of such entries after a rebuild (one per event replayed at 5,000-7,000 a second),
 * 40 % of the live heap. The names, tags and every other meter are Axon's.
 */
@Configuration
class ShortCapacityWindows {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry registry,
                                              @Value("${tracker.metrics.capacity-window:10s}") Duration window) {
        return new Registry(registry, window, Clock.SYSTEM);
    }

    static final class Registry extends GlobalMetricRegistry {

        private final long windowMillis;
        private final Clock clock;

        Registry(MeterRegistry registry, Duration window, Clock clock) {
            super(registry);
            this.windowMillis = window.toMillis();
            this.clock = clock;
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                String name, Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
            return new MultiMessageMonitor<>(List.of(
                    MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
                    EventProcessorLatencyMonitor.builder().meterNamePrefix(name).meterRegistry(getRegistry())
                            .tagsBuilder(latencyTags).build(),
                    capacity(name, tags),
                    MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
                                                                             Function<Message<?>, Iterable<Tag>> tags) {
            return handlers(name, tags);
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name,
                                                                            Function<Message<?>, Iterable<Tag>> tags) {
            return handlers(name, tags);
        }

        private MessageMonitor<Message<?>> handlers(String name, Function<Message<?>, Iterable<Tag>> tags) {
            return new MultiMessageMonitor<>(List.of(
                    MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
                    capacity(name, tags),
                    MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
        }

        private CapacityMonitor capacity(String name, Function<Message<?>, Iterable<Tag>> tags) {
            return CapacityMonitor.buildMonitor(name, getRegistry(), windowMillis, TimeUnit.MILLISECONDS, clock, tags);
        }
    }
}
