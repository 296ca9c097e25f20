package org.labourtracker.api.operations;

import java.time.Duration;
import java.util.function.Function;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's metrics (axon-micrometer) with the names, tags and meters its Spring Boot auto-configuration
 * registers, kept by {@link ComponentMeters} instead of Axon's monitors, with two differences:
 * <ul>
 * <li>Each meter is registered once per payload type and kept. Axon's monitors build and look up four
 * timers, five counters and two gauges in the registry for every message, on every processor and bus it
 * passes: 7.6 % of a rebuild's replay thread in a profile of one, three quarters of it in those look-ups.</li>
 * <li>The {@code capacity} gauges measure over {@code tracker.metrics.capacity-window} (10 s) instead of
 * Axon's 10 minutes. Each gauge keeps one entry per message handled for its window, in memory: at
 * 1,000,000 events a class histogram of the heap found about 157 MB of such entries after a rebuild (one
 * per event replayed at 5,000-7,000 a second), 40 % of the live heap.</li>
 * </ul>
 */
@Configuration
class AxonMetrics {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry registry,
                                              @Value("${tracker.metrics.capacity-window:10s}") Duration window) {
        return new Registry(registry, window, Clock.SYSTEM);
    }

    static final class Registry extends GlobalMetricRegistry {

        private static final Function<Message<?>, Iterable<Tag>> UNTAGGED = message -> Tags.empty();

        private final Duration window;
        private final Clock clock;

        Registry(MeterRegistry registry, Duration window, Clock clock) {
            super(registry);
            this.window = window;
            this.clock = clock;
        }

        @Override
        public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType, String name) {
            // Axon's own registration of the update emitter is private, and would keep 10 minutes of capacity
            if (QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
                return handlers(name, TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION);
            }
            return super.registerComponentWithDefaultTags(componentType, name);
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                String name, Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
            return new ComponentMeters(getRegistry(), clock, name, tags, tags, window, latencyTags);
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

        /** As Axon's: the bus's timers are tagged, its counters not. */
        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventBus(String name,
                                                                         Function<Message<?>, Iterable<Tag>> tags) {
            return new ComponentMeters(getRegistry(), clock, name, tags, UNTAGGED, null, null);
        }

        private ComponentMeters handlers(String name, Function<Message<?>, Iterable<Tag>> tags) {
            return new ComponentMeters(getRegistry(), clock, name, tags, tags, window, null);
        }
    }
}
