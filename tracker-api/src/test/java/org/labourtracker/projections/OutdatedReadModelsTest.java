package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.labourtracker.ZhanaozenCase.DISPUTE;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.history.RecordProjection;
import org.springframework.test.context.TestPropertySource;

/**
 * A database whose read model was built by older handlers gets it rebuilt once, by whichever node
 * claims it first, and serves the same views afterwards; a read model built by the current handlers
 * is left alone, and so is one whose tables are empty (a new database): there is nothing to rebuild.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outdated-read-models;DB_CLOSE_DELAY=-1")
class OutdatedReadModelsTest extends ReadSideTest {


    @BeforeAll
    void recordTheCase() {
        send(ZhanaozenCase.commands());
        awaitReadModels();
    }

    @Test
    void aNewDatabaseIsBuiltByTheCurrentHandlers() {
        assertThat(jdbc.query("SELECT read_model, built_version FROM rm_serving",
                (rs, i) -> rs.getString(1) + " " + rs.getInt(2)))
                .containsExactly(RecordProjection.TABLES + " " + ReplayService.VERSIONS.get(RecordProjection.PROCESSOR));
    }

    @Test
    void aReadModelBuiltByAnOlderVersionIsRebuiltOnce() {
        Object summary = summary(DISPUTE, false);
        Object people = people(DISPUTE, true);
        assertThat(replays.rebuildOutdated()).isEmpty();

        jdbc.update("UPDATE rm_serving SET built_version = 1 WHERE read_model = 'rm_store'");
        // damaged, so that only a real rebuild makes it right again
        jdbc.update("DELETE FROM rm_store_record WHERE record_type = 'CaseOpened'");
        // dated as a change would be, or the views kept from before it would still be served
        jdbc.update("UPDATE rm_store_stream SET last_seq = last_seq + 1");
        assertThat(people(DISPUTE, true)).isNotEqualTo(people);

        assertThat(replays.rebuildOutdated()).containsExactly(RecordProjection.PROCESSOR);
        assertThat(jdbc.queryForObject("SELECT built_version FROM rm_serving WHERE read_model = 'rm_store'",
                Integer.class)).isEqualTo(ReplayService.VERSIONS.get(RecordProjection.PROCESSOR));
        await().atMost(PATIENCE).until(() -> replays.progress(RecordProjection.PROCESSOR).done());
        assertThat(people(DISPUTE, true)).isEqualTo(people);
        assertThat(summary(DISPUTE, false)).isEqualTo(summary);
        assertThat(replays.rebuildOutdated()).isEmpty();
    }
}
