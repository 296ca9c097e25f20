package org.labourtracker.api.transparency;

import java.time.Clock;
import java.time.Duration;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The log's processor settings beyond application.yml: a failure to append must stop the log and be
 * retried, never be logged and skipped, which would leave an event out of it. And its metrics, at
 * {@code /actuator/prometheus}: {@code tracker_log_leaves}, the leaves not yet in a signed checkpoint
 * ({@code tracker_log_unsigned_leaves}), the events stored but not yet in the log
 * ({@code tracker_log_pending_events}) and the age of the latest checkpoint
 * ({@code tracker_log_checkpoint_age_seconds}).
 */
@Configuration
@EnableConfigurationProperties(LogSettings.class)
class LogConfiguration {

    @Bean
    MeterBinder logMetrics(LogTables tables, JdbcTemplate jdbc, Clock clock) {
        return registry -> {
            Gauge.builder("tracker.log.leaves", () -> tables.state(false).size())
                    .description("Events in the transparency log").register(registry);
            Gauge.builder("tracker.log.unsigned.leaves", () -> tables.state(false).size()
                            - tables.latestCheckpoint().map(LogTables.StoredCheckpoint::size).orElse(0L))
                    .description("Leaves of the log not yet covered by a signed checkpoint").register(registry);
            Gauge.builder("tracker.log.pending.events", () -> jdbc.queryForObject(
                            "SELECT COUNT(*) FROM domain_event_entry", Long.class) - tables.state(false).size())
                    .description("Events stored but not (yet) taken into the log").register(registry);
            Gauge.builder("tracker.log.checkpoint.age", () -> tables.latestCheckpoint()
                            .map(latest -> Duration.between(latest.signedAt(), clock.instant()).toMillis() / 1000.0)
                            .orElse(Double.NaN))
                    .description("Seconds since the latest checkpoint was signed").baseUnit("seconds").register(registry);
        };
    }

    @Bean
    ConfigurerModule logAppendingStopsOnFailure() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                LogAppender.PROCESSOR, config -> PropagatingErrorHandler.instance());
    }
}
