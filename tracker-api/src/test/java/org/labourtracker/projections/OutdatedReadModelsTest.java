package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.labourtracker.ZhanaozenCase.DISPUTE;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.projections.admin.ReplayService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A database whose read model was built by older handlers gets it rebuilt once, by whichever node
 * claims it first, and serves the same views afterwards; a read model built by the current handlers
 * is left alone, and so is one whose tables are empty (a new database): there is nothing to rebuild.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outdated-read-models;DB_CLOSE_DELAY=-1")
class OutdatedReadModelsTest extends ReadSideTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void recordTheCase() {
        send(ZhanaozenCase.commands());
        awaitReadModels();
    }

    @Test
    void aNewDatabaseIsBuiltByTheCurrentHandlers() {
        assertThat(jdbc.queryForList("SELECT built_version FROM rm_serving ORDER BY read_model", Integer.class))
                .as("by table name: figures, overview, people, summary, timeline")
                .containsExactly(ReplayService.VERSIONS.get("dispute-figures"),
                        ReplayService.VERSIONS.get("dispute-overview"), ReplayService.VERSIONS.get("dispute-people"),
                        ReplayService.VERSIONS.get("dispute-summary"), ReplayService.VERSIONS.get("dispute-timeline"));
    }

    @Test
    void aReadModelBuiltByAnOlderVersionIsRebuiltOnceAndTheOthersAreLeftAlone() {
        Object summary = summary(DISPUTE, false);
        Object people = people(DISPUTE, true);
        assertThat(replays.rebuildOutdated()).isEmpty();

        jdbc.update("UPDATE rm_serving SET built_version = 0 WHERE read_model = 'rm_people'");
        // damaged, so that only a real rebuild makes it right again
        jdbc.update("DELETE FROM rm_people_record WHERE record_type = 'CaseOpened'");
        assertThat(people(DISPUTE, true)).isNotEqualTo(people);

        assertThat(replays.rebuildOutdated()).containsExactly("dispute-people");
        assertThat(jdbc.queryForObject("SELECT built_version FROM rm_serving WHERE read_model = 'rm_people'",
                Integer.class)).isEqualTo(ReplayService.VERSIONS.get("dispute-people"));
        await().atMost(PATIENCE).until(() -> replays.progress("dispute-people").done());
        assertThat(people(DISPUTE, true)).isEqualTo(people);
        assertThat(summary(DISPUTE, false)).isEqualTo(summary);
        assertThat(replays.rebuildOutdated()).isEmpty();
    }
}
