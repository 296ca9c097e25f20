package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.labourtracker.ZhanaozenCase.DISPUTE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.alerts.AlertOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Every read model rebuilt from the event store gives what the live build gave. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:zhanaozen-replay;DB_CLOSE_DELAY=-1")
class ReplayTest extends ReadSideTest {

    private static final Map<String, String> TABLES = Map.of(
            "dispute-summary", "rm_summary_record",
            "dispute-timeline", "rm_timeline_record",
            "dispute-figures", "rm_figures_record",
            "dispute-people", "rm_people_record",
            "dispute-overview", "rm_overview_record");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AlertOutbox alerts;

    @BeforeAll
    void recordTheCase() {
        send(ZhanaozenCase.commands());
        send(ZhanaozenCase.mistakes());
        send(ZhanaozenCase.edits());
        awaitReadModels();
    }

    @Test
    void everyReadModelRebuiltByReplayEqualsTheLiveOne() {
        List<Object> live = views();
        long alertsQueued = alerts.attempts();
        assertThat(alerts.count()).as("alerts for the casualty and detention reports").isEqualTo(7);

        for (String readModel : ReplayService.READ_MODELS) {
            // damage the read model, so that only a real rebuild can make it right again
            jdbc.update("DELETE FROM " + TABLES.get(readModel) + " WHERE record_id IN ('open', 'shooting-killed', 'verdict')");
            assertThat(views()).isNotEqualTo(live);

            List<Object> damaged = views();
            long started = System.nanoTime();
            ReplayProgress first = replays.rebuild(readModel);
            assertThat(first.processor()).isEqualTo(readModel);
            // readers are never shown less than before: each view as it was, until the rebuilt one is whole
            await().atMost(PATIENCE).until(() -> {
                List<Object> now = views();
                for (int view = 0; view < now.size(); view++) {
                    assertThat(now.get(view)).as("view %d while rebuilding %s", view, readModel)
                            .isIn(damaged.get(view), live.get(view));
                }
                return replays.progress(readModel).done();
            });
            ReplayProgress done = replays.progress(readModel);
            System.out.printf("Rebuilt %s from %d events in %d ms%n", readModel, eventCount(),
                    (System.nanoTime() - started) / 1_000_000);

            assertThat(done.replaying()).isFalse();
            assertThat(done.fraction()).isEqualTo(1.0);
            assertThat(done.segments()).isNotEmpty().allSatisfy(s -> assertThat(s.replaying()).isFalse());
            assertThat(views()).as("views after rebuilding " + readModel).isEqualTo(live);
        }

        // the alerts handler runs in the figures processor, but never on replay
        assertThat(alerts.attempts()).isEqualTo(alertsQueued);
    }

    @Test
    void anUnknownReadModelIsRefused() {
        assertThatThrownBy(() -> replays.rebuild("no-such-model")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Object> views() {
        return Arrays.asList(summary(DISPUTE, false), summary(DISPUTE, true), timeline(DISPUTE, false),
                timeline(DISPUTE, true), figures(DISPUTE, false), people(DISPUTE, false), people(DISPUTE, true),
                overview());
    }

    private long eventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
