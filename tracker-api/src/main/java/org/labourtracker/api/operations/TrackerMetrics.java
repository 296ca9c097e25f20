package org.labourtracker.api.operations;

import java.util.List;
import java.util.OptionalLong;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.labourtracker.projections.admin.DeadLetterService;
import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.admin.SegmentProgress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The tracker's own metrics, beside Axon's (axon-micrometer: command bus, event store, processors)
 * and Spring Boot's, at {@code /actuator/prometheus}:
 * <ul>
 * <li>{@code tracker_records_recorded_total{kind}}: events stored, by kind, counted when their
 *     transaction commits (a repeated record stores nothing and counts nothing);</li>
 * <li>{@code tracker_command_latency_seconds{command,outcome}}: a command from sending to its answer
 *     (api/recording/Recording);</li>
 * <li>{@code tracker_projection_lag_events{processor}}: how many positions of the event store the
 *     slowest segment this node processes is behind the head;</li>
 * <li>{@code tracker_dead_letters{processor}}: streams parked in the processor's dead-letter queue;</li>
 * <li>{@code tracker_import_lines_total{outcome}} (recorded, refused, skipped) and {@code tracker_import_lines_pending}: import
 *     progress (api/exchange/ImportJob);</li>
 * <li>{@code tracker_h2_file_bytes}, {@code tracker_h2_chunks_live_ratio} and
 *     {@code tracker_h2_packing_rounds_total}: the embedded H2 file and its packing
 *     (api/recording/FileHousekeeping).</li>
 * </ul>
 */
@Configuration
class TrackerMetrics {

    static final String RECORDED = "tracker.records.recorded";

    /** Counts each stored event once its unit of work commits; events published outside one count at once. */
    @Bean
    MeterBinder recordedRecords(EventStore eventStore) {
        return registry -> eventStore.registerDispatchInterceptor(countOnCommit(registry));
    }

    private static MessageDispatchInterceptor<EventMessage<?>> countOnCommit(MeterRegistry registry) {
        return (List<? extends EventMessage<?>> events) -> {
            for (EventMessage<?> event : events) {
                Counter counter = Counter.builder(RECORDED).description("Records stored, by kind")
                        .tag("kind", event.getPayloadType().getSimpleName()).register(registry);
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().afterCommit(unit -> counter.increment());
                } else {
                    counter.increment();
                }
            }
            return (index, event) -> event;
        };
    }

    @Bean
    MeterBinder readModelMetrics(ReplayService readModels, DeadLetterService deadLetters, EventStore eventStore) {
        return registry -> {
            for (String processor : readModels.readModels()) {
                Gauge.builder("tracker.projection.lag", () -> lag(readModels.progress(processor), eventStore))
                        .description("Event store positions between the head and the slowest segment this node processes")
                        .baseUnit("events").tag("processor", processor).register(registry);
                Gauge.builder("tracker.dead.letters", () -> deadLetters.size(processor))
                        .description("Streams parked in the processor's dead-letter queue")
                        .tag("processor", processor).register(registry);
            }
        };
    }

    private static double lag(ReplayProgress progress, EventStore eventStore) {
        OptionalLong head = head(eventStore.createHeadToken());
        if (head.isEmpty() || progress.segments().isEmpty()) {
            return 0;
        }
        long slowest = progress.segments().stream().map(SegmentProgress::position)
                .mapToLong(position -> position == null ? -1 : position).min().orElse(head.getAsLong());
        return Math.max(0, head.getAsLong() - slowest);
    }

    private static OptionalLong head(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
