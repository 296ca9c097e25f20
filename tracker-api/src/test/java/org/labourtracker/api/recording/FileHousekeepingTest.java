package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.h2.mvstore.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.audit.IntegrityCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Zhanaozen case recorded one command at a time, as monitors record, leaves the H2 file mostly
 * garbage: each commit's chunk keeps a page or two alive. Once nothing is recorded, the housekeeping
 * packs the file to less than two thirds, and every record is still there, intact.
 */
@DisabledIfSystemProperty(named = "tracker.test.database", matches = "postgresql",
        disabledReason = "the housekeeping is H2's; PostgreSQL keeps its own files (autovacuum)")
@SpringBootTest(properties = "tracker.h2.housekeeping-interval=PT1H")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FileHousekeepingTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("tracker"));
    }

    @Autowired
    FileHousekeeping housekeeping;
    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrityCheck integrity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aFileLeftMostlyGarbageByOneCommitPerRecordIsPackedOnceRecordingStops() throws Exception {
        jdbc.execute("SET RETENTION_TIME 0");
        ZhanaozenCase.commands().forEach(commands::sendAndWait);
        long recorded = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        Path file = folder.resolve("tracker.mv.db");
        long sizeRecorded = Files.size(file);
        assertThat(fillRates()[1]).as("live share of the chunks").isLessThan(FileHousekeeping.PACK_BELOW_FILL_RATE);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            housekeeping.packWhileQuiet();
            return fillRates()[1] >= FileHousekeeping.PACK_BELOW_FILL_RATE;
        });

        assertThat(Files.size(file)).isLessThan(sizeRecorded * 2 / 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(recorded);
        IntegrityCheck.Report report = integrity.verify(null);
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(recorded);
        assertThat(report.findings()).isEmpty();
    }

    /** The share of the file that chunks take, and the share of the chunks that is live, in %. */
    private int[] fillRates() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            FileStore<?> store = FileHousekeeping.fileOf(connection).orElseThrow().getFileStore();
            return new int[]{store.getFillRate(), store.getChunksFillRate()};
        }
    }
}
