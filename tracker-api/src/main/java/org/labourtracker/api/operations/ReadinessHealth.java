package org.labourtracker.api.operations;

import java.util.List;

import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Ready for traffic ({@code /actuator/health/readiness}, as health component {@code tracker}): the
 * migrations ran (they come before the context is up), every start-up task finished (the first user,
 * the demo data: Spring Boot accepts traffic only after all application runners), and every read
 * model's processor runs without error. DOWN until then, and whenever a processor stops or fails.
 */
@Component("tracker")
class ReadinessHealth implements HealthIndicator {

    private final ApplicationAvailability availability;
    private final ReplayService readModels;

    ReadinessHealth(ApplicationAvailability availability, ReplayService readModels) {
        this.availability = availability;
        this.readModels = readModels;
    }

    @Override
    public Health health() {
        List<String> stopped = readModels.progress().stream()
                .filter(progress -> !progress.running() || progress.error())
                .map(ReplayProgress::processor).toList();
        boolean started = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        Health.Builder health = started && stopped.isEmpty() ? Health.up() : Health.down();
        return health.withDetail("startupFinished", started).withDetail("processorsNotRunning", stopped).build();
    }
}
